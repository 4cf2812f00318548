// Host threads on channels: a ChannelWaiter whose owner is an OS thread (HostWaiter) instead of
// a goroutine, as the embedding API will use it. Two host threads hand values over through the
// same queues and handoff paths goroutines use.
#include "vm/InterpreterImpl.h"

#include <doctest/doctest.h>

#include <thread>
#include <vector>

using namespace weft;

namespace {

struct IntChannels
{
    TypeDesc intType, chanType;
    IntChannels()
    {
        intType.kind = TypeKind8::Int;
        intType.size = 8;
        intType.align = 8;
        intType.slotKinds = {GcWordKind::Scalar};
        chanType.kind = TypeKind8::Chan;
        chanType.size = 8;
        chanType.align = 8;
        chanType.elem = &intType;
    }
};

} // namespace

TEST_CASE("host threads hand values over an unbuffered channel in order, and a close wakes the receiver")
{
    Interpreter interp{InterpreterConfig{}};
    Interpreter::Impl& vm = interp.impl();
    IntChannels types;
    ChanObject* c = vm.makeChan(&types.chanType, 0);
    REQUIRE(c);
    std::vector<int64_t> got;
    bool lastOk = true;
    std::thread receiver([&] {
        for (;;)
        {
            Slot v{}, ok{};
            CHECK(vm.hostRecv(c, &v, &ok) == Interpreter::Impl::ChanResult::Done);
            if (!ok.i)
            {
                lastOk = false;
                CHECK(v.i == 0);
                break;
            }
            got.push_back(v.i);
        }
    });
    for (int64_t i = 0; i < 2000; i++)
    {
        Slot v{};
        v.i = i;
        CHECK(vm.hostSend(c, &v) == Interpreter::Impl::ChanResult::Done);
    }
    CHECK(vm.chanClose(c));
    receiver.join();
    CHECK_FALSE(lastOk);
    REQUIRE(got.size() == 2000);
    for (int64_t i = 0; i < 2000; i++)
        CHECK(got[size_t(i)] == i);
    Slot v{};
    v.i = 7;
    CHECK(vm.hostSend(c, &v) == Interpreter::Impl::ChanResult::Closed);
}

TEST_CASE("host senders blocked on a full buffered channel are woken by receivers; nothing is lost")
{
    Interpreter interp{InterpreterConfig{}};
    Interpreter::Impl& vm = interp.impl();
    IntChannels types;
    ChanObject* c = vm.makeChan(&types.chanType, 4);
    REQUIRE(c);
    constexpr int kSenders = 4, kEach = 5000;
    std::vector<std::thread> senders;
    for (int s = 0; s < kSenders; s++)
        senders.emplace_back([&, s] {
            for (int i = 0; i < kEach; i++)
            {
                Slot v{};
                v.i = int64_t(s) * kEach + i + 1;
                CHECK(vm.hostSend(c, &v) == Interpreter::Impl::ChanResult::Done);
            }
        });
    int64_t sum = 0;
    for (int i = 0; i < kSenders * kEach; i++)
    {
        Slot v{}, ok{};
        vm.hostRecv(c, &v, &ok);
        CHECK(ok.i == 1);
        sum += v.i;
    }
    for (auto& t : senders)
        t.join();
    const int64_t n = kSenders * kEach;
    CHECK(sum == n * (n + 1) / 2);
    CHECK(chanLen(c) == 0);
}
