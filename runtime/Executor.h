#pragma once
// The seam between the runtime and what goroutines execute.
//
// The runtime (this directory) schedules goroutines, moves values through channels, fires
// timers, parks and wakes, stops the world and collects garbage; it knows nothing of bytecode,
// frames or types. The interpreter (vm/) executes goroutines and knows their frames. Go's own
// runtime has the same seam between the scheduler (schedule, execute, gogo) and the code a
// goroutine runs. This is all that crosses it from the runtime's side:
//
//   who calls            what                          how often
//   a worker's loop      runSlice(g)                   once per time slice (at most ~65,536
//                                                      back-edges and calls; until it parks,
//                                                      yields, ends or the program ends)
//   the collector        scanRoots(v)                  once per collection, world stopped
//   a firing timer       goroutineFor(fn)              once per time.AfterFunc firing
//   a worker / the end   clearGoroutine, deleteGoroutine   once per goroutine that ends
//   the deadlock report  goroutineStack(g)             once per blocked goroutine, at the end,
//   / out of memory                                    or for the goroutine that allocated
//   a worker             copyResults(g, out)           once per host call that returns
//   after a collection,  startFinalizer()              once per collection and per finalizer
//   a finalizer's end                                  that returns
//
// The other direction is ordinary calls: the interpreter owns a Runtime (it derives from it,
// vm/InterpreterImpl.h) and calls its channel, timer, semaphore, scheduling and allocation
// operations directly, inline where they are hot; no virtual call is made per instruction or
// per channel operation.
//
// Locks across the seam: runSlice is called with no runtime lock held, and the interpreter may
// take any runtime lock from it (the runtime's lock order, runtime/Runtime.h, applies as is).
// scanRoots runs inside Heap::collect with the heap's lock held and the world stopped: it
// must not allocate or take a runtime lock. goroutineFor is called with no runtime lock held: it
// may allocate and take freeGsMu and allgMu, and must not queue the goroutine (the runtime
// does). goroutineStack is called with outMu held and every worker idle, or by the thread that runs g. clearGoroutine, deleteGoroutine and startFinalizer are called with no lock held.
#include "runtime/GcRoots.h"
#include "runtime/Value.h"

#include <cstdint>
#include <string>

namespace weft {

struct G;

// How a time slice ended. Done: the goroutine returned. Panicked: it died of a panic (reported).
// Exit: the program is ending (os.Exit, a fatal error). Parked: it is Parking, queued on what it
// waits for. Yield: still runnable, it gave the worker up (preemption, Gosched).
enum class ExecResult : uint8_t { Done, Panicked, Exit, Parked, Yield };

class GoroutineExecutor
{
public:
    // Runs g (Running, on this thread's worker) until its time slice ends.
    virtual ExecResult runSlice(G& g) = 0;
    // Every root the interpreter holds: its globals and every live goroutine's frames (the
    // runtime adds its own: pending timers' channels and funcs).
    virtual void scanRoots(GcRootVisitor& v) = 0;
    // A new goroutine that calls the func value fn with no arguments (time.AfterFunc), not yet
    // queued; null when it could not be made (out of memory: the program is ending).
    virtual G* goroutineFor(void* fn) = 0;
    // g ended: drop what it executed (frames, registers beyond a small stack) so it can be
    // reused; then, if the runtime does not keep it, deleteGoroutine frees it.
    virtual void clearGoroutine(G& g) = 0;
    virtual void deleteGoroutine(G* g) = 0;
    // g's stack as Go's traceback prints it (for the deadlock report).
    virtual std::string goroutineStack(const G& g) = 0;
    // Starts the oldest queued finalizer in a goroutine unless one is running.
    virtual void startFinalizer() = 0;
    // g, started by a host call, returned: its n result slots, in order.
    virtual void copyResults(const G& g, Slot* out, uint32_t n) = 0;

protected:
    ~GoroutineExecutor() = default;
};

} // namespace weft
