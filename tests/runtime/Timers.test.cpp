// The runtime timers behind package time, run by a fake executor (FakeExecutor.h): a timer
// sends the time once on its channel (never early), a stopped one never sends, a ticker sends
// again and again until stopped, and AfterFunc's func runs in a new goroutine.
#include "FakeExecutor.h"

#include <doctest/doctest.h>

#include <atomic>
#include <cstring>
#include <ctime>

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

// time.Time travels in a channel as a pointer to its block: wall, ext, loc.
const ChanElem* timeElem()
{
    static const GcWordKind kBlock[] = {GcWordKind::Scalar, GcWordKind::Scalar, GcWordKind::Pointer};
    static const GcLayout kBlockLayout = *GcLayout::fromWords(kBlock);
    static const GcWordKind kBuffer[] = {GcWordKind::Pointer};
    static const GcLayout kBufferLayout = *GcLayout::fromWords(kBuffer);
    static const ChanElem e{.slots = 1, .block = true, .blockSize = 24, .blockLayout = &kBlockLayout,
                            .bufferLayout = &kBufferLayout};
    return &e;
}

struct SentTime
{
    uint64_t wall;
    int64_t ext; // with the monotonic bit set in wall: nanoseconds since timeStartNano
    void* loc;
};

SentTime readTime(const Slot& s)
{
    SentTime t;
    std::memcpy(&t, s.p, sizeof t);
    return t;
}

} // namespace

TEST_CASE("a timer sends the time once, not before it is due; a stopped timer never sends")
{
    FakeExecutor rt;
    ChanObject* c = rt.newChan(timeElem(), 1);
    ChanObject* stopped = rt.newChan(timeElem(), 1);
    REQUIRE((c && stopped));
    rt.globals = {c, stopped};
    constexpr int64_t kDelay = 5000000;
    int64_t armedAt = 0, receivedAt = 0, id = 0;
    bool stopBefore = false, stopAfter = true, stoppedEmpty = false;
    SentTime got{};
    const int code = rt.run(2, [&](TestG& g) {
        if (g.pc == 0)
        {
            g.pc = 1;
            armedAt = monoNanos();
            id = rt.startTimer(kDelay, 0, c, nullptr);
            const int64_t other = rt.startTimer(kDelay, 0, stopped, nullptr);
            stopBefore = rt.stopTimer(other); // pending: stopped
        }
        if (g.pc == 1)
        {
            if (rt.recvOp(g, c, &g.regs[0]) == R::Park)
                return ExecResult::Parked;
            receivedAt = monoNanos();
            got = readTime(g.regs[0]);
            stopAfter = rt.stopTimer(id); // fired: nothing to stop
            g.pc = 2;
            return rt.sleepOp(g, 2 * kDelay) ? ExecResult::Yield : ExecResult::Parked;
        }
        stoppedEmpty = chanLen(stopped) == 0 && chanLen(c) == 0; // no second send either
        return ExecResult::Done;
    });
    CHECK(code == 0);
    CHECK(stopBefore);
    CHECK_FALSE(stopAfter);
    CHECK(stoppedEmpty);
    CHECK((got.wall >> 63) == 1); // has a monotonic reading: ext is it (timeStartNano is 0)
    CHECK(got.ext >= armedAt + kDelay);
    CHECK(got.ext <= receivedAt);
    CHECK(got.loc == nullptr); // no time.Local registered
    CHECK(rt.timers.empty());
}

TEST_CASE("a ticker sends until stopped, each tick later than the last")
{
    FakeExecutor rt;
    ChanObject* c = rt.newChan(timeElem(), 1);
    REQUIRE(c);
    rt.globals = {c};
    constexpr int kTicks = 5;
    constexpr int64_t kPeriod = 2000000;
    int64_t armedAt = 0, id = 0, late = 0, backwards = 0, prev = 0;
    bool stopped = false;
    const int code = rt.run(2, [&](TestG& g) {
        if (g.pc == 0)
        {
            g.pc = 1;
            armedAt = monoNanos();
            id = rt.startTimer(kPeriod, kPeriod, c, nullptr);
            prev = armedAt;
        }
        while (g.n < kTicks)
        {
            if (rt.recvOp(g, c, &g.regs[0]) == R::Park)
                return ExecResult::Parked;
            const SentTime t = readTime(g.regs[0]);
            backwards += t.ext <= prev;
            late += t.ext < armedAt + (g.n + 1) * kPeriod; // tick k is not due before k periods
            prev = t.ext;
            g.n++;
        }
        stopped = rt.stopTimer(id); // a ticker stays pending until stopped
        return ExecResult::Done;
    });
    CHECK(code == 0);
    CHECK(late == 0);
    CHECK(backwards == 0);
    CHECK(stopped);
    CHECK(rt.timers.empty());
    CHECK(rt.liveTimers.load() == 0);
}

TEST_CASE("AfterFunc's func runs in a new goroutine when the timer fires; a stopped one never runs")
{
    FakeExecutor rt;
    ChanObject* done = rt.newChan(intElem(), 0);
    REQUIRE(done);
    rt.globals = {done};
    std::atomic<int> ran{0}, stoppedRan{0};
    int64_t firedAt = 0, armedAt = 0;
    int64_t funcGoid = 0;
    const Step fn = [&](TestG& g) {
        if (g.pc == 0)
        {
            ran++;
            firedAt = monoNanos();
            funcGoid = g.id;
            g.pc = 1;
        }
        g.regs[0].i = 1;
        return rt.sendOp(g, done, &g.regs[0]) == R::Park ? ExecResult::Parked : ExecResult::Done;
    };
    const Step never = [&](TestG&) {
        stoppedRan++;
        return ExecResult::Done;
    };
    bool stopped = false;
    const int code = rt.run(2, [&](TestG& g) {
        if (g.pc == 0)
        {
            g.pc = 1;
            armedAt = monoNanos();
            rt.startTimer(3000000, 0, nullptr, const_cast<Step*>(&fn));
            stopped = rt.stopTimer(rt.startTimer(1000000, 0, nullptr, const_cast<Step*>(&never)));
        }
        if (g.pc == 1)
        {
            if (rt.recvOp(g, done, &g.regs[0]) == R::Park)
                return ExecResult::Parked;
            g.pc = 2;
            // Long enough for the stopped timer to have fired had it not been stopped.
            return rt.sleepOp(g, 5000000) ? ExecResult::Yield : ExecResult::Parked;
        }
        return ExecResult::Done;
    });
    CHECK(code == 0);
    CHECK(stopped);
    CHECK(ran.load() == 1);
    CHECK(stoppedRan.load() == 0);
    CHECK(firedAt >= armedAt + 3000000);
    CHECK(funcGoid > 1); // a goroutine of its own, made when the timer fired
    CHECK(rt.made.load() == 2);
}
