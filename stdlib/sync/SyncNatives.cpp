// sync's natives: the runtime semaphore its Go code is built on, and throw.
#include "stdlib/StdlibNatives.h"
#include "vm/NativeContext.h"

namespace weft {

namespace {

// Go's waitReason strings, by sync.go's wait* constants.
const char* const kWaitReasons[] = {"semacquire", "sync.Mutex.Lock", "sync.RWMutex.RLock", "sync.RWMutex.Lock",
                                    "sync.Cond.Wait"};

void semacquire(NativeContext& ctx, Slot* a, Slot*)
{
    auto* addr = static_cast<uint32_t*>(a[0].p);
    const uint64_t reason = a[1].u;
    ctx.semacquire(addr, reason < std::size(kWaitReasons) ? kWaitReasons[reason] : "semacquire");
}

void semrelease(NativeContext& ctx, Slot* a, Slot*) { ctx.semrelease(static_cast<uint32_t*>(a[0].p), a[1].i); }

// Go's throw: a fatal error, not a panic (deferred calls do not run, recover cannot stop it).
void throwNative(NativeContext& ctx, Slot* a, Slot*)
{
    ctx.fatal(std::string(reinterpret_cast<const char*>(a[0].cp), size_t(a[1].i)));
}

} // namespace

void registerSyncNatives(NativeRegistry& registry)
{
    registry.add("sync.semacquire", &semacquire);
    registry.add("sync.semrelease", &semrelease);
    registry.add("sync.throw", &throwNative);
}

} // namespace weft
