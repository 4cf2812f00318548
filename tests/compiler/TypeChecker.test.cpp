#include "compiler/TypeChecker.h"
#include "lexer/MachineStack.h"
#include "parser/Parser.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using namespace weft;

namespace {

struct Checked
{
    DiagnosticList diags;
    std::unique_ptr<Program> prog;

    explicit Checked(std::string source, std::string name = "test.go")
    {
        auto file = parseFile(name, std::move(source), diags);
        prog = checkProgram(std::move(file), diags);
    }
    std::string errors() const
    {
        std::string out;
        for (auto& d : diags.sorted())
            out += d.format() + "\n";
        return out;
    }
    Object* obj(std::string_view name) const { return prog->mainPackage()->scope->lookup(name); }
    // The initializer expression of a package-level variable.
    Expr* init(std::string_view name) const
    {
        for (auto& in : prog->mainPackage()->initOrder)
            for (Var* v : in.lhs)
                if (v->name == name)
                    return in.rhs;
        return nullptr;
    }
    std::string typeOf(std::string_view var) const
    {
        Expr* e = init(var);
        return e ? typeString(e->type, prog->mainPackage()) : "<no init>";
    }
    FuncDecl* func(std::string_view name) const
    {
        for (Decl* d : prog->file()->decls)
            if (auto fd = d->as<FuncDecl>(); fd && fd->name->name == name)
                return fd;
        return nullptr;
    }
};

} // namespace

TEST_CASE("types recorded on expressions")
{
    Checked c(R"(package main

import "strings"

type T struct{ a int }

func (t *T) M(x int) string { return "" }

var t T
var a = []int{1, 2}
var b = map[string][]int{}
var c = t.M
var d = (*T).M
var e = make(chan<- int)
var f = func(x int, ys ...string) (int, error) { return 0, nil }
var g = struct{ a int; b string }{}
var h = &strings.Builder{}
var i = 'x'
var j = len("abc") + 1
var k interface{} = 1
var l = [...]int{1, 2, 3}
var m = a[1:]
var n, ok = k.(int)
func main() {}
)");
    CHECK(c.errors() == "");
    CHECK(c.typeOf("a") == "[]int");
    CHECK(c.typeOf("b") == "map[string][]int");
    CHECK(c.typeOf("c") == "func(x int) string");
    CHECK(c.typeOf("d") == "func(t *T, x int) string");
    CHECK(c.typeOf("e") == "chan<- int");
    CHECK(c.typeOf("f") == "func(x int, ys ...string) (int, error)");
    CHECK(c.typeOf("g") == "struct{a int; b string}");
    CHECK(c.typeOf("h") == "*strings.Builder");
    CHECK(c.typeOf("i") == "rune");
    CHECK(c.typeOf("j") == "int");
    CHECK(c.typeOf("k") == "int"); // an untyped constant assigned to an interface gets its default type
    CHECK(c.typeOf("l") == "[3]int");
    CHECK(c.typeOf("m") == "[]int");
    CHECK(c.init("n")->mode == ExprMode::CommaOk);
}

TEST_CASE("constant values and iota")
{
    Checked c(R"(package main
const (
	A = iota * 10
	B
	_
	D
	E float64 = iota + 0.5
)
const big = 1 << 100
const small = big >> 98
const s = "ab" + "c"
const f float32 = 0.1
var x float64 = 1 << 3
func main() {}
)");
    REQUIRE(c.errors() == "");
    auto val = [&](const char* name) { return c.obj(name)->as<Const>()->value->toString(); };
    CHECK(val("A") == "0");
    CHECK(val("B") == "10");
    CHECK(val("D") == "30");
    CHECK(val("E") == "4.5");
    CHECK(val("small") == "4");
    CHECK(val("s") == "\"abc\"");
    CHECK(typeString(c.obj("E")->type) == "float64");
    // an untyped constant converted by its context records the final type and a float value
    Expr* x = c.init("x");
    REQUIRE(x);
    CHECK(typeString(x->type) == "float64");
    REQUIRE(x->value);
    CHECK(x->value->kind == Constant::Kind::Float);
}

