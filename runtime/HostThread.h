#pragma once
// A host thread that runs its call itself (the embedding API's calls of script functions): Go's
// cgocallback, where a C thread calling into Go takes a P and runs the goroutine on its own M.
// HostThread.cpp has the scheme and its invariants.
#include "runtime/Machine.h"

#include <cstdint>

namespace weft {

class Runtime;
struct G;
struct HostCall;
struct Worker;

// One host call. Made before the call's goroutine: it borrows an idle worker if one is asleep,
// so that the goroutine is made, run and its results read on this thread with no other thread
// woken. Without one (every worker busy) it holds nothing and the call goes to the pool
// (Runtime::hostCallWait).
class HostThread
{
public:
    explicit HostThread(Runtime& rt);
    ~HostThread(); // gives back the worker this thread holds, if it still holds one
    HostThread(const HostThread&) = delete;
    HostThread& operator=(const HostThread&) = delete;

    // This thread borrowed a worker: until run() gives it up, the runtime's allocation, goroutine
    // and queue operations act on it, as on a pool thread.
    bool borrowed() const { return borrowed_; }
    // Runs g (made on this thread's worker) to its return: true with its results in `call`, false
    // when the program ended. A goroutine that parks or must yield to others goes on in the pool
    // (migrated(): then this thread holds no worker, the results are the runtime's roots until
    // endHostCall, and were copied by the worker that saw g return). Past the deadline
    // (steady-clock nanoseconds; 0: none) the program is interrupted.
    bool run(G* g, HostCall& call, int64_t deadline);
    bool migrated() const { return migrated_; }

private:
    // Links the call to g and lets the pool have g (Parking: false if it was woken before it
    // left, and runs on here). This thread gives its worker back.
    bool migrate(G* g, HostCall& call, bool parked);
    // The worker this thread kept at the end of its last call, taken back (null: none, or it
    // was reclaimed, or the world stops).
    Worker* takeKept();
    // The call ended on w (lent, not migrated): kept for the next call if nothing waits for it
    // (false: give it back the slow way).
    bool keep(Worker& w);
    // Others wait to run on w: an active worker asleep is woken for them and the call goes on
    // (false: none is, and the call makes way, as a preempted goroutine does).
    bool othersTakeOver(Worker& w);

    Runtime& rt_;
    Machine* machine_ = nullptr; // this thread as a machine while it holds a worker
    Machine* previousMachine_;
    Worker* previousWorker_;
    bool borrowed_ = false; // this thread holds a worker (lent, or handed to it in a callback)
    bool migrated_ = false; // the call went on in the pool (counted in pendingHostCalls)
};

} // namespace weft
