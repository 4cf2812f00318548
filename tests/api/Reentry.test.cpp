// Re-entry: a script calls a host function that calls back into the script (weft::Function),
// on a pool of one worker and of two, and nested several levels deep; a panic under such a
// call; a host function that waits on a channel a goroutine feeds; a blocking host function
// (weft::blocking) waiting for another goroutine, then calling back into the script.
#include "QuietOptions.h"

#include <weft/weft.hpp>

#include <doctest/doctest.h>

#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>

namespace {

const char* const kProgram = R"(package main

import (
	"fmt"
	"host"
)

func Fib(n int64) int64 {
	if n < 2 {
		return n
	}
	return Fib(n-1) + Fib(n-2)
}

// Down counts down through the host: script -> host -> script ... n levels deep.
func Down(n int64) int64 {
	if n == 0 {
		return 0
	}
	return 1 + host.Down(n-1)
}

func Use(n int64) int64 { return host.TwiceFib(n) }

func Boom(n int64) int64 { panic(fmt.Sprint("boom ", n)) }

// Recovered calls host.CallBoom, which calls Boom: the panic comes back through the host
// function to be recovered here.
func Recovered(n int64) (r string) {
	defer func() { r = fmt.Sprint("recovered: ", recover()) }()
	host.CallBoom(n)
	return "no panic"
}

// Sum starts a goroutine sending 1..n on host.Numbers and has the host add them up.
func Sum(n int64) int64 {
	go func() {
		for i := int64(1); i <= n; i++ {
			host.Numbers <- i
		}
	}()
	return host.Add(n)
}

// Handshake: one goroutine waits in the host (a blocking host function) until another signals
// it there; on one worker, the waiting one must let the other run.
func Handshake(v int64) int64 {
	done := make(chan int64)
	go func() { done <- host.Wait() }()
	go host.Signal(v)
	return <-done
}

func Plus1(v int64) int64 { return v + 1 }

func main() {}
)";

// The host package every test declares: the script's functions the host calls back are set
// once main has run; swallow makes CallBoom return normally from a ScriptError.
struct Host
{
    std::optional<weft::Function<int64_t(int64_t)>> fib, down, boom, plus1;
    std::mutex mu;
    std::condition_variable cv;
    std::optional<int64_t> signalled;
    std::optional<weft::Chan<int64_t>> numbers;
    std::string seen;
    bool swallow = false;

    void declare(weft::Interpreter& vm)
    {
        numbers = vm.makeChan<int64_t>();
        vm.package("host")
            .var("Numbers", *numbers)
            .func("TwiceFib", [this](int64_t n) { return 2 * (*fib)(n); })
            .func("Down", [this](int64_t n) { return (*down)(n); })
            .func("CallBoom",
                  [this](int64_t n) {
                      try
                      {
                          return (*boom)(n);
                      }
                      catch (const weft::ScriptError& e)
                      {
                          seen = e.message();
                          if (!swallow)
                              throw;
                          return int64_t(-1); // the panic goes on all the same
                      }
                  })
            .func("Add",
                  [this](int64_t n) {
                      int64_t sum = 0;
                      for (int64_t i = 0; i < n; i++)
                          sum += *numbers->recv();
                      return sum;
                  })
            .func(
                "Wait",
                [this] {
                    std::unique_lock lock(mu);
                    cv.wait(lock, [&] { return signalled.has_value(); });
                    const int64_t v = *signalled;
                    signalled.reset();
                    lock.unlock();
                    return (*plus1)(v); // back into the script from a blocking host function
                },
                weft::blocking)
            .func("Signal", [this](int64_t v) {
                std::lock_guard lock(mu);
                signalled = v;
                cv.notify_all();
            });
    }
    // Declares the package, loads and runs the program, and takes the functions called back.
    weft::Program start(weft::Interpreter& vm)
    {
        declare(vm);
        weft::Program p = vm.loadString("reentry.go", kProgram);
        REQUIRE(vm.run(p) == 0);
        fib = vm.function<int64_t(int64_t)>(p, "Fib");
        down = vm.function<int64_t(int64_t)>(p, "Down");
        boom = vm.function<int64_t(int64_t)>(p, "Boom");
        plus1 = vm.function<int64_t(int64_t)>(p, "Plus1");
        return p;
    }
};

} // namespace

TEST_CASE("a host function called by the script may call the script's functions")
{
    for (int procs : {1, 2})
    {
        CAPTURE(procs);
        weft::Options o = quietOptions();
        o.procs = procs;
        weft::Interpreter vm(o);
        Host host;
        weft::Program p = host.start(vm);
        auto use = vm.function<int64_t(int64_t)>(p, "Use");
        CHECK(use(20) == 13530);
        CHECK((*host.down)(50) == 50);
    }
}

TEST_CASE("a panic under a call back into the script reaches the host function and goes on in the script")
{
    for (bool swallow : {false, true})
    {
        CAPTURE(swallow);
        weft::Options o = quietOptions();
        o.procs = 1;
        weft::Interpreter vm(o);
        Host host;
        host.swallow = swallow;
        weft::Program p = host.start(vm);
        auto recovered = vm.function<std::string(int64_t)>(p, "Recovered");
        CHECK(recovered(7) == "recovered: boom 7");
        CHECK(host.seen == "panic: boom 7");
        CHECK_FALSE(vm.finished());
    }
}

TEST_CASE("a host function waiting on a channel lets the goroutines that feed it run, on one worker")
{
    weft::Options o = quietOptions();
    o.procs = 1;
    weft::Interpreter vm(o);
    Host host;
    weft::Program p = host.start(vm);
    auto sum = vm.function<int64_t(int64_t)>(p, "Sum");
    CHECK(sum(100) == 5050);
    CHECK(sum(1000) == 500500);
}

TEST_CASE("a blocking host function lets the other goroutines run, on one worker")
{
    weft::Options o = quietOptions();
    o.procs = 1;
    weft::Interpreter vm(o);
    Host host;
    weft::Program p = host.start(vm);
    auto handshake = vm.function<int64_t(int64_t)>(p, "Handshake");
    for (int64_t i = 0; i < 50; i++)
        CHECK(handshake(i) == i + 1);
}