TEST_CASE("selectors: fields, promoted methods, method values")
{
    Checked c(R"(package main
type Inner struct{ v int }
func (i *Inner) Set(v int) { i.v = v }
func (i Inner) Get() int { return i.v }
type Outer struct {
	name string
	*Inner
}
var o = Outer{Inner: &Inner{}}
var a = o.v
var b = o.Get
var c = o.Set
var d = Outer.Get
func main() {}
)");
    REQUIRE(c.errors() == "");
    auto sel = [&](const char* var) { return c.prog->selection(c.init(var)->as<SelectorExpr>()); };
    auto a = sel("a");
    REQUIRE(a);
    CHECK(a->kind == SelectionKind::FieldVal);
    CHECK(a->path == std::vector<int>{1, 0});
    CHECK(a->indirect);
    auto b = sel("b");
    REQUIRE(b);
    CHECK(b->kind == SelectionKind::MethodVal);
    CHECK(b->path == std::vector<int>{1});
    CHECK(b->obj->name == "Get");
    CHECK(!b->obj->as<Func>()->hasPtrRecv);
    auto cc = sel("c");
    REQUIRE(cc);
    CHECK(cc->obj->as<Func>()->hasPtrRecv);
    auto d = sel("d");
    REQUIRE(d);
    CHECK(d->kind == SelectionKind::MethodExpr);
    CHECK(c.typeOf("d") == "func(Outer) int");
}

TEST_CASE("method sets and interface satisfaction")
{
    Checked c(R"(package main
type I interface{ M() }
type T struct{}
func (*T) M() {}
var _ I = &T{}
var _ I = T{}
func main() {}
)");
    CHECK(c.errors() == "test.go:6:11: cannot use T{} (value of type T) as I value in variable declaration: "
                        "T does not implement I (method M has pointer receiver)\n");
}

TEST_CASE("closures capture variables")
{
    Checked c(R"(package main
func f() int {
	x := 1
	y := 2
	g := func() { x++ }
	g()
	return x + y
}
func main() { f() }
)");
    REQUIRE(c.errors() == "");
    FuncDecl* f = c.func("f");
    REQUIRE(f);
    auto varOf = [&](size_t i) { return f->body->stmts[i]->as<AssignStmt>()->lhs[0]->as<Ident>()->object->as<Var>(); };
    CHECK(varOf(0)->captured);
    CHECK(!varOf(1)->captured);
}

TEST_CASE("initialization order")
{
    Checked c(R"(package main
var a = b + c
var b = f()
var c = 1
func f() int { return c }
func main() {}
)");
    REQUIRE(c.errors() == "");
    auto& order = c.prog->mainPackage()->initOrder;
    REQUIRE(order.size() == 3);
    CHECK(order[0].lhs[0]->name == "c");
    CHECK(order[1].lhs[0]->name == "b");
    CHECK(order[2].lhs[0]->name == "a");
}

TEST_CASE("scripts use standard packages without import")
{
    Checked c(R"(x := 3
unused := 4
fmt.Println(strings.Repeat("a", x), math.Sqrt(2))
)",
        "script.weft");
    CHECK(c.errors() == "");
    Checked d("fmt.Println(nope)\n", "script.weft");
    CHECK(d.errors() == "script.weft:1:13: undefined: nope\n");
}

TEST_CASE("errors use Go's wording")
{
    Checked c(R"(package main
import "fmt"
func two() (int, int) { return 1, 2 }
func main() {
	a, b := two()
	var s string = a
	x := 1
	_ = b + "x"
	for i := range 3.5 {
	}
}
)");
    CHECK(c.errors() == "test.go:2:8: \"fmt\" imported and not used\n"
                        "test.go:6:17: cannot use a (variable of type int) as string value in variable declaration\n"
                        "test.go:7:2: declared and not used: x\n"
                        "test.go:8:6: invalid operation: b + \"x\" (mismatched types int and untyped string)\n"
                        "test.go:9:17: cannot range over 3.5 (untyped float constant)\n");
}

TEST_CASE("unsupported features")
{
    Checked c(R"(package main
import "unsafe"
var p unsafe.Pointer
var c = 1i
var d complex128
const s = unsafe.Sizeof(d)
func main() {}
)");
    CHECK(c.errors() == "test.go:3:14: not supported in weft: unsafe.Pointer\n"
                        "test.go:4:9: not supported in weft: complex numbers\n"
                        "test.go:5:7: not supported in weft: complex numbers\n");
}

TEST_CASE("hostile input does not crash or hang")
{
    Checked a("package main\nconst c = 1 << 100000000\nvar x [1 << 62]int\ntype T [len(T{})]int\nfunc main() {}\n");
    CHECK(!a.diags.empty());
    Checked b("package main\ntype A B\ntype B A\ntype C struct{ c C }\ntype I interface{ I }\nfunc main() {}\n");
    CHECK(b.errors().find("invalid recursive type") != std::string::npos);
}

TEST_CASE("constant strings do not grow without bound")
{
    // each line doubles the string: 2^60 bytes without a limit
    std::string src = "package main\nconst s0 = \"0123456789abcdef\"\n";
    for (int i = 0; i < 60; ++i)
        src += "const s" + std::to_string(i + 1) + " = s" + std::to_string(i) + " + s" + std::to_string(i) + "\n";
    src += "func main() { println(len(s60)) }\n";
    Checked c(src);
    CHECK(c.errors() == "test.go:19:17: constant string too long\n");
}

