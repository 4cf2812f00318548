// Parking outside channels with a fake executor (FakeExecutor.h) on two workers: sleeping
// goroutines woken by the timer heap in order of their deadlines; the runtime semaphore (a
// ping-pong, and mutual exclusion with contention) and notify lists under package sync; and
// collections that stop the world at every safepoint while goroutines pass heap objects through
// a channel.
#include "FakeExecutor.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <ctime>
#include <mutex>
#include <utility>
#include <vector>

using namespace weft;
using namespace weft::test;

namespace {

using R = Runtime::ChanResult;

int64_t monoNanos() // the timers' clock
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Main's step that receives `count` values on done (regs[0]), then returns.
Step waitFor(FakeExecutor& rt, ChanObject* done, int64_t count, Step spawn)
{
    return [&rt, done, count, spawn](TestG& g) {
        if (g.pc == 0)
        {
            g.pc = 1;
            if (spawn(g) != ExecResult::Done)
                return ExecResult::Exit;
        }
        while (g.n < count)
        {
            if (rt.recvOp(g, done, &g.regs[0]) == R::Park)
                return ExecResult::Parked;
            g.n++;
        }
        return ExecResult::Done;
    };
}

// The end of a goroutine: it sends 1 on done.
ExecResult finish(FakeExecutor& rt, TestG& g, ChanObject* done)
{
    g.regs[5].i = 1;
    return rt.sendOp(g, done, &g.regs[5]) == R::Park ? ExecResult::Parked : ExecResult::Done;
}

} // namespace

TEST_CASE("sleeping goroutines wake in the order of their deadlines, never early")
{
    FakeExecutor rt;
    ChanObject* done = rt.newChan(intElem(), 0);
    REQUIRE(done);
    rt.globals = {done};
    std::mutex mu;
    std::vector<std::pair<int64_t, int>> woke; // (deadline, ms) in wake order
    int early = 0, unclearedWake = 0;
    auto sleeper = [&](int ms) -> Step {
        return [&, ms](TestG& g) {
            if (g.pc == 0)
            {
                g.pc = 1;
                if (!rt.sleepOp(g, int64_t(ms) * 1000000))
                    return ExecResult::Parked; // resumes after the call, below
            }
            if (g.pc == 1)
            {
                const int64_t now = monoNanos();
                std::lock_guard lock(mu);
                unclearedWake += g.wake != WakeState::None; // workerLoop consumed Resumed
                early += now < g.sleepTimer.when;
                woke.emplace_back(g.sleepTimer.when, ms);
                g.pc = 2;
            }
            return finish(rt, g, done);
        };
    };
    const int code = rt.run(2, waitFor(rt, done, 3, [&](TestG&) {
                                   for (int ms : {30, 10, 20})
                                       rt.go("sleeper", sleeper(ms));
                                   return ExecResult::Done;
                               }));
    CHECK(code == 0);
    REQUIRE(woke.size() == 3);
    CHECK(early == 0);
    CHECK(unclearedWake == 0);
    // Woken in deadline order. (The sleeps were armed microseconds apart, far less than the
    // 10ms between the durations: that order is 10, 20, 30.)
    CHECK(std::is_sorted(woke.begin(), woke.end()));
    if (woke[2].first - woke[0].first >= 10000000)
    {
        CHECK(woke[0].second == 10);
        CHECK(woke[1].second == 20);
        CHECK(woke[2].second == 30);
    }
    CHECK(rt.liveTimers.load() == 0);
    CHECK(rt.nextTimerWhen.load() == INT64_MAX);
}

TEST_CASE("semaphores: two goroutines hand a token back and forth 20,000 times")
{
    FakeExecutor rt;
    ChanObject* done = rt.newChan(intElem(), 0);
    REQUIRE(done);
    rt.globals = {done};
    constexpr int64_t kRounds = 20000;
    uint32_t ping = 0, pong = 0;
    int64_t seenA = 0, seenB = 0;
    // A: release ping, acquire pong. B: acquire ping, release pong.
    Step a = [&](TestG& g) {
        while (g.n < kRounds)
        {
            if (g.pc == 0)
            {
                rt.semrelease(&ping, 1);
                g.pc = 1;
                if (!rt.semacquireOp(g, &pong))
                    return ExecResult::Parked;
            }
            g.pc = 0;
            g.n++;
        }
        seenA = g.n;
        return finish(rt, g, done);
    };
    Step b = [&](TestG& g) {
        while (g.n < kRounds)
        {
            if (g.pc == 0)
            {
                g.pc = 1;
                if (!rt.semacquireOp(g, &ping))
                    return ExecResult::Parked;
            }
            rt.semrelease(&pong, 1);
            g.pc = 0;
            g.n++;
        }
        seenB = g.n;
        return finish(rt, g, done);
    };
    const int code = rt.run(2, waitFor(rt, done, 2, [&](TestG&) {
                                   rt.go("a", a);
                                   rt.go("b", b);
                                   return ExecResult::Done;
                               }));
    CHECK(code == 0);
    CHECK(seenA == kRounds);
    CHECK(seenB == kRounds);
    CHECK(ping == 0);
    CHECK(pong == 0);
    CHECK(rt.semaWaiters.empty());
}

