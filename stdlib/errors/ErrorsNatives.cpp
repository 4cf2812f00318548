// errors' natives: the reflection errors.As does in Go with internal/reflectlite (the rest of
// As is Go code in errors.go).
#include "stdlib/StdlibNatives.h"
#include "vm/NativeContext.h"

namespace weft {

namespace {

// Results of asTargetCheck (errors.go's asTarget* constants).
constexpr int64_t kTargetOK = 0;
constexpr int64_t kTargetNotPointer = 1;
constexpr int64_t kTargetNotError = 2;

// asTargetCheck(target any) int: target is not nil (As checked).
void asTargetCheck(NativeContext& ctx, Slot* a, Slot* r)
{
    const TypeDesc* t = dynamicType(a[0].cp);
    if (!t || t->kind != TypeKind8::Pointer || !a[1].cp || !t->elem)
    {
        r[0].i = kTargetNotPointer;
        return;
    }
    const TypeDesc* elem = t->elem;
    if (elem->kind != TypeKind8::Interface && !ctx.implements(elem, ctx.module().errorIface))
    {
        r[0].i = kTargetNotError;
        return;
    }
    r[0].i = kTargetOK;
}

// asAssign(err error, target any) bool: target passed asTargetCheck.
void asAssign(NativeContext& ctx, Slot* a, Slot* r)
{
    const TypeDesc* t = dynamicType(a[2].cp);
    if (!t || t->kind != TypeKind8::Pointer || !t->elem)
        return;
    r[0].i = ctx.assignTo(GoIface{a[0].cp, a[1]}, t->elem, a[3].p) ? 1 : 0;
}

} // namespace

void registerErrorsNatives(NativeRegistry& registry)
{
    registry.add("errors.asTargetCheck", &asTargetCheck);
    registry.add("errors.asAssign", &asAssign);
}

} // namespace weft
