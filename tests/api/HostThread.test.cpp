// Calls the host thread runs itself on a worker it borrows (runtime/HostThread.h): a call that
// waits for a goroutine it started, one that busy-waits for one (it must make way on a single
// worker), a callback that blocks on the host's own thread, timers that keep firing between and
// during calls, and host threads that call at once, some borrowing workers and some queueing.
// The expected values are what a Go twin of the program printed (Go 1.19: 5050 7 43).
#include "QuietOptions.h"

#include <weft/weft.hpp>

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <memory>
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

namespace {

// A host thread keeps the worker its call ran on until its next call (HostThread.cpp, "Keeping
// the worker between calls"); everyone else who needs it must get it. The values are a Go
// twin's (Go 1.19: Square(12) 144; 100 echoes of 0..99 plus one sum to 5050; Churn(20000)
// 199990000; Collect 1).
const char* const kKeptProgram = R"(package main

import (
	"host"
	"runtime"
)

var never chan int64

func Square(x int64) int64 { return x * x }

func Echo() {
	go func() {
		for v := range host.In {
			host.Out <- v + 1
		}
	}()
}

func Churn(n int64) int64 {
	var keep [][]int64
	var s int64
	for i := int64(0); i < n; i++ {
		b := make([]int64, 64)
		b[0] = i
		keep = append(keep, b)
		if len(keep) > 100 {
			keep = keep[:0]
		}
		s += b[0]
	}
	return s
}

func Collect() int64 { runtime.GC(); return 1 }

func Wait() int64 { return <-never }

func main() { never = make(chan int64) }
)";

struct KeptFixture
{
    explicit KeptFixture(int procs)
    {
        weft::Options o = quietOptions();
        o.procs = procs;
        vm.emplace(o);
        in.emplace(vm->makeChan<int64_t>());
        out.emplace(vm->makeChan<int64_t>());
        vm->package("host").var("In", *in).var("Out", *out);
        program = vm->loadString("kept.go", kKeptProgram);
        REQUIRE(vm->run(*program) == 0);
    }
    std::optional<weft::Interpreter> vm;
    std::optional<weft::Chan<int64_t>> in, out;
    std::optional<weft::Program> program;
};

// A host thread that calls Square ten times and then keeps its worker (it makes no more calls)
// until released, or ends at once if `ends`; the constructor returns once the calls are made.
class Keeper
{
public:
    Keeper(weft::Function<int64_t(int64_t)>& square, bool ends = false)
        : thread_([this, &square, ends] {
              for (int i = 0; i < 10; i++)
                  wrong_ += square(12) != 144;
              called_ = true;
              while (!ends && !done_.load())
                  std::this_thread::sleep_for(std::chrono::milliseconds(1));
          })
    {
        while (!called_.load())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    // Lets the thread end and joins it: the number of wrong results it saw.
    int join()
    {
        done_ = true;
        if (thread_.joinable())
            thread_.join();
        return wrong_.load();
    }
    ~Keeper() { join(); }

private:
    std::atomic<bool> called_{false}, done_{false};
    std::atomic<int> wrong_{0};
    std::thread thread_;
};

} // namespace

TEST_CASE("a worker kept between calls: a goroutine a host thread wakes runs on it")
{
    for (int procs : {1, 2})
    {
        CAPTURE(procs);
        KeptFixture f(procs);
        auto square = f.vm->function<int64_t(int64_t)>(*f.program, "Square");
        f.vm->function<void()>(*f.program, "Echo")();
        int64_t sum = 0;
        for (int64_t i = 0; i < 100; i++)
        {
            // This thread keeps the worker (on one worker, the only one) between the calls and
            // the channel operations: the echoing goroutine must still run.
            CHECK(square(12) == 144);
            f.in->send(i);
            sum += f.out->recv().value_or(-1000);
        }
        CHECK(sum == 5050);
        f.in->close();
    }
}

TEST_CASE("a worker kept between calls: collections take it, and its host takes another")
{
    KeptFixture f(2);
    auto square = f.vm->function<int64_t(int64_t)>(*f.program, "Square");
    auto churn = f.vm->function<int64_t(int64_t)>(*f.program, "Churn");
    auto collect = f.vm->function<int64_t()>(*f.program, "Collect");
    std::atomic<bool> stop{false};
    std::atomic<int> wrong{0};
    std::thread keeper([&] {
        while (!stop.load())
            wrong += square(12) != 144;
    });
    for (int i = 0; i < 20; i++)
    {
        CHECK(churn(20000) == 199990000);
        CHECK(collect() == 1);
    }
    stop = true;
    keeper.join();
    CHECK(wrong.load() == 0);
}

TEST_CASE("a worker kept between calls counts as idle for the deadlock check")
{
    for (int procs : {1, 2})
    {
        CAPTURE(procs);
        KeptFixture f(procs);
        auto square = f.vm->function<int64_t(int64_t)>(*f.program, "Square");
        auto wait = f.vm->function<int64_t()>(*f.program, "Wait");
        // Another thread calls and then keeps its worker while this one's call can never return.
        Keeper keeper(square);
        try
        {
            wait();
            FAIL("returned");
        }
        catch (const weft::ScriptError& e)
        {
            CHECK(e.message() == "fatal error: all goroutines are asleep - deadlock!");
        }
        CHECK(keeper.join() == 0);
        CHECK(f.vm->finished());
    }
}

TEST_CASE("a worker kept between calls: interpreters in turn on one thread, and ended under a keeper")
{
    // Two interpreters called in turn: each call finds the other's worker kept.
    {
        KeptFixture a(1), b(2);
        auto sa = a.vm->function<int64_t(int64_t)>(*a.program, "Square");
        auto sb = b.vm->function<int64_t(int64_t)>(*b.program, "Square");
        for (int i = 0; i < 200; i++)
        {
            CHECK(sa(12) == 144);
            CHECK(sb(12) == 144);
        }
    }
    // One made after another ended, most likely at its address: the kept worker of the first
    // is never touched.
    for (int round = 0; round < 3; round++)
    {
        KeptFixture f(1);
        auto square = f.vm->function<int64_t(int64_t)>(*f.program, "Square");
        for (int i = 0; i < 10; i++)
            CHECK(square(12) == 144);
    }
    // Ended while another thread keeps a worker (and after that thread ended).
    for (bool threadEnds : {false, true})
    {
        CAPTURE(threadEnds);
        auto f = std::make_unique<KeptFixture>(2);
        auto square = f->vm->function<int64_t(int64_t)>(*f->program, "Square");
        Keeper keeper(square, threadEnds);
        if (threadEnds)
            CHECK(keeper.join() == 0);
        f.reset();
        CHECK(keeper.join() == 0);
    }
}
