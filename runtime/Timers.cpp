// The runtime's timers, after Go's runtime/time.go: sleeping goroutines (time.Sleep) and the
// timers behind package time (Timer, Ticker, After, AfterFunc) are entries of one heap
// (runtime/TimerHeap.h) under timerMu (the lock and its order are described at Runtime's Timers). Any
// worker fires what is due when it looks for work, and an idle worker sleeps until the first
// `when`, so a program whose goroutines all sleep uses no CPU and no thread per sleeper.
//
// Firing costs no goroutine, except AfterFunc's, as in Go: a Timer or Ticker sends the current
// time on its channel (capacity 1) without blocking (Go's sendTime), so a receiver that falls
// behind misses ticks instead of queuing them; a sleeper is readied. A Ticker is then due again
// at its `when` plus whole periods, skipping those already missed.
#include "runtime/Worker.h"

#include <cstring>
#include <ctime>
#include <thread>

namespace weft {

namespace {

int64_t monoNanos()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Go's when(d): d from now, now if d <= 0, the far future if that overflows.
int64_t whenFromNow(int64_t d)
{
    const int64_t now = monoNanos();
    int64_t when;
    if (d <= 0)
        return now;
    return __builtin_add_overflow(now, d, &when) ? INT64_MAX : when;
}

// A ticker's next `when` after firing late at `now`: whole periods past the one missed (Go's
// t.when += t.period * (1 + -delta/t.period)), the far future if that overflows.
int64_t nextTick(int64_t when, int64_t period, int64_t now)
{
    int64_t step, next;
    if (__builtin_mul_overflow(period, 1 + (now - when) / period, &step) || __builtin_add_overflow(when, step, &next))
        return INT64_MAX;
    return next;
}

// time.Now's value (time.go's Now, over runtime.walltime and nanotime) as a time.Time in memory:
// wall, ext, loc.
void timeNow(int64_t startNano, void* loc, uint64_t* out)
{
    constexpr int64_t kSecondsPerDay = 86400;
    constexpr int64_t kUnixToInternal = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * kSecondsPerDay;
    constexpr int64_t kMinWall = (1884 * 365 + 1884 / 4 - 1884 / 100 + 1884 / 400) * kSecondsPerDay;
    constexpr uint64_t kHasMonotonic = uint64_t(1) << 63;
    constexpr int kNsecShift = 30;
    timespec wall{};
    clock_gettime(CLOCK_REALTIME, &wall);
    const int64_t mono = monoNanos() - startNano;
    const int64_t sec = int64_t(wall.tv_sec) + (kUnixToInternal - kMinWall);
    const uint64_t nsec = uint64_t(wall.tv_nsec);
    if (uint64_t(sec) >> 33 != 0)
    {
        out[0] = nsec;
        out[1] = uint64_t(sec + kMinWall);
    }
    else
    {
        out[0] = kHasMonotonic | uint64_t(sec) << kNsecShift | nsec;
        out[1] = uint64_t(mono);
    }
    std::memcpy(&out[2], &loc, sizeof loc);
}

} // namespace

// Publishes the heap's state for lock-free readers (findRunnable). Who armed a timer then calls
// timerAdded, which wakes the sleeping worker that waits for timers if it must wake sooner (the
// write before the read of nidle: see Scheduler.cpp, "lost wake-ups").
void Runtime::publishTimersLocked()
{
    nextTimerWhen.store(timerHeap.firstWhen(), std::memory_order_seq_cst);
    liveTimers.store(int64_t(timerHeap.size()), std::memory_order_seq_cst);
}

bool Runtime::timerDue() const
{
    const int64_t next = nextTimerWhen.load(std::memory_order_relaxed);
    return next != INT64_MAX && next <= monoNanos();
}

std::unique_lock<std::mutex> Runtime::lockTimers()
{
    timerMuWanted.fetch_add(1, std::memory_order_relaxed);
    std::unique_lock lock(timerMu);
    timerMuWanted.fetch_sub(1, std::memory_order_relaxed);
    return lock;
}

void Runtime::sleep(G& g, int64_t ns)
{
    const int64_t when = whenFromNow(ns);
    {
        auto lock = lockTimers();
        Timer& t = g.sleepTimer;
        t = Timer{};
        t.when = when;
        t.seq = ++timerSeq;
        t.g = &g;
        timerHeap.push(&t);
        publishTimersLocked();
        park(g, "sleep");
    }
    timerAdded(when);
}

void Runtime::fireTimer(ChanObject* c, void* fn, std::vector<G*>& made, void*& spare, SentTime& sent)
{
    if (c)
    {
        // Go's sendTime: select { case c <- Now(): default: }. A struct travels in a channel as
        // a pointer to its own block; a full channel drops the tick, and the block is kept for
        // the next timer of this round. No collection can run here (not a safepoint).
        if (!spare && !(spare = allocate(c->elem->blockSize, c->elem->blockLayout)))
            return; // out of memory: a fatal error, the program is ending
        if (!sent.read)
        {
            timeNow(timeStartNano, timeLocal ? *timeLocal : nullptr, sent.words);
            sent.read = true;
        }
        std::memcpy(spare, sent.words, sizeof sent.words);
        Slot v;
        v.p = spare;
        if (chanTrySend(c, &v) == ChanResult::Done)
            spare = nullptr;
        return;
    }
    if (!fn)
    {
        fatal("go of nil func value");
        return;
    }
    if (G* g = exec.goroutineFor(fn))
        made.push_back(g);
}

// A round fires each due timer with timerMu released (Go's runOneTimer unlocks to call f), so
// that arming, stopping and resetting timers never waits for a whole round: with thousands of
// tickers a round can outlast their period. The timer being fired is marked `firing`; Stop and
// Reset wait for it to finish (Go's timerRunning), so a Stop that returns means no send of
// it happens later. One worker fires at a time (timersFiring); the others look for other work.
// What a timer readies (a sleeper, a receiver of its tick, AfterFunc's goroutine) goes where
// another worker can take it at once, not behind the rest of the round.
bool Runtime::pollTimers(Worker& w)
{
    std::vector<G*> made;
    void* spare = nullptr; // a time.Time block not sent yet
    SentTime sent;         // the time of this round (Go reads it for each send: microseconds apart)
    {
        std::unique_lock lock(timerMu, std::try_to_lock);
        if (!lock.owns_lock() || timersFiring)
            return false;
        timersFiring = true;
        w.firingTimers = true;
        const int64_t now = monoNanos();
        Timer* fired = nullptr;
        for (;;)
        {
            if (fired)
            {
                fired->firing = false;
                if (fired->period == 0)
                    timers.erase(fired->id); // a one-shot timer is done: nothing of it is kept
                fired = nullptr;
            }
            if (timerMuWanted.load(std::memory_order_relaxed) != 0)
            {
                // Someone arms, stops or resets a timer, or sleeps: in before the next timer.
                lock.unlock();
                for (int i = 0; i < 1000 && timerMuWanted.load(std::memory_order_relaxed) != 0; i++)
                    std::this_thread::yield();
                lock.lock();
            }
            if (timerHeap.firstWhen() > now || exiting.load(std::memory_order_relaxed))
                break;
            Timer& t = *timerHeap.top();
            if (G* g = t.g)
            {
                timerHeap.remove(&t);
                g->wake = WakeState::Resumed;
                publishTimersLocked();
                lock.unlock();
                ready(g);
                lock.lock();
                continue;
            }
            if (t.period > 0)
            {
                t.when = nextTick(t.when, t.period, now);
                t.seq = ++timerSeq;
                timerHeap.fix(&t);
            }
            else
                timerHeap.remove(&t);
            if (t.c && chanSendWouldBlock(t.c))
            {
                // The tick is dropped (sendTime's default case): nothing to do unlocked.
                if (t.period == 0)
                    timers.erase(t.id);
                continue;
            }
            t.firing = true;
            fired = &t;
            ChanObject* const c = t.c;
            void* const fn = t.fn;
            publishTimersLocked();
            lock.unlock();
            fireTimer(c, fn, made, spare, sent);
            for (G* g : made)
            {
                g->status.store(GStatus::Runnable, std::memory_order_relaxed);
                runqPut(w, g, false);
            }
            made.clear();
            lock.lock();
        }
        timersFiring = false;
        w.firingTimers = false;
        publishTimersLocked();
    }
    if (exiting.load(std::memory_order_relaxed))
        wakeAll(); // a fatal error while firing
    // The times sent were allocated here, where goroutines' safepoints do not see it: ticks
    // read by goroutines that never allocate or call would grow the heap without bound. The
    // scheduler loop is a safepoint.
    else if (sent.read && heap.shouldCollect())
        collectNow();
    // What the round readied is on w's ring (queueHere).
    return w.runq.next != nullptr || !w.runq.empty();
}

// Waits (timerMu held in lock) until timer `id` is not being fired: Go's deltimer and modtimer
// yield while a timer runs. The round fires one send or spawn at a time, so this is short.
// Returns the timer, or null if it is gone.
Timer* Runtime::settledTimerLocked(std::unique_lock<std::mutex>& lock, int64_t id)
{
    for (;;)
    {
        auto it = timers.find(id);
        if (it == timers.end())
            return nullptr;
        if (!it->second.firing)
            return &it->second;
        lock.unlock();
        std::this_thread::yield();
        lock = lockTimers();
    }
}

// Arms the runtime timer `id` (timerMu held): a fired or stopped one is armed again under its
// id, with the channel or func that package time passes again (the runtime kept nothing of it).
// Returns whether it was pending.
bool Runtime::armTimerLocked(int64_t id, int64_t when, int64_t period, ChanObject* c, void* fn)
{
    auto [it, fresh] = timers.try_emplace(id);
    Timer& t = it->second;
    t.when = when;
    t.period = period;
    t.seq = ++timerSeq;
    t.c = c;
    t.fn = fn;
    t.id = id;
    if (fresh)
        timerHeap.push(&t);
    else
        timerHeap.fix(&t);
    publishTimersLocked();
    return !fresh;
}

int64_t Runtime::startTimer(int64_t d, int64_t period, ChanObject* c, void* fn)
{
    const int64_t when = whenFromNow(d);
    int64_t id;
    {
        auto lock = lockTimers();
        id = ++lastTimerId;
        armTimerLocked(id, when, period, c, fn);
    }
    timerAdded(when);
    return id;
}

bool Runtime::stopTimer(int64_t id)
{
    auto lock = lockTimers();
    Timer* t = settledTimerLocked(lock, id);
    if (!t)
        return false;
    timerHeap.remove(t);
    timers.erase(id);
    publishTimersLocked();
    return true;
}

bool Runtime::resetTimer(int64_t id, int64_t d, int64_t period, ChanObject* c, void* fn)
{
    const int64_t when = whenFromNow(d);
    bool wasPending;
    {
        auto lock = lockTimers();
        settledTimerLocked(lock, id);
        wasPending = armTimerLocked(id, when, period, c, fn);
    }
    timerAdded(when);
    return wasPending;
}

} // namespace weft
