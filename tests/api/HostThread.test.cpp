// Calls the host thread runs itself on a worker it borrows (runtime/HostThread.h): a call that
// waits for a goroutine it started, one that busy-waits for one (it must make way on a single
// worker), a callback that blocks on the host's own thread, timers that keep firing between and
// during calls, and host threads that call at once, some borrowing workers and some queueing.
// The expected values are what a Go twin of the program printed (Go 1.19: 5050 7 43).
#include "QuietOptions.h"

#include <weft/weft.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <optional>
#include <thread>
#include <vector>

namespace {

const char* const kProgram = R"(package main

import (
	"host"
	"runtime"
	"sync/atomic"
	"time"
)

var ticks int64

// Sum waits for a goroutine it starts.
func Sum(n int64) int64 {
	ch := make(chan int64)
	go func() {
		var s int64
		for i := int64(1); i <= n; i++ {
			s += i
		}
		ch <- s
	}()
	return <-ch
}

// Spin busy-waits for a goroutine it starts: on one worker, that goroutine runs only if the
// call makes way for it.
func Spin(n int64) int64 {
	var done int32
	go func() { atomic.StoreInt32(&done, 1) }()
	for atomic.LoadInt32(&done) == 0 {
	}
	return n
}

// Relay asks the host, which calls Wait back: a callback that parks on the host's thread.
func Relay(n int64) int64 { return host.Relay(n) }

func Wait(n int64) int64 {
	ch := make(chan int64)
	go func() { time.Sleep(time.Millisecond); ch <- n * 2 }()
	return <-ch
}

func Ticks() int64 { return atomic.LoadInt64(&ticks) }

func main() {
	go func() {
		t := time.NewTicker(time.Millisecond)
		for range t.C {
			atomic.AddInt64(&ticks, 1)
		}
	}()
	runtime.Gosched()
}
)";

struct Fixture
{
    explicit Fixture(int procs)
    {
        weft::Options o = quietOptions();
        o.procs = procs;
        vm.emplace(o);
        vm->package("host").func("Relay", [this](int64_t n) { return (*wait)(n) + 1; });
        program = vm->loadString("hostthread.go", kProgram);
        REQUIRE(vm->run(*program) == 0);
        wait = vm->function<int64_t(int64_t)>(*program, "Wait");
    }
    std::optional<weft::Interpreter> vm;
    std::optional<weft::Program> program;
    std::optional<weft::Function<int64_t(int64_t)>> wait;
};

} // namespace

TEST_CASE("calls that wait for goroutines, busy-wait for them, or block in a callback return, on one worker or two")
{
    for (int procs : {1, 2})
    {
        CAPTURE(procs);
        Fixture f(procs);
        auto sum = f.vm->function<int64_t(int64_t)>(*f.program, "Sum");
        auto spin = f.vm->function<int64_t(int64_t)>(*f.program, "Spin");
        auto relay = f.vm->function<int64_t(int64_t)>(*f.program, "Relay");
        for (int i = 0; i < 200; i++)
        {
            CHECK(sum(100) == 5050);
            CHECK(spin(7) == 7);
        }
        for (int i = 0; i < 20; i++)
            CHECK(relay(21) == 43);
    }
}

TEST_CASE("timers keep firing while the host calls, on one worker")
{
    Fixture f(1);
    auto ticks = f.vm->function<int64_t()>(*f.program, "Ticks");
    auto sum = f.vm->function<int64_t(int64_t)>(*f.program, "Sum");
    // Between calls: the worker the calls borrow is the one that waits for the ticker.
    for (int round = 0; round < 3; round++)
    {
        for (int i = 0; i < 1000; i++)
            sum(10);
        const int64_t before = ticks();
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        CHECK(ticks() > before);
    }
    // During a call that runs for a while without blocking.
    auto spinFor = [&] {
        const int64_t before = ticks();
        const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(30);
        while (std::chrono::steady_clock::now() < until)
            sum(1000);
        return ticks() - before;
    };
    CHECK(spinFor() > 0);
}

TEST_CASE("host threads call at once: some run their calls themselves, the others queue them")
{
    Fixture f(2);
    auto sum = f.vm->function<int64_t(int64_t)>(*f.program, "Sum");
    auto spin = f.vm->function<int64_t(int64_t)>(*f.program, "Spin");
    auto relay = f.vm->function<int64_t(int64_t)>(*f.program, "Relay");
    std::vector<std::thread> threads;
    std::vector<int> wrong(4, 0);
    for (int t = 0; t < 4; t++)
        threads.emplace_back([&, t] {
            for (int i = 0; i < 300; i++)
            {
                wrong[t] += sum(100) != 5050;
                wrong[t] += spin(t) != t;
                if (i % 30 == 0)
                    wrong[t] += relay(t) != 2 * t + 1;
            }
        });
    for (auto& t : threads)
        t.join();
    CHECK(wrong == std::vector<int>(4, 0));
}
