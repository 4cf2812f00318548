// Goroutines as the interpreter makes and keeps them: a runtime goroutine (runtime/Goroutine.h)
// with a register stack and frames. The runtime calls back here through the seam
// (runtime/Executor.h) when a goroutine ends, for AfterFunc's goroutines and for the deadlock
// report.
#include "runtime/Worker.h"
#include "vm/InterpreterImpl.h"

#include <cstring>

namespace weft {

namespace {
// A stack beyond this many slots is not kept: a parked goroutine should cost little.
constexpr size_t kKeptStackSlots = 256;
} // namespace

Goroutine* Interpreter::Impl::newGoroutine(const Function* fn, void* closure, const Slot* args, uint32_t nargs)
{
    G* reused = reuseGoroutine();
    const bool fresh = reused == nullptr;
    Goroutine* g = fresh ? new Goroutine() : static_cast<Goroutine*>(reused);
    // Small to start (a parked goroutine should cost little); grows by doubling. Zeroed: the
    // collector scans registers without liveness, and a reused stack holds stale pointers.
    const size_t slots = fn->numRegs + 16;
    g->stack.resize(slots);
    std::memset(g->stack.data(), 0, slots * sizeof(Slot));
    g->status.store(GStatus::Runnable, std::memory_order_relaxed);
    g->createdBy = nullptr; // (the `go` statement sets it)
    if (!pushCall(*g, fn, closure, args, nargs, 0, 0))
    {
        discardGoroutine(g, fresh);
        return nullptr;
    }
    addGoroutine(g, fresh);
    return g;
}

G* Interpreter::Impl::goroutineFor(void* fn)
{
    return newGoroutine(static_cast<const Function* const*>(fn)[0], fn);
}

void Interpreter::Impl::clearGoroutine(G& rg)
{
    // Everything a new goroutine must not inherit; vectors keep their capacity.
    auto& g = static_cast<Goroutine&>(rg);
    g.panicking = g.printingPanic = false;
    g.frames.clear();
    g.panics.clear();
    g.deferStack.clear();
    g.panicTrace.clear();
    if (g.stack.capacity() > kKeptStackSlots)
        std::vector<Slot>().swap(g.stack);
}

std::string Interpreter::Impl::goroutineStack(const G& g)
{
    const auto& gr = static_cast<const Goroutine&>(g);
    return goroutineTrace(gr, captureTrace(gr));
}

} // namespace weft
