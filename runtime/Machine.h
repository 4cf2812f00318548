#pragma once
// An OS thread of an interpreter's pool (Go's M). A thread runs goroutines while it holds a
// worker (Go's P: a run queue and a heap cache, runtime/Worker.h); GOMAXPROCS workers are active, so
// at most that many threads run script code at once, however many threads there are.
//
// Threads beyond one per worker exist for goroutines parked inside a callback (a native such as
// fmt calling a String method that locks a Mutex or receives from a channel): the callback's
// native frames are on this thread's C++ stack, so the goroutine can only resume here. Such a
// goroutine is *locked* to its thread (Go's lockedm): it parks as any other (Waiting, queued by
// its waker), but its thread first hands its worker to another thread and then waits; the
// worker that later takes the goroutine from a run queue hands its worker to the locked thread
// and waits itself, idle, until a worker is handed to it (Go's startlockedm and stopm).
// runtime/Machine.cpp has the operations.
#include "runtime/HeapCache.h"
#include "runtime/NativeStack.h"

#include <condition_variable>
#include <optional>

namespace weft {

struct Worker;

struct Machine
{
    explicit Machine(int id) : id(id) {}
    const int id;
    NativeThread thread;
    // Guarded by Runtime::schedMu:
    Worker* handoff = nullptr; // a worker given to this thread while it waited for one
    bool idle = false;         // on Runtime::idleMachines: no goroutine, waiting for a worker
    bool blocked = false;      // in a blocking native (stdin) holding its worker
    bool finished = false;     // out of its loop: schedule() may join it
    bool detached = false;     // left blocked when the program ended: its thread was detached
    bool joined = false;       // joinPool has joined or detached it
    std::condition_variable cv; // handoff set, or the program ends
    // The heap cache of a thread unwinding a callback without a worker after the program ended
    // (natives below the callback may still allocate): only its own thread uses it.
    std::optional<HeapCache> exitCache;
};

namespace detail {
// The machine this thread is (null on threads that are not an interpreter's).
extern constinit thread_local Machine* tCurrentMachine;
// Sets it: only from Machine.cpp, its definition's file (see setCurrentWorker).
void setCurrentMachine(Machine* m);
} // namespace detail

} // namespace weft
