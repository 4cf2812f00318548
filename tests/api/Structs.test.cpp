// C++ structs registered as Go structs (Package::type): passed to host functions and returned
// by value, several results, the zero value. The expected output is Go's for a twin whose
// package geo is written in Go with the same functions (go run, Go 1.19).
#include "QuietOptions.h"

#include <weft/weft.hpp>

#include <doctest/doctest.h>

#include <string>
#include <tuple>

namespace {

struct Point
{
    int64_t x = 0;
    double y = 0;
    std::string name;
};

const char* const kScript = R"(package main

import (
	"fmt"
	"geo"
)

func main() {
	p := geo.Point{X: 1, Y: 2.5, Name: "p"}
	q := geo.Move(p, 3)
	fmt.Println(p, q, q.X, q.Name)
	fmt.Printf("%+v %T\n", q, q)
	a, n := geo.Split(geo.Point{X: 10, Y: 20, Name: "abc"})
	fmt.Println(a, n, geo.Origin() == geo.Point{})
}
)";

const char* const kGoOutput = R"({1 2.5 p} {4 5 p'} 4 p'
{X:4 Y:5 Name:p'} geo.Point
{5 10 abc/2} 3 true
)";

} // namespace

TEST_CASE("a registered C++ struct is a Go struct passed by value both ways")
{
    std::string out;
    weft::Options o = quietOptions();
    o.onStdout = [&](std::string_view s) { out.append(s); };
    weft::Interpreter vm(o);
    vm.package("geo")
        .type<Point>("Point")
        .field("X", &Point::x)
        .field("Y", &Point::y)
        .field("Name", &Point::name)
        .func("Move", [](Point p, int64_t d) { return Point{p.x + d, p.y * 2, p.name + "'"}; })
        .func("Split", [](Point p) { return std::make_tuple(Point{p.x / 2, p.y / 2, p.name + "/2"}, int(p.name.size())); })
        .func("Origin", [] { return Point{}; });
    weft::Program p = vm.loadString("structs.go", kScript);
    CHECK(vm.run(p) == 0);
    CHECK(out == kGoOutput);
}

TEST_CASE("a struct without fields crosses too")
{
    struct Empty
    {
    };
    std::string out;
    weft::Options o = quietOptions();
    o.onStdout = [&](std::string_view s) { out.append(s); };
    weft::Interpreter vm(o);
    int seen = 0;
    vm.package("unit").type<Empty>("Empty").func("Make", [] { return Empty{}; }).func("Take", [&](Empty, int n) { seen = n; });
    weft::Program p = vm.loadString("empty.go", "package main\nimport (\"fmt\"; \"unit\")\nfunc main() { unit.Take(unit.Make(), 7); fmt.Println(unit.Make() == unit.Empty{}) }\n");
    CHECK(vm.run(p) == 0);
    CHECK(seen == 7);
    CHECK(out == "true\n");
}

TEST_CASE("what a struct registration may not do")
{
    weft::Interpreter vm(quietOptions());
    struct Unregistered
    {
        int64_t a;
    };
    CHECK_THROWS_AS(vm.package("geo2").func("F", [](Unregistered) {}), std::logic_error);
    vm.package("geo2").type<Point>("Point").field("X", &Point::x);
    CHECK_THROWS_AS(vm.package("geo2").type<Point>("Point"), std::invalid_argument); // already declared
    CHECK_THROWS_WITH_AS(vm.package("other").func("G", [](Point) {}), doctest::Contains("another host package"),
                         std::invalid_argument);
}
