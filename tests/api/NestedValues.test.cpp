// Structs and maps inside slices and maps, at any depth, both ways: into and out of host
// functions, and into and out of calls of the script's functions ([]shop.Item,
// map[string]shop.Item, []map[string]int64, map[string]map[string]int64, map[string][]shop.Item,
// [][]shop.Item). They cross as flat components (vm/HostValue.h) that Go wrappers take apart
// and put together (api/FlatGo.h). The expected output is Go's for a twin whose package shop is
// written in Go with the same functions (go run, Go 1.19).
#include "QuietOptions.h"

#include <weft/weft.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

struct Item
{
    std::string name;
    int64_t qty = 0;
    double price = 0;
    bool operator==(const Item&) const = default;
};

const char* const kScript = R"(package main

import (
	"fmt"
	"shop"
)

func Restock(items []shop.Item, add int64) []shop.Item {
	r := make([]shop.Item, len(items))
	for i, it := range items {
		it.Qty += add
		r[i] = it
	}
	return r
}

func Index(items []shop.Item) map[string]shop.Item {
	m := map[string]shop.Item{}
	for _, it := range items {
		m[it.Name] = it
	}
	return m
}

func Merge(ms []map[string]int64) map[string]int64 {
	r := map[string]int64{}
	for _, m := range ms {
		for k, v := range m {
			r[k] += v
		}
	}
	return r
}

func Grid(n int64) [][]shop.Item {
	g := make([][]shop.Item, n)
	for i := range g {
		g[i] = shop.Items(int64(i))
	}
	return g
}

func main() {
	items := shop.Items(3)
	fmt.Println(items, len(shop.Items(0)))
	fmt.Println(shop.Total(items), shop.Total(nil))
	fmt.Println(shop.ByName(items))
	fmt.Println(shop.Counts([]map[string]int64{{"a": 1, "b": 2}, {}, {"c": 4}}))
	fmt.Println(shop.Tags())
	fmt.Println(shop.Shelves(map[string][]shop.Item{"top": items, "low": nil}))
	fmt.Println(Restock(items, 10))
	fmt.Println(Index(items))
	fmt.Println(Merge([]map[string]int64{{"x": 1}, {"x": 2, "y": 5}}))
	fmt.Println(Grid(3))
}
)";

// go run of the twin.
const char* const kGoOutput = R"([{a 0 0} {b 1 1.5} {c 2 3}] 0
7.5 0
map[a:{a 0 0} b:{b 1 1.5} c:{c 2 3}]
7
map[fruit:map[apple:3 pear:1] veg:map[]]
[low:0 top:3]
[{a 10 0} {b 11 1.5} {c 12 3}]
map[a:{a 0 0} b:{b 1 1.5} c:{c 2 3}]
map[x:3 y:5]
[[] [{a 0 0}] [{a 0 0} {b 1 1.5}]]
)";

std::vector<Item> items(int64_t n)
{
    std::vector<Item> r;
    for (int64_t i = 0; i < n; i++)
        r.push_back(Item{std::string(1, char('a' + i)), i, double(i) * 1.5});
    return r;
}

} // namespace

TEST_CASE("structs and maps inside slices and maps cross both ways")
{
    std::string out;
    weft::Options o = quietOptions();
    o.onStdout = [&](std::string_view s) { out.append(s); };
    weft::Interpreter vm(o);
    vm.package("shop")
        .type<Item>("Item")
        .field("Name", &Item::name)
        .field("Qty", &Item::qty)
        .field("Price", &Item::price)
        .func("Items", items)
        .func("Total",
              [](std::vector<Item> xs) {
                  double t = 0;
                  for (const Item& x : xs)
                      t += double(x.qty) * x.price;
                  return t;
              })
        .func("ByName",
              [](std::vector<Item> xs) {
                  std::map<std::string, Item> m;
                  for (const Item& x : xs)
                      m[x.name] = x;
                  return m;
              })
        .func("Counts",
              [](std::vector<std::map<std::string, int64_t>> ms) {
                  int64_t n = 0;
                  for (const auto& m : ms)
                      for (const auto& [k, v] : m)
                          n += v;
                  return n;
              })
        .func("Tags",
              [] {
                  return std::map<std::string, std::map<std::string, int64_t>>{{"fruit", {{"apple", 3}, {"pear", 1}}},
                                                                                {"veg", {}}};
              })
        .func("Shelves", [](std::unordered_map<std::string, std::vector<Item>> s) {
            std::vector<std::string> r;
            for (const auto& [k, v] : s)
                r.push_back(k + ":" + std::to_string(v.size()));
            std::sort(r.begin(), r.end());
            return r;
        });
    weft::Program p = vm.loadString("shop.go", kScript);
    REQUIRE(vm.run(p) == 0);
    CHECK(out == kGoOutput);

    // The same values from the host into the script's functions and back.
    auto restock = vm.function<std::vector<Item>(std::vector<Item>, int64_t)>(p, "Restock");
    CHECK(restock(items(3), 10) ==
          std::vector<Item>{{"a", 10, 0}, {"b", 11, 1.5}, {"c", 12, 3}});
    CHECK(restock({}, 1).empty());
    auto index = vm.function<std::map<std::string, Item>(std::vector<Item>)>(p, "Index");
    CHECK(index(items(3)) == std::map<std::string, Item>{{"a", {"a", 0, 0}}, {"b", {"b", 1, 1.5}}, {"c", {"c", 2, 3}}});
    auto merge = vm.function<std::map<std::string, int64_t>(std::vector<std::map<std::string, int64_t>>)>(p, "Merge");
    CHECK(merge({{{"x", 1}}, {{"x", 2}, {"y", 5}}}) == std::map<std::string, int64_t>{{"x", 3}, {"y", 5}});
    auto grid = vm.function<std::vector<std::vector<Item>>(int64_t)>(p, "Grid");
    CHECK(grid(3) == std::vector<std::vector<Item>>{{}, {{"a", 0, 0}}, {{"a", 0, 0}, {"b", 1, 1.5}}});
}

namespace {
struct Mark
{
};
} // namespace

TEST_CASE("a slice of structs without fields is refused, not sent without its length")
{
    weft::Interpreter vm(quietOptions());
    vm.package("marks").type<Mark>("Mark");
    CHECK_THROWS_AS(vm.package("marks").func("Count", [](std::vector<Mark> m) { return int64_t(m.size()); }),
                    std::invalid_argument);
    CHECK_THROWS_AS(vm.package("marks").func("Make", [] { return std::map<std::string, std::vector<Mark>>{}; }),
                    std::invalid_argument);
    weft::Program p = vm.loadString("marks.go", R"(package main

import "marks"

func Count(m []marks.Mark) int64 { return int64(len(m)) }

func main() {}
)");
    REQUIRE(vm.run(p) == 0);
    CHECK_THROWS_AS((vm.function<int64_t(std::vector<Mark>)>(p, "Count")), std::invalid_argument);
}

TEST_CASE("a func value whose signature holds a slice of structs is refused, both ways")
{
    weft::Interpreter vm(quietOptions());
    vm.package("shop2").type<Item>("Item").field("Name", &Item::name);
    CHECK_THROWS_AS(vm.package("shop2").func("Each", [](std::function<void(std::vector<Item>)>) {}),
                    std::invalid_argument);
    CHECK_THROWS_AS(vm.package("shop2").func("Maker", [] { return std::function<std::vector<Item>()>(); }),
                    std::invalid_argument);
}
