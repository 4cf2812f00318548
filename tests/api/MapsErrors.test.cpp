// Maps and errors across host functions: std::map / std::unordered_map as map[K]V and
// weft::Error as error, both ways. The expected output is Go's for a twin of this script whose
// package host is written in Go with the same functions (go run, Go 1.19).
#include <weft/weft.hpp>

#include <doctest/doctest.h>

#include <map>
#include <memory>
#include <tuple>
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

namespace {

struct Point
{
    int64_t x = 0, y = 0;
};

// The functions of a Go twin (package host holding Point in Go); its main printed, with Go 1.19:
//   map[a:2 b:1] false 0
//   42 0
//   1=one,2=two
//   negative: -3 true
//   failed: boom *errors.errorString / ok
//   {11 2}
//   0 0 diagonal
//   1 2 <nil>
const char* const kCalled = R"(package main

import (
	"errors"
	"fmt"
	"host"
	"sort"
	"strings"
)

func Count(words []string) map[string]int64 {
	m := map[string]int64{}
	for _, w := range words {
		m[w]++
	}
	return m
}

func Total(m map[string]int64) int64 {
	var t int64
	for _, v := range m {
		t += v
	}
	return t
}

func Keys(m map[int64]string) string {
	ks := []string{}
	for k, v := range m {
		ks = append(ks, fmt.Sprint(k, "=", v))
	}
	sort.Strings(ks)
	return strings.Join(ks, ",")
}

func Check(n int64) error {
	if n < 0 {
		return fmt.Errorf("negative: %d", n)
	}
	return nil
}

func Explain(err error) string {
	if err == nil {
		return "ok"
	}
	return fmt.Sprintf("failed: %v %T", err, err)
}

func Move(p host.Point, dx int64) host.Point {
	p.X += dx
	return p
}

func Split(p host.Point) (int64, int64, error) {
	if p.X == p.Y {
		return 0, 0, errors.New("diagonal")
	}
	return p.X, p.Y, nil
}

func Hold(db *host.DB) *host.DB { return db }

func Size(db *host.DB) int64 { return db.Size() }

func Tagged(db *host.DB, tags map[string]int64) (*host.DB, error) {
	if db == nil {
		return nil, errors.New("no db")
	}
	return db, nil
}

func main() {}
)";

struct Db
{
    int64_t n = 0;
    int64_t size() const { return n; }
};

} // namespace

TEST_CASE("maps, errors and host structs cross into calls of the script's functions and back")
{
    weft::Options o;
    o.procs = 1;
    weft::Interpreter vm(o);
    vm.package("host").type<Point>("Point").field("X", &Point::x).field("Y", &Point::y);
    vm.package("host").type<Db>("DB").method("Size", &Db::size);
    weft::Program p = vm.loadString("called.go", kCalled);
    REQUIRE(vm.run(p) == 0);

    auto count = vm.function<std::map<std::string, int64_t>(std::vector<std::string>)>(p, "Count");
    CHECK(count({"a", "b", "a"}) == std::map<std::string, int64_t>{{"a", 2}, {"b", 1}});
    CHECK(count({}).empty());
    auto total = vm.function<int64_t(std::unordered_map<std::string, int64_t>)>(p, "Total");
    CHECK(total({{"x", 1}, {"y", 41}}) == 42);
    CHECK(total({}) == 0);
    CHECK(vm.function<std::string(std::map<int64_t, std::string>)>(p, "Keys")({{2, "two"}, {1, "one"}}) == "1=one,2=two");

    auto check = vm.function<weft::Error(int64_t)>(p, "Check");
    const weft::Error failed = check(-3);
    CHECK(bool(failed));
    CHECK(failed.message() == "negative: -3");
    CHECK_FALSE(bool(check(3)));
    auto explain = vm.function<std::string(weft::Error)>(p, "Explain");
    CHECK(explain(weft::Error("boom")) == "failed: boom *errors.errorString");
    CHECK(explain(weft::Error()) == "ok");

    const Point moved = vm.function<Point(Point, int64_t)>(p, "Move")(Point{1, 2}, 10);
    CHECK(moved.x == 11);
    CHECK(moved.y == 2);
    auto split = vm.function<std::tuple<int64_t, int64_t, weft::Error>(Point)>(p, "Split");
    const auto [x0, y0, e0] = split(Point{3, 3});
    CHECK(x0 == 0);
    CHECK(y0 == 0);
    CHECK(e0.message() == "diagonal");
    const auto [x1, y1, e1] = split(Point{1, 2});
    CHECK(x1 == 1);
    CHECK(y1 == 2);
    CHECK_FALSE(bool(e1));

    // Host objects cross as the same C++ object, nil as null; the script calls their methods.
    auto db = std::make_shared<Db>();
    db->n = 42;
    auto hold = vm.function<std::shared_ptr<Db>(std::shared_ptr<Db>)>(p, "Hold");
    CHECK(hold(db) == db);
    CHECK(hold(nullptr) == nullptr);
    CHECK(vm.function<int64_t(std::shared_ptr<Db>)>(p, "Size")(db) == 42);
    auto tagged = vm.function<std::pair<std::shared_ptr<Db>, weft::Error>(std::shared_ptr<Db>, std::map<std::string, int64_t>)>(
        p, "Tagged");
    const auto [same, none] = tagged(db, {{"a", 1}});
    CHECK(same == db);
    CHECK_FALSE(bool(none));
    const auto [null, failed2] = tagged(nullptr, {});
    CHECK(null == nullptr);
    CHECK(failed2.message() == "no db");
    for (int i = 0; i < 1000; i++) // Go values made and collected; the object stays the host's
        CHECK(hold(db) == db);
    // A mismatch is refused as for any function.
    CHECK_THROWS_WITH_AS((vm.function<weft::Error(std::map<std::string, int64_t>)>(p, "Total")),
                         doctest::Contains("Total is func(map[string]int64) int64"), std::invalid_argument);
}

TEST_CASE("a program declaring the wrappers' names still loads; its calls that need a wrapper are refused")
{
    weft::Interpreter vm;
    weft::Program p = vm.loadString(
        "clash.go", "package main\nfunc F(m map[string]int) int { return len(m) }\nfunc weft_call_F() {}\nfunc main() {}\n");
    REQUIRE(vm.run(p) == 0);
    CHECK_THROWS_WITH_AS((vm.function<int(std::map<std::string, int>)>(p, "F")), doctest::Contains("not supported in weft"),
                         std::invalid_argument);
}
