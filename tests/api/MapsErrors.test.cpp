// Maps and errors across host functions: std::map / std::unordered_map as map[K]V and
// weft::Error as error, both ways. The expected output is Go's for a twin of this script whose
// package host is written in Go with the same functions (go run, Go 1.19).
#include <weft/weft.hpp>

#include <doctest/doctest.h>

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

const char* const kScript = R"(package main

import (
	"errors"
	"fmt"
	"host"
)

func main() {
	m := host.Count([]string{"a", "b", "a", "c", "a"})
	fmt.Println(m, len(m), m["a"])
	fmt.Println(host.Total(map[string]int64{"x": 1, "y": 2, "z": 39}))
	fmt.Println(host.Total(nil), host.Count(nil) == nil, len(host.Count(nil)))
	n, err := host.Parse("42")
	fmt.Println(n, err, err == nil)
	_, err = host.Parse("x")
	fmt.Println(err, err != nil)
	fmt.Printf("%T %v\n", err, errors.Unwrap(err))
	fmt.Println(host.Describe(nil), "/", host.Describe(errors.New("bad")), "/", host.Describe(fmt.Errorf("wrapped: %w", err)))
	fmt.Println(host.Check(0) == nil, host.Check(3))
	inv, k := host.Invert(map[int64]string{1: "one", 2: "two"})
	fmt.Println(inv, k)
}
)";

// go run of the twin (the script with package host in Go).
const char* const kGoOutput = R"(map[a:3 b:1 c:1] 3 3
42
0 false 0
42 <nil> true
parse x: not a number true
*errors.errorString <nil>
no error / error: bad / error: wrapped: parse x: not a number
true code 3
map[one:1 two:2] 2
)";

} // namespace

TEST_CASE("maps and errors cross into host functions and back as Go's own")
{
    std::string out;
    weft::Options o;
    o.procs = 2;
    o.onStdout = [&](std::string_view s) { out.append(s); };
    weft::Interpreter vm(o);
    vm.package("host")
        .func("Count",
              [](std::vector<std::string> words) {
                  std::map<std::string, int64_t> m;
                  for (const std::string& w : words)
                      m[w]++;
                  return m;
              })
        .func("Total",
              [](std::unordered_map<std::string, int64_t> m) {
                  int64_t t = 0;
                  for (const auto& [k, v] : m)
                      t += v;
                  return t;
              })
        .func("Parse",
              [](std::string s) -> std::pair<int64_t, weft::Error> {
                  try
                  {
                      size_t used = 0;
                      const int64_t n = std::stoll(s, &used);
                      if (used == s.size())
                          return {n, weft::Error()};
                  }
                  catch (const std::exception&)
                  {
                  }
                  return {0, weft::Error("parse " + s + ": not a number")};
              })
        .func("Describe", [](weft::Error e) { return e ? "error: " + e.message() : std::string("no error"); })
        .func("Check", [](int code) { return code == 0 ? weft::Error() : weft::Error("code " + std::to_string(code)); })
        .func("Invert", [](std::map<int64_t, std::string> m) {
            std::map<std::string, int64_t> r;
            for (const auto& [k, v] : m)
                r[v] = k;
            return std::make_tuple(r, int(r.size()));
        });
    weft::Program p = vm.loadString("maps.go", kScript);
    CHECK(vm.run(p) == 0);
    CHECK(out == kGoOutput);
}

TEST_CASE("maps and errors do not cross into calls of the script's functions yet: a clear error")
{
    weft::Options o;
    o.procs = 1;
    weft::Interpreter vm(o);
    weft::Program p = vm.loadString("f.go", "package main\nfunc F(m map[string]int) error { return nil }\nfunc main() {}\n");
    REQUIRE(vm.run(p) == 0);
    CHECK_THROWS_WITH_AS((vm.function<weft::Error(std::map<std::string, int>)>(p, "F")),
                         doctest::Contains("not supported in weft yet"), std::invalid_argument);
}
