// The Interpreter: set-up, memory, garbage-collection roots, panics and fatal errors.
#include "runtime/Worker.h"
#include "vm/InterpreterImpl.h"

#include <algorithm>
#include <cinttypes>
#include <cstring>

namespace weft {

Interpreter::Impl::Impl(InterpreterConfig c)
    : Runtime(RuntimeConfig{c.writeStdout, c.writeStderr, c.writeReport, c.gcStress, c.gcPercent, c.heapLimitBytes,
                            c.embedded},
              *this),
      config(std::move(c))
{
}

Interpreter::Impl::~Impl()
{
    // Live and kept goroutines alike (the free lists hold goroutines that are on allg).
    while (G* g = allg)
    {
        allg = g->nextAll;
        delete static_cast<Goroutine*>(g);
    }
}

Interpreter::Interpreter(InterpreterConfig config) : impl_(std::make_unique<Impl>(std::move(config)))
{
    impl_->owner = this;
}

Interpreter::~Interpreter()
{
    // A worker thread still blocked in a native (stdin) when the program ended was detached
    // (Impl::schedule) with a reference to this state: the last of them frees it.
    if (impl_ && impl_->references.fetch_sub(1, std::memory_order_acq_rel) != 1)
        static_cast<void>(impl_.release());
}

// ---- roots -------------------------------------------------------------------------------------

void Interpreter::Impl::scanRoots(GcRootVisitor& v)
{
    // The globals live in a heap object: it must be kept itself (it is noscan when no global
    // holds a pointer), and its pointer words are roots.
    if (globals)
        v.pointer(globals);
    // Every goroutine's stack is a root, running, runnable or parked (a goroutine blocked
    // forever on an unreachable channel is kept, as in Go).
    for (G* gp = allg; gp; gp = gp->nextAll)
    {
        Goroutine& g = static_cast<Goroutine&>(*gp);
        if (g.status.load(std::memory_order_relaxed) == GStatus::Dead)
            continue;
        for (size_t i = 0; i < g.frames.size(); i++)
        {
            const Frame& f = g.frames[i];
            // Suspended in a script call: the callee's frame is above and not a native's
            // callback (whose native holds its arguments only through this frame's registers).
            const bool inScriptCall = i + 1 < g.frames.size() && !(g.frames[i + 1].flags & kFrameNativeBoundary);
            if (f.fn->frameLayout)
                scanFrame(v, f, g.stack.data() + f.base, inScriptCall);
            if (f.closure)
                v.pointer(f.closure);
        }
        for (void* d : g.deferStack)
            v.pointer(d);
        for (const PanicRecord& p : g.panics)
        {
            const void* pair[2] = {p.value.type, p.value.data.p};
            v.interfacePair(pair);
        }
    }
}

void Interpreter::Impl::scanFrame(GcRootVisitor& v, const Frame& f, const Slot* regs, bool inScriptCall)
{
    const Function& fn = *f.fn;
    // Most frames are the module's functions: found by index, without hashing.
    const FrameLiveness* l = nullptr;
    const bool indexed = module && fn.index < module->functions.size() && module->functions[fn.index].get() == &fn;
    if (indexed && fn.index < livenessByIndex.size() && livenessByIndex[fn.index].first)
        l = livenessByIndex[fn.index].second;
    else
    {
        auto [it, fresh] = liveness.try_emplace(&fn);
        if (fresh && module)
            it->second = FrameLiveness::compute(fn, *module);
        l = it->second.get();
        if (indexed)
        {
            if (livenessByIndex.size() < module->functions.size())
                livenessByIndex.resize(module->functions.size());
            livenessByIndex[fn.index] = {true, l};
        }
    }
    if (!l || !l->liveAt(f.pc, inScriptCall, liveScratch))
    {
        v.words(regs, &*fn.frameLayout);
        return;
    }
    uint32_t pairDone = ~uint32_t(0); // the type word of the last interface pair visited
    for (size_t k = 0; k < liveScratch.size(); k++)
        for (uint64_t bits = liveScratch[k]; bits; bits &= bits - 1)
        {
            const uint32_t r = l->pointerReg(k * 64 + size_t(__builtin_ctzll(bits)));
            switch (fn.regKinds[r])
            {
            case GcWordKind::Scalar: break;
            case GcWordKind::Pointer: v.pointer(regs[r].cp); break;
            case GcWordKind::InterfaceType:
            case GcWordKind::InterfaceData:
            {
                // The pair is live if either word is read again.
                const uint32_t t = fn.regKinds[r] == GcWordKind::InterfaceType ? r : r - 1;
                if (t == pairDone || t + 1 >= fn.numRegs)
                    break;
                pairDone = t;
                const void* pair[2] = {regs[t].cp, regs[t + 1].cp};
                v.interfacePair(pair);
                break;
            }
            }
        }
}

const GcLayout* Interpreter::Impl::closureLayout(uint32_t n)
{
    if (n < smallClosureLayouts.size())
        if (const GcLayout* l = smallClosureLayouts[n].load(std::memory_order_acquire))
            return l;
    return closureLayoutSlow(n);
}

const GcLayout* Interpreter::Impl::closureLayoutSlow(uint32_t n)
{
    std::lock_guard lock(layoutMu);
    auto it = closureLayouts.find(n);
    if (it != closureLayouts.end())
        return it->second.get();
    std::vector<GcWordKind> words(2 + std::max<uint32_t>(n, 1), GcWordKind::Pointer);
    words[0] = GcWordKind::Scalar; // the Function*, outside the heap
    words[1] = GcWordKind::Scalar; // the count
    if (n == 0)
        words[2] = GcWordKind::Scalar;
    auto l = std::make_unique<GcLayout>(*GcLayout::fromWords(words));
    const GcLayout* r = l.get();
    closureLayouts[n] = std::move(l);
    if (n < smallClosureLayouts.size())
        smallClosureLayouts[n].store(r, std::memory_order_release);
    return r;
}

GoString Interpreter::Impl::newString(const char* p, size_t n)
{
    if (n == 0)
        return GoString{nullptr, 0};
    auto* d = static_cast<uint8_t*>(allocate(n, nullptr));
    if (!d)
        return GoString{nullptr, 0};
    std::memcpy(d, p, n);
    return GoString{d, int64_t(n)};
}

// ---- panics ------------------------------------------------------------------------------------

void Interpreter::Impl::panicValue(Goroutine& g, GoIface v, bool runtimeErr)
{
    PanicRecord r;
    r.value = v;
    r.runtimeError = runtimeErr;
    r.depth = g.frames.size();
    g.panics.push_back(r);
    g.panicking = true;
    g.panicTrace = captureTrace(g);
}

std::vector<TraceFrame> Interpreter::Impl::captureTrace(const Goroutine& g) const
{
    std::vector<TraceFrame> trace;
    trace.reserve(g.frames.size());
    for (size_t i = g.frames.size(); i-- > 0;)
    {
        const Frame& f = g.frames[i];
        // pc is the resume point: the word after the instruction that is running (or calling).
        const uint32_t at = f.pc > 0 ? f.pc - 1 : 0;
        trace.push_back({f.fn, f.fn->lineAt(at), &f.fn->fileAt(at), at});
    }
    return trace;
}

// Go's traceback shape: "function(...)" then a tab, "file:line" and the pc's offset in the
// function, innermost first; at most 100 frames, as Go prints, then a note that the rest were
// elided. The program's entry (package initialisation and the call of main.main) is the
// runtime's, and hidden as Go hides it.
std::string Interpreter::Impl::formatTrace(const std::vector<TraceFrame>& trace)
{
    std::string s;
    size_t shown = 0;
    for (const TraceFrame& t : trace)
    {
        if (t.fn->name == "runtime.main")
            continue;
        if (shown++ == 100)
        {
            s += "...additional frames elided...\n";
            break;
        }
        s += formatTraceFrame(t);
    }
    return s;
}

std::string Interpreter::Impl::goroutineTrace(const Goroutine& g, const std::vector<TraceFrame>& trace)
{
    std::string s = formatTrace(trace);
    if (const Function* f = g.createdBy)
    {
        const std::string frame = formatTraceFrame({f, f->lineAt(g.createdAt), &f->fileAt(g.createdAt), g.createdAt});
        s += "created by " + f->name + frame.substr(f->name.size() + 5); // (without "(...)")
    }
    return s;
}

std::string Interpreter::Impl::formatTraceFrame(const TraceFrame& t)
{
    char offset[32];
    std::snprintf(offset, sizeof offset, " +0x%x\n", unsigned(t.pc));
    return t.fn->name + "(...)\n\t" + (t.file ? *t.file : t.fn->file) + ":" + std::to_string(t.line) + offset;
}

void Interpreter::Impl::runtimeError(Goroutine& g, const std::string& msg, bool plain)
{
    panicValue(g, makeRuntimeError(plain ? msg : "runtime error: " + msg), true);
}

void Interpreter::Impl::stackOverflow(const Goroutine* g)
{
    fatal("stack overflow", "runtime: goroutine stack exceeds " + std::to_string(config.maxStackBytes) + "-byte limit\n",
          g ? "goroutine " + std::to_string(g->id) + " [running]:\n" + goroutineTrace(*g, captureTrace(*g)) : std::string(), g);
}

void Interpreter::Impl::reportPanic(Goroutine& g)
{
    // The values are made text newest first, as Go's preprintpanics does: the first whose
    // Error or String method panics ends the program with that fatal error.
    std::vector<std::string> texts(g.panics.size());
    for (size_t i = g.panics.size(); i-- > 0;)
    {
        texts[i] = formatPanicValue(g, g.panics[i].value);
        if (!panicPrintFailure.empty())
        {
            fatal(panicPrintFailure);
            return;
        }
    }
    std::string s;
    for (size_t i = 0; i < g.panics.size(); i++)
    {
        if (i > 0)
            s += "\t";
        s += "panic: " + texts[i];
        if (g.panics[i].recovered)
            s += " [recovered]";
        s += "\n";
    }
    s += "\ngoroutine " + std::to_string(g.id) + " [running]:\n" + goroutineTrace(g, g.panicTrace);
    // The first goroutine to fail ends the program; a panic racing with it is not reported.
    std::lock_guard lock(outMu);
    if (!beginExitLocked(2))
        return;
    flushOutLocked();
    writeReport(s);
}

// ---- running -----------------------------------------------------------------------------------

bool Interpreter::Impl::prepare(const Module& m)
{
    module = &m;
    // The run-time error types are made now, before any worker can race to make them.
    makeRuntimeError("");
    makeErrorString("");
    if (m.globalsSize)
    {
        globals = allocate(m.globalsSize, m.globalsLayout ? &*m.globalsLayout : nullptr);
        if (!globals)
            return false;
    }
    const int n = std::clamp(config.procs > 0 ? config.procs : availableCpus(), 1, Impl::kMaxProcs);
    makeWorkers(n, config.seed);
    return true;
}

int Interpreter::run(const Module& module)
{
    Impl& vm = *impl_;
    if (!vm.prepare(module))
        return 2;
    Goroutine* mainG = vm.newGoroutine(module.entry, nullptr);
    if (!mainG)
        return 2;
    vm.mainGoid = mainG->id;
    vm.runqPut(*vm.workers[0], mainG, true);
    int code = vm.schedule();
    vm.flushOut();
    return code;
}

// ---- NativeContext -------------------------------------------------------------------------------

const Module& NativeContext::module() const { return *vm_.impl().module; }
void* NativeContext::allocate(size_t bytes, const GcLayout* layout) { return vm_.impl().allocate(bytes ? bytes : 1, layout); }
GoString NativeContext::newString(std::string_view s) { return vm_.impl().newString(s); }
GoSlice NativeContext::newSlice(const TypeDesc* elem, int64_t len, int64_t cap)
{
    size_t bytes = size_t(cap) * elem->size;
    return GoSlice{vm_.impl().allocate(bytes ? bytes : 1, elem->layout), len, cap};
}
void NativeContext::panicRuntimeError(const std::string& msg) { vm_.impl().runtimeError(g_, msg); }
void NativeContext::panicError(const std::string& msg) { vm_.impl().panicValue(g_, vm_.impl().makeErrorString(msg)); }
void NativeContext::panicValue(GoIface v) { vm_.impl().panicValue(g_, v); }
void NativeContext::fatal(const std::string& msg) { vm_.impl().fatalIn(g_, msg); }
void NativeContext::stackOverflow() { vm_.impl().stackOverflow(&g_); }
bool NativeContext::failed() const { return g_.panicking || vm_.impl().exiting.load(std::memory_order_relaxed); }
GoIface NativeContext::newError(std::string_view msg) { return vm_.impl().makeErrorString(msg); }
GoIface NativeContext::stringIface(std::string_view s)
{
    Slot v[2];
    GoString str = newString(s);
    v[0].cp = str.ptr;
    v[1].i = str.len;
    return vm_.impl().box(vm_.impl().module->stringType, v);
}
void NativeContext::writeStdout(std::string_view s)
{
    auto& vm = vm_.impl();
    std::lock_guard lock(vm.outMu);
    // Once the program is ending (main returned on another worker), nothing more is printed.
    if (vm.exiting.load(std::memory_order_relaxed))
        return;
    vm.out.append(s);
    vm.outPending.store(true, std::memory_order_relaxed);
    if (vm.out.size() > 1 << 16)
        vm.flushOutLocked();
}
void NativeContext::writeStderr(std::string_view s)
{
    auto& vm = vm_.impl();
    std::lock_guard lock(vm.outMu);
    if (vm.exiting.load(std::memory_order_relaxed))
        return;
    vm.flushOutLocked();
    vm.writeErr(s);
}
ptrdiff_t NativeContext::readStdin(char* buf, size_t n)
{
    auto& cfg = vm_.impl().config;
    if (!cfg.readStdin || n == 0)
        return 0;
    // Output written so far reaches the terminal before the program waits for input.
    vm_.impl().flushOut();
    // The read may block for as long as the user likes: the other workers, and collections,
    // go on without this one (the buffer is the caller's slice, rooted by its registers).
    if (!vm_.impl().enterBlocking())
        return 0; // the program is ending
    const ptrdiff_t got = cfg.readStdin(buf, n);
    exitBlocking();
    return got;
}
const std::vector<std::string>& NativeContext::args() const { return vm_.impl().config.args; }
const HostAccess& NativeContext::access() const { return vm_.impl().config.access; }
void NativeContext::exit(int code)
{
    auto& vm = vm_.impl();
    std::lock_guard lock(vm.outMu);
    if (vm.beginExitLocked(code))
        vm.flushOutLocked();
}

bool NativeContext::callFunction(const void* closure, const Slot* args, size_t nargs, Slot* results, size_t nresults)
{
    auto& vm = vm_.impl();
    if (vm.exiting.load(std::memory_order_relaxed))
        return false; // the program ended (this thread may be unwinding without a worker)
    if (!closure)
    {
        panicRuntimeError("invalid memory address or nil pointer dereference");
        return false;
    }
    if (nativeStackLow()) // String() formatting its own receiver, forever
    {
        nativeStackOverflowed();
        vm.stackOverflow(&g_);
        return false;
    }
    const Function* fn = *static_cast<const Function* const*>(closure);
    size_t depth = g_.frames.size();
    if (fn->native)
    {
        std::vector<Slot> a(args, args + nargs), r(nresults + 1);
        NativeContext ctx(vm_, g_, fn);
        fn->native(ctx, a.data(), r.data());
        std::memcpy(results, r.data(), nresults * sizeof(Slot));
        return settleNativeCall() && !failed();
    }
    if (!vm.pushCall(g_, fn, const_cast<void*>(closure), args, uint32_t(nargs), 0, kFrameNativeBoundary))
    {
        vm.stackOverflow(&g_);
        return false;
    }
    Frame& f = g_.frames.back();
    // Return copies results to resultDest: point it at the callee's own result registers, which
    // stay valid (the stack is not shrunk) until we read them below.
    f.resultDest = f.base + fn->paramSlots;
    uint32_t resAt = f.resultDest;
    if (!runNested(depth))
        return false;
    std::memcpy(results, g_.stack.data() + resAt, nresults * sizeof(Slot));
    return true;
}

bool NativeContext::callMethod(GoIface v, const MethodId& method, const Slot* args, size_t nargs, Slot* results,
                               size_t nresults)
{
    const TypeDesc* t = dynamicType(v.type);
    const MethodDesc* m = t ? t->findMethod(method) : nullptr;
    if (!m || !m->fn || vm_.impl().exiting.load(std::memory_order_relaxed))
        return false;
    if (nativeStackLow())
    {
        nativeStackOverflowed();
        vm_.impl().stackOverflow(&g_);
        return false;
    }
    std::vector<Slot> a(nargs + 1);
    a[0] = v.data;
    for (size_t i = 0; i < nargs; i++)
        a[i + 1] = args[i];
    auto& vm = vm_.impl();
    if (m->fn->native)
    {
        std::vector<Slot> r(nresults + 1);
        NativeContext ctx(vm_, g_, m->fn);
        size_t before = g_.panics.size();
        m->fn->native(ctx, a.data(), r.data());
        std::memcpy(results, r.data(), nresults * sizeof(Slot));
        return settleNativeCall() && g_.panics.size() == before && !vm.exiting.load(std::memory_order_relaxed);
    }
    size_t depth = g_.frames.size();
    if (!vm.pushCall(g_, m->fn, nullptr, a.data(), uint32_t(nargs + 1), 0, kFrameNativeBoundary))
    {
        vm.stackOverflow(&g_);
        return false;
    }
    Frame& f = g_.frames.back();
    f.resultDest = f.base + m->fn->paramSlots;
    uint32_t resAt = f.resultDest;
    if (!runNested(depth))
        return false;
    std::memcpy(results, g_.stack.data() + resAt, nresults * sizeof(Slot));
    return true;
}

// The callee's frame is pushed: run it to completion on this thread (false: it panicked or the
// program ended). The script code may collect (no native of this goroutine is running it), park
// and yield (Machine.cpp).
bool NativeContext::runNested(size_t depth)
{
    g_.nativeDepth--;
    g_.callbackDepth++;
    ExecResult r = vm_.impl().execute(g_, depth);
    g_.callbackDepth--;
    g_.nativeDepth++;
    return r == ExecResult::Done;
}

// A native called straight from a native (a func value bound to one) may have parked its
// goroutine or asked to yield: with no interpreter loop between them, this thread waits here.
bool NativeContext::settleNativeCall()
{
    auto& vm = vm_.impl();
    const GStatus s = g_.status.load(std::memory_order_relaxed);
    if ((s == GStatus::Parking || s == GStatus::WokenEarly) && !vm.parkInCallback(g_))
        return false;
    if (g_.yieldRequested)
    {
        g_.yieldRequested = false;
        return vm.yieldInCallback(g_);
    }
    return true;
}

} // namespace weft
