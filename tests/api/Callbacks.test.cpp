// Func values of the script handed to C++ (std::function<R(A...)> as a host function's
// parameter): called during the host function, on the script's goroutine, and kept and called
// later from another host thread; closures keep their state; a panic in one fails that call.
#include "QuietOptions.h"

#include <weft/weft.hpp>

#include <doctest/doctest.h>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace {

const char* const kProgram = R"(package main

import (
	"fmt"
	"host"
)

var total int64

func Map(xs []int64) int64 {
	return host.SumOf(xs, func(x int64) int64 { return x * x })
}

func Keep(prefix string) {
	n := 0
	host.Keep(func(s string) (string, int) {
		n++
		total += int64(len(s))
		return fmt.Sprint(prefix, s, n), n
	})
}

func KeepPanicking() { host.KeepPanicking(func() { panic("callback failed") }) }

func Total() int64 { return total }

func main() {}
)";

} // namespace

TEST_CASE("a func value the script gives a host function is a std::function, callable later from any thread")
{
    weft::Interpreter vm(quietOptions());
    std::optional<std::function<std::pair<std::string, int>(std::string)>> kept;
    std::optional<std::function<void()>> panicking;
    vm.package("host")
        .func("SumOf",
              [](std::vector<int64_t> xs, std::function<int64_t(int64_t)> f) {
                  int64_t sum = 0;
                  for (int64_t x : xs)
                      sum += f(x); // on the script's goroutine, under the host function
                  return sum;
              })
        .func("Keep", [&](std::function<std::pair<std::string, int>(std::string)> f) { kept = std::move(f); })
        .func("KeepPanicking", [&](std::function<void()> f) { panicking = std::move(f); });
    weft::Program p = vm.loadString("callbacks.go", kProgram);
    REQUIRE(vm.run(p) == 0);

    CHECK(vm.function<int64_t(std::vector<int64_t>)>(p, "Map")({1, 2, 3, 4}) == 30);

    vm.function<void(std::string)>(p, "Keep")("item-");
    REQUIRE(kept);
    CHECK((*kept)("a") == std::make_pair(std::string("item-a1"), 1));
    std::vector<std::pair<std::string, int>> fromThread;
    std::thread other([&] {
        for (const char* s : {"bb", "ccc"})
            fromThread.push_back((*kept)(s)); // the closure's state carries over
    });
    other.join();
    REQUIRE(fromThread.size() == 2);
    CHECK(fromThread[1] == std::make_pair(std::string("item-ccc3"), 3));
    CHECK(vm.function<int64_t()>(p, "Total")() == 6);

    vm.function<void()>(p, "KeepPanicking")();
    REQUIRE(panicking);
    CHECK_THROWS_WITH_AS((*panicking)(), doctest::Contains("panic: callback failed"), weft::ScriptError);
}

TEST_CASE("a func parameter whose signature holds a map, an error or a struct is refused, never misread")
{
    // The func value crosses as is, so a map in its signature would reach the script as two
    // slices (a crash once): refused when the host function is declared.
    weft::Interpreter vm;
    CHECK_THROWS_WITH_AS(vm.package("host").func("Apply",
                                                 [](std::function<int64_t(std::map<std::string, int64_t>)> f) {
                                                     return f({{"a", 1}});
                                                 }),
                         doctest::Contains("not supported in weft: Apply takes a func(map[string]int64) int64"),
                         std::invalid_argument);
    CHECK_THROWS_AS(vm.package("host").func("Fail", [](std::function<weft::Error()> f) { return f(); }),
                    std::invalid_argument);
    // Scalars, strings and slices in the signature are fine.
    vm.package("host").func("Twice", [](std::function<std::vector<int64_t>(std::string)> f) { return f("ab").size(); });
}

