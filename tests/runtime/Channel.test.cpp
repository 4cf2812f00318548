// Channels without the scheduler: non-blocking sends and receives (a buffer's FIFO order, a full
// buffer, close, a send on a closed channel), host threads blocked on channels (a rendezvous of
// 10,000 values, a close waking a blocked sender or receiver), and channels as heap objects
// kept or freed by a collection. No worker runs in these tests.
#include "FakeExecutor.h"

#include <doctest/doctest.h>

#include <thread>
#include <vector>

using namespace weft;
using namespace weft::test;

namespace {

using R = Runtime::ChanResult;

// Waits (under c's lock, as the runtime reads them) until a host thread is queued on c.
void waitQueued(ChanObject* c, bool sender)
{
    for (;;)
    {
        spinLock(c->lock);
        const bool queued = (sender ? c->sendq.first : c->recvq.first) != nullptr;
        spinUnlock(c->lock);
        if (queued)
            return;
        std::this_thread::yield();
    }
}

} // namespace

TEST_CASE("a buffered channel is FIFO; a full one refuses a send that may not block")
{
    FakeExecutor rt;
    TestG g; // never scheduled: non-blocking operations never park it
    ChanObject* c = rt.newChan(intElem(), 3);
    REQUIRE(c);
    CHECK(c->cap == 3);
    for (int64_t i = 1; i <= 3; i++)
    {
        Slot v = intSlot(i * 10);
        CHECK(rt.chanSend(g, c, &v, false) == R::Done);
    }
    CHECK(chanLen(c) == 3);
    Slot extra = intSlot(99);
    CHECK(rt.chanSend(g, c, &extra, false) == R::Park); // full: not ready, nothing queued
    CHECK(rt.chanTrySend(c, &extra) == R::Park);
    CHECK(c->sendq.first == nullptr);
    CHECK(g.waiters.empty());
    CHECK(g.status.load() == GStatus::Runnable);

    for (int64_t i = 1; i <= 3; i++)
    {
        Slot v{}, ok{};
        CHECK(rt.chanRecv(g, c, &v, &ok, false) == R::Done);
        CHECK(v.i == i * 10);
        CHECK(ok.i == 1);
    }
    Slot v = intSlot(7), ok = intSlot(7);
    CHECK(rt.chanRecv(g, c, &v, &ok, false) == R::Park); // empty: not ready, nothing written
    CHECK(v.i == 7);
    CHECK(c->recvq.first == nullptr);

    // Around the ring several times: the order holds across the wrap.
    int64_t next = 0, expect = 0;
    for (int round = 0; round < 50; round++)
    {
        while (chanLen(c) < 3)
        {
            Slot s = intSlot(next++);
            REQUIRE(rt.chanSend(g, c, &s, false) == R::Done);
        }
        for (int k = 0; k < 2; k++)
        {
            Slot r{};
            REQUIRE(rt.chanRecv(g, c, &r, nullptr, false) == R::Done);
            CHECK(r.i == expect++);
        }
    }
}

TEST_CASE("an unbuffered channel with no partner is never ready")
{
    FakeExecutor rt;
    TestG g;
    ChanObject* c = rt.newChan(intElem(), 0);
    REQUIRE(c);
    Slot v = intSlot(1), ok{};
    CHECK(rt.chanSend(g, c, &v, false) == R::Park);
    CHECK(rt.chanRecv(g, c, &v, &ok, false) == R::Park);
    CHECK(chanLen(c) == 0);
}

TEST_CASE("close: buffered values are still received, then zero values with ok false")
{
    FakeExecutor rt;
    TestG g;
    ChanObject* c = rt.newChan(intElem(), 2);
    REQUIRE(c);
    Slot a = intSlot(5), b = intSlot(6);
    REQUIRE(rt.chanSend(g, c, &a, false) == R::Done);
    REQUIRE(rt.chanSend(g, c, &b, false) == R::Done);
    CHECK(rt.chanClose(c));
    CHECK_FALSE(rt.chanClose(c)); // close of a closed channel
    CHECK(c->closed == 1);

    Slot s = intSlot(1);
    CHECK(rt.chanSend(g, c, &s, false) == R::Closed);
    CHECK(rt.chanSend(g, c, &s, true) == R::Closed); // blocking or not: nothing is queued
    CHECK(c->sendq.first == nullptr);
    CHECK(rt.chanTrySend(c, &s) == R::Closed);

    for (int64_t want : {5, 6})
    {
        Slot v{}, ok{};
        CHECK(rt.chanRecv(g, c, &v, &ok, false) == R::Done);
        CHECK(v.i == want);
        CHECK(ok.i == 1);
    }
    for (int i = 0; i < 3; i++)
    {
        Slot v = intSlot(42), ok = intSlot(42);
        CHECK(rt.chanRecv(g, c, &v, &ok, true) == R::Done); // never parks once closed
        CHECK(v.i == 0);
        CHECK(ok.i == 0);
    }
    // A receive with no destination (`<-c`) is fine too.
    CHECK(rt.chanRecv(g, c, nullptr, nullptr, false) == R::Done);

    ChanObject* u = rt.newChan(intElem(), 0);
    REQUIRE(u);
    CHECK(rt.chanClose(u));
    Slot v = intSlot(3), ok = intSlot(3);
    CHECK(rt.chanRecv(g, u, &v, &ok, false) == R::Done);
    CHECK((v.i == 0 && ok.i == 0));
    CHECK(rt.chanSend(g, u, &v, false) == R::Closed);
}

