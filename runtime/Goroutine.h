#pragma once
// A goroutine as the runtime sees it (Go's g): its state, what it waits on, where it is queued.
// What it executes (registers, frames, deferred calls, panics) is the interpreter's, in the
// struct that extends this one (vm/InterpreterImpl.h); the runtime reaches that only through
// the seam (runtime/Executor.h).
#include "runtime/Channel.h"
#include "runtime/TimerHeap.h"

#include <atomic>
#include <cstdint>
#include <vector>

namespace weft {

// A goroutine's states and who may change them (Go's _Grunnable, _Grunning, _Gwaiting; the
// park handshake replaces gopark's unlock-after-switch). Transitions marked CAS race with a waker
// on another worker; the others are made by the one thread that owns the goroutine at that point.
//   Runnable    in a run queue. Set by `go`, by ready() (a waker), and by its worker when it
//               preempts or yields it.
//   Running     executing on g.worker. Set by the worker that took it from a queue.
//   Parking     it queued itself on what it waits for (a channel, a timer, a semaphore), under
//               that thing's lock, and is returning to its worker's scheduler: a waker may
//               already complete its operation but must not queue it (it is still on a thread).
//   Waiting     parked and off its worker: CAS Parking -> Waiting by its worker once its time
//               slice has returned. A waker's CAS Waiting -> Runnable then queues it.
//   WokenEarly  a waker came while it was Parking (CAS Parking -> WokenEarly); its worker's CAS
//               fails and that worker queues it itself.
//   Dead        returned from its function; its worker frees it.
// waitReason and the wake fields are written before the state change that publishes them.
enum class GStatus : uint8_t { Runnable, Running, Parking, Waiting, WokenEarly, Dead };

// How the instruction that parked a goroutine finds things when it runs again: parking leaves
// the pc on that instruction, which is executed a second time to complete.
enum class WakeState : uint8_t
{
    None,     // not parked: the instruction runs from the start
    Parked,   // waiting; its partner has not come yet (only seen by the partner)
    Done,     // a channel partner completed the operation (selectCase says which case)
    Closed,   // the channel was closed under it (a sender then panics; a receiver gets zero)
    Resumed,  // a park made by a native ended (sleep, semaphore): it resumes after the call
};

struct Worker;
struct Machine;

struct G
{
    int64_t id = 1;
    std::atomic<GStatus> status{GStatus::Runnable};
    WakeState wake = WakeState::None;
    const char* waitReason = ""; // Go's words: "chan receive", "select", "sleep"...
    int32_t selectCase = -1;      // the case a partner completed
    // A partner has claimed this goroutine's select: the first waker to CAS it false -> true
    // completes a case, the others skip its waiters (select.go's selectDone).
    std::atomic<bool> selectDone{false};
    Worker* worker = nullptr;     // the worker running it (while Running)
    int nativeDepth = 0;          // natives of this goroutine on its worker's C++ stack
    int callbackDepth = 0;        // nested runs (a native's callFunction/callMethod) under way
    // While it is parked or queued inside a callback: the thread whose C++ stack holds the
    // callback (runtime/Machine.h). Written by that thread before the state change or queueing
    // that publishes the goroutine; read by the worker that takes it from a queue.
    Machine* lockedTo = nullptr;
    bool gcRequested = false;     // runtime.GC: collect once its native returns
    bool yieldRequested = false;  // runtime.Gosched: give the worker up after the native
    bool goexiting = false;       // runtime.Goexit: unwinding (deferred calls run) with no panic
    bool runsFinalizer = false;   // started to run a finalizer: its end starts the next one
    struct HostCall* hostCall = nullptr; // a host thread waits for it to return (runtime/HostCall.h)
    std::vector<ChannelWaiter> waiters; // one for a send or receive, one per case for select
    G* schedLink = nullptr; // the next goroutine on the global run queue
    G* prevAll = nullptr;   // every live goroutine is on the runtime's list
    G* nextAll = nullptr;
    // time.Sleep's entry of the timer heap (Go's g.timer), on it while the goroutine sleeps.
    Timer sleepTimer;
};

} // namespace weft
