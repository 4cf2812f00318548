// Embedding: the pool kept running between start and stop, and calls into the module from host
// threads, each a goroutine the host waits for (runtime/HostCall.h has the protocol).
#include "runtime/HostThread.h"
#include "runtime/Worker.h"
#include "vm/InterpreterImpl.h"
#include "vm/NativeContext.h"

#include <cstring>

namespace weft {

void Interpreter::Impl::copyResults(const G& g, Slot* out, uint32_t n)
{
    // The goroutine's first frame was pushed with its results at register 0 of its stack.
    const auto& gr = static_cast<const Goroutine&>(g);
    if (const size_t k = std::min<size_t>(n, gr.stack.size()); k > 0)
        std::memcpy(out, gr.stack.data(), k * sizeof(Slot));
}

bool Interpreter::start(const Module& module)
{
    Impl& vm = *impl_;
    if (!vm.prepare(module))
        return false;
    return vm.startPool();
}

const Function* Interpreter::findFunction(std::string_view name) const
{
    if (!impl_->module)
        return nullptr;
    for (const auto& f : impl_->module->functions)
        if (f && f->name == name)
            return f.get();
    return nullptr;
}

bool Interpreter::call(const Function& fn, const std::vector<HostValue>& args, std::vector<HostValue>& results)
{
    return callClosure(const_cast<void*>(closureOf(fn)), args, results);
}

namespace {
// Pointer results are the host's to hold from the moment they are read, in the world: a
// collection could free them before the host holds them later (Kind::Pointer, vm/HostValue.h).
void holdPointers(Interpreter::Impl& vm, const std::vector<HostValue>& values)
{
    for (const HostValue& v : values)
        if (v.kind == HostValue::Kind::Pointer && v.p)
            vm.holdForHost(v.p);
}

// A host thread's call of fn: its goroutine made by makeG (as a participant of the world), its
// results handed to read(slots, n) (still a participant: the strings they point to stay).
// With an idle worker, this thread borrows it and runs the call itself (runtime/HostThread.h);
// else the call is queued for the pool.
template <class MakeG, class Read>
bool hostCall(Interpreter::Impl& vm, const Function& fn, MakeG makeG, Read read, int64_t deadline)
{
    // Zeroed: the collector scans the buffer while a queued call waits.
    constexpr uint32_t kInline = 8;
    Slot inlineResults[kInline];
    std::unique_ptr<Slot[]> moreResults(fn.resultSlots > kInline ? new Slot[fn.resultSlots]() : nullptr);
    HostCall call;
    call.resultSlots = fn.resultSlots;
    call.results = moreResults ? moreResults.get() : inlineResults;
    if (!moreResults)
        std::memset(inlineResults, 0, fn.resultSlots * sizeof(Slot));
    HostThread thread(vm);
    bool returned;
    if (thread.borrowed())
    {
        G* g = makeG();
        if (!g)
            return false;
        returned = thread.run(g, call, deadline);
        if (returned && !thread.migrated())
        {
            // Still on the worker: nothing the results point to can move or be freed.
            read(call.results, call.resultSlots);
            return true;
        }
    }
    else
    {
        G* g = nullptr;
        {
            HostEntry host(vm);
            g = makeG();
        }
        if (!g)
            return false;
        returned = vm.hostCallWait(g, call, deadline);
    }
    {
        HostEntry host(vm);
        if (returned)
            read(call.results, call.resultSlots);
        vm.endHostCall(call);
    }
    // The program ended under the call: what it printed reaches the host before the failure
    // does (a worker may be writing it out now: flushOut waits for it under outMu).
    if (!returned)
        vm.flushOut();
    return returned;
}
} // namespace

bool Interpreter::callClosure(void* closure, const std::vector<HostValue>& args, std::vector<HostValue>& results,
                              int64_t deadline)
{
    Impl& vm = *impl_;
    const Function& fn = **static_cast<const Function* const*>(closure);
    return hostCall(
        vm, fn,
        [&] {
            std::vector<Slot> slots;
            hostValuesToSlots(args, slots,
                              HostMemory{[&vm](std::string_view text) { return vm.newString(text); },
                                         [&vm](size_t bytes, const GcLayout* layout) { return vm.allocate(bytes, layout); }});
            return vm.newGoroutine(&fn, closure, slots.data(), uint32_t(slots.size()));
        },
        [&](const Slot* out, uint32_t n) {
            slotsToHostValues(out, n, results);
            holdPointers(vm, results);
        },
        deadline);
}

bool Interpreter::callSlots(void* closure, const Slot* args, uint32_t nargs, Slot* results, uint32_t nresults,
                            int64_t deadline)
{
    Impl& vm = *impl_;
    const Function& fn = **static_cast<const Function* const*>(closure);
    return hostCall(
        vm, fn, [&] { return vm.newGoroutine(&fn, closure, args, nargs); },
        [&](const Slot* out, uint32_t n) { std::memcpy(results, out, std::min(n, nresults) * sizeof(Slot)); }, deadline);
}

bool Interpreter::callFromNative(NativeContext& ctx, const void* closure, const std::vector<HostValue>& args,
                                 std::vector<HostValue>& results, std::string& panicText)
{
    Impl& vm = *impl_;
    const Function& fn = **static_cast<const Function* const*>(closure);
    // No collection runs in a native until its callback starts: the arguments' strings are
    // safe in `slots` until the callee's registers hold them.
    std::vector<Slot> slots;
    hostValuesToSlots(args, slots,
                      HostMemory{[&ctx](std::string_view text) { return ctx.newString(text); },
                                 [&ctx](size_t bytes, const GcLayout* layout) { return ctx.allocate(bytes, layout); }});
    std::vector<Slot> out(fn.resultSlots + 1);
    if (!ctx.callFunction(closure, slots.data(), slots.size(), out.data(), fn.resultSlots))
    {
        Goroutine& g = ctx.goroutine();
        if (!g.panics.empty() && !vm.exiting.load(std::memory_order_acquire))
            panicText = vm.formatPanicValue(g, g.panics.back().value);
        return false;
    }
    slotsToHostValues(out.data(), fn.resultSlots, results);
    holdPointers(vm, results);
    return true;
}

bool Interpreter::callFromNativeSlots(NativeContext& ctx, const void* closure, const Slot* args, uint32_t nargs,
                                      Slot* results, uint32_t nresults, std::string& panicText)
{
    Impl& vm = *impl_;
    const Function& fn = **static_cast<const Function* const*>(closure);
    Slot out[8] = {};
    if (fn.resultSlots > 8 || nresults > fn.resultSlots)
        return false; // (the API's scalar calls have one result at most)
    if (!ctx.callFunction(closure, args, nargs, out, fn.resultSlots))
    {
        Goroutine& g = ctx.goroutine();
        if (!g.panics.empty() && !vm.exiting.load(std::memory_order_acquire))
            panicText = vm.formatPanicValue(g, g.panics.back().value);
        return false;
    }
    std::memcpy(results, out, nresults * sizeof(Slot));
    return true;
}

namespace {
// A channel operation of a host function the script called runs on a worker: if it must wait,
// the worker lets the others go on meanwhile (as a native reading stdin does), else a pool of
// one would wait for itself.
template <class Op> Runtime::ChanResult blockingOnWorker(Runtime& rt, bool block, Op op)
{
    if (!block || !rt.onOwnWorker())
        return op(block);
    const Runtime::ChanResult r = op(false);
    if (r != Runtime::ChanResult::Park || !rt.enterBlocking())
        return r;
    const Runtime::ChanResult waited = op(true);
    rt.exitBlocking();
    return waited;
}

const ChanElem* hostChanElem(const HostValue& elem)
{
    static const GcWordKind kString[] = {GcWordKind::Pointer, GcWordKind::Scalar};
    static const GcLayout stringLayout = *GcLayout::fromWords(kString);
    static const ChanElem scalar{1, false, 0, nullptr, nullptr, nullptr};
    static const ChanElem string{2, false, 0, nullptr, &stringLayout, nullptr};
    return elem.kind == HostValue::Kind::String ? &string : &scalar;
}
} // namespace

ChanObject* Interpreter::hostMakeChan(const HostValue& elem, int64_t cap)
{
    Impl& vm = *impl_;
    if (elem.kind == HostValue::Kind::Slice)
        return nullptr; // (the public Traits offer no channels of slices)
    HostEntry host(vm);
    ChanObject* c = vm.newChan(hostChanElem(elem), cap);
    if (c)
        vm.holdForHost(c);
    return c;
}

void Interpreter::hostHold(const void* p)
{
    Impl& vm = *impl_;
    HostEntry host(vm);
    vm.holdForHost(p);
}

void Interpreter::hostRelease(const void* p)
{
    Impl& vm = *impl_;
    HostEntry host(vm);
    vm.releaseForHost(p);
}

void Interpreter::hostReleaseChan(ChanObject* c)
{
    Impl& vm = *impl_;
    HostEntry host(vm);
    vm.releaseForHost(c);
}

Interpreter::HostChanResult Interpreter::hostChanSend(ChanObject* c, const HostValue& v, bool block)
{
    Impl& vm = *impl_;
    std::vector<Slot> slots;
    {
        HostEntry host(vm);
        hostValuesToSlots({v}, slots,
                          HostMemory{[&vm](std::string_view text) { return vm.newString(text); },
                                     [&vm](size_t bytes, const GcLayout* layout) { return vm.allocate(bytes, layout); }});
        vm.addHostRegion(slots.data(), slots.size()); // the string stays alive until a receiver has it
    }
    const Runtime::ChanResult r = vm.exiting.load() ? Runtime::ChanResult::Park
                                                    : blockingOnWorker(vm, block, [&](bool b) { return vm.hostSend(c, slots.data(), b); });
    {
        HostEntry host(vm);
        vm.removeHostRegion(slots.data());
    }
    switch (r)
    {
    case Runtime::ChanResult::Done: return HostChanResult::Done;
    case Runtime::ChanResult::Closed: return HostChanResult::Closed;
    case Runtime::ChanResult::Park: break;
    }
    return block || vm.exiting.load() ? HostChanResult::Ended : HostChanResult::NotReady;
}

Interpreter::HostChanResult Interpreter::hostChanRecv(ChanObject* c, HostValue& v, bool& ok, bool block)
{
    Impl& vm = *impl_;
    Slot dest[2] = {};
    Slot okSlot{};
    {
        HostEntry host(vm);
        vm.addHostRegion(dest, 2); // a sender may write a pointer here while this thread waits
    }
    const Runtime::ChanResult r = vm.exiting.load() ? Runtime::ChanResult::Park
                                                    : blockingOnWorker(vm, block, [&](bool b) { return vm.hostRecv(c, dest, &okSlot, b); });
    HostEntry host(vm);
    std::vector<HostValue> out{v};
    if (r == Runtime::ChanResult::Done)
        slotsToHostValues(dest, 2, out);
    vm.removeHostRegion(dest);
    if (r != Runtime::ChanResult::Done)
        return block || vm.exiting.load() ? HostChanResult::Ended : HostChanResult::NotReady;
    v = std::move(out[0]);
    ok = okSlot.u != 0;
    return HostChanResult::Done;
}

bool Interpreter::hostChanClose(ChanObject* c)
{
    Impl& vm = *impl_;
    HostEntry host(vm);
    const bool closed = vm.chanClose(c);
    return closed;
}

void Interpreter::setArgs(std::vector<std::string> args) { impl_->config.args = std::move(args); }
bool Interpreter::interrupt() { return impl_->interrupt(); }
bool Interpreter::interrupted() const { return impl_->interrupted.load(std::memory_order_acquire); }

bool Interpreter::setGlobalPointer(std::string_view name, void* p)
{
    Impl& vm = *impl_;
    if (!vm.module || !vm.globals)
        return false;
    for (const auto& [n, off] : vm.module->globalOffsets)
        if (n == name)
        {
            std::memcpy(static_cast<char*>(vm.globals) + off, &p, sizeof p);
            return true;
        }
    return false;
}

int Interpreter::stop()
{
    const int code = impl_->stopPool();
    impl_->flushOut();
    return code;
}

bool Interpreter::ended() const { return impl_->exiting.load(std::memory_order_acquire); }
const std::atomic<bool>& Interpreter::endedFlag() const { return impl_->exiting; }
int Interpreter::exitCode() const
{
    // Under outMu: whoever ended the program wrote its report before letting the lock go.
    std::lock_guard lock(impl_->outMu);
    return impl_->exitCode;
}

} // namespace weft
