// Host packages (weft::Interpreter::package): C++ functions that scripts import and call, with
// Go signatures deduced from the C++ ones, C++ exceptions as Go panics, and the declarations'
// errors. The scripts here import a package Go does not have, so the expected values are the
// host's own.
#include <weft/weft.hpp>

#include <doctest/doctest.h>

#include <atomic>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

struct Run
{
    std::string out;
    weft::Options options()
    {
        weft::Options o;
        o.procs = 2;
        o.onStdout = [this](std::string_view s) { out.append(s); };
        return o;
    }
};

int64_t twice(int64_t x) { return 2 * x; }

} // namespace

TEST_CASE("scripts call C++ functions of a host package")
{
    Run r;
    weft::Interpreter vm(r.options());
    std::vector<std::string> logged;
    vm.package("host")
        .func("Greet", [](std::string name) { return "hello, " + name; })
        .func("Add", [](int64_t a, int64_t b) { return a + b; })
        .func("Twice", &twice)
        .func("Half", [](double x) { return x / 2; })
        .func("Even", [](int n) { return n % 2 == 0; })
        .func("Log", [&logged](std::string_view s) { logged.emplace_back(s); });
    weft::Program p = vm.loadString("uses_host.go", R"(package main

import (
	"fmt"
	"host"
)

func main() {
	fmt.Println(host.Greet("weft"), host.Add(40, 2), host.Twice(21), host.Half(5), host.Even(4), host.Even(7))
	var f func(int64, int64) int64 = host.Add // a host function is a Go func value
	fmt.Println(f(1, 2))
	host.Log("from Go")
}
)");
    CHECK(vm.run(p) == 0);
    CHECK(r.out == "hello, weft 42 42 2.5 true false\n3\n");
    CHECK(logged == std::vector<std::string>{"from Go"});
}

TEST_CASE("every scalar type crosses a host function at its edges (the direct register path)")
{
    // Expected: go run of the same script with package host written in Go (Go 1.19).
    Run r;
    weft::Interpreter vm(r.options());
    vm.package("host")
        .func("Neg8", [](int8_t x) { return int8_t(-x); })
        .func("Inc8", [](uint8_t x) { return uint8_t(x + 1); })
        .func("Neg16", [](int16_t x) { return int16_t(-x); })
        .func("Inc16", [](uint16_t x) { return uint16_t(x + 1); })
        .func("Neg32", [](int32_t x) { return int32_t(-int64_t(x)); })
        .func("Inc32", [](uint32_t x) { return uint32_t(x + 1); })
        .func("Neg64", [](int64_t x) { return int64_t(0 - uint64_t(x)); })
        .func("Inc64", [](uint64_t x) { return x + 1; })
        .func("Third32", [](float x) { return x / 3; })
        .func("Third64", [](double x) { return x / 3; })
        .func("Not", [](bool b) { return !b; })
        .func("Mix", [](int8_t a, uint16_t b, float c, bool d, int e) {
            double r = double(a) + double(b) + double(c);
            return d ? r + e : r;
        });
    weft::Program p = vm.loadString("scalars.go", R"(package main

import (
	"fmt"
	"host"
)

func main() {
	fmt.Println(host.Neg8(-128), host.Neg8(5), host.Inc8(255), host.Neg16(-32768), host.Inc16(65535))
	fmt.Println(host.Neg32(-2147483648), host.Inc32(4294967295), host.Neg64(-9223372036854775808), host.Inc64(18446744073709551615))
	fmt.Println(host.Third32(1), host.Third64(1), host.Not(true), host.Not(false))
	fmt.Println(host.Mix(-3, 65535, 0.5, true, -7), host.Mix(1, 2, 0.25, false, 100))
}
)");
    CHECK(vm.run(p) == 0);
    CHECK(r.out == "-128 -5 0 -32768 0\n-2147483648 0 -9223372036854775808 0\n0.33333334 0.3333333333333333 false true\n"
                   "65525.5 3.25\n");
}

TEST_CASE("a C++ exception in a host function is a Go panic the script can recover")
{
    Run r;
    weft::Interpreter vm(r.options());
    vm.package("host").func("Fail", [](int code) -> int { throw std::runtime_error("code " + std::to_string(code)); });
    weft::Program p = vm.loadString("recovers.go", R"(package main

import (
	"fmt"
	"host"
)

func try(code int) (n int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("recovered:", e)
		}
	}()
	return host.Fail(code)
}

func main() {
	try(7)
	host.Fail(8)
}
)");
    try
    {
        vm.run(p);
        FAIL("ran");
    }
    catch (const weft::ScriptError& e)
    {
        CHECK(e.message() == "panic: code 8");
    }
    CHECK(r.out == "recovered: code 7\n");
}

TEST_CASE("goroutines call a host function at once")
{
    Run r;
    weft::Interpreter vm(r.options());
    std::atomic<int64_t> sum{0};
    vm.package("example.com/counter").func("Add", [&sum](int64_t n) { sum += n; });
    weft::Program p = vm.loadString("many.go", R"(package main

import (
	"example.com/counter"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 1; i <= 1000; i++ {
				counter.Add(int64(i))
			}
		}()
	}
	wg.Wait()
}
)");
    CHECK(vm.run(p) == 0);
    CHECK(sum == 8 * 500500);
}

