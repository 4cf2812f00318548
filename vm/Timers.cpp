// The timer heap: sleeping goroutines (time.Sleep) and the runtime timers behind package time
// (Timer, Ticker, AfterFunc), after Go's runtime/time.go. One heap under timerMu for the whole
// interpreter; any worker fires what is due when it looks for work, and an idle worker sleeps
// until the first `when` (so a program whose goroutines all sleep uses no CPU).
#include "vm/Worker.h"

#include <chrono>

namespace weft {

namespace {

int64_t nowNanos()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

// Publishes the heap's state for lock-free readers (findRunnable), then wakes an idle worker so
// that it sleeps until the new first timer (the write before the read of nidle: see
// Scheduler.cpp, "lost wake-ups").
void Interpreter::Impl::publishTimersLocked()
{
    nextTimerWhen.store(sleepers.empty() ? INT64_MAX : sleepers.top().when, std::memory_order_seq_cst);
    liveTimers.store(sleepingGoroutines + int64_t(timers.size()), std::memory_order_seq_cst);
}

bool Interpreter::Impl::timerDue() const
{
    const int64_t next = nextTimerWhen.load(std::memory_order_relaxed);
    return next != INT64_MAX && next <= nowNanos();
}

void Interpreter::Impl::sleep(Goroutine& g, int64_t ns)
{
    {
        std::lock_guard lock(timerMu);
        sleepers.push(SleepTimer{nowNanos() + std::max<int64_t>(ns, 0), ++timerSeq, &g});
        sleepingGoroutines++;
        publishTimersLocked();
        park(g, "sleep");
    }
    wakeIdle();
}

bool Interpreter::Impl::pollTimers(Worker& w)
{
    std::vector<Goroutine*> woken, made;
    {
        std::lock_guard lock(timerMu);
        const int64_t now = nowNanos();
        while (!sleepers.empty() && sleepers.top().when <= now)
        {
            const SleepTimer t = sleepers.top();
            sleepers.pop();
            if (t.g)
            {
                sleepingGoroutines--;
                t.g->wake = WakeState::Resumed;
                woken.push_back(t.g);
                continue;
            }
            auto it = timers.find(t.timerId);
            if (it == timers.end() || it->second.seq != t.seq)
                continue; // stopped or reset since this entry was pushed
            RuntimeTimer& rt = it->second;
            if (Goroutine* g = newGoroutine(static_cast<const Function* const*>(rt.fn)[0], rt.fn))
                made.push_back(g);
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
        publishTimersLocked();
    }
    for (Goroutine* g : woken)
        ready(g);
    for (Goroutine* g : made)
    {
        g->status.store(GStatus::Runnable, std::memory_order_relaxed);
        runqPut(w, g, false);
    }
    return !woken.empty() || !made.empty();
}

int64_t Interpreter::Impl::startTimer(int64_t d, int64_t period, void* fn)
{
    int64_t id;
    {
        std::lock_guard lock(timerMu);
        id = ++lastTimerId;
        RuntimeTimer& rt = timers[id];
        rt.when = nowNanos() + std::max<int64_t>(d, 0);
        rt.period = period;
        rt.fn = fn;
        rt.seq = ++timerSeq;
        sleepers.push(SleepTimer{rt.when, rt.seq, nullptr, id});
        publishTimersLocked();
    }
    wakeIdle();
    return id;
}

bool Interpreter::Impl::stopTimer(int64_t id)
{
    // Its heap entry goes stale and is dropped when it comes due.
    std::lock_guard lock(timerMu);
    const bool was = timers.erase(id) > 0;
    publishTimersLocked();
    return was;
}

bool Interpreter::Impl::resetTimer(int64_t id, int64_t d, int64_t period, void* fn)
{
    bool wasPending;
    {
        // A fired or stopped timer is armed again under its id (time.go passes its func value).
        std::lock_guard lock(timerMu);
        wasPending = timers.count(id) > 0;
        RuntimeTimer& rt = timers[id];
        rt.when = nowNanos() + std::max<int64_t>(d, 0);
        rt.period = period;
        rt.fn = fn;
        rt.seq = ++timerSeq; // any earlier heap entry of this timer is now stale
        sleepers.push(SleepTimer{rt.when, rt.seq, nullptr, id});
        publishTimersLocked();
    }
    wakeIdle();
    return wasPending;
}

// ---- NativeContext ------------------------------------------------------------------------------

int64_t NativeContext::startTimer(int64_t d, int64_t period, void* fn) { return vm_.impl().startTimer(d, period, fn); }
bool NativeContext::stopTimer(int64_t id) { return vm_.impl().stopTimer(id); }
bool NativeContext::resetTimer(int64_t id, int64_t d, int64_t period, void* fn)
{
    return vm_.impl().resetTimer(id, d, period, fn);
}
void NativeContext::sleep(int64_t ns) { vm_.impl().sleep(g_, ns); }

} // namespace weft
