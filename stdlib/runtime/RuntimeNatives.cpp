// runtime's natives: GC, memory statistics, processor counts, Caller, Stack, Gosched,
// Goexit, NumGoroutine and time.Sleep.
#include "stdlib/StdlibNatives.h"
#include "runtime/Channel.h"
#include "runtime/Runtime.h"
#include "vm/Interpreter.h"
#include "vm/NativeContext.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
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

void setFinalizer(NativeContext& ctx, Slot* a, Slot*) { ctx.setFinalizer({a[0].cp, a[1]}, {a[2].cp, a[3]}); }

// readMemStats() (12 uint64): the counters in the order runtime.go names its results.
void readMemStats(NativeContext& ctx, Slot*, Slot* r)
{
    NativeContext::MemStats m = ctx.memStats();
    const uint64_t v[] = {m.heapAlloc, m.totalAlloc,  m.heapSys,      m.heapInUse, m.heapReleased, m.heapObjects,
                          m.mallocs,   m.frees,       m.nextGC,       m.pauseTotalNs, m.numGC,     m.numForcedGC};
    for (size_t i = 0; i < std::size(v); i++)
        r[i].u = v[i];
}

// Program counters: (function index + 1) << 32 | the word of its code. Callers gives return
// addresses (the word after the call, as Go's do) and Caller the call's last word; a
// function's entry is word 0. Each maps back to its function and line (funcInfo).
uint64_t encodePc(const Function* fn, uint32_t word) { return (uint64_t(fn->index) + 1) << 32 | word; }

// Caller(skip int) (pc uintptr, file string, line int, ok bool). Caller(0) is the function
// calling Caller.
void caller(NativeContext& ctx, Slot* a, Slot* r)
{
    const Function* fn = nullptr;
    int line = 0;
    const std::string* path = nullptr;
    uint32_t resume = 0;
    if (a[0].i < 0 || a[0].i > (1 << 30) || !ctx.caller(int(a[0].i), &fn, &line, &path) ||
        !ctx.callerFrame(int(a[0].i), &fn, &resume))
        return;
    GoString file = ctx.newString(*path);
    r[0].u = encodePc(fn, resume > 0 ? resume - 1 : 0);
    r[1].cp = file.ptr;
    r[2].i = file.len;
    r[3].i = line;
    r[4].i = 1;
}

// callers(skip int, pc []uintptr) int: Callers(skip+1): the return addresses of the calling
// frames from `skip` up (0: the function calling Callers).
void callers(NativeContext& ctx, Slot* a, Slot* r)
{
    int64_t n = 0;
    auto* out = static_cast<uint64_t*>(a[1].p);
    const Function* fn = nullptr;
    uint32_t resume = 0;
    for (int64_t skip = std::max<int64_t>(a[0].i, 0); n < a[2].i && skip < (1 << 30) &&
                                                      ctx.callerFrame(int(skip), &fn, &resume);
         skip++)
        out[n++] = encodePc(fn, resume);
    r[0].i = n;
}

// funcInfo(pc uintptr) (name, file string, line int, entry uintptr, ok bool): the function a
// program counter is in and the line of that word.
void funcInfo(NativeContext& ctx, Slot* a, Slot* r)
{
    const uint64_t pc = a[0].u;
    const auto& fns = ctx.module().functions;
    const uint64_t index = (pc >> 32) - 1;
    if ((pc >> 32) == 0 || index >= fns.size())
        return;
    const Function* fn = fns[index].get();
    if (uint32_t(pc) > fn->code.size()) // past the function's end (a return address may be at it)
        return;
    const uint32_t word = uint32_t(pc);
    const size_t at = fn->lines.empty() ? 0 : std::min<size_t>(word, fn->lines.size() - 1);
    GoString name = ctx.newString(fn->name);
    GoString file = ctx.newString(fn->lines.empty() ? fn->file : fn->fileAt(at));
    r[0].cp = name.ptr;
    r[1].i = name.len;
    r[2].cp = file.ptr;
    r[3].i = file.len;
    r[4].i = fn->lines.empty() ? fn->line : fn->lines[at];
    r[5].u = encodePc(fn, 0);
    r[6].i = 1;
}

// GOROOT() string: weft has no Go tree of its own; $GOROOT when set, as Go's does first (unset
// when the sandbox denies the environment).
void goroot(NativeContext& ctx, Slot*, Slot* r)
{
    const char* env = ctx.access().env ? std::getenv("GOROOT") : nullptr;
    GoString s = ctx.newString(env ? env : "");
    r[0].cp = s.ptr;
    r[1].i = s.len;
}