TEST_CASE("what a host package may not declare")
{
    weft::Interpreter vm;
    auto f = [] { return 1; };
    CHECK_THROWS_AS(vm.package("fmt").func("Extra", f), std::invalid_argument);       // a standard package
    CHECK_THROWS_AS(vm.package("bad path!").func("F", f), std::invalid_argument);    // not an import path
    CHECK_THROWS_AS(vm.package("host").func("lower", f), std::invalid_argument);     // not exported
    CHECK_THROWS_AS(vm.package("host").func("Two Words", f), std::invalid_argument); // not a Go name
    vm.package("host").func("F", f);
    CHECK_THROWS_AS(vm.package("host").func("F", f), std::invalid_argument); // declared twice
}

TEST_CASE("a script importing a package the host did not declare does not compile")
{
    weft::Interpreter vm;
    vm.package("host").func("F", [] { return 1; });
    try
    {
        vm.loadString("other.go", "package main\n\nimport \"other\"\n\nfunc main() { other.F() }\n");
        FAIL("compiled");
    }
    catch (const weft::CompileError& e)
    {
        REQUIRE(!e.diagnostics().empty());
        CHECK(e.diagnostics()[0].message == "package other is not in std");
    }
    // A host function's Go signature is checked like any other.
    try
    {
        vm.loadString("wrong.go", "package main\n\nimport \"host\"\n\nfunc main() { var s string = host.F(); _ = s }\n");
        FAIL("compiled");
    }
    catch (const weft::CompileError& e)
    {
        REQUIRE(!e.diagnostics().empty());
        CHECK(e.diagnostics()[0].message.find("cannot use host.F() (value of type int) as string value") == 0);
    }
}

TEST_CASE("slices cross as std::vector both ways")
{
    Run r;
    weft::Interpreter vm(r.options());
    vm.package("host")
        .func("Sum", [](std::vector<int64_t> xs) {
            int64_t s = 0;
            for (int64_t x : xs)
                s += x;
            return s;
        })
        .func("Words", [](std::string s) {
            std::vector<std::string> w;
            size_t at = 0;
            while (at <= s.size())
            {
                size_t sp = s.find(' ', at);
                if (sp == std::string::npos)
                    sp = s.size();
                w.push_back(s.substr(at, sp - at));
                at = sp + 1;
            }
            return w;
        })
        .func("Scale", [](std::vector<double> xs, double k) {
            for (double& x : xs)
                x *= k;
            return xs;
        })
        .func("Small", [](std::vector<int8_t> xs, std::vector<uint16_t> ys, std::vector<bool> bs, std::vector<float> fs) {
            std::vector<int32_t> out;
            for (size_t i = 0; i < xs.size(); i++)
                out.push_back(int32_t(xs[i]) * int32_t(ys[i]) * (bs[i] ? 1 : -1) + int32_t(fs[i]));
            return out;
        });
    weft::Program p = vm.loadString("slices.go", R"(package main

import (
	"fmt"
	"host"
)

func main() {
	fmt.Println(host.Sum([]int64{1, 2, 3}), host.Sum(nil))
	w := host.Words("go as a script")
	fmt.Println(len(w), w, cap(w) >= len(w))
	fmt.Println(host.Scale([]float64{1, 2.5}, 2))
	fmt.Println(host.Small([]int8{-1, 100}, []uint16{300, 2}, []bool{true, false}, []float32{0.5, 7.25}))
}
)");
    CHECK(vm.run(p) == 0);
    CHECK(r.out == "6 0\n4 [go as a script] true\n[2 5]\n[-300 -193]\n");
}

TEST_CASE("several results cross as std::tuple or std::pair")
{
    Run r;
    weft::Interpreter vm(r.options());
    vm.package("host")
        .func("DivMod", [](int64_t a, int64_t b) { return std::make_tuple(a / b, a % b); })
        .func("Split", [](std::string s) { return std::make_pair(s.substr(0, 1), s.substr(1)); });
    weft::Program p = vm.loadString("results.go", R"(package main

import (
	"fmt"
	"host"
)

func MinMax(xs []int) (int, int, bool) {
	if len(xs) == 0 {
		return 0, 0, false
	}
	lo, hi := xs[0], xs[0]
	for _, x := range xs {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return lo, hi, true
}

func main() {
	q, m := host.DivMod(17, 5)
	head, tail := host.Split("weft")
	fmt.Println(q, m, head, tail)
}
)");
    CHECK(vm.run(p) == 0);
    CHECK(r.out == "3 2 w eft\n");
    auto minMax = vm.function<std::tuple<int, int, bool>(std::vector<int>)>(p, "MinMax");
    CHECK(minMax({3, -1, 8}) == std::make_tuple(-1, 8, true));
    CHECK(minMax({}) == std::make_tuple(0, 0, false));
}
