// Goroutines and the scheduler: creation, the run queue, parking and waking, sleeping, and the
// deadlock report. Go's runtime/proc.go is the model; one worker thread runs every goroutine
// for now (so the queue needs no lock), and the states are documented at GStatus.
#include "vm/InterpreterImpl.h"

#include <chrono>
#include <thread>

namespace weft {

namespace {

int64_t nowNanos()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

Goroutine* Interpreter::Impl::newGoroutine(const Function* fn, void* closure)
{
    auto* g = new Goroutine();
    g->id = ++lastGoid;
    // Small to start (a parked goroutine should cost little); grows by doubling.
    g->stack.resize(fn->numRegs + 16);
    g->nextAll = allg;
    if (allg)
        allg->prevAll = g;
    allg = g;
    goroutineCount++;
    if (!pushCall(*g, fn, closure, nullptr, 0, 0, 0))
    {
        freeGoroutine(g);
        return nullptr;
    }
    return g;
}

void Interpreter::Impl::freeGoroutine(Goroutine* g)
{
    if (g->prevAll)
        g->prevAll->nextAll = g->nextAll;
    else
        allg = g->nextAll;
    if (g->nextAll)
        g->nextAll->prevAll = g->prevAll;
    goroutineCount--;
    delete g;
}

// Go's goready: the woken goroutine runs next (runnext), which keeps a channel handoff's two
// parties on one worker, back to back; the one it displaces goes to the queue's tail.
void Interpreter::Impl::ready(Goroutine* g)
{
    g->status = GStatus::Runnable;
    if (runnext)
        runq.push_back(runnext);
    runnext = g;
}

void Interpreter::Impl::park(Goroutine& g, const char* reason)
{
    g.status = GStatus::Waiting;
    g.waitReason = reason;
    if (g.wake == WakeState::None)
        g.wake = WakeState::Parked;
}

void Interpreter::Impl::sleep(Goroutine& g, int64_t ns)
{
    sleepers.push(SleepTimer{nowNanos() + std::max<int64_t>(ns, 0), ++timerSeq, &g});
    park(g, "sleep");
}

void Interpreter::Impl::semacquire(Goroutine& g, uint32_t* addr, const char* reason)
{
    if (*addr > 0)
    {
        (*addr)--;
        return;
    }
    semaWaiters[addr].push_back(&g);
    park(g, reason);
}

void Interpreter::Impl::semrelease(uint32_t* addr, int64_t n)
{
    auto it = semaWaiters.find(addr);
    for (; n > 0; n--)
    {
        if (it == semaWaiters.end() || it->second.empty())
        {
            (*addr)++;
            continue;
        }
        Goroutine* g = it->second.front();
        it->second.pop_front();
        g->wake = WakeState::Resumed;
        g->status = GStatus::Runnable;
        runq.push_back(g);
    }
    if (it != semaWaiters.end() && it->second.empty())
        semaWaiters.erase(it);
}

bool Interpreter::Impl::pollTimers(bool block)
{
    // Blocking: until some goroutine is runnable (stale entries of stopped timers do not count).
    while (!sleepers.empty())
    {
        if (firstTimers(block))
            return true;
        if (!block)
            return false;
    }
    return false;
}

bool Interpreter::Impl::firstTimers(bool block)
{
    int64_t now = nowNanos();
    if (block && sleepers.top().when > now)
    {
        // Nothing else can run: the worker sleeps until the first timer (an idle program uses
        // no CPU).
        std::this_thread::sleep_for(std::chrono::nanoseconds(sleepers.top().when - now));
        now = nowNanos();
    }
    bool any = false;
    while (!sleepers.empty() && sleepers.top().when <= now)
    {
        const SleepTimer t = sleepers.top();
        sleepers.pop();
        if (t.g)
        {
            t.g->wake = WakeState::Resumed;
            t.g->status = GStatus::Runnable;
            runq.push_back(t.g);
            any = true;
            continue;
        }
        auto it = timers.find(t.timerId);
        if (it == timers.end() || it->second.seq != t.seq)
            continue; // stopped or reset since this entry was pushed
        RuntimeTimer& rt = it->second;
        Goroutine* g = newGoroutine(static_cast<const Function* const*>(rt.fn)[0], rt.fn);
        if (g)
        {
            g->status = GStatus::Runnable;
            runq.push_back(g);
            any = true;
        }
        if (rt.period > 0)
        {
            // Go's ticker: the next tick after now, skipping the ones already missed.
            rt.when += rt.period * (1 + (now - rt.when) / rt.period);
            rt.seq = ++timerSeq;
            sleepers.push(SleepTimer{rt.when, rt.seq, nullptr, t.timerId});
        }
        else
            timers.erase(it);
    }
    return any;
}

int64_t Interpreter::Impl::startTimer(int64_t d, int64_t period, void* fn)
{
    const int64_t id = ++lastTimerId;
    RuntimeTimer& rt = timers[id];
    rt.when = nowNanos() + std::max<int64_t>(d, 0);
    rt.period = period;
    rt.fn = fn;
    rt.seq = ++timerSeq;
    sleepers.push(SleepTimer{rt.when, rt.seq, nullptr, id});
    return id;
}

bool Interpreter::Impl::stopTimer(int64_t id)
{
    // Its heap entry goes stale and is dropped when it comes due.
    return timers.erase(id) > 0;
}

bool Interpreter::Impl::resetTimer(int64_t id, int64_t d, int64_t period, void* fn)
{
    // A fired or stopped timer is armed again under its id (time.go passes its func value).
    const bool wasPending = timers.count(id) > 0;
    RuntimeTimer& rt = timers[id];
    rt.when = nowNanos() + std::max<int64_t>(d, 0);
    rt.period = period;
    rt.fn = fn;
    rt.seq = ++timerSeq; // any earlier heap entry of this timer is now stale
    sleepers.push(SleepTimer{rt.when, rt.seq, nullptr, id});
    return wasPending;
}

int Interpreter::Impl::schedule()
{
    for (;;)
    {
        if (exiting)
            break;
        // Timers are polled every round, so sleepers wake even while others keep running.
        pollTimers(false);
        Goroutine* g = runnext;
        if (g)
            runnext = nullptr;
        else if (!runq.empty())
        {
            g = runq.front();
            runq.pop_front();
        }
        else if (pollTimers(true))
            continue;
        else
        {
            reportDeadlock();
            break;
        }
        g->status = GStatus::Running;
        if (g->wake == WakeState::Resumed)
            g->wake = WakeState::None; // a sleep resumes after its call, nothing to complete
        ExecResult r = execute(*g, 0);
        switch (r)
        {
        case ExecResult::Done:
            if (g == mainG && g->goexiting)
                mainGoexited = true;
            else if (g == mainG)
            {
                // main returned: the program ends without waiting for other goroutines.
                exiting = true;
                break;
            }
            if (g == mainG)
                mainG = nullptr;
            g->status = GStatus::Dead;
            freeGoroutine(g);
            break;
        case ExecResult::Yield: g->status = GStatus::Runnable; runq.push_back(g); break;
        case ExecResult::Parked: break;
        case ExecResult::Panicked:
            if (exitCode == 0)
                exitCode = 2;
            exiting = true;
            break;
        case ExecResult::Exit: exiting = true; break;
        }
    }
    return exitCode;
}

// Go's checkdead: nothing can run and no timer can wake anything. Go prints only the first
// line; weft adds each blocked goroutine with what it waits on and where.
void Interpreter::Impl::reportDeadlock()
{
    flushOut();
    std::string s = mainGoexited && !allg ? "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n"
                                          : "fatal error: all goroutines are asleep - deadlock!\n";
    std::vector<Goroutine*> gs;
    for (Goroutine* g = allg; g; g = g->nextAll)
        gs.push_back(g);
    std::sort(gs.begin(), gs.end(), [](Goroutine* a, Goroutine* b) { return a->id < b->id; });
    for (Goroutine* g : gs)
        s += "\ngoroutine " + std::to_string(g->id) + " [" + g->waitReason + "]:\n" + formatTrace(captureTrace(*g));
    writeErr(s);
    exitCode = 2;
    exiting = true;
}

// ---- NativeContext ------------------------------------------------------------------------------

void NativeContext::yield() { g_.yieldRequested = true; }
int64_t NativeContext::startTimer(int64_t d, int64_t period, void* fn) { return vm_.impl().startTimer(d, period, fn); }
bool NativeContext::stopTimer(int64_t id) { return vm_.impl().stopTimer(id); }
bool NativeContext::resetTimer(int64_t id, int64_t d, int64_t period, void* fn)
{
    return vm_.impl().resetTimer(id, d, period, fn);
}
void NativeContext::goexit()
{
    g_.goexiting = true;
    g_.panicking = true; // unwinds through the deferred calls as a panic would, with no value
}
void NativeContext::semacquire(uint32_t* addr, const char* reason) { vm_.impl().semacquire(g_, addr, reason); }
void NativeContext::semrelease(uint32_t* addr, int64_t n) { vm_.impl().semrelease(addr, n); }
void NativeContext::sleep(int64_t ns) { vm_.impl().sleep(g_, ns); }
int64_t NativeContext::numGoroutine() const { return int64_t(vm_.impl().goroutineCount); }

} // namespace weft
