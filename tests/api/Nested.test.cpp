// Slices of slices (any depth) and maps whose values are slices, both ways: into and out of host
// functions, and into and out of calls of the script's functions. The expected output is Go's
// for a twin of the script whose package host is written in Go with the same functions (go run,
// Go 1.19).
#include <weft/weft.hpp>

#include <doctest/doctest.h>

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

const char* const kScript = R"(package main

import (
	"fmt"
	"host"
)

func Transpose(g [][]int64) [][]int64 {
	if len(g) == 0 {
		return nil
	}
	t := make([][]int64, len(g[0]))
	for i := range t {
		t[i] = make([]int64, len(g))
		for j := range g {
			t[i][j] = g[j][i]
		}
	}
	return t
}

func Lengths(m map[string][]string) map[string]int64 {
	r := map[string]int64{}
	for k, v := range m {
		r[k] = int64(len(v))
	}
	return r
}

func main() {
	fmt.Println(host.Grid(4), len(host.Grid(0)))
	fmt.Println(host.Flatten([][]string{{"a", "b"}, {}, {"c"}}))
	fmt.Println(host.Index([]string{"x", "y", "x", "z", "x"}))
	fmt.Println(host.Deep([][][]float64{{{1, 2}, {3}}, {}, {{4, 5, 6}}}))
	fmt.Println(Transpose([][]int64{{1, 2, 3}, {4, 5, 6}}))
	fmt.Println(Lengths(map[string][]string{"a": {"x", "y"}, "b": nil}))
}
)";

// go run of the twin.
const char* const kGoOutput = R"([[0] [0 1] [0 2 4] [0 3 6 9]] 0
a+b||c
map[x:[0 2 4] y:[1] z:[3]]
6
[[1 4] [2 5] [3 6]]
map[a:2 b:0]
)";

} // namespace

TEST_CASE("slices of slices and maps of slices cross both ways")
{
    std::string out;
    weft::Options o;
    o.procs = 2;
    o.onStdout = [&](std::string_view s) { out.append(s); };
    weft::Interpreter vm(o);
    vm.package("host")
        .func("Grid",
              [](int64_t n) {
                  std::vector<std::vector<int64_t>> g(static_cast<size_t>(n));
                  for (size_t i = 0; i < g.size(); i++)
                      for (size_t j = 0; j <= i; j++)
                          g[i].push_back(int64_t(i * j));
                  return g;
              })
        .func("Flatten",
              [](std::vector<std::vector<std::string>> g) {
                  std::string s;
                  for (size_t i = 0; i < g.size(); i++)
                  {
                      s += i ? "|" : "";
                      for (size_t j = 0; j < g[i].size(); j++)
                          s += (j ? "+" : "") + g[i][j];
                  }
                  return s;
              })
        .func("Index",
              [](std::vector<std::string> words) {
                  std::map<std::string, std::vector<int64_t>> m;
                  for (size_t i = 0; i < words.size(); i++)
                      m[words[i]].push_back(int64_t(i));
                  return m;
              })
        .func("Deep", [](std::vector<std::vector<std::vector<double>>> x) {
            int64_t n = 0;
            for (const auto& a : x)
                for (const auto& b : a)
                    n += int64_t(b.size());
            return n;
        });
    weft::Program p = vm.loadString("nested.go", kScript);
    REQUIRE(vm.run(p) == 0);
    CHECK(out == kGoOutput);

    // The same values from the host into the script's functions and back.
    auto transpose = vm.function<std::vector<std::vector<int64_t>>(std::vector<std::vector<int64_t>>)>(p, "Transpose");
    CHECK(transpose({{1, 2, 3}, {4, 5, 6}}) == std::vector<std::vector<int64_t>>{{1, 4}, {2, 5}, {3, 6}});
    CHECK(transpose({}).empty());
    auto lengths = vm.function<std::unordered_map<std::string, int64_t>(std::map<std::string, std::vector<std::string>>)>(
        p, "Lengths");
    CHECK(lengths({{"a", {"x", "y"}}, {"b", {}}}) == std::unordered_map<std::string, int64_t>{{"a", 2}, {"b", 0}});
}
