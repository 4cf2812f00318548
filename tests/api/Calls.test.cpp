// Calling a program's functions from host threads after its main ran (weft::Interpreter::
// function): typed arguments and results, the signature check, goroutines that outlive main,
// calls from several threads at once, and failures under a call.
#include "QuietOptions.h"

#include <weft/weft.hpp>

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace {

const char* const kProgram = R"(package main

import (
	"strings"
	"sync"
	"time"
)

var (
	mu    sync.Mutex
	ticks int
	block chan int
)

func Square(x int64) int64          { return x * x }
func Greet(name string) string      { return "hello, " + strings.ToUpper(name) }
func Half(x float64) float64        { return x / 2 }
func Small(a int8, b uint16) int32  { return int32(a) * int32(b) }
func Not(b bool) bool               { return !b }
func Nothing()                      {}
func Fail(msg string) int           { panic(msg) }
func BlockForever()                 { <-block }

func Ticks() int {
	mu.Lock()
	defer mu.Unlock()
	return ticks
}

func main() {
	block = make(chan int)
	go func() { // outlives main: an embedded program goes on after main returns
		for {
			mu.Lock()
			ticks++
			mu.Unlock()
			time.Sleep(time.Millisecond)
		}
	}()
	go func() { <-block }() // blocked when the Interpreter is destroyed
}
)";


} // namespace

TEST_CASE("functions of a program that ran are called with C++ types")
{
    weft::Interpreter vm(quietOptions());
    weft::Program p = vm.loadString("calls.go", kProgram);
    REQUIRE(vm.run(p) == 0);
    CHECK(vm.function<int64_t(int64_t)>(p, "Square")(12) == 144);
    CHECK(vm.function<std::string(std::string)>(p, "Greet")("weft") == "hello, WEFT");
    CHECK(vm.function<std::string(const char*)>(p, "Greet")("go") == "hello, GO");
    CHECK(vm.function<double(double)>(p, "Half")(5.0) == 2.5);
    CHECK(vm.function<int32_t(int8_t, uint16_t)>(p, "Small")(-3, 1000) == -3000);
    CHECK(vm.function<bool(bool)>(p, "Not")(false) == true);
    vm.function<void()>(p, "Nothing")();
    CHECK_FALSE(vm.finished());
}

TEST_CASE("a C++ signature that is not the Go one is refused when the function is taken")
{
    weft::Interpreter vm(quietOptions());
    weft::Program p = vm.loadString("calls.go", kProgram);
    REQUIRE(vm.run(p) == 0);
    try
    {
        vm.function<int(int)>(p, "Square");
        FAIL("accepted");
    }
    catch (const std::invalid_argument& e)
    {
        CHECK(std::string(e.what()) == "weft::Interpreter::function: Square is func(int64) int64, not func(int) int");
    }
    CHECK_THROWS_AS(vm.function<void()>(p, "NoSuchFunc"), std::invalid_argument);
    CHECK_THROWS_AS(vm.function<void()>(p, "ticks"), std::invalid_argument); // a variable
    CHECK(vm.function<int64_t(int64_t)>(p, "Square")(3) == 9); // still usable
}

TEST_CASE("a program's functions are callable only once its main has run")
{
    weft::Interpreter vm(quietOptions());
    weft::Program p = vm.loadString("calls.go", kProgram);
    CHECK_THROWS_AS(vm.function<int64_t(int64_t)>(p, "Square"), std::invalid_argument);
}

TEST_CASE("goroutines started by main go on after it returns, until the Interpreter ends")
{
    weft::Interpreter vm(quietOptions());
    weft::Program p = vm.loadString("calls.go", kProgram);
    REQUIRE(vm.run(p) == 0);
    auto ticks = vm.function<int()>(p, "Ticks");
    const int first = ticks();
    int later = first;
    for (int i = 0; i < 200 && later <= first + 2; i++) // a goroutine that sleeps 1 ms per tick
    {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        later = ticks();
    }
    CHECK(later > first + 2);
    // Destroying the Interpreter ends the ticking goroutine and the blocked one.
}

