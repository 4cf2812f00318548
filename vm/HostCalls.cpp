// Embedding: the pool kept running between start and stop, and calls into the module from host
// threads, each a goroutine the host waits for (runtime/HostCall.h has the protocol).
#include "runtime/Worker.h"
#include "vm/InterpreterImpl.h"

#include <cstring>

namespace weft {

void Interpreter::Impl::copyResults(const G& g, Slot* out, uint32_t n)
{
    // The goroutine's first frame was pushed with its results at register 0 of its stack.
    const auto& gr = static_cast<const Goroutine&>(g);
    std::memcpy(out, gr.stack.data(), std::min<size_t>(n, gr.stack.size()) * sizeof(Slot));
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

void hostValuesToSlots(const std::vector<HostValue>& values, std::vector<Slot>& slots,
                       const std::function<GoString(std::string_view)>& newString)
{
    for (const HostValue& a : values)
    {
        Slot s{};
        switch (a.kind)
        {
        case HostValue::Kind::Int: s.i = a.i; break;
        case HostValue::Kind::Uint: s.u = a.u; break;
        case HostValue::Kind::Float: s.f = a.f; break;
        case HostValue::Kind::Float32: s.f = double(float(a.f)); break;
        case HostValue::Kind::Bool: s.u = a.b ? 1 : 0; break;
        case HostValue::Kind::String:
        {
            GoString str = newString(a.s);
            s.cp = str.ptr;
            slots.push_back(s);
            s = Slot{};
            s.i = str.len;
            break;
        }
        }
        slots.push_back(s);
    }
}

void slotsToHostValues(const Slot* slots, size_t n, std::vector<HostValue>& values)
{
    size_t at = 0;
    auto next = [&] { return at < n ? slots[at++] : Slot{}; };
    for (HostValue& r : values)
    {
        const Slot s = next();
        switch (r.kind)
        {
        case HostValue::Kind::Int: r.i = s.i; break;
        case HostValue::Kind::Uint: r.u = s.u; break;
        case HostValue::Kind::Float:
        case HostValue::Kind::Float32: r.f = s.f; break;
        case HostValue::Kind::Bool: r.b = s.u != 0; break;
        case HostValue::Kind::String:
        {
            const Slot len = next();
            r.s.assign(static_cast<const char*>(s.cp), size_t(len.i));
            break;
        }
        }
    }
}

bool Interpreter::call(const Function& fn, const std::vector<HostValue>& args, std::vector<HostValue>& results)
{
    Impl& vm = *impl_;
    HostCall call;
    call.resultSlots = fn.resultSlots;
    G* g = nullptr;
    {
        // The arguments' strings are allocated, and the goroutine made, as a participant of the
        // world: no collection runs meanwhile.
        std::lock_guard host(vm.hostMu);
        vm.hostEnter();
        std::vector<Slot> slots;
        hostValuesToSlots(args, slots, [&vm](std::string_view text) { return vm.newString(text); });
        g = vm.newGoroutine(&fn, nullptr, slots.data(), uint32_t(slots.size()));
        vm.hostLeave();
    }
    if (!g)
        return false;
    const bool returned = vm.hostCallWait(g, call);
    std::lock_guard host(vm.hostMu);
    vm.hostEnter();
    if (returned)
        slotsToHostValues(call.results.data(), call.results.size(), results);
    vm.endHostCall(call);
    vm.hostLeave();
    return returned;
}

int Interpreter::stop()
{
    const int code = impl_->stopPool();
    impl_->flushOut();
    return code;
}

bool Interpreter::ended() const { return impl_->exiting.load(std::memory_order_acquire); }
int Interpreter::exitCode() const
{
    // Under outMu: whoever ended the program wrote its report before letting the lock go.
    std::lock_guard lock(impl_->outMu);
    return impl_->exitCode;
}

} // namespace weft
