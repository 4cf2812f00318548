#pragma once
// A call made by a host thread (the embedding API): a goroutine the host started and waits for.
// The host thread is not a worker; it blocks on its own condition variable until the goroutine
// returns or the program ends (a panic, a fatal error, os.Exit, a deadlock, the interpreter's
// end). The worker that sees the goroutine return copies its results here (through the seam,
// GoroutineExecutor::copyResults) before the goroutine is freed; until the host has read them,
// Runtime::enumerateRoots keeps what they point to (they are scanned conservatively).
#include "runtime/Value.h"

#include <condition_variable>
#include <memory>
#include <mutex>

namespace weft {

struct G;

// How a host waits for a call that went on in the pool. Allocated only then: a HostCall is
// made on every call, and value-initializing this inline (as std::optional did) cost a
// 136-byte `rep stos` per call.
struct HostCallWait
{
    std::mutex mu; // a leaf: guards returned
    std::condition_variable cv;
    bool returned = false; // the results are here; the worker is done with the call
};

struct HostCall
{
    // Guarded by Runtime::schedMu. Waiting: g runs or waits, linked to the call
    // (g->hostCall). Returning: a worker took the call from g and copies the results. Abandoned:
    // the program ended first; the host unlinked g (which the runtime still owns), so no worker
    // touches the call again.
    enum class State : uint8_t { Waiting, Returning, Abandoned };
    State state = State::Waiting;
    G* g = nullptr;
    // How the host waits: made when the call is linked to its goroutine (a call a host thread
    // runs to its end itself never waits).
    std::unique_ptr<HostCallWait> wait;
    // The caller's buffer of resultSlots slots: the results once returned (zero after a
    // runtime.Goexit).
    Slot* results = nullptr;
    uint32_t resultSlots = 0;
};

} // namespace weft
