// The end of a program run by a fake executor (FakeExecutor.h): main's return while other
// goroutines still run or wait, a fatal error in a goroutine; and host threads (not workers)
// sending to and receiving from goroutines on the same channels while the scheduler runs.
#include "FakeExecutor.h"

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

using namespace weft;
using namespace weft::test;

namespace {

using R = Runtime::ChanResult;

// A goroutine that sleeps 1ms at a time forever: while it lives a timer is pending (or it is
// runnable), so the runtime never finds every goroutine asleep.
Step keepAlive(FakeExecutor& rt)
{
    return [&rt](TestG& g) {
        g.pc++;
        return rt.sleepOp(g, 1000000) ? ExecResult::Yield : ExecResult::Parked;
    };
}

} // namespace

TEST_CASE("main's return ends the program while other goroutines spin or wait")
{
    FakeExecutor rt;
    ChanObject* never = rt.newChan(intElem(), 0);
    REQUIRE(never);
    rt.globals = {never};
    std::atomic<int64_t> spins{0};
    const int code = rt.run(2, [&](TestG& g) {
        if (g.pc == 0)
        {
            for (int i = 0; i < 3; i++)
                rt.go("spinner", [&](TestG&) {
                    spins.fetch_add(1, std::memory_order_relaxed);
                    return ExecResult::Yield; // never ends
                });
            rt.go("blocked", [&rt, never](TestG& b) {
                return rt.recvOp(b, never, &b.regs[0]) == R::Park ? ExecResult::Parked : ExecResult::Done;
            });
        }
        // Main yields until the spinners have run a while, then returns.
        if (++g.pc < 200 || spins.load(std::memory_order_relaxed) < 100)
            return ExecResult::Yield;
        return ExecResult::Done;
    });
    CHECK(code == 0);
    CHECK(spins.load() >= 100);
    CHECK(rt.numGoroutine() == 5); // nothing waits for the others
}

TEST_CASE("a fatal error in a goroutine ends the program with exit code 2 and lists the others, whatever else runs")
{
    std::string err, out;
    RuntimeConfig config;
    config.writeStdout = [&](std::string_view s) { out += s; };
    config.writeStderr = [&](std::string_view s) { err += s; };
    FakeExecutor rt(config);
    ChanObject* never = rt.newChan(intElem(), 0);
    REQUIRE(never);
    rt.globals = {never};
    const int code = rt.run(2, [&](TestG& g) {
        if (g.pc == 0)
        {
            g.pc = 1;
            rt.go("spinner", [](TestG&) { return ExecResult::Yield; });
            rt.go("crasher", [&](TestG& c) {
                if (c.pc++ < 50)
                    return ExecResult::Yield;
                {
                    std::lock_guard lock(rt.outMu);
                    rt.out += "printed first\n";
                }
                rt.fatal("boom", {}, "goroutine 3 [running]:\n", &c);
                rt.fatal("a second one is not reported");
                return ExecResult::Exit;
            });
        }
        return rt.recvOp(g, never, &g.regs[0]) == R::Park ? ExecResult::Parked : ExecResult::Done;
    });
    CHECK(code == 2);
    CHECK(out == "printed first\n"); // flushed before the fatal error's report
    // Then every other goroutine, as Go's throw lists them (the world stopped meanwhile).
    CHECK(err == "fatal error: boom\n\ngoroutine 3 [running]:\n"
                 "\ngoroutine 1 [chan receive]:\nmain.main()\n\tstep 1\n"
                 "\ngoroutine 2 [runnable]:\nmain.spinner()\n\tstep 0\n");
}

TEST_CASE("host threads send to and receive from goroutines while the scheduler runs")
{
    FakeExecutor rt;
    constexpr int64_t kN = 5000;
    ChanObject* in = rt.newChan(intElem(), 0);  // host -> goroutine
    ChanObject* out = rt.newChan(intElem(), 2); // goroutine -> host
    REQUIRE((in && out));
    rt.globals = {in, out};
    int64_t hostSum = 0, hostCount = 0, outOfOrder = 0;
    std::atomic<int> errors{0};
    std::thread sender([&] {
        for (int64_t i = 1; i <= kN; i++)
        {
            Slot v = intSlot(i);
            errors += rt.hostSend(in, &v) != R::Done;
        }
        rt.chanClose(in);
    });
    std::thread receiver([&] {
        for (;;)
        {
            Slot v{}, ok{};
            errors += rt.hostRecv(out, &v, &ok) != R::Done;
            if (!ok.i)
                return;
            outOfOrder += v.i != 2 * (hostCount + 1);
            hostSum += v.i;
            hostCount++;
        }
    });
    // Main doubles what the sender sends and passes it on to the receiver; a sleeper keeps a
    // timer pending meanwhile (see the next test).
    const int code = rt.run(2, [&](TestG& g) {
        if (g.pc == 0)
        {
            rt.go("keepAlive", keepAlive(rt));
            g.pc = 1;
        }
        for (;;)
        {
            if (g.pc == 1)
            {
                if (rt.recvOp(g, in, &g.regs[0], &g.regs[1]) == R::Park)
                    return ExecResult::Parked;
                if (g.regs[1].i == 0)
                    break;
                g.regs[0].i *= 2;
                g.pc = 2;
            }
            if (rt.sendOp(g, out, &g.regs[0]) == R::Park)
                return ExecResult::Parked;
            g.pc = 1;
        }
        rt.chanClose(out);
        return ExecResult::Done;
    });
    sender.join();
    receiver.join();
    CHECK(code == 0);
    CHECK(errors.load() == 0);
    CHECK(hostCount == kN);
    CHECK(hostSum == kN * (kN + 1));
    CHECK(outOfOrder == 0);
}

// Fails today, hence skipped: the deadlock check (findRunnable, Go's checkdead) counts only
// workers, so a goroutine waiting for a host thread's send is reported as a deadlock as soon as
// every worker is idle, though the host thread will send. Go does not report it (an M calling
// into Go through cgo counts as running). Remove the skip once the runtime counts host threads.
TEST_CASE("a goroutine waiting for a host thread's send is not a deadlock" * doctest::skip())
{
    std::string err;
    RuntimeConfig config;
    config.writeStderr = [&](std::string_view s) { err += s; };
    FakeExecutor rt(config);
    ChanObject* c = rt.newChan(intElem(), 0);
    REQUIRE(c);
    rt.globals = {c};
    std::thread host([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        Slot v = intSlot(1);
        rt.hostSend(c, &v); // Closed once the program has ended
    });
    const int code = rt.run(2, [&](TestG& g) {
        return rt.recvOp(g, c, &g.regs[0]) == R::Park ? ExecResult::Parked : ExecResult::Done;
    });
    rt.chanClose(c); // lets the host thread go if the program ended without its send
    host.join();
    CHECK(code == 0);
    CHECK(err == "");
}