TEST_CASE("huge float constants stay cheap")
{
    // exact rationals of 330000 bits took seconds a literal; beyond 4096 bits they are floats now
    std::string src = "package main\nconst c = 1e-9999 / 3\nconst d = 7e-9999\nvar _ = []float64{";
    for (int i = 0; i < 300; ++i)
        src += "1e99999 * 1e-99999, c + d, c * d / c, ";
    src += "}\nvar _ int8 = 1e99999\nfunc main() {}\n";
    Checked c(src);
    CHECK(c.errors() == "test.go:5:14: cannot use 1e99999 (untyped float constant 1e+99999) as int8 value in variable "
                        "declaration (truncated)\n");
}

TEST_CASE("types that aliases make exponentially large take linear time")
{
    // A40 is a tree of 2^40 ints sharing its subtrees: comparable, identical, validType and
    // type strings must not walk it as a tree
    std::string src = "package main\ntype A0 = struct{ a, b int }\ntype B0 = struct{ a, b int }\n";
    for (int i = 1; i <= 40; ++i)
        for (std::string n : {"A", "B"})
            src += "type " + n + std::to_string(i) + " = struct{ a, b " + n + std::to_string(i - 1) + " }\n";
    src += "type N struct{ x A40; p *N }\nvar x A40\nvar y B40 = x\nvar _ = x == y\nvar _ map[A40]int\n"
           "var _ = [2]A40{} == [2]B40{}\nvar _ int = x\nfunc main() {}\n";
    Checked c(src);
    std::string errors = c.errors();
    CHECK(errors.find("test.go:90:13: cannot use x (variable of type struct{a struct{a struct{") == 0);
    CHECK(errors.find("…") != std::string::npos);
    CHECK(errors.size() < 20000);
    CHECK(std::count(errors.begin(), errors.end(), '\n') == 1);
}

TEST_CASE("long chains of embedded interfaces")
{
    // each interface's method set was merged with a quadratic scan: cubic in the chain's length
    std::string src = "package main\ntype I0 interface{ m0() }\n";
    for (int i = 1; i < 1000; ++i)
        src += "type I" + std::to_string(i) + " interface{ I" + std::to_string(i - 1) + "; m" + std::to_string(i) + "() }\n";
    src += "type T struct{}\nvar _ I999 = T{}\ntype J interface{ I1; m0() int }\nfunc main() {}\n";
    Checked c(src);
    CHECK(c.errors() == "test.go:1003:14: cannot use T{} (value of type T) as I999 value in variable declaration: T "
                        "does not implement I999 (missing method m0)\n"
                        "test.go:1004:8: duplicate method m0\n");
}

TEST_CASE("deep nesting is refused before the stack runs out")
{
    // 1900 selectors: within the nesting limit, but sanitizer builds overflowed the stack
    std::string chain = "a";
    for (int i = 0; i < 1900; ++i)
        chain += ".b";
    Checked a("package main\nvar a int\nvar x = " + chain + "\nfunc main() {}\n");
    CHECK(a.errors().find("test.go:3:") == 0); // a.b undefined, or nested too deeply
    // declarations chained through array lengths: the recursion is not the syntax's, and on this
    // thread's 8 MiB stack 20,000 of them are refused; 600 are fine (as in Go) on the large stack
    // compilation runs on (under ASan their frames fill 8 MiB)
    auto typeChain = [](int n) {
        std::string src = "package main\n";
        for (int i = 0; i < n; ++i)
            src += "type T" + std::to_string(i) + " [len(T" + std::to_string(i + 1) + "{})]int\n";
        return src + "type T" + std::to_string(n) + " [1]int\nfunc main() {}\n";
    };
    Checked b(typeChain(20000));
    CHECK(b.errors().find("nested too deeply") != std::string::npos);
    onLargeStack([&] {
        Checked c(typeChain(600));
        CHECK(c.errors() == "");
    });
}

