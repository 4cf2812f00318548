// Stopping a runaway script from the host: Interpreter::interrupt from another thread and
// Options::timeLimit and callTimeLimit, with what waits on the program failing with
// weft::Interrupted.
#include "QuietOptions.h"

#include <weft/weft.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <optional>
#include <thread>

TEST_CASE("a time limit interrupts a tight loop in main")
{
    weft::Options o = quietOptions();
    o.timeLimit = std::chrono::milliseconds(100);
    weft::Interpreter vm(o);
    weft::Program p = vm.loadString("spin.go", "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n");
    CHECK_THROWS_AS(vm.run(p), weft::Interrupted);
    CHECK(vm.finished());
}

TEST_CASE("a call time limit interrupts a call that runs too long, not the quick ones before it")
{
    weft::Options o = quietOptions();
    o.callTimeLimit = std::chrono::milliseconds(200);
    weft::Interpreter vm(o);
    weft::Program p = vm.loadString("calls.go", R"(package main

func Quick(n int) int { return n + 1 }

func Forever() {
	for {
	}
}

func main() {}
)");
    REQUIRE(vm.run(p) == 0);
    auto quick = vm.function<int(int)>(p, "Quick");
    for (int i = 0; i < 100; i++)
        REQUIRE(quick(i) == i + 1);
    const auto start = std::chrono::steady_clock::now();
    CHECK_THROWS_AS(vm.function<void()>(p, "Forever")(), weft::Interrupted);
    CHECK(std::chrono::steady_clock::now() - start >= std::chrono::milliseconds(200));
    CHECK(vm.finished());
}

TEST_CASE("interrupt from another thread stops a call, its goroutines and host channel waits")
{
    weft::Interpreter vm(quietOptions());
    auto never = vm.makeChan<int>();
    vm.package("host").var("Never", never);
    weft::Program p = vm.loadString("busy.go", R"(package main

import "host"

func Spin() int {
	for i := 0; i < 4; i++ {
		go func() { // busy goroutines on every worker
			n := 0
			for {
				n++
			}
		}()
	}
	for {
	}
}

func main() { go func() { <-host.Never }() }
)");
    REQUIRE(vm.run(p) == 0);
    std::thread waiter([&] { CHECK_THROWS_AS(never.recv(), weft::Interrupted); });
    std::thread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        vm.interrupt();
    });
    CHECK_THROWS_AS(vm.function<int()>(p, "Spin")(), weft::Interrupted);
    stopper.join();
    waiter.join();
    CHECK(vm.finished());
    CHECK_THROWS_AS(vm.function<int()>(p, "Spin"), std::invalid_argument); // the program has ended
}

TEST_CASE("interrupt stops a call blocked inside a callback on the host's own thread")
{
    // The host runs Relay itself (it borrows the idle worker); Relay's host function calls Wait
    // back, which blocks: the callback waits on the host's thread for a worker. A ticker keeps
    // the program from being a deadlock, so only the interrupt ends it.
    for (int procs : {1, 2})
    {
        CAPTURE(procs);
        weft::Options o = quietOptions();
        o.procs = procs;
        weft::Interpreter vm(o);
        std::optional<weft::Function<int()>> wait;
        vm.package("host").func("Relay", [&wait] { return (*wait)(); });
        weft::Program p = vm.loadString("relay.go", R"(package main

import (
	"host"
	"time"
)

var ch chan int

func Wait() int { return <-ch }

func Relay() int { return host.Relay() }

func main() {
	ch = make(chan int)
	go func() {
		for range time.NewTicker(time.Millisecond).C {
		}
	}()
}
)");
        REQUIRE(vm.run(p) == 0);
        wait = vm.function<int()>(p, "Wait");
        std::thread stopper([&vm] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            vm.interrupt();
        });
        CHECK_THROWS_AS(vm.function<int()>(p, "Relay")(), weft::Interrupted);
        stopper.join();
        CHECK(vm.finished());
    }
}
