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
        hostValuesToSlots(args, slots,
                          HostMemory{[&vm](std::string_view text) { return vm.newString(text); },
                                     [&vm](size_t bytes, const GcLayout* layout) { return vm.allocate(bytes, layout); }});
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
