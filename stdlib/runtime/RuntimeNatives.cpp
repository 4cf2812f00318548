// runtime's natives: GC, memory statistics, processor counts, Caller, Stack, Gosched,
// Goexit, NumGoroutine and time.Sleep.
#include "stdlib/StdlibNatives.h"
#include "vm/Interpreter.h"
#include "vm/NativeContext.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <thread>

namespace weft {

namespace {

void gc(NativeContext& ctx, Slot*, Slot*) { ctx.requestCollection(); }

void gosched(NativeContext& ctx, Slot*, Slot*) { ctx.yield(); }

void goexit(NativeContext& ctx, Slot*, Slot*) { ctx.goexit(); }

void numGoroutine(NativeContext& ctx, Slot*, Slot* r) { r[0].i = ctx.numGoroutine(); }

// time.Sleep is the runtime's (Go's timeSleep): the goroutine parks on a timer; a duration
// <= 0 returns at once, as in Go.
void timeSleep(NativeContext& ctx, Slot* a, Slot*)
{
    if (a[0].i > 0)
        ctx.sleep(a[0].i);
}

void numCPUNative(NativeContext&, Slot*, Slot* r) { r[0].i = availableCpus(); }

// GOMAXPROCS(n): the previous setting (the number of workers the program started with); n > 0
// makes a new one.
void gomaxprocs(NativeContext& ctx, Slot* a, Slot* r)
{
    r[0].i = ctx.gomaxprocs(a[0].i > 0 ? int(std::min<int64_t>(a[0].i, 1 << 30)) : 0);
}

// The Go version whose language weft implements.
void version(NativeContext& ctx, Slot*, Slot* r)
{
    GoString s = ctx.newString("go1.22");
    r[0].cp = s.ptr;
    r[1].i = s.len;
}

void keepAlive(NativeContext&, Slot*, Slot*) {}

// readMemStats(s []uint64): the counters in runtime.go's mem* order.
void readMemStats(NativeContext& ctx, Slot* a, Slot*)
{
    NativeContext::MemStats m = ctx.memStats();
    const uint64_t v[] = {m.heapAlloc, m.totalAlloc,  m.heapSys,      m.heapInUse, m.heapReleased, m.heapObjects,
                          m.mallocs,   m.frees,       m.nextGC,       m.pauseTotalNs, m.numGC,     m.numForcedGC};
    const size_t n = std::min<size_t>(std::size(v), size_t(std::max<int64_t>(a[1].i, 0)));
    if (n)
        std::memcpy(a[0].p, v, n * sizeof(uint64_t));
}

// Caller(skip int) (pc uintptr, file string, line int, ok bool). Caller(0) is the function
// calling Caller. The pc is an opaque nonzero token (weft has no FuncForPC).
void caller(NativeContext& ctx, Slot* a, Slot* r)
{
    const Function* fn = nullptr;
    int line = 0;
    if (a[0].i < 0 || a[0].i > (1 << 30) || !ctx.caller(int(a[0].i), &fn, &line))
        return;
    GoString file = ctx.newString(fn->file);
    r[0].u = reinterpret_cast<uintptr_t>(fn) + uint64_t(line);
    r[1].cp = file.ptr;
    r[2].i = file.len;
    r[3].i = line;
    r[4].i = 1;
}

// Stack(buf []byte, all bool) int: the calling goroutine's stack in the shape of Go's
// traceback (function, then file:line), truncated to len(buf).
void stack(NativeContext& ctx, Slot* a, Slot* r)
{
    std::string s = "goroutine 1 [running]:\n";
    const Function* fn = nullptr;
    int line = 0;
    for (int skip = 0; ctx.caller(skip, &fn, &line); skip++)
        s += fn->name + "(...)\n\t" + fn->file + ":" + std::to_string(line) + "\n";
    const size_t n = std::min(s.size(), size_t(std::max<int64_t>(a[1].i, 0)));
    if (n)
        std::memcpy(a[0].p, s.data(), n);
    r[0].i = int64_t(n);
}

// The runtime's side of time.Timer/Ticker/AfterFunc (Go links them from package runtime too).
void startTimer(NativeContext& ctx, Slot* a, Slot* r) { r[0].i = ctx.startTimer(a[0].i, a[1].i, a[2].p); }
void stopTimer(NativeContext& ctx, Slot* a, Slot* r) { r[0].i = ctx.stopTimer(a[0].i); }
void resetTimer(NativeContext& ctx, Slot* a, Slot* r) { r[0].i = ctx.resetTimer(a[0].i, a[1].i, a[2].i, a[3].p); }

} // namespace

void registerRuntimeNatives(NativeRegistry& registry)
{
    registry.add("runtime.GC", &gc);
    registry.add("runtime.Gosched", &gosched);
    registry.add("runtime.Goexit", &goexit);
    registry.add("time.Sleep", &timeSleep);
    registry.add("time.startTimer", &startTimer);
    registry.add("time.stopTimer", &stopTimer);
    registry.add("time.resetTimer", &resetTimer);
    registry.add("runtime.NumGoroutine", &numGoroutine);
    registry.add("runtime.NumCPU", &numCPUNative);
    registry.add("runtime.GOMAXPROCS", &gomaxprocs);
    registry.add("runtime.Version", &version);
    registry.add("runtime.KeepAlive", &keepAlive);
    registry.add("runtime.readMemStats", &readMemStats);
    registry.add("runtime.Caller", &caller);
    registry.add("runtime.Stack", &stack);
}

} // namespace weft
