// sync/atomic's functions over int32, int64, uint32 and uint64 (the typed wrappers Int32,
// Bool... are Go code over these), and Value. They are std::atomic_ref operations, sequentially
// consistent as Go's are, so they stay right when goroutines run on several workers.
#include "stdlib/StdlibNatives.h"
#include "vm/NativeContext.h"

#include <atomic>

namespace weft {

namespace {

template <typename T>
std::atomic_ref<T> at(NativeContext& ctx, Slot* a)
{
    // A nil address faults in Go (a nil pointer dereference); the caller checks before use.
    (void)ctx;
    return std::atomic_ref<T>(*static_cast<T*>(a[0].p));
}

bool nilAddress(NativeContext& ctx, Slot* a)
{
    if (a[0].p)
        return false;
    ctx.panicRuntimeError("invalid memory address or nil pointer dereference");
    return true;
}

// Slot values of int32/uint32 are sign- or zero-extended to 64 bits; these store them so.
template <typename T> void put(Slot& s, T v)
{
    if constexpr (std::is_signed_v<T>)
        s.i = int64_t(v);
    else
        s.u = uint64_t(v);
}

template <typename T> void swapN(NativeContext& ctx, Slot* a, Slot* r)
{
    if (!nilAddress(ctx, a))
        put<T>(r[0], at<T>(ctx, a).exchange(T(a[1].u)));
}
template <typename T> void casN(NativeContext& ctx, Slot* a, Slot* r)
{
    if (nilAddress(ctx, a))
        return;
    T expected = T(a[1].u);
    r[0].i = at<T>(ctx, a).compare_exchange_strong(expected, T(a[2].u));
}
template <typename T> void addN(NativeContext& ctx, Slot* a, Slot* r)
{
    if (!nilAddress(ctx, a))
    {
        // The sum wraps, as Go's does: computed unsigned (signed overflow is undefined in C++).
        using U = std::make_unsigned_t<T>;
        put<T>(r[0], T(U(at<T>(ctx, a).fetch_add(T(a[1].u))) + U(a[1].u)));
    }
}
template <typename T> void loadN(NativeContext& ctx, Slot* a, Slot* r)
{
    if (!nilAddress(ctx, a))
        put<T>(r[0], at<T>(ctx, a).load());
}
template <typename T> void storeN(NativeContext& ctx, Slot* a, Slot*)
{
    if (!nilAddress(ctx, a))
        at<T>(ctx, a).store(T(a[1].u));
}

template <typename T> void registerType(NativeRegistry& r, const std::string& name)
{
    r.add("sync/atomic.Swap" + name, &swapN<T>);
    r.add("sync/atomic.CompareAndSwap" + name, &casN<T>);
    r.add("sync/atomic.Add" + name, &addN<T>);
    r.add("sync/atomic.Load" + name, &loadN<T>);
    r.add("sync/atomic.Store" + name, &storeN<T>);
}

// Interfaces of type `any` carry a TypeDesc* as their type word: equal words, equal types.
void sameType(NativeContext&, Slot* a, Slot* r) { r[0].i = a[0].cp == a[2].cp; }

} // namespace

void registerAtomicNatives(NativeRegistry& registry)
{
    registerType<int32_t>(registry, "Int32");
    registerType<int64_t>(registry, "Int64");
    registerType<uint32_t>(registry, "Uint32");
    registerType<uint64_t>(registry, "Uint64");
    registerType<uint64_t>(registry, "Uintptr");
    registry.add("sync/atomic.sameType", &sameType);
}

} // namespace weft