TEST_CASE("host threads hand 10,000 values over an unbuffered channel in order, with no worker")
{
    FakeExecutor rt;
    ChanObject* c = rt.newChan(intElem(), 0);
    REQUIRE(c);
    constexpr int64_t kN = 10000;
    std::vector<int64_t> got;
    got.reserve(kN);
    bool sawClose = false;
    std::thread receiver([&] {
        for (;;)
        {
            Slot v = intSlot(-1), ok = intSlot(-1);
            CHECK(rt.hostRecv(c, &v, &ok) == R::Done);
            if (ok.i == 0)
            {
                sawClose = v.i == 0;
                return;
            }
            got.push_back(v.i);
        }
    });
    std::thread sender([&] {
        for (int64_t i = 0; i < kN; i++)
        {
            Slot v = intSlot(i);
            CHECK(rt.hostSend(c, &v) == R::Done);
        }
        rt.chanClose(c);
    });
    sender.join();
    receiver.join();
    CHECK(rt.workers.empty());
    CHECK(sawClose);
    REQUIRE(got.size() == size_t(kN));
    size_t outOfOrder = 0;
    for (int64_t i = 0; i < kN; i++)
        outOfOrder += got[size_t(i)] != i;
    CHECK(outOfOrder == 0);
    CHECK(c->sendq.first == nullptr);
    CHECK(c->recvq.first == nullptr);
}

TEST_CASE("host threads: a close wakes a blocked sender (Closed) and a blocked receiver (zero, ok false)")
{
    FakeExecutor rt;
    ChanObject* s = rt.newChan(intElem(), 0);
    ChanObject* r = rt.newChan(intElem(), 0);
    REQUIRE((s && r));
    R sendResult = R::Park, recvResult = R::Park;
    Slot got = intSlot(9), ok = intSlot(9);
    std::thread sender([&] {
        Slot v = intSlot(1);
        sendResult = rt.hostSend(s, &v);
    });
    std::thread receiver([&] { recvResult = rt.hostRecv(r, &got, &ok); });
    waitQueued(s, true);
    waitQueued(r, false);
    CHECK(rt.chanClose(s));
    CHECK(rt.chanClose(r));
    sender.join();
    receiver.join();
    CHECK(sendResult == R::Closed);
    CHECK(recvResult == R::Done);
    CHECK(got.i == 0);
    CHECK(ok.i == 0);
}

TEST_CASE("a buffered host send completes without a partner; a blocked host receiver takes the next send")
{
    FakeExecutor rt;
    ChanObject* c = rt.newChan(intElem(), 1);
    REQUIRE(c);
    Slot a = intSlot(11);
    CHECK(rt.hostSend(c, &a) == R::Done); // room in the buffer: no wait
    Slot v{}, ok{};
    CHECK(rt.hostRecv(c, &v, &ok) == R::Done);
    CHECK((v.i == 11 && ok.i == 1));

    Slot got{}, gotOk{};
    std::thread receiver([&] { rt.hostRecv(c, &got, &gotOk); });
    waitQueued(c, false);
    TestG g;
    Slot b = intSlot(12);
    CHECK(rt.chanSend(g, c, &b, false) == R::Done); // handed to the waiter, not buffered
    receiver.join();
    CHECK((got.i == 12 && gotOk.i == 1));
    CHECK(chanLen(c) == 0);
}

TEST_CASE("a collection keeps channels the executor reports and what their buffers hold; frees the rest")
{
    FakeExecutor rt;
    ChanObject* kept = rt.newChan(pointerElem(), 4);
    ChanObject* dropped = rt.newChan(pointerElem(), 4);
    REQUIRE((kept && dropped));
    TestG g;
    void* inKept = rt.allocate(64, nullptr);
    void* inDropped = rt.allocate(64, nullptr);
    REQUIRE((inKept && inDropped));
    static_cast<int64_t*>(inKept)[0] = 1234;
    Slot v;
    v.p = inKept;
    REQUIRE(rt.chanSend(g, kept, &v, false) == R::Done);
    v.p = inDropped;
    REQUIRE(rt.chanSend(g, dropped, &v, false) == R::Done);
    v.p = nullptr;
    rt.globals.push_back(kept);

    rt.heap.collect(rt); // this thread is the only mutator: no worker runs
    CHECK(rt.heap.isLiveObject(kept));
    CHECK(rt.heap.isLiveObject(kept->buf));
    CHECK(rt.heap.isLiveObject(inKept));
    CHECK_FALSE(rt.heap.isLiveObject(dropped));
    CHECK_FALSE(rt.heap.isLiveObject(inDropped));

    // The value received after the collection is the object sent before it.
    Slot out{}, ok{};
    CHECK(rt.chanRecv(g, kept, &out, &ok, false) == R::Done);
    CHECK(out.p == inKept);
    CHECK(static_cast<int64_t*>(out.p)[0] == 1234);
    // The received slot was cleared in the buffer: the buffer no longer keeps the object.
    rt.heap.collect(rt);
    CHECK(rt.heap.isLiveObject(kept));
    CHECK_FALSE(rt.heap.isLiveObject(inKept));
}
