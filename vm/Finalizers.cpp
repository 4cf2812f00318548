// runtime.SetFinalizer: the checks of Go's mfinal.go, and the goroutine that runs finalizers.
// The heap keeps the table and decides when a finalizer is due (HeapFinalizers.h).
#include "runtime/Worker.h"
#include "vm/InterpreterImpl.h"

namespace weft {

namespace {

// Go's rule for the finalizer's parameter (mfinal.go): obj's own type, a pointer type with the
// same element type when one of the two is unnamed, or an interface obj's type implements.
bool finalizerTakes(NativeContext& ctx, const TypeDesc* param, const TypeDesc* obj)
{
    if (param == obj)
        return true;
    if (param->kind == TypeKind8::Pointer)
        return (!(param->flags & kTypeNamed) || !(obj->flags & kTypeNamed)) && param->elem == obj->elem;
    if (param->kind == TypeKind8::Interface)
        return ctx.implements(obj, param);
    return false;
}

} // namespace

void NativeContext::setFinalizer(GoIface obj, GoIface finalizer)
{
    const TypeDesc* ot = dynamicType(obj.type);
    if (!ot)
        return fatal("runtime.SetFinalizer: first argument is nil");
    if (ot->kind != TypeKind8::Pointer)
        return fatal("runtime.SetFinalizer: first argument is " + ot->name + ", not pointer");
    Heap& heap = vm_.impl().heap;
    const TypeDesc* ft = dynamicType(finalizer.type);
    if (!ft)
    {
        heap.removeFinalizer(obj.data.p);
        return;
    }
    if (ft->kind != TypeKind8::Func)
        return fatal("runtime.SetFinalizer: second argument is " + ft->name + ", not a function");
    if (ft->variadic)
        return fatal("runtime.SetFinalizer: cannot pass " + ot->name + " to finalizer " + ft->name +
                     " because dotdotdot");
    if (ft->params.size() != 1 || !finalizerTakes(*this, ft->params[0], ot))
        return fatal("runtime.SetFinalizer: cannot pass " + ot->name + " to finalizer " + ft->name);
    const Function* fn = finalizer.data.p ? *static_cast<const Function* const*>(finalizer.data.p) : nullptr;
    if (!fn) // a nil func of a func type: Go's finalizer then faults when it runs
        return fatal("runtime.SetFinalizer: nil finalizer function");
    if (fn->native)
        return fatal("not supported in weft: a standard-library function as a finalizer");
    const Finalizer f{obj.data.p, finalizer.data.p, ot, ft->params[0]};
    switch (heap.addFinalizer(f))
    {
    case Heap::FinalizerResult::Ok: return;
    case Heap::FinalizerResult::AlreadySet: return fatal("runtime.SetFinalizer: finalizer already set");
    case Heap::FinalizerResult::NotObjectStart:
        return fatal("runtime.SetFinalizer: pointer not at beginning of allocated block");
    case Heap::FinalizerResult::NotInHeap:
        // Zero-sized objects and variables outside the heap (Go: linker-allocated globals) have
        // no finalizer and never will be collected: Go ignores them.
        return;
    }
}

void Interpreter::Impl::startFinalizer()
{
    // The flag is cleared before the queue is looked at again, so a finalizer queued by a
    // collection that found the flag set is started by whoever cleared it.
    for (;;)
    {
        bool expected = false;
        if (!finalizerRunning.compare_exchange_strong(expected, true, std::memory_order_acq_rel))
            return;
        Finalizer f;
        if (heap.takeQueuedFinalizer(&f))
        {
            // The parameter is a pointer (obj's type, or one assignable) or an interface obj's
            // type implements (SetFinalizer checked).
            const auto* param = static_cast<const TypeDesc*>(f.argType);
            const auto* objectType = static_cast<const TypeDesc*>(f.objectType);
            Slot args[2] = {};
            uint32_t nargs = 1;
            args[0].p = f.object;
            if (param->kind == TypeKind8::Interface)
            {
                args[0].cp = param->ifaceMethods.empty() ? static_cast<const void*>(objectType)
                                                         : static_cast<const void*>(findItab(objectType, param));
                args[1].p = f.object;
                nargs = 2;
            }
            // The object and fn are rooted again once the goroutine exists (its stack and its
            // frame's closure); no collection can run before: this is not a safepoint.
            Goroutine* g = args[0].cp ? newGoroutine(*static_cast<const Function* const*>(f.fn), f.fn, args, nargs)
                                      : nullptr;
            if (g)
            {
                g->runsFinalizer = true;
                g->status.store(GStatus::Runnable, std::memory_order_relaxed);
                globalPutOne(g);
                return;
            }
        }
        finalizerRunning.store(false, std::memory_order_release);
        if (!heap.hasQueuedFinalizers())
            return;
    }
}

} // namespace weft
