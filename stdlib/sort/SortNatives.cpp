// sort's natives: the reflection that sort.Slice, SliceStable and SliceIsSorted need
// (internal/reflectlite's Value.Len and Swapper in Go), over a slice held in an `any`.
#include "runtime/MemoryMove.h"
#include "stdlib/StdlibNatives.h"
#include "vm/MapObject.h"
#include "vm/NativeContext.h"
#include "vm/TypeDesc.h"

#include <cstring>
#include <string>

namespace weft {

namespace {

// reflect.Kind.String of a dynamic type's kind.
const char* kindName(const TypeDesc* t)
{
    switch (t->kind)
    {
    case TypeKind8::Bool: return "bool";
    case TypeKind8::Int: return "int";
    case TypeKind8::Int8: return "int8";
    case TypeKind8::Int16: return "int16";
    case TypeKind8::Int32: return "int32";
    case TypeKind8::Int64: return "int64";
    case TypeKind8::Uint: return "uint";
    case TypeKind8::Uint8: return "uint8";
    case TypeKind8::Uint16: return "uint16";
    case TypeKind8::Uint32: return "uint32";
    case TypeKind8::Uint64: return "uint64";
    case TypeKind8::Uintptr: return "uintptr";
    case TypeKind8::Float32: return "float32";
    case TypeKind8::Float64: return "float64";
    case TypeKind8::String: return "string";
    case TypeKind8::Pointer: return "ptr";
    case TypeKind8::Slice: return "slice";
    case TypeKind8::Array: return "array";
    case TypeKind8::Map: return "map";
    case TypeKind8::Chan: return "chan";
    case TypeKind8::Func: return "func";
    case TypeKind8::Struct: return "struct";
    case TypeKind8::Interface: return "interface";
    case TypeKind8::UntypedNil: break;
    }
    return "invalid";
}

// The slice header boxed in x (a slice is three slots, so its interface data word points to a
// box holding {ptr, len, cap}: RuntimeOps.cpp's box), or null after panicking as reflectlite
// does when x is not a slice.
const GoSlice* sliceOf(NativeContext& ctx, const Slot* x, const std::string& method)
{
    const TypeDesc* t = dynamicType(x[0].cp);
    if (!t)
    {
        ctx.panicError("reflect: call of " + method + " on zero Value");
        return nullptr;
    }
    if (t->kind != TypeKind8::Slice)
    {
        ctx.panicError("reflect: call of " + method + " on " + kindName(t) + " Value");
        return nullptr;
    }
    static const GoSlice empty{nullptr, 0, 0};
    return x[1].cp ? static_cast<const GoSlice*>(x[1].cp) : &empty;
}

// sliceLen(x any, method string) int. For "Swapper" x must be a slice; SliceIsSorted asks for
// reflectlite's Value.Len ("reflect.Value.Len"), which also takes arrays, strings and maps.
void sliceLen(NativeContext& ctx, Slot* a, Slot* r)
{
    std::string method(reinterpret_cast<const char*>(a[2].cp), size_t(a[3].i));
    const TypeDesc* t = dynamicType(a[0].cp);
    if (t && method != "Swapper")
        switch (t->kind)
        {
        case TypeKind8::Array: r[0].i = t->len; return;
        case TypeKind8::String: r[0].i = a[1].cp ? static_cast<const GoString*>(a[1].cp)->len : 0; return;
        case TypeKind8::Map: r[0].i = int64_t(mapLen(static_cast<const MapObject*>(a[1].cp))); return;
        case TypeKind8::Chan:
            if (a[1].cp)
                ctx.fatal("not supported in weft: sort.SliceIsSorted of a channel");
            return;
        default: break;
        }
    if (const GoSlice* s = sliceOf(ctx, a, method))
        r[0].i = s->len;
}

// sliceSwap(x any, i, j int): the swap function of reflectlite.Swapper(x).
void sliceSwap(NativeContext& ctx, Slot* a, Slot*)
{
    const GoSlice* s = sliceOf(ctx, a, "Swapper");
    if (!s)
        return;
    const int64_t i = a[2].i, j = a[3].i;
    if (s->len <= 1 && (i != 0 || j != 0 || s->len == 0))
    {
        ctx.panicValue(ctx.stringIface("reflect: slice index out of range"));
        return;
    }
    for (int64_t k : {i, j})
        if (uint64_t(k) >= uint64_t(s->len))
        {
            ctx.panicRuntimeError("index out of range [" + std::to_string(k) + "] with length " +
                                  std::to_string(s->len));
            return;
        }
    const size_t size = dynamicType(a[0].cp)->elem->size;
    if (i == j || size == 0)
        return;
    char* p = static_cast<char*>(s->ptr);
    alignas(8) char tmp[256];
    // No collection runs inside a native, so swapping pointer words needs no barrier.
    for (size_t off = 0; off < size; off += sizeof tmp)
    {
        const size_t n = std::min(sizeof tmp, size - off);
        moveMemory(tmp, p + size_t(i) * size + off, n);
        moveMemory(p + size_t(i) * size + off, p + size_t(j) * size + off, n);
        moveMemory(p + size_t(j) * size + off, tmp, n);
    }
}

} // namespace

void registerSortNatives(NativeRegistry& registry)
{
    registry.add("sort.sliceLen", &sliceLen);
    registry.add("sort.sliceSwap", &sliceSwap);
}

} // namespace weft