TEST_CASE("duplicate case and key detection as go/types, without decimal digits of huge values")
{
    // 1e99999 cases printed a 332000-bit key in decimal each: quadratic, seconds per case
    std::string src = "package main\nfunc main() {\n\tvar y interface{}\n\tswitch y {\n";
    for (int i = 0; i < 40; ++i)
        src += "\tcase 1e9999" + std::to_string(i % 10) + ":\n";
    src += "\t}\n}\n";
    Checked huge(src);
    CHECK(huge.errors().find("test.go:5:7: 1e99990 (untyped float constant 1e+99990) overflows float64\n") == 0);

    Checked c(R"(package main
func main() {
	var x float64
	switch x {
	case 1, 1.0, 0.1, 0.1:
	}
	var y interface{}
	switch y {
	case 0.1, 0.1, 1.5, 1.5, uint64(1 << 63), uint64(1 << 63):
	}
	_ = map[interface{}]int{0.1: 1, 0.1: 2, 1 << 62: 1, 1 << 62: 2}
}
)");
    CHECK(c.errors() == "test.go:5:10: duplicate case 1.0 (constant 1 of type float64) in expression switch\n"
                        "test.go:5:20: duplicate case 0.1 (constant of type float64) in expression switch\n"
                        "test.go:9:22: duplicate case 1.5 (constant of type float64) in expression switch\n"
                        "test.go:9:44: duplicate case uint64(1 << 63) (constant 9223372036854775808 of type uint64) in "
                        "expression switch\n"
                        "test.go:11:34: duplicate key 0.1 in map literal\n"
                        "test.go:11:54: duplicate key 4611686018427387904 in map literal\n");
}

TEST_CASE("initialization order of many variables is not quadratic")
{
    // v0 depends on v1 ... on vN through functions: 20000 nodes ordered with a priority queue
    constexpr int n = 20000;
    std::string src = "package main\n";
    for (int i = 0; i < n; ++i)
        src += "var v" + std::to_string(i) + " = f" + std::to_string(i) + "()\nfunc f" + std::to_string(i) +
               "() int { return v" + std::to_string(i + 1) + " }\n";
    src += "var v" + std::to_string(n) + " = 1\nvar a, b = g()\nfunc g() (int, int) { return 1, 2 }\nfunc main() {}\n";
    Checked c(src);
    REQUIRE(c.errors() == "");
    auto& order = c.prog->mainPackage()->initOrder;
    REQUIRE(order.size() == n + 2);
    CHECK(order[0].lhs[0]->name == "v20000");
    CHECK(order[n].lhs[0]->name == "v0");
    CHECK(order[n + 1].lhs.size() == 2); // a, b = g() emitted once
}

TEST_CASE("initialization order through dense call graphs and long cycles")
{
    // the spec's example: d, b, c, a
    Checked spec(R"(package main
var (
	a = c + b
	b = f()
	c = f()
	d = 3
)
func f() int { d++; return d }
func main() {}
)");
    REQUIRE(spec.errors() == "");
    auto& o = spec.prog->mainPackage()->initOrder;
    REQUIRE(o.size() == 4);
    std::string names;
    for (auto& in : o)
        names += in.lhs[0]->name;
    CHECK(names == "dbca");

    // 600 mutually recursive functions, each calling ten: removing them one at a time was cubic
    constexpr int m = 600;
    std::string src = "package main\n";
    for (int i = 0; i < m; ++i)
    {
        src += "func f" + std::to_string(i) + "() int { return w";
        for (int j = 0; j < 10; ++j)
            src += " + f" + std::to_string((i * 13 + j) % m) + "()";
        src += " }\n";
    }
    src += "var v = f0()\nvar w = 1\nvar u = v\nfunc main() {}\n";
    Checked dense(src);
    REQUIRE(dense.errors() == "");
    auto& d = dense.prog->mainPackage()->initOrder;
    REQUIRE(d.size() == 3);
    names.clear();
    for (auto& in : d)
        names += in.lhs[0]->name;
    CHECK(names == "wvu");

    // a cycle through 20000 declarations: the path is found without deep recursion
    constexpr int n = 20000;
    std::string cyc = "package main\n";
    for (int i = 0; i < n; ++i)
        cyc += "var v" + std::to_string(i) + " = f" + std::to_string(i) + "()\nfunc f" + std::to_string(i) +
               "() int { return v" + std::to_string((i + 1) % n) + " }\n";
    cyc += "func main() {}\n";
    Checked cycle(cyc);
    CHECK(cycle.errors() == "test.go:2:5: initialization cycle for v0\n");
}

TEST_CASE("script locals captured by goroutines")
{
    Checked c("x := 1\ny := 2\ngo func() { x++ }()\nfmt.Println(x, y)\n", "script.weft");
    REQUIRE(c.errors() == "");
    REQUIRE(c.prog->scriptMain());
    auto& body = c.prog->file()->scriptBody;
    auto var = [&](size_t i) { return body[i]->as<AssignStmt>()->lhs[0]->as<Ident>()->object->as<Var>(); };
    CHECK(var(0)->captured);
    CHECK(!var(1)->captured);
    CHECK(var(0)->owner == c.prog->scriptMain());
}