// Breakpoint(): Go executes a trap instruction and the program dies of SIGTRAP.
void breakpoint(NativeContext& ctx, Slot*, Slot*)
{
    ctx.writeStderr("SIGTRAP: trace trap\n");
    ctx.exit(2);
}

// Stack(buf []byte, all bool) int: the calling goroutine's stack in the shape of Go's
// traceback (function, then file:line and the pc's offset), truncated to len(buf). The
// program's entry is the runtime's and hidden, as in panics' tracebacks.
void stack(NativeContext& ctx, Slot* a, Slot* r)
{
    std::string s = "goroutine " + std::to_string(ctx.goroutineId()) + " [running]:\n";
    const Function* fn = nullptr;
    int line = 0;
    const std::string* file = nullptr;
    uint32_t resume = 0;
    for (int skip = 0; ctx.caller(skip, &fn, &line, &file) && ctx.callerFrame(skip, &fn, &resume); skip++)
    {
        if (fn->name == "runtime.main")
            continue;
        char offset[32];
        std::snprintf(offset, sizeof offset, " +0x%x\n", unsigned(resume > 0 ? resume - 1 : 0));
        s += fn->name + "(...)\n\t" + *file + ":" + std::to_string(line) + offset;
    }
    const size_t n = std::min(s.size(), size_t(std::max<int64_t>(a[1].i, 0)));
    if (n)
        std::memcpy(a[0].p, s.data(), n);
    r[0].i = int64_t(n);
}

// The runtime's side of time.Timer/Ticker/AfterFunc (Go links them from package runtime too):
// startTimer(d, period int64, c chan Time, f func()) int64, stopTimer(id int64) bool,
// resetTimer(id, d, period int64, c chan Time, f func()) bool, and timerClock(startNano int64,
// local **Location) bool, which package time calls once as it initializes. The runtime writes a
// time.Time as Go lays it out (wall, ext, loc: 24 bytes) into the block that a struct travels
// in through a channel: a channel of anything else is not a timer's.
ChanObject* timerChan(NativeContext& ctx, void* p)
{
    auto* c = static_cast<ChanObject*>(p);
    if (c && (c->elemSlots != 1 || static_cast<const TypeDesc*>(c->elem->type)->kind != TypeKind8::Struct ||
              static_cast<const TypeDesc*>(c->elem->type)->size != 24))
    {
        ctx.fatal("time: a timer's channel is not a chan Time");
        return nullptr;
    }
    return c;
}

void startTimer(NativeContext& ctx, Slot* a, Slot* r)
{
    ChanObject* c = timerChan(ctx, a[2].p);
    r[0].i = ctx.failed() ? 0 : ctx.startTimer(a[0].i, a[1].i, c, a[3].p);
}
void stopTimer(NativeContext& ctx, Slot* a, Slot* r) { r[0].i = ctx.stopTimer(a[0].i); }
void resetTimer(NativeContext& ctx, Slot* a, Slot* r)
{
    ChanObject* c = timerChan(ctx, a[3].p);
    r[0].i = !ctx.failed() && ctx.resetTimer(a[0].i, a[1].i, a[2].i, c, a[4].p);
}
void timerClock(NativeContext& ctx, Slot* a, Slot* r)
{
    ctx.setTimerClock(a[0].i, static_cast<void**>(a[1].p));
    r[0].i = 1;
}

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
    registry.add("time.timerClock", &timerClock);
    registry.add("runtime.NumGoroutine", &numGoroutine);
    registry.add("runtime.NumCPU", &numCPUNative);
    registry.add("runtime.GOMAXPROCS", &gomaxprocs);
    registry.add("runtime.Version", &version);
    registry.add("runtime.KeepAlive", &keepAlive);
    registry.add("runtime.SetFinalizer", &setFinalizer);
    registry.add("runtime.readMemStats", &readMemStats);
    registry.add("runtime.Caller", &caller);
    registry.add("runtime.Stack", &stack);
    registry.add("runtime.callers", &callers);
    registry.add("runtime.funcInfo", &funcInfo);
    registry.add("runtime.GOROOT", &goroot);
    registry.add("runtime.Breakpoint", &breakpoint);
}

} // namespace weft
