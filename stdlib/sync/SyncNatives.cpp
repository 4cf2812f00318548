// sync's natives: the runtime semaphore and notify lists its Go code is built on
// (runtime/Semaphore.cpp), the clock its Mutex measures starvation with, and throw.
#include "stdlib/StdlibNatives.h"
#include "vm/NativeContext.h"

#include <chrono>

namespace weft {

namespace {

// Go's waitReason strings, by sync.go's wait* constants.
const char* const kWaitReasons[] = {"semacquire", "sync.Mutex.Lock", "sync.RWMutex.RLock", "sync.RWMutex.Lock",
                                    "sync.Cond.Wait"};

// semacquire(addr *uint32, lifo bool, reason int)
void semacquire(NativeContext& ctx, Slot* a, Slot*)
{
    auto* addr = static_cast<uint32_t*>(a[0].p);
    const uint64_t reason = a[2].u;
    ctx.semacquire(addr, a[1].i != 0, reason < std::size(kWaitReasons) ? kWaitReasons[reason] : "semacquire");
}

// semrelease(addr *uint32, n int)
void semrelease(NativeContext& ctx, Slot* a, Slot*) { ctx.semrelease(static_cast<uint32_t*>(a[0].p), a[1].i); }

// notifyListWait(l *notifyList, t uint32); notifyListNotify(l *notifyList, all bool). A
// notifyList is {wait, notify uint32}, laid out as two consecutive uint32s.
void notifyListWait(NativeContext& ctx, Slot* a, Slot*)
{
    ctx.notifyListWait(static_cast<uint32_t*>(a[0].p), uint32_t(a[1].u));
}
void notifyListNotify(NativeContext& ctx, Slot* a, Slot*)
{
    ctx.notifyListNotify(static_cast<uint32_t*>(a[0].p), a[1].i != 0);
}

// canSpin(iter int) bool; doSpin()
void canSpin(NativeContext& ctx, Slot* a, Slot* r) { r[0].i = ctx.canSpin(int(a[0].i)); }
void doSpin(NativeContext& ctx, Slot*, Slot*) { ctx.doSpin(); }

void nanotime(NativeContext&, Slot*, Slot* r)
{
    r[0].i = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
                 .count();
}

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
    registry.add("sync.notifyListWait", &notifyListWait);
    registry.add("sync.notifyListNotify", &notifyListNotify);
    registry.add("sync.nanotime", &nanotime);
    registry.add("sync.canSpin", &canSpin);
    registry.add("sync.doSpin", &doSpin);
    registry.add("sync.throw", &throwNative);
}

} // namespace weft
