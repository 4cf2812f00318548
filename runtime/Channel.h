#pragma once
// Channels, modelled on Go's runtime/chan.go.
//
// A channel is a heap object: a ring buffer of `cap` elements in register layout, the count,
// the ring's indexes, the closed flag, and two FIFO queues of waiters (blocked receivers and
// blocked senders).
//
// Invariants (as chan.go states them):
//  - at least one of sendq and recvq is empty, except for an unbuffered channel with a single
//    goroutine blocked on it in both directions through select;
//  - for a buffered channel: count > 0 implies recvq is empty; count < cap implies sendq is
//    empty;
//  - a waiter is in at most one queue of one channel, and is queued only while its goroutine is
//    Waiting.
//
//  - every field below `elem` and `buf`, and the waiter queues, are guarded by `lock`; count
//    and closed are also read without it (len(c), and a fast check), so they are written with
//    atomic stores.
//
// Lock order: a channel's lock is taken with no other lock held; select takes the locks of
// all its channels in address order, each once (select.go's sellock), so concurrent selects over
// shared channels never deadlock. Waking a partner happens under the channel lock: ready() may
// take the global run queue's lock and the scheduler lock, a HostWaiter its own mutex; never a
// channel's.
//
// Parking: a goroutine queues its waiter and marks itself Parking under the lock, then
// releases it and leaves its worker (the GStatus handshake, runtime/Goroutine.h). A partner that
// dequeues the waiter writes through `data`, sets the goroutine's wake fields, and readies it.
#include "runtime/GcLayout.h"
#include "runtime/Value.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace weft {

struct G;

// A host OS thread (one that is not a worker: the embedding API's caller) blocked in a channel
// operation, on the same queues as goroutines. It waits on its own condition variable; the
// partner that completes its operation wakes it (Runtime::hostSend, hostRecv).
struct HostWaiter
{
    std::atomic<bool> selectDone{false}; // as G::selectDone, for a select of several cases
    std::mutex mu;                       // a leaf: guards woken
    std::condition_variable cv;
    bool woken = false;

    void wake()
    {
        std::lock_guard lock(mu);
        woken = true;
        cv.notify_one();
    }
    void wait()
    {
        std::unique_lock lock(mu);
        cv.wait(lock, [&] { return woken; });
    }
    bool waitFor(std::chrono::milliseconds d) // woken within d
    {
        std::unique_lock lock(mu);
        return cv.wait_for(lock, d, [&] { return woken; });
    }
    bool isWoken()
    {
        std::lock_guard lock(mu);
        return woken;
    }
};

// A party blocked on a channel operation: a goroutine (g) or a host thread (host), each woken
// its own way (Runtime::wakeWaiter: a goroutine goes back to a run queue, a host
// thread is signalled). The value moves through `data` directly (Go's sudog.elem): a blocked
// sender's value is read from it, a blocked receiver's destination is written through it, so a
// handoff never touches the buffer. For a goroutine, `data` points into its register stack,
// which does not move while it is parked.
struct ChannelWaiter
{
    G* g = nullptr;
    HostWaiter* host = nullptr; // when g is null
    struct ChanObject* chan = nullptr;
    Slot* data = nullptr;  // send: the value; receive: where it goes (null: discarded)
    Slot* okSlot = nullptr; // receive: `ok` of `v, ok := <-c` (or null)
    int32_t caseIndex = -1; // select: which case this waiter stands for
    bool isSend = false;
    bool success = false;   // set by the partner: true when a value moved, false when closed
    ChannelWaiter* prev = nullptr;
    ChannelWaiter* next = nullptr;
};

struct WaiterQueue
{
    ChannelWaiter* first = nullptr;
    ChannelWaiter* last = nullptr;
    void push(ChannelWaiter* w);
    void remove(ChannelWaiter* w);
    // The first waiter whose select is not already decided elsewhere (removed), or null.
    ChannelWaiter* dequeue();
};

// What a channel knows of its element type, made by the interpreter once per type and kept for
// its life: the registers a value takes, and for a struct or array (held in registers as a
// pointer to its block) the block a zero value needs.
struct ChanElem
{
    uint32_t slots = 1;
    bool block = false;                   // a struct or array: slot 0 points to its block
    uint32_t blockSize = 0;               // bytes of the block (the type's size in memory)
    const GcLayout* blockLayout = nullptr;
    const GcLayout* bufferLayout = nullptr; // a buffer of values in registers (null: no pointers)
    const void* type = nullptr;             // the interpreter's descriptor of the type (opaque here)
};

struct ChanObject
{
    const ChanElem* elem;  // outside the heap (a scalar word for the collector)
    Slot* buf;             // the ring: cap * elemSlots slots (a pointer word)
    int64_t cap;
    int64_t count;
    int64_t recvx, sendx;  // ring indexes of the next receive and send
    uint32_t elemSlots;
    uint32_t closed;
    uint32_t lock;         // a SpinLock word (runtime/SpinLock.h); zero is unlocked
    uint32_t pad;
    WaiterQueue recvq, sendq; // scalar words: waiters live outside the heap
};

// len(c) (0 for nil), read without the channel's lock.
int64_t chanLen(const ChanObject* c);
// Whether a send (receive) on c cannot complete now, read without its lock; false when the lock
// must decide (an unbuffered or closed channel). Go's fast path for a non-blocking operation.
bool chanSendWouldBlock(const ChanObject* c);
bool chanRecvWouldBlock(const ChanObject* c);

} // namespace weft