TEST_CASE("calls from several host threads at once")
{
    weft::Interpreter vm(quietOptions());
    weft::Program p = vm.loadString("calls.go", kProgram);
    REQUIRE(vm.run(p) == 0);
    auto square = vm.function<int64_t(int64_t)>(p, "Square");
    auto greet = vm.function<std::string(std::string)>(p, "Greet");
    std::atomic<int> wrong{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; t++)
        threads.emplace_back([&, t] {
            for (int64_t i = 0; i < 500; i++)
            {
                if (square(i + t) != (i + t) * (i + t))
                    wrong++;
                if (greet("x" + std::to_string(i)) != "hello, X" + std::to_string(i))
                    wrong++;
            }
        });
    for (std::thread& th : threads)
        th.join();
    CHECK(wrong == 0);
}

TEST_CASE("a panic under a call is a ScriptError, and the Interpreter is finished")
{
    weft::Interpreter vm(quietOptions());
    weft::Program p = vm.loadString("calls.go", kProgram);
    REQUIRE(vm.run(p) == 0);
    try
    {
        vm.function<int(std::string)>(p, "Fail")("no way");
        FAIL("returned");
    }
    catch (const weft::ScriptError& e)
    {
        CHECK(e.message() == "panic: no way");
        CHECK(std::string(e.what()).find("main.Fail(") != std::string::npos);
    }
    CHECK(vm.finished());
    CHECK_THROWS_AS(vm.function<int64_t(int64_t)>(p, "Square")(2), std::logic_error);
}

TEST_CASE("a call that can never return fails with Go's deadlock message")
{
    // On one worker and on two; straight, and inside a callback that blocks on the host's own
    // thread (a host function calling the script back while the host runs the call itself).
    for (int procs : {1, 2})
        for (const char* entry : {"Wait", "Relay"})
        {
            CAPTURE(procs);
            CAPTURE(entry);
            weft::Options o = quietOptions();
            o.procs = procs;
            weft::Interpreter vm(o);
            std::optional<weft::Function<int()>> wait;
            vm.package("host").func("Relay", [&wait] { return (*wait)(); });
            weft::Program p = vm.loadString("block.go", R"(package main

import "host"

var ch chan int

func Wait() int { return <-ch }

func Relay() int { return host.Relay() }

func main() { ch = make(chan int) }
)");
            REQUIRE(vm.run(p) == 0);
            wait = vm.function<int()>(p, "Wait");
            try
            {
                vm.function<int()>(p, entry)();
                FAIL("returned");
            }
            catch (const weft::ScriptError& e)
            {
                CHECK(e.message() == "fatal error: all goroutines are asleep - deadlock!");
                CHECK(std::string(e.what()).find("[chan receive]") != std::string::npos);
            }
            CHECK(vm.finished());
        }
}

TEST_CASE("functions take and return slices as std::vector")
{
    weft::Interpreter vm(quietOptions());
    weft::Program p = vm.loadString("slices.go", R"(package main

func Reverse(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[len(xs)-1-i] = x
	}
	return out
}

func Sum(xs []int64) int64 {
	var s int64
	for _, x := range xs {
		s += x
	}
	return s
}

func Bytes(n int) []uint8 {
	b := make([]uint8, n)
	for i := range b {
		b[i] = uint8(250 + i)
	}
	return b
}

func main() {}
)");
    REQUIRE(vm.run(p) == 0);
    CHECK(vm.function<std::vector<std::string>(std::vector<std::string>)>(p, "Reverse")({"a", "bc", ""}) ==
          std::vector<std::string>{"", "bc", "a"});
    CHECK(vm.function<int64_t(std::vector<int64_t>)>(p, "Sum")({1, 2, 3, 4}) == 10);
    CHECK(vm.function<int64_t(std::vector<int64_t>)>(p, "Sum")({}) == 0);
    CHECK(vm.function<std::vector<uint8_t>(int)>(p, "Bytes")(8) == std::vector<uint8_t>{250, 251, 252, 253, 254, 255, 0, 1});
    CHECK_THROWS_AS((vm.function<int64_t(std::vector<int32_t>)>(p, "Sum")), std::invalid_argument);
}
