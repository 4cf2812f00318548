// NativeContext's type queries (for errors.As and sort's reflection) and the runtime package's
// view of the interpreter (collection requests, heap counters, GOMAXPROCS, caller frames).
#include "runtime/MemoryMove.h"
#include "runtime/Worker.h"
#include "vm/InterpreterImpl.h"

#include <cstring>

namespace weft {

bool NativeContext::implements(const TypeDesc* t, const TypeDesc* iface)
{
    if (!t || !iface || iface->kind != TypeKind8::Interface)
        return false;
    return iface->ifaceMethods.empty() || vm_.impl().implements(t, iface);
}

bool NativeContext::assignTo(GoIface v, const TypeDesc* to, void* mem)
{
    const TypeDesc* t = dynamicType(v.type);
    if (!t || !to || !mem)
        return false;
    if (to->kind == TypeKind8::Interface)
    {
        // An interface variable holds a TypeDesc* when empty, else the (type, interface) Itab.
        GoIface r{t, v.data};
        if (!to->ifaceMethods.empty())
        {
            r.type = vm_.impl().findItab(t, to);
            if (!r.type)
                return false;
        }
        std::memcpy(mem, &r, sizeof r);
        return true;
    }
    if (t != to) // descriptors are canonical: identical types share one
        return false;
    // The interface holds the value itself when it fits one slot (RuntimeOps.cpp's box), else a
    // pointer to it in memory layout (a struct or array block, or a box).
    if (t->isScalar() || (t->slots == 1 && t->kind != TypeKind8::Struct && t->kind != TypeKind8::Array))
        vm_.impl().storeRegs(t, mem, &v.data);
    else if (v.data.cp)
        moveMemory(mem, v.data.cp, t->size);
    return true;
}

void NativeContext::requestCollection()
{
    g_.gcRequested = true;
    vm_.impl().forcedGCs.fetch_add(1, std::memory_order_relaxed);
}

NativeContext::MemStats NativeContext::memStats() const
{
    auto& vm = vm_.impl();
    HeapStats s = vm.heap.stats();
    const HeapCache& cache = vm.threadCache();
    MemStats m{};
    // Go's ReadMemStats flushes the caches first; here their pending counts are added instead.
    const uint64_t cachedFree = cache.cachedFreeBytes();
    m.heapAlloc = s.heapLive > cachedFree ? s.heapLive - cachedFree : 0;
    m.totalAlloc = s.totalAlloc + cache.pendingBytes();
    m.heapSys = s.heapSys;
    m.heapInUse = s.heapInUse;
    m.heapReleased = s.heapReleased;
    m.heapObjects = s.heapObjects + cache.pendingMallocs();
    m.mallocs = s.mallocs + cache.pendingMallocs();
    m.frees = s.frees;
    m.nextGC = s.nextGC;
    m.pauseTotalNs = s.pauseTotalNs;
    m.numGC = s.numGC;
    m.numForcedGC = vm.forcedGCs.load(std::memory_order_relaxed);
    return m;
}

int NativeContext::gomaxprocs(int n)
{
    auto& vm = vm_.impl();
    const int previous = vm.gomaxprocs.load(std::memory_order_relaxed);
    if (n > 0)
    {
        // Go may run more workers than CPUs; weft's pool was sized when the program started,
        // so a larger setting is reported but runs on the workers there are.
        vm.gomaxprocs.store(n, std::memory_order_relaxed);
        vm.setProcs(n);
    }
    return previous;
}

// The frame `skip` frames up as Go counts them: compiler-made wrappers are not frames, and a
// deferred call run by a panic is called by runtime.gopanic, which is.
static const Frame* frameUp(const Goroutine& g, int skip, uint32_t* resume)
{
    static const Function gopanic = [] {
        Function f;
        f.name = "runtime.gopanic";
        f.file = "runtime/panic.go";
        f.index = UINT32_MAX - 1; // no pc of it names a function of the module
        return f;
    }();
    static const Frame gopanicFrame = [] {
        Frame f;
        f.fn = &gopanic;
        return f;
    }();
    if (skip < 0)
        return nullptr;
    for (size_t i = g.frames.size(); i-- > 0;)
    {
        const Frame& f = g.frames[i];
        if (!(f.fn && f.fn->wrapper) && skip-- == 0)
        {
            if (resume)
                // A frame running its deferred calls waits on RunDefers itself (it runs again),
                // not after it: the word after is what the others resume at.
                *resume = f.pc + (i + 1 < g.frames.size() && (g.frames[i + 1].flags & kFrameDeferCall) ? 1 : 0);
            return f.fn ? &f : nullptr;
        }
        if ((f.flags & kFrameDeferPanic) && skip-- == 0)
        {
            if (resume)
                *resume = 0;
            return &gopanicFrame;
        }
    }
    return nullptr;
}

bool NativeContext::caller(int skip, const Function** fn, int* line, const std::string** file) const
{
    uint32_t pc = 0;
    const Frame* fp = frameUp(g_, skip, &pc);
    if (!fp)
        return false;
    const Frame& f = *fp;
    *fn = f.fn;
    // pc is the resume point after the call; the call's own line is the word before it.
    *line = pc > 0 ? f.fn->lineAt(pc - 1) : f.fn->line;
    if (file)
        *file = pc > 0 ? &f.fn->fileAt(pc - 1) : &f.fn->file;
    return true;
}

int64_t NativeContext::goroutineId() const { return g_.id; }

bool NativeContext::callerFrame(int skip, const Function** fn, uint32_t* resumePc) const
{
    const Frame* f = frameUp(g_, skip, resumePc);
    if (!f)
        return false;
    *fn = f->fn;
    return true;
}

} // namespace weft
