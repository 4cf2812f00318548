// The scheduler end to end with a fake executor (FakeExecutor.h) on two workers: goroutines
// parking on channels and readied by their partners (a producer and a consumer passing 100,000
// values, select), many goroutines yielding through the run queues, the end of the program when
// main returns, and the deadlock report when every goroutine is blocked.
#include "FakeExecutor.h"

#include <doctest/doctest.h>

#include <atomic>
#include <string>

using namespace weft;
using namespace weft::test;

namespace {

using R = Runtime::ChanResult;

// A step that sends regs[1] (an int channel) the values 1..count, yielding every `budget`
// operations as the interpreter's preemption does; closes the channel at the end if asked.
// (Goroutines count what goes wrong; the test checks after the run: a failed REQUIRE would
// throw through a worker's loop.)
Step producer(FakeExecutor& rt, int64_t count, int budget, bool closeAtEnd, std::atomic<int>& errors)
{
    return [&rt, count, budget, closeAtEnd, &errors](TestG& g) {
        auto* c = static_cast<ChanObject*>(g.regs[1].p);
        for (int ops = 0; g.n < count; ops++)
        {
            if (ops == budget)
                return ExecResult::Yield;
            if (g.wake == WakeState::None)
                g.regs[0].i = g.n + 1; // not while resuming: the partner took it already
            const R r = rt.sendOp(g, c, &g.regs[0]);
            if (r == R::Park)
                return ExecResult::Parked;
            errors += r != R::Done;
            g.n++;
        }
        if (closeAtEnd)
            rt.chanClose(c);
        return ExecResult::Done;
    };
}

} // namespace

TEST_CASE("a producer and a consumer pass 100,000 ints over an unbuffered channel; main's return ends the program")
{
    FakeExecutor rt;
    constexpr int64_t kN = 100000;
    int64_t sum = 0, outOfOrder = 0, received = 0;
    ChanObject* c = rt.newChan(intElem(), 0);
    ChanObject* done = rt.newChan(intElem(), 0);
    REQUIRE((c && done));
    rt.globals = {c, done};

    Step consumer = [&](TestG& g) {
        for (int ops = 0;; ops++)
        {
            if (g.pc == 0)
            {
                if (ops == 1000)
                    return ExecResult::Yield;
                if (rt.recvOp(g, c, &g.regs[0], &g.regs[2]) == R::Park)
                    return ExecResult::Parked;
                if (g.regs[2].i == 0)
                {
                    g.pc = 1; // closed: report to main
                    continue;
                }
                outOfOrder += g.regs[0].i != g.n + 1;
                sum += g.regs[0].i;
                g.n++;
                continue;
            }
            received = g.n;
            g.regs[0].i = 1;
            const R r = rt.sendOp(g, done, &g.regs[0]);
            return r == R::Park ? ExecResult::Parked : ExecResult::Done;
        }
    };
    int mainSteps = 0;
    std::atomic<int> errors{0};
    const int code = rt.run(2, [&](TestG& g) {
        mainSteps++;
        if (g.pc == 0)
        {
            rt.go("producer", producer(rt, kN, 1000, true, errors), c);
            rt.go("consumer", consumer);
            g.pc = 1;
        }
        if (rt.recvOp(g, done, &g.regs[0], &g.regs[1]) == R::Park)
            return ExecResult::Parked;
        errors += g.regs[1].i != 1;
        return ExecResult::Done;
    });
    CHECK(code == 0);
    CHECK(errors.load() == 0);
    CHECK(received == kN);
    CHECK(sum == kN * (kN + 1) / 2);
    CHECK(outOfOrder == 0);
    CHECK(mainSteps == 2); // parked once, resumed once
    CHECK(rt.exiting.load());
    CHECK(rt.made.load() == 3);
}

TEST_CASE("select over two channels receives every value of both, in each channel's order")
{
    FakeExecutor rt;
    constexpr int64_t kN = 20000;
    ChanObject* a = rt.newChan(intElem(), 0);
    ChanObject* b = rt.newChan(intElem(), 3);
    REQUIRE((a && b));
    rt.globals = {a, b};
    int64_t fromA = 0, fromB = 0, sumA = 0, sumB = 0, outOfOrder = 0, defaults = 0;
    std::atomic<int> errors{0};
    const int code = rt.run(2, [&](TestG& g) {
        if (g.pc == 0)
        {
            // Nothing is ready before the producers exist: the default case is taken.
            const int chosen = rt.selectOp(g, {{a, false, &g.regs[0]}, {b, false, &g.regs[0]}}, true);
            defaults += chosen == -2;
            rt.go("sendA", producer(rt, kN, 500, false, errors), a);
            rt.go("sendB", producer(rt, kN, 500, false, errors), b);
            g.pc = 1;
        }
        while (fromA + fromB < 2 * kN)
        {
            const int chosen = rt.selectOp(g, {{a, false, &g.regs[0], &g.regs[1]}, {b, false, &g.regs[0], &g.regs[1]}});
            if (chosen == -1)
                return ExecResult::Parked;
            if (chosen != 0 && chosen != 1)
            {
                errors++;
                return ExecResult::Done;
            }
            errors += g.regs[1].i != 1;
            int64_t& n = chosen == 0 ? fromA : fromB;
            outOfOrder += g.regs[0].i != n + 1;
            n++;
            (chosen == 0 ? sumA : sumB) += g.regs[0].i;
        }
        return ExecResult::Done;
    });
    CHECK(code == 0);
    CHECK(errors.load() == 0);
    CHECK(defaults == 1);
    CHECK(fromA == kN);
    CHECK(fromB == kN);
    CHECK(sumA == kN * (kN + 1) / 2);
    CHECK(sumB == kN * (kN + 1) / 2);
    CHECK(outOfOrder == 0);
}

