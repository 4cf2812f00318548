#pragma once
// A worker: the right to run goroutines, with its run queue and heap cache (Go's P). One thread
// (runtime/Machine.h) holds it at a time, and only that thread touches its unguarded fields; a
// handoff between threads is made under schedMu. Scheduler.cpp runs the pool; the goroutine
// states are documented at GStatus.
#include "runtime/Machine.h"
#include "runtime/Runtime.h"

#include <array>
#include <condition_variable>
#include <thread>

namespace weft {

// A worker's run queue (Go's p.runq and p.runnext); RunQueue.cpp has the operations.
//   next  the goroutine to run next: one a handoff just woke or `go` just made. Touched only by
//         the owning worker (ready() always queues on the waker's own worker), so no lock; it
//         is never stolen, so a ping-pong pair stays on one thread, back to back.
//   ring  the rest, FIFO, bounded: a lock-free ring of kSize (Go's runq [256]guintptr). Only
//         the owner writes slots and `tail` (single producer); the owner and thieves take from
//         `head` by CAS (many consumers). A full ring moves its older half to the global queue
//         (Go's runqputslow): the newest goroutines stay local, so a program that makes
//         goroutines faster than it ends them works depth first, as under Go, and a million
//         goroutines of a tree are not all alive at once.
// A thief reads slots before its CAS on head; the owner may be overwriting them (they are
// outside [head, tail) for it), so slots are atomics read relaxed: a lost CAS drops what was read.
struct RunQueue
{
    static constexpr uint32_t kSize = 256;
    G* next = nullptr;
    std::atomic<uint32_t> head{0};
    std::atomic<uint32_t> tail{0};
    std::array<std::atomic<G*>, kSize> ring{};

    // seq_cst: see Scheduler.cpp, "lost wake-ups".
    bool empty() const { return tail.load(std::memory_order_seq_cst) == head.load(std::memory_order_seq_cst); }
};

struct Worker
{
    Worker(Runtime& rt, int id, uint64_t seed) : rt(rt), id(id), cache(rt.heap), seed(seed) {}
    Runtime& rt;
    const int id;
    // This worker's allocation cache: used by its thread only, and by a collector while the
    // world is stopped.
    HeapCache cache;
    RunQueue runq;
    uint64_t seed; // this worker's random generator: map seeds, select's poll order, stealing
    uint32_t schedTick = 0; // goroutines this worker has taken from its queue
    // Goroutine ids for those made here: [goidNext, goidEnd) (Runtime::addGoroutine).
    int64_t goidNext = 0;
    int64_t goidEnd = 0;
    // Goroutines made here minus those ended here (may be negative): written by this worker's
    // holder only, read by Runtime::numGoroutine.
    std::atomic<int64_t> liveGoroutines{0};
    bool firingTimers = false; // in a round of pollTimers: what it readies goes to its ring
    G* running = nullptr; // the goroutine its holder executes (for a fatal error's trace)
    // Dead goroutines kept for reuse (Go's p.gFree): this worker's only. Balanced with the
    // interpreter's shared list in batches, so that one worker creating goroutines and another
    // ending them do not pass every one through malloc (whose arenas then contend).
    std::vector<G*> freeGs;
    // Guarded by Runtime::schedMu: asleep in findRunnable until a waker clears it.
    bool sleeping = false;
    // Guarded by Runtime::schedMu: a host thread borrowed this worker from its sleep and runs a
    // call on it (HostThread.cpp); its own thread stays asleep until the host gives it back.
    bool lent = false;
    // Lent, and its host thread is between calls: it keeps the worker for its next call (Go's P
    // in _Psyscall) and takes it back with one CAS, no lock. Anyone else may reclaim it under
    // schedMu with the same CAS (Runtime::reclaimKeptLocked); whoever wins owns it.
    std::atomic<bool> kept{false};
    std::condition_variable wake;

    uint64_t random()
    {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        return seed >> 33;
    }
};

namespace detail {
// The worker this thread holds (null on other threads, and on a thread waiting for one).
extern constinit thread_local Worker* tCurrentWorker;
// Sets it: only from Scheduler.cpp, its definition's file (GCC 12's UBSan reports a store to
// an extern thread_local made from another file as a store to a null pointer).
void setCurrentWorker(Worker* w);
} // namespace detail

} // namespace weft