TEST_CASE("semaphores: a semaphore of one excludes, under contention, across workers")
{
    FakeExecutor rt;
    ChanObject* done = rt.newChan(intElem(), 0);
    REQUIRE(done);
    rt.globals = {done};
    constexpr int kGoroutines = 4, kIterations = 3000;
    uint32_t sema = 1;
    int64_t counter = 0; // guarded by sema only (a data race otherwise: ThreadSanitizer's check)
    int inside = 0, overlaps = 0;
    Step worker = [&](TestG& g) {
        while (g.n < kIterations)
        {
            if (g.pc == 0)
            {
                g.pc = 1;
                if (!rt.semacquireOp(g, &sema))
                    return ExecResult::Parked;
            }
            if (g.pc == 1)
            {
                overlaps += inside++ != 0;
                counter++;
                g.pc = 2;
                if (g.n % 5 == 0)
                    return ExecResult::Yield; // preempted holding it: the others park
            }
            inside--;
            rt.semrelease(&sema, 1);
            g.pc = 0;
            g.n++;
        }
        return finish(rt, g, done);
    };
    const int code = rt.run(2, waitFor(rt, done, kGoroutines, [&](TestG&) {
                                   for (int i = 0; i < kGoroutines; i++)
                                       rt.go("worker", worker);
                                   return ExecResult::Done;
                               }));
    CHECK(code == 0);
    CHECK(counter == kGoroutines * kIterations);
    CHECK(overlaps == 0);
    CHECK(sema == 1);
    CHECK(rt.semaWaiters.empty());
}

TEST_CASE("notify lists: Signal lets the waiters through one at a time, in ticket order")
{
    FakeExecutor rt;
    ChanObject* done = rt.newChan(intElem(), 0);
    REQUIRE(done);
    rt.globals = {done};
    constexpr int kWaiters = 8;
    uint32_t list[2] = {0, 0}; // {wait, notify}, as sync.Cond's notifyList
    std::vector<int64_t> order;
    Step waiter = [&](TestG& g) {
        if (g.pc == 0)
        {
            g.pc = 1;
            g.n = std::atomic_ref<uint32_t>(list[0]).fetch_add(1); // Add: its ticket
            rt.notifyListWait(g, list, uint32_t(g.n));
            if (g.status.load(std::memory_order_relaxed) != GStatus::Running)
                return ExecResult::Parked;
        }
        g.regs[0].i = g.n;
        return rt.sendOp(g, done, &g.regs[0]) == R::Park ? ExecResult::Parked : ExecResult::Done;
    };
    const int code = rt.run(2, [&](TestG& g) {
        if (g.pc == 0)
        {
            for (int i = 0; i < kWaiters; i++)
                rt.go("waiter", waiter);
            g.pc = 1;
        }
        while (g.n < kWaiters)
        {
            if (g.pc == 1)
            {
                if (std::atomic_ref<uint32_t>(list[0]).load() < kWaiters)
                    return ExecResult::Yield; // until every waiter has its ticket
                rt.notifyListNotify(list, false); // Signal: the next ticket only
                g.pc = 2;
            }
            if (rt.recvOp(g, done, &g.regs[0]) == R::Park)
                return ExecResult::Parked;
            order.push_back(g.regs[0].i);
            g.n++;
            g.pc = 1;
        }
        return ExecResult::Done;
    });
    CHECK(code == 0);
    REQUIRE(order.size() == size_t(kWaiters));
    for (int i = 0; i < kWaiters; i++)
        CHECK(order[size_t(i)] == i);
    CHECK(list[1] == kWaiters);
    CHECK(rt.notifyWaiters.empty());
}

TEST_CASE("a collection at every safepoint keeps what goroutines and channels hold")
{
    RuntimeConfig config;
    config.gcStress = true;
    FakeExecutor rt(config);
    constexpr int64_t kN = 2000;
    ChanObject* c = rt.newChan(pointerElem(), 4);
    ChanObject* done = rt.newChan(intElem(), 0);
    REQUIRE((c && done));
    rt.globals = {c, done};
    std::atomic<int> bad{0};
    Step producer = [&](TestG& g) {
        while (g.n < kN)
        {
            if (g.wake == WakeState::None)
            {
                rt.maybeCollect(g); // the interpreter's safepoint before an allocation
                auto* box = static_cast<int64_t*>(rt.allocate(16, nullptr));
                if (!box)
                    return ExecResult::Exit;
                box[0] = g.n + 1;
                box[1] = ~(g.n + 1);
                g.regs[0].p = box; // only here until the send: a root of this goroutine
            }
            if (rt.sendOp(g, c, &g.regs[0]) == R::Park)
                return ExecResult::Parked;
            g.n++;
        }
        rt.chanClose(c);
        return ExecResult::Done;
    };
    Step consumer = [&](TestG& g) {
        for (;;)
        {
            if (rt.recvOp(g, c, &g.regs[0], &g.regs[1]) == R::Park)
                return ExecResult::Parked;
            if (g.regs[1].i == 0)
                break;
            rt.maybeCollect(g); // collects while the value is held in a register
            const auto* box = static_cast<const int64_t*>(g.regs[0].p);
            bad += box[0] != g.n + 1 || box[1] != ~(g.n + 1);
            g.n++;
        }
        bad += g.n != kN;
        return finish(rt, g, done);
    };
    const int code = rt.run(2, waitFor(rt, done, 1, [&](TestG&) {
                                   rt.go("producer", producer);
                                   rt.go("consumer", consumer);
                                   return ExecResult::Done;
                               }));
    CHECK(code == 0);
    CHECK(bad.load() == 0);
    // Each safepoint collected, or joined a collection the other goroutine began.
    const HeapStats stats = rt.heap.stats();
    CHECK(stats.numGC >= uint64_t(kN));
    CHECK(stats.frees > 0);
}
