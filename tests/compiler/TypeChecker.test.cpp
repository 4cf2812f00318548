#include "compiler/TypeChecker.h"
#include "parser/Parser.h"

#include <doctest/doctest.h>

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
var c = 1i
var d complex128
func main() {}
)");
    CHECK(c.errors() == "test.go:2:8: not supported in weft: package unsafe\n"
                        "test.go:3:9: not supported in weft: complex numbers\n"
                        "test.go:4:7: not supported in weft: complex numbers\n");
}

TEST_CASE("hostile input does not crash or hang")
{
    Checked a("package main\nconst c = 1 << 100000000\nvar x [1 << 62]int\ntype T [len(T{})]int\nfunc main() {}\n");
    CHECK(!a.diags.empty());
    Checked b("package main\ntype A B\ntype B A\ntype C struct{ c C }\ntype I interface{ I }\nfunc main() {}\n");
    CHECK(b.errors().find("invalid recursive type") != std::string::npos);
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