TEST_CASE("10,000 goroutines yielding through the run queues all finish; dead goroutines are reused")
{
    FakeExecutor rt;
    constexpr int kBatches = 100, kPerBatch = 100, kYields = 3;
    std::atomic<int> finished{0}, slices{0};
    ChanObject* done = rt.newChan(intElem(), 0);
    REQUIRE(done);
    rt.globals = {done};
    Step child = [&](TestG& g) {
        slices.fetch_add(1, std::memory_order_relaxed);
        if (g.pc < kYields)
        {
            g.pc++;
            return ExecResult::Yield;
        }
        if (g.pc == kYields)
        {
            finished.fetch_add(1, std::memory_order_relaxed);
            g.pc++;
        }
        g.regs[0].i = 1;
        return rt.sendOp(g, done, &g.regs[0]) == R::Park ? ExecResult::Parked : ExecResult::Done;
    };
    int64_t receivedDone = 0;
    const int code = rt.run(2, [&](TestG& g) {
        // pc: goroutines of the current batch still to hear from; n: batches started.
        for (;;)
        {
            if (g.pc == 0)
            {
                if (g.n == kBatches)
                    return ExecResult::Done;
                for (int i = 0; i < kPerBatch; i++)
                    rt.go("child", child);
                g.n++;
                g.pc = kPerBatch;
            }
            if (rt.recvOp(g, done, &g.regs[0]) == R::Park)
                return ExecResult::Parked;
            receivedDone++;
            g.pc--;
        }
    });
    constexpr int kTotal = kBatches * kPerBatch;
    CHECK(code == 0);
    CHECK(finished.load() == kTotal);
    CHECK(receivedDone == kTotal);
    CHECK(slices.load() >= kTotal * (kYields + 1));
    // Every child was freed (and cleared) or is still live: one whose send main completed may
    // not have run again before main returned. Main is live.
    CHECK(rt.cleared.load() + int(rt.numGoroutine()) - 1 == kTotal);
    CHECK(rt.made.load() + rt.reused.load() == kTotal + 1);
    // A batch's goroutines are dead before the next is made: their objects serve it (all but
    // those kept by the other worker, at most 64 of them).
    CHECK(rt.reused.load() > 0);
    CHECK(rt.made.load() < 1000);
}

TEST_CASE("deadlock: every goroutine blocked ends the program with exit code 2 and the report")
{
    std::string err, out;
    RuntimeConfig config;
    config.writeStdout = [&](std::string_view s) { out += s; };
    config.writeStderr = [&](std::string_view s) { err += s; };
    FakeExecutor rt(config);
    ChanObject* never = rt.newChan(intElem(), 0);
    ChanObject* full = rt.newChan(intElem(), 0);
    REQUIRE((never && full));
    rt.globals = {never, full};
    const int code = rt.run(2, [&](TestG& g) {
        if (g.pc == 0)
        {
            rt.go("stuckSender", [&](TestG& s) {
                s.pc = 7;
                s.regs[0].i = 1;
                return rt.sendOp(s, full, &s.regs[0]) == R::Park ? ExecResult::Parked : ExecResult::Done;
            });
            {
                std::lock_guard lock(rt.outMu);
                rt.out = "before the end\n"; // flushed before the report
                rt.outPending.store(true);
            }
            g.pc = 3;
        }
        return rt.recvOp(g, never, &g.regs[0]) == R::Park ? ExecResult::Parked : ExecResult::Done;
    });
    CHECK(code == 2);
    CHECK(out == "before the end\n");
    const std::string head = "fatal error: all goroutines are asleep - deadlock!\n";
    REQUIRE(err.size() >= head.size());
    CHECK(err.substr(0, head.size()) == head);
    // Each blocked goroutine, by id, with what it waits on and its stack (goroutineStack).
    const std::string mainG = "\ngoroutine 1 [chan receive]:\nmain.main()\n\tstep 3\n";
    const std::string sender = "\ngoroutine 2 [chan send]:\nmain.stuckSender()\n\tstep 7\n";
    CHECK(err == head + mainG + sender);
}

TEST_CASE("deadlock: a select with no cases blocks forever")
{
    std::string err;
    RuntimeConfig config;
    config.writeStderr = [&](std::string_view s) { err += s; };
    FakeExecutor rt(config);
    const int code = rt.run(1, [&](TestG& g) {
        g.pc = 1;
        return rt.selectOp(g, {}) == -1 ? ExecResult::Parked : ExecResult::Done;
    });
    CHECK(code == 2);
    CHECK(err == "fatal error: all goroutines are asleep - deadlock!\n\n"
                 "goroutine 1 [select (no cases)]:\nmain.main()\n\tstep 1\n");
}