TEST_CASE("a func value returned to the host is a std::function that keeps its closure; nil is empty")
{
    // Go 1.19 for the same functions: Adder(5)(10) is 15, Adder(1)(1) is 2, Maybe(false) is nil.
    weft::Interpreter vm;
    vm.package("host").func("Call", [](std::function<int64_t(int64_t)> f) { return f ? f(2) : int64_t(-1); });
    weft::Program p = vm.loadString("adder.go", R"(package main

import (
	"host"
	"runtime"
)

func Adder(n int64) func(int64) int64 { return func(x int64) int64 { return x + n } }

func Apply(f func(int64) int64) int64 { return f(1) }

func IsNil(f func(string)) bool { return f == nil }

func Maybe(some bool) func(int64) int64 {
	if some {
		return Adder(100)
	}
	return nil
}

func Churn() int64 {
	var keep [][]byte
	for i := 0; i < 200; i++ {
		keep = append(keep, make([]byte, 1<<14))
	}
	runtime.GC()
	return int64(len(keep)) + host.Call(nil)
}

func main() {}
)");
    REQUIRE(vm.run(p) == 0);
    auto adder = vm.function<std::function<int64_t(int64_t)>(int64_t)>(p, "Adder");
    std::function<int64_t(int64_t)> add5 = adder(5);
    CHECK(vm.function<int64_t()>(p, "Churn")() == 199); // a collection between: the closure stays
    CHECK(add5(10) == 15);
    CHECK(adder(1)(1) == 2);
    auto maybe = vm.function<std::function<int64_t(int64_t)>(bool)>(p, "Maybe");
    CHECK(maybe(true)(1) == 101);
    CHECK_FALSE(bool(maybe(false)));
    // A C++ function crosses into a call as a Go func (nil when empty).
    auto apply = vm.function<int64_t(std::function<int64_t(int64_t)>)>(p, "Apply");
    CHECK(apply([](int64_t x) { return x * 42; }) == 42);
    int64_t seen = 0;
    CHECK(apply([&seen](int64_t x) { return seen = x + 1; }) == 2);
    CHECK(seen == 2);
    CHECK(vm.function<bool(std::function<void(std::string)>)>(p, "IsNil")({}) == true);
    CHECK(vm.function<bool(std::function<void(std::string)>)>(p, "IsNil")([](std::string) {}) == false);
    // ... but not one whose signature holds a map.
    CHECK_THROWS_WITH_AS((vm.function<int64_t(std::function<int64_t(std::map<std::string, int64_t>)>)>(p, "Apply")),
                         doctest::Contains("Apply is func(func(int64) int64) int64"), std::invalid_argument);
}

TEST_CASE("a C++ function a host function returns is a func value the script calls; empty is nil")
{
    // The expected output is Go's for a twin whose package host is written in Go (Go 1.19).
    const char* const goOutput = "15 0\nhi, bob\ntrue\n7 seven\n3\n4501500\n";
    std::string out;
    weft::Options o;
    o.onStdout = [&](std::string_view s) { out.append(s); };
    weft::Interpreter vm(o);
    int64_t count = 0;
    vm.package("host")
        .func("Adder", [](int64_t n) { return std::function<int64_t(int64_t)>([n](int64_t x) { return x + n; }); })
        .func("Greeter",
              [](std::string prefix) {
                  return std::function<std::string(std::string)>([prefix](std::string s) { return prefix + ", " + s; });
              })
        .func("Nothing", [] { return std::function<int64_t(int64_t)>(); })
        .func("Pair", [] { return std::function<std::pair<int64_t, std::string>()>([] { return std::pair<int64_t, std::string>{7, "seven"}; }); })
        .func("Counter", [&count] { return std::function<void()>([&count] { count++; }); })
        .func("Count", [&count] { return count; });
    weft::Program p = vm.loadString("funcs.go", R"(package main

import (
	"fmt"
	"host"
	"runtime"
)

func main() {
	add := host.Adder(10)
	fmt.Println(add(5), add(-10))
	fmt.Println(host.Greeter("hi")("bob"))
	fmt.Println(host.Nothing() == nil)
	n, s := host.Pair()()
	fmt.Println(n, s)
	c := host.Counter()
	c()
	c()
	c()
	fmt.Println(host.Count())
	sum := int64(0)
	for i := 0; i < 3000; i++ {
		sum += host.Adder(int64(i))(1)
	}
	runtime.GC()
	fmt.Println(sum)
}
)");
    REQUIRE(vm.run(p) == 0);
    CHECK(out == goOutput);
    CHECK(count == 3);
    // A C++ function whose signature holds a map does not cross.
    CHECK_THROWS_AS(vm.package("other").func("Bad", [] { return std::function<int64_t(std::map<std::string, int64_t>)>(); }),
                    std::invalid_argument);
}
