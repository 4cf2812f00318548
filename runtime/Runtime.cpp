// The runtime's state as a whole: making it and its pool, allocation, the program's output and
// end, and the roots the runtime itself holds.
#include "runtime/Worker.h"

#include <algorithm>
#include <chrono>

namespace weft {

namespace {
HeapConfig heapConfig(const RuntimeConfig& c)
{
    HeapConfig h;
    if (c.heapLimitBytes)
        h.limitBytes = c.heapLimitBytes;
    return h;
}
} // namespace

Runtime::Runtime(RuntimeConfig config, GoroutineExecutor& exec)
    : runtimeConfig(std::move(config)), exec(exec), heap(heapConfig(runtimeConfig)), cache(heap)
{
    heap.setStressMode(runtimeConfig.gcStress);
    heap.setGcPercent(runtimeConfig.gcPercent);
}

// The goroutines on allg belong to the executor, which deletes them (its destructor, while
// it is still whole: a base's destructor runs after the derived part is gone).
Runtime::~Runtime() = default;

void Runtime::makeWorkers(int n, uint64_t seed)
{
    for (int i = 0; i <= n; i++) // the last is the spare (workers)
        workers.push_back(std::make_unique<Worker>(*this, i, seed ^ (0x9e3779b97f4a7c15ull * uint64_t(i + 1))));
    procs.store(n);
    gomaxprocs.store(n);
}

// ---- memory ------------------------------------------------------------------------------------

void* Runtime::allocate(size_t bytes, const GcLayout* layout)
{
    void* p = heap.allocate(threadCache(), bytes, layout);
    if (!p)
    {
        // Go prints the goroutine that allocated (runtime.throw's traceback).
        const Worker* w = detail::tCurrentWorker;
        const G* g = w && &w->rt == this ? w->running : nullptr;
        fatal("runtime: out of memory", {},
              g ? "goroutine " + std::to_string(g->id) + " [running]:\n" + exec.goroutineStack(*g) : std::string(), g);
    }
    return p;
}

void Runtime::enumerateRoots(GcRootVisitor& v)
{
    exec.scanRoots(v);
    // A pending timer's channel and func (a fired or stopped one is not kept: timers).
    for (const auto& [id, t] : timers)
    {
        v.pointer(t.c);
        v.pointer(t.fn);
    }
    // Results a host has yet to read (hostCalls changes only between collections: its host
    // thread takes part in the world, or waits for a collection's end: hostCallWait). Their
    // kinds are not known here: every word is
    // given as a possible pointer, which the collector checks.
    for (const HostCall* call : hostCalls)
        for (uint32_t i = 0; i < call->resultSlots; i++)
            v.pointer(call->results[i].p);
    for (const auto& [p, n] : hostHeld)
        v.pointer(p);
    for (const auto& [regs, n] : hostRegions)
        for (size_t i = 0; i < n; i++)
            v.pointer(regs[i].p);
}

void Runtime::holdForHost(const void* p)
{
    std::lock_guard lock(schedMu);
    hostHeld[p]++;
}

void Runtime::releaseForHost(const void* p)
{
    std::lock_guard lock(schedMu);
    auto it = hostHeld.find(p);
    if (it != hostHeld.end() && --it->second == 0)
        hostHeld.erase(it);
}

void Runtime::addHostRegion(const Slot* regs, size_t n)
{
    std::lock_guard lock(schedMu);
    hostRegions.push_back({regs, n});
}

void Runtime::removeHostRegion(const Slot* regs)
{
    std::lock_guard lock(schedMu);
    for (size_t i = 0; i < hostRegions.size(); i++)
        if (hostRegions[i].first == regs)
        {
            hostRegions.erase(hostRegions.begin() + std::ptrdiff_t(i));
            return;
        }
}

bool Runtime::goroutineWaitsOnHostChannel()
{
    if (hostHeld.empty())
        return false;
    // Lock order: schedMu -> allgMu (nothing takes schedMu holding allgMu).
    std::lock_guard lock(allgMu);
    for (G* g = allg; g; g = g->nextAll)
        if (g->status.load(std::memory_order_relaxed) == GStatus::Waiting)
            for (const ChannelWaiter& w : g->waiters)
                if (w.chan && hostHeld.count(w.chan))
                    return true;
    return false;
}

// ---- host calls ----------------------------------------------------------------------------------

void Runtime::hostEnter()
{
    std::unique_lock lock(schedMu);
    worldCv.wait(lock, [&] { return !gcWaiting.load(std::memory_order_relaxed); });
    nrunning++;
}

void Runtime::hostLeave()
{
    std::lock_guard lock(schedMu);
    nrunning--;
    worldCv.notify_all();
}

bool Runtime::hostCallWait(G* g, HostCall& call, int64_t deadline)
{
    {
        // Counted and queued at once under schedMu, where the deadlock check looks: an idle
        // pool sees either no call or the call's goroutine in the queue.
        std::unique_lock lock(schedMu);
        // hostCalls is read by a collection's roots (enumerateRoots) with the world stopped but
        // without this lock: this thread, outside the world, changes it only between collections.
        worldCv.wait(lock, [&] { return !gcWaiting.load(std::memory_order_relaxed); });
        if (exiting.load(std::memory_order_relaxed))
            return false;
        call.wait = std::make_unique<HostCallWait>();
        hostCalls.push_back(&call);
        pendingHostCalls++;
        call.g = g;
        call.state = HostCall::State::Waiting;
        g->status.store(GStatus::Runnable, std::memory_order_relaxed);
        g->hostCall = &call;
        globalPut(g, g, 1);
    }
    wakeIdle();
    return waitHostCall(call, deadline);
}

bool Runtime::waitHostCall(HostCall& call, int64_t deadline)
{
    for (;;)
    {
        {
            std::unique_lock lock(call.wait->mu);
            // The program's end (a panic, a fatal error, os.Exit elsewhere) is polled: it has no
            // single place that could signal every waiting host.
            call.wait->cv.wait_for(lock, std::chrono::milliseconds(5), [&] { return call.wait->returned; });
            if (call.wait->returned)
                return true;
        }
        if (deadline != 0 && !exiting.load(std::memory_order_acquire) &&
            std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
                    .count() > deadline)
            interrupt(); // the call's time is up: the program stops, as Options::timeLimit does
        if (!exiting.load(std::memory_order_acquire))
            continue;
        std::lock_guard lock(schedMu);
        if (call.state == HostCall::State::Waiting)
        {
            // Given up: the goroutine stays the runtime's, unlinked from the call.
            call.g->hostCall = nullptr;
            call.state = HostCall::State::Abandoned;
            pendingHostCalls--;
            return false;
        }
        // Returning: a worker is copying the results; they come in a moment.
    }
}

void Runtime::endHostCall(HostCall& call)
{
    std::lock_guard lock(schedMu);
    auto it = std::find(hostCalls.begin(), hostCalls.end(), &call);
    if (it != hostCalls.end())
        hostCalls.erase(it);
}

// ---- output and the end ------------------------------------------------------------------------

void Runtime::flushOut()
{
    std::lock_guard lock(outMu);
    flushOutLocked();
}

void Runtime::flushOutLocked()
{
    if (!out.empty() && runtimeConfig.writeStdout)
        runtimeConfig.writeStdout(out);
    out.clear();
    outPending.store(false, std::memory_order_release); // (a reader that sees it false sees the output written)
}

bool Runtime::beginExitLocked(int code)
{
    if (exiting.load(std::memory_order_relaxed))
        return false;
    exitCode = code;
    exiting.store(true, std::memory_order_seq_cst); // (before host threads' `kept`: HostThread.cpp)
    return true;
}

void Runtime::writeErr(std::string_view s)
{
    if (runtimeConfig.writeStderr)
        runtimeConfig.writeStderr(s);
}

bool Runtime::interrupt()
{
    {
        std::lock_guard lock(outMu);
        if (!beginExitLocked(2))
            return false;
        interrupted.store(true, std::memory_order_release);
        flushOutLocked();
    }
    wakeAll();
    return true;
}

void Runtime::writeReport(std::string_view s)
{
    if (runtimeConfig.writeReport)
        runtimeConfig.writeReport(s);
    else
        writeErr(s);
}

void Runtime::fatal(const std::string& msg, std::string_view preface, std::string_view trace, const G* failing)
{
    // Frozen before the end is announced: a goroutine parked in a callback unwinds once it sees
    // the end, and its frames must not change while they are read.
    const std::string others = exiting.load(std::memory_order_acquire) ? std::string() : othersForFatal(failing);
    std::lock_guard lock(outMu);
    if (!beginExitLocked(2))
        return;
    flushOutLocked();
    if (!preface.empty())
        writeReport(preface);
    writeReport("fatal error: " + msg + "\n");
    if (!trace.empty())
        writeReport("\n" + std::string(trace));
    if (!others.empty())
        writeReport(others);
}

std::string Runtime::othersForFatal(const G* failing)
{
    // As a collection stops the world (World.cpp), with a bound: a worker that does not reach a
    // safepoint in time (in a native, or waiting for a lock this thread holds) leaves the
    // others unprinted, as Go's freezetheworld is best effort too. Not while a collection
    // stops it: this thread may be what it waits for.
    const int self = onOwnWorker() ? 1 : 0;
    std::unique_lock lock(schedMu);
    if (gcWaiting.load(std::memory_order_relaxed) || exiting.load(std::memory_order_relaxed))
        return {};
    gcWaiting.store(true, std::memory_order_seq_cst);
    reclaimAllKeptLocked();
    std::string s;
    if (worldCv.wait_for(lock, std::chrono::milliseconds(200), [&] { return nrunning <= self; }))
        s = goroutineTraces(liveGoroutines(failing)); // (schedMu -> allgMu)
    gcWaiting.store(false, std::memory_order_relaxed);
    worldCv.notify_all();
    return s;
}

} // namespace weft
