#include "parser/AstPrinter.h"
#include "lexer/MachineStack.h"
#include "parser/Parser.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

using namespace weft;

namespace {

struct Parsed
{
    std::unique_ptr<File> file;
    DiagnosticList diags;
    // "line:col: message" a line, in position order (the file name left out).
    std::string errors() const
    {
        std::string out;
        for (const Diagnostic& d : diags.sorted())
            out += std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) + ": " + d.message + "\n";
        return out;
    }
};

Parsed parse(const std::string& source)
{
    Parsed p;
    p.file = parseFile("test.go", source, p.diags);
    return p;
}

// parse → print → parse → print gives the same text, without errors.
void checkRoundTrip(const std::string& source)
{
    CAPTURE(source);
    Parsed first = parse(source);
    REQUIRE(first.errors() == "");
    std::string printed = printSource(*first.file);
    CAPTURE(printed);
    Parsed second = parse(printed);
    REQUIRE(second.errors() == "");
    CHECK(printSource(*second.file) == printed);
    CHECK(second.file->isScript() == first.file->isScript());
}

// The expression of `x := EXPR` in a script.
const Expr* scriptExpr(const Parsed& p)
{
    REQUIRE(p.errors() == "");
    REQUIRE(p.file->scriptBody.size() == 1);
    auto* assign = p.file->scriptBody[0]->as<AssignStmt>();
    REQUIRE(assign);
    return assign->rhs[0];
}

std::string exprText(const std::string& source)
{
    Parsed p = parse("x := " + source + "\n");
    return printSource(*p.file);
}

template<typename T> const T* as(const Node* n)
{
    REQUIRE(n);
    const T* t = n->as<T>();
    REQUIRE(t);
    return t;
}

const FuncDecl* funcNamed(const File& f, std::string_view name)
{
    for (const Decl* d : f.decls)
        if (auto* fn = d->as<FuncDecl>(); fn && fn->name->name == name)
            return fn;
    FAIL("no func " << name);
    return nullptr;
}

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace

// ---- round trips ------------------------------------------------------------------------------

TEST_CASE("round trip: every construct")
{
    const char* snippets[] = {
        "package main\n",
        "package p\n\nimport \"fmt\"\n",
        "package p\nimport (\n\t\"fmt\"\n\tm \"math\"\n\t_ \"os\"\n\t. \"strings\"\n)\n",
        "package p\nconst (\n\tA = iota\n\tB\n\tC int = 5 * iota\n\tD\n\t_\n)\nconst X, Y = 1, 2\n",
        "package p\nvar (\n\tx int\n\ty, z = 1, \"s\"\n\tw []map[string]*T = nil\n)\n",
        "package p\ntype (\n\tT int\n\tA = T\n\tP *T\n\tF func(int, ...string) (bool, error)\n)\n",
        "package p\ntype S struct {\n\ta, b int `json:\"a\"`\n\t*Base\n\tio.Reader\n\tpkg.T \"tag\"\n\tc struct{}\n}\n",
        "package p\ntype I interface {\n\tM(x int) (y int, err error)\n\tio.Reader\n\tN()\n}\ntype E interface{}\n",
        "package p\ntype C struct {\n\ta chan int\n\tb chan<- int\n\tc <-chan int\n\td chan (<-chan int)\n\te <-chan <-chan int\n\tf chan<- chan int\n}\n",
        "package p\ntype A [3]int\ntype B [N * 2][]*[4]map[K]V\nvar c = [...]string{\"a\", \"b\"}\n",
        "package p\nfunc F(x int) int\nfunc G(a, b int, c ...string) (n int, err error) { return }\n",
        "package p\nfunc (t *T) M() {}\nfunc (T) N(int, string) {}\nfunc (t T) O() (int, bool) { return 0, true }\n",
        "package p\nfunc f() {\n\tx := 1\n\tx++\n\tx--\n\tx += 2\n\tx <<= 1\n\tx &^= 3\n\ta, b := 1, 2\n\ta, b = b, a\n\t_ = x\n}\n",
        "package p\nfunc f() {\n\tif x := g(); x > 0 {\n\t} else if y {\n\t\treturn\n\t} else {\n\t\tpanic(1)\n\t}\n}\n",
        "package p\nfunc f() {\n\tfor {\n\t}\n\tfor x < 3 {\n\t}\n\tfor i := 0; i < 10; i++ {\n\t}\n\tfor ; ; i++ {\n\t}\n\tfor i := 0; ; {\n\t}\n}\n",
        "package p\nfunc f() {\n\tfor range c {\n\t}\n\tfor k := range m {\n\t}\n\tfor k, v := range m {\n\t}\n\tfor k, v = range m {\n\t}\n}\n",
        "package p\nfunc f() {\n\tswitch {\n\tcase x > 1, x < 0:\n\t\tfallthrough\n\tdefault:\n\t}\n\tswitch x := g(); x {\n\tcase 1:\n\t}\n\tswitch x := 5; {\n\t}\n}\n",
        "package p\nfunc f(v interface{}) {\n\tswitch t := v.(type) {\n\tcase int, string:\n\t\t_ = t\n\tcase nil:\n\tcase []int, map[string]int, func(), *T, chan int:\n\tdefault:\n\t}\n\tswitch v.(type) {\n\t}\n\tswitch x := 1; y := v.(type) {\n\t}\n}\n",
        "package p\nfunc f() {\n\tselect {\n\tcase v := <-c:\n\tcase v, ok := <-c:\n\tcase v = <-c:\n\tcase v, ok = <-c:\n\tcase c <- 1:\n\tcase <-c:\n\tdefault:\n\t}\n\tselect {}\n}\n",
        "package p\nfunc f() {\n\tgo g(1)\n\tdefer func() { recover() }()\n\tgo func(x int) {\n\t\t_ = x\n\t}(1)\n}\n",
        "package p\nfunc f() {\nL:\n\tfor {\n\t\tbreak L\n\t\tcontinue L\n\t\tgoto M\n\t}\nM:\n\tbreak\nN:\n}\n",
        "package p\nfunc f() {\n\t{\n\t\t{\n\t\t}\n\t}\n\t;\n\tvar x int\n\tconst c = 1\n\ttype T struct{ a int }\n}\n",
        "package p\nvar a = b + c*d - e/f%g<<h>>i&j&^k|l^m\nvar n = a == b || c != d && e < f || g <= h && i > j || k >= l\n",
        "package p\nvar a = -x + +y * ^z - !w\nvar b = - -x\nvar c = &*p\nvar d = <-ch\nvar e = <-<-cc\nvar f = & &x\n",
        "package p\nvar a = x.y.z(1, 2)[3][4:5][:6][7:][:]\nvar b = s[1:2:3]\nvar c = s[:2:3]\nvar d = v.(T).f\nvar e = f(xs...)\nvar g = f(1, 2, xs...)\n",
        "package p\nvar a = []byte(s)\nvar b = (*T)(p)\nvar c = (<-chan int)(ch)\nvar d = func()(f)\nvar e = T.M\nvar f = (*T).M\nvar g = map[string]int(nil)\n",
        "package p\nvar a = [][]int{{1}, {2, 3}, {}}\nvar m = map[string]Point{\"a\": {1, 2}, \"b\": {X: 1}}\nvar p = &Point{1, 2}\nvar q = []*Point{{1, 2}}\nvar r = [...]T{1: {}, 2: {}}\n",
        "package p\nvar m = map[Point]string{{1, 2}: \"a\"}\nvar s = struct {\n\ta int\n}{1}\nvar t = []struct{ x, y int }{{1, 2}}\n",
        "package p\nfunc f() {\n\tif x == (T{}) {\n\t}\n\tfor _, v := range ([]int{1}) {\n\t\t_ = v\n\t}\n\tswitch (T{}) {\n\t}\n\tif f := func() bool { return T{} == x }; f() {\n\t}\n}\n",
        "package p\nvar f = func(a, b int) (c int) {\n\treturn a + b\n}\nvar g = func() func() int { return nil }\n",
        "package p\nvar a = 1_000 + 0x1F + 0o17 + 0b101 + 1.5e3 + 'a' + '\\n'\nvar s = `raw\nstring` + \"x\\ty\"\nvar i = 2i\n",
        "package p\nfunc f() {\n\tx := 1 +\n\t\t2\n\tf(1,\n\t\t2,\n\t)\n\tvar _ = []int{\n\t\t1,\n\t}\n}\n",
        "package p\nfunc f() (a, b int, c string) { return }\nfunc g() (int) { return 1 }\nfunc h() (x int) { return }\n",
        "package p\nfunc f() {\n\tvar c chan<- chan<- int\n\tvar d chan (<-chan int)\n\tx := <-chan int(nil)\n\ty := make(<-chan <-chan int)\n\t_, _, _, _ = c, d, x, y\n}\n",
        "package p\nvar x = make([]byte, 10 ...)\nvar y = f(a...)\n",
        // scripts
        "x := 1\nfmt.Println(x)\n",
        "import \"fmt\"\nfunc main() {}\nfunc (t T) M() int { return 1 }\ntype T int\nfunc() { fmt.Println() }()\nfor i := 0; i < 3; i++ {\n\tfmt.Println(i)\n}\nimport \"os\"\nvar v = os.Args\nL:\n\tgoto L\n",
        "#!/usr/bin/env weft\nfunc(x int) int { return x }(1)\nfunc() {}()\n;\n",
    };
    for (const char* s : snippets)
        checkRoundTrip(s);
}

// Found by fuzzing: `1.x`, `1.(T)` and `1...` lex the integer and the dot as a float.
TEST_CASE("round trip: a dot after an integer literal")
{
    CHECK(exprText("1 .x") == "x := 1 .x\n");
    CHECK(exprText("0x1 .(T)") == "x := 0x1 .(T)\n");
    CHECK(exprText("- -1 .x") == "x := - -1 .x\n");
    CHECK(exprText("f(-1 ...)") == "x := f(-1 ...)\n");
    CHECK(exprText("f(a + 0b1 ...)") == "x := f(a + 0b1 ...)\n");
    CHECK(exprText("f(- - 1 ...)") == "x := f(- -1 ...)\n");
    CHECK(exprText("1.5 .x + 1i .y + f(1. ...)") == "x := 1.5.x + 1i.y + f(1....)\n");
    checkRoundTrip("package p\nvar a = -1 .x\nvar b = 0o7 .(T)\nvar c = f(x, ^0b1 ...)\nvar d = f(a + - -1 ...)\n");
    CHECK(as<TypeAssertExpr>(scriptExpr(parse(exprText("1 .(T)")))));
}

// weft's stdlib declarations and valid test programs parse cleanly and round-trip.
TEST_CASE("round trip: weft's Go files")
{
    namespace fs = std::filesystem;
    int count = 0;
    for (const char* dir : {"stdlib", "tests/check/valid"})
    {
        for (const auto& entry : fs::recursive_directory_iterator(fs::path(WEFT_SOURCE_DIR) / dir))
        {
            if (entry.path().extension() != ".go")
                continue;
            CAPTURE(entry.path().string());
            checkRoundTrip(readFile(entry.path()));
            ++count;
        }
    }
    CHECK(count > 10);
}

// ---- AST shape --------------------------------------------------------------------------------

TEST_CASE("precedence and associativity")
{
    CHECK(exprText("a + b*c - d") == "x := a + b * c - d\n");
    {
        Parsed p = parse("x := a + b*c - d\n");
        auto* minus = as<BinaryExpr>(scriptExpr(p));
        CHECK(minus->op == Tok::Sub);
        auto* plus = as<BinaryExpr>(minus->x);
        CHECK(plus->op == Tok::Add);
        CHECK(as<BinaryExpr>(plus->y)->op == Tok::Mul);
    }
    {
        Parsed p = parse("x := a || b && c == d\n");
        auto* lor = as<BinaryExpr>(scriptExpr(p));
        CHECK(lor->op == Tok::LOr);
        auto* land = as<BinaryExpr>(lor->y);
        CHECK(land->op == Tok::LAnd);
        CHECK(as<BinaryExpr>(land->y)->op == Tok::Eql);
    }
    {
        Parsed p = parse("x := -a * <-c << 2 | *p.f\n");
        auto* bor = as<BinaryExpr>(scriptExpr(p));
        CHECK(bor->op == Tok::Or);
        auto* shl = as<BinaryExpr>(bor->x);
        CHECK(shl->op == Tok::Shl);
        auto* mul = as<BinaryExpr>(shl->x);
        CHECK(as<UnaryExpr>(mul->x)->op == Tok::Sub);
        CHECK(as<UnaryExpr>(mul->y)->op == Tok::Arrow);
        auto* star = as<StarExpr>(bor->y);
        CHECK(as<SelectorExpr>(star->x)->sel->name == "f");
    }
    {
        // Positions: binary at the operator, call and selector at their start, unary at the op.
        Parsed p = parse("x := f(a).b + -c\n");
        auto* plus = as<BinaryExpr>(scriptExpr(p));
        CHECK(plus->pos == Position{1, 13});
        auto* sel = as<SelectorExpr>(plus->x);
        CHECK(sel->pos == Position{1, 6});
        CHECK(as<CallExpr>(sel->x)->pos == Position{1, 6});
        CHECK(as<CallExpr>(sel->x)->lparen == Position{1, 7});
        CHECK(as<UnaryExpr>(plus->y)->pos == Position{1, 15});
    }
}

TEST_CASE("receive vs receive-only channel type")
{
    Parsed p = parse("a := <-chan int(nil)\nb := (<-chan int)(nil)\nvar c <-chan <-chan int\nvar d chan<- <-chan int\n");
    REQUIRE(p.errors() == "");
    auto* recv = as<UnaryExpr>(p.file->scriptBody[0]->as<AssignStmt>()->rhs[0]);
    CHECK(recv->op == Tok::Arrow);
    auto* conv = as<CallExpr>(recv->x);
    CHECK(as<ChanType>(conv->fun)->dir == ChanDir::Both);
    auto* call = as<CallExpr>(p.file->scriptBody[1]->as<AssignStmt>()->rhs[0]);
    CHECK(as<ChanType>(as<ParenExpr>(call->fun)->x)->dir == ChanDir::Recv);
    auto* c = as<ChanType>(p.file->decls[0]->as<GenDecl>()->specs[0]->as<ValueSpec>()->typeExpr);
    CHECK(c->dir == ChanDir::Recv);
    CHECK(as<ChanType>(c->elem)->dir == ChanDir::Recv);
    auto* d = as<ChanType>(p.file->decls[1]->as<GenDecl>()->specs[0]->as<ValueSpec>()->typeExpr);
    CHECK(d->dir == ChanDir::Send);
    CHECK(as<ChanType>(d->elem)->dir == ChanDir::Recv);
}

TEST_CASE("composite literals: elided types and the header restriction")
{
    {
        Parsed p = parse("x := [][]int{{1}, {2, 3}}\n");
        auto* outer = as<CompositeLit>(scriptExpr(p));
        CHECK(outer->typeExpr->is<ArrayType>());
        REQUIRE(outer->elts.size() == 2);
        auto* inner = as<CompositeLit>(outer->elts[1]);
        CHECK(inner->typeExpr == nullptr);
        CHECK(inner->pos == Position{1, 19});
        CHECK(inner->elts.size() == 2);
    }
    {
        Parsed p = parse("x := map[string]Point{\"a\": {1, 2}}\n");
        auto* lit = as<CompositeLit>(scriptExpr(p));
        auto* kv = as<KeyValueExpr>(lit->elts[0]);
        CHECK(as<BasicLit>(kv->key)->text == "\"a\"");
        CHECK(as<CompositeLit>(kv->value)->typeExpr == nullptr);
    }
    {
        // As in Go: `T{` in an if header starts the block; in parentheses it is a literal.
        Parsed p = parse("if x == T {\n}\nif x == (T{}) {\n}\n");
        REQUIRE(p.errors() == "");
        auto* first = as<IfStmt>(p.file->scriptBody[0]);
        CHECK(as<Ident>(as<BinaryExpr>(first->cond)->y)->name == "T");
        auto* second = as<IfStmt>(p.file->scriptBody[1]);
        auto* paren = as<ParenExpr>(as<BinaryExpr>(second->cond)->y);
        CHECK(paren->x->is<CompositeLit>());
    }
    {
        Parsed p = parse("for _, v := range []int{1, 2} {\n\t_ = v\n}\n");
        REQUIRE(p.errors() == "");
        auto* range = as<RangeStmt>(p.file->scriptBody[0]);
        CHECK(range->x->is<CompositeLit>());
        CHECK(range->tok == Tok::Define);
        CHECK(range->body->stmts.size() == 1);
    }
}

TEST_CASE("type switch")
{
    Parsed p = parse("package p\nfunc f(v any) {\n\tswitch x := v.(type) {\n\tcase int, nil:\n\tdefault:\n\t}\n\tswitch v.(type) {\n\t}\n}\n");
    REQUIRE(p.errors() == "");
    const FuncDecl* f = funcNamed(*p.file, "f");
    auto* ts = as<TypeSwitchStmt>(f->body->stmts[0]);
    CHECK(ts->pos == Position{3, 2});
    REQUIRE(ts->binding);
    CHECK(ts->binding->name == "x");
    CHECK(ts->guard->typeExpr == nullptr);
    CHECK(as<Ident>(ts->guard->x)->name == "v");
    REQUIRE(ts->clauses.size() == 2);
    CHECK(ts->clauses[0]->list.size() == 2);
    CHECK(ts->clauses[1]->isDefault);
    auto* plain = as<TypeSwitchStmt>(f->body->stmts[1]);
    CHECK(plain->binding == nullptr);
}

TEST_CASE("select clauses")
{
    Parsed p = parse("select {\ncase c <- 1:\ncase <-c:\ncase v := <-c:\ncase v, ok = <-c:\ndefault:\n\tf()\n}\n");
    REQUIRE(p.errors() == "");
    auto* sel = as<SelectStmt>(p.file->scriptBody[0]);
    REQUIRE(sel->clauses.size() == 5);
    CHECK(sel->clauses[0]->comm->is<SendStmt>());
    CHECK(as<UnaryExpr>(as<ExprStmt>(sel->clauses[1]->comm)->x)->op == Tok::Arrow);
    auto* define = as<AssignStmt>(sel->clauses[2]->comm);
    CHECK(define->op == Tok::Define);
    auto* assign = as<AssignStmt>(sel->clauses[3]->comm);
    CHECK(assign->op == Tok::Assign);
    CHECK(assign->lhs.size() == 2);
    CHECK(sel->clauses[4]->comm == nullptr);
    CHECK(sel->clauses[4]->body.size() == 1);
}

TEST_CASE("scripts: declarations and statements")
{
    Parsed p = parse("import \"fmt\"\nx := 1\nfunc f() {}\nfunc (t T) M() {}\nfunc() { fmt.Println(x) }()\n"
                     "type T int\nconst c = 2\nimport \"os\"\nf()\n");
    REQUIRE(p.errors() == "");
    CHECK(p.file->isScript());
    CHECK(p.file->imports.size() == 2);
    REQUIRE(p.file->decls.size() == 6);
    CHECK(p.file->decls[1]->as<FuncDecl>()->name->name == "f");
    CHECK(p.file->decls[2]->as<FuncDecl>()->recv != nullptr);
    REQUIRE(p.file->scriptBody.size() == 3);
    CHECK(p.file->scriptBody[0]->is<AssignStmt>());
    auto* call = as<CallExpr>(as<ExprStmt>(p.file->scriptBody[1])->x);
    CHECK(call->fun->is<FuncLit>());
    CHECK(p.file->scriptBody[2]->is<ExprStmt>());

    // A package file refuses statements at the top level.
    Parsed pkg = parse("package p\nx := 1\n");
    CHECK(pkg.errors() == "2:1: syntax error: non-declaration statement outside function body\n");
}

TEST_CASE("//go: directives attach to the next func declaration")
{
    Parsed p = parse("package p\n"
                     "//go:nointerface\n"
                     "// a comment\n\n"
                     "  //go:noinline extra words\n"
                     "func (T) A() {\n"
                     "\t//go:nointerface\n"
                     "}\n"
                     "func (T) B() {}\n"
                     "//go:nointerface\n"
                     "var x = 1\n"
                     "func (T) C() {}\n"
                     "var y = 1 //go:nointerface\n"
                     "func (T) D() {}\n"
                     "//go:nointerface\n"
                     "func (T) E() {}\n");
    REQUIRE(p.errors() == "");
    const FuncDecl* a = funcNamed(*p.file, "A");
    CHECK(a->directives == std::vector<std::string_view>{"go:nointerface", "go:noinline extra words"});
    CHECK(a->hasDirective("go:nointerface"));
    CHECK(a->hasDirective("go:noinline"));
    CHECK(!a->hasDirective("go:noescape"));
    // Inside a body, before another declaration, or after code on its line: not B's, C's or D's.
    CHECK(funcNamed(*p.file, "B")->directives.empty());
    CHECK(funcNamed(*p.file, "C")->directives.empty());
    CHECK(funcNamed(*p.file, "D")->directives.empty());
    CHECK(funcNamed(*p.file, "E")->hasDirective("go:nointerface"));
}

TEST_CASE("const groups: iota and implicit repetition")
{
    Parsed p = parse("package p\nconst (\n\tA, B = iota, iota * 10\n\tC, D\n\tE int = 7\n\tF\n)\n");
    REQUIRE(p.errors() == "");
    auto* decl = as<GenDecl>(p.file->decls[0]);
    CHECK(decl->grouped);
    REQUIRE(decl->specs.size() == 4);
    auto* ab = as<ValueSpec>(decl->specs[0]);
    auto* cd = as<ValueSpec>(decl->specs[1]);
    auto* e = as<ValueSpec>(decl->specs[2]);
    auto* f = as<ValueSpec>(decl->specs[3]);
    CHECK(ab->iota == 0);
    CHECK(!ab->implicit);
    CHECK(cd->iota == 1);
    CHECK(cd->implicit);
    CHECK(cd->values == ab->values);
    CHECK(cd->typeExpr == nullptr);
    CHECK(e->iota == 2);
    CHECK(!e->implicit);
    CHECK(f->implicit);
    CHECK(f->typeExpr == e->typeExpr);
    CHECK(f->values == e->values);
    CHECK(f->pos == Position{6, 2});
}

TEST_CASE("parameters: grouping named and unnamed")
{
    Parsed p = parse("package p\nfunc f(a, b int, c ...string) (int, error)\nfunc g(int, string)\nfunc h(a int, b int)\n");
    REQUIRE(p.errors() == "");
    const FuncDecl* f = funcNamed(*p.file, "f");
    CHECK(f->body == nullptr);
    CHECK(f->sig->pos == Position{2, 7});
    REQUIRE(f->sig->params.size() == 2);
    CHECK(f->sig->params[0].names.size() == 2);
    CHECK(as<EllipsisExpr>(f->sig->params[1].typeExpr)->elt->is<Ident>());
    CHECK(f->sig->results.size() == 2);
    CHECK(f->sig->results[0].names.empty());
    const FuncDecl* g = funcNamed(*p.file, "g");
    REQUIRE(g->sig->params.size() == 2);
    CHECK(g->sig->params[0].names.empty());
    CHECK(as<Ident>(g->sig->params[0].typeExpr)->name == "int");
    CHECK(funcNamed(*p.file, "h")->sig->params.size() == 2);
}

TEST_CASE("types, conversions and method expressions")
{
    Parsed p = parse("package p\ntype S struct {\n\ta, b int `tag`\n\t*pkg.T\n}\nvar x = (*T).M\nvar y = []byte(s)[1:2:3]\n");
    REQUIRE(p.errors() == "");
    auto* st = as<StructType>(p.file->decls[0]->as<GenDecl>()->specs[0]->as<TypeSpec>()->typeExpr);
    REQUIRE(st->fields.size() == 2);
    CHECK(st->fields[0].tag->text == "`tag`");
    CHECK(st->fields[1].names.empty());
    CHECK(as<StarExpr>(st->fields[1].typeExpr)->x->is<SelectorExpr>());
    auto* method = as<SelectorExpr>(p.file->decls[1]->as<GenDecl>()->specs[0]->as<ValueSpec>()->values[0]);
    CHECK(as<StarExpr>(as<ParenExpr>(method->x)->x)->x->is<Ident>());
    auto* slice = as<SliceExpr>(p.file->decls[2]->as<GenDecl>()->specs[0]->as<ValueSpec>()->values[0]);
    CHECK(slice->slice3);
    CHECK(as<CallExpr>(slice->x)->fun->is<ArrayType>());
}

TEST_CASE("labels, branches and empty statements")
{
    Parsed p = parse("package p\nfunc f() {\nL:\n\tfor {\n\t\tcontinue L\n\t}\nM:\n}\n");
    REQUIRE(p.errors() == "");
    const FuncDecl* f = funcNamed(*p.file, "f");
    auto* l = as<LabeledStmt>(f->body->stmts[0]);
    CHECK(l->pos == Position{3, 1});
    auto* loop = as<ForStmt>(l->stmt);
    auto* branch = as<BranchStmt>(loop->body->stmts[0]);
    CHECK(branch->tok == Tok::Continue);
    CHECK(branch->label->name == "L");
    auto* m = as<LabeledStmt>(f->body->stmts[1]);
    CHECK(as<EmptyStmt>(m->stmt)->implicit);
}

TEST_CASE("dumpAst shows kinds, positions and attributes")
{
    Parsed p = parse("package p\n\nfunc f() { x := a + 1 }\n");
    REQUIRE(p.errors() == "");
    CHECK(dumpAst(*p.file) == "File test.go package p\n"
                              "  FuncDecl 3:6 f\n"
                              "    sig: FuncType 3:7\n"
                              "    body: BlockStmt 3:10\n"
                              "      AssignStmt 3:12 :=\n"
                              "        lhs: Ident 3:12 x\n"
                              "        rhs: BinaryExpr 3:19 +\n"
                              "          x: Ident 3:17 a\n"
                              "          y: BasicLit 3:21 Int 1\n");
}

// ---- errors -------------------------------------------------------------------------------------

// Each expectation is what `go build -gcflags=-e` (Go 1.19) reports for the same file, in the
// wording the brief fixes: "expected" for Go 1.19's "expecting", "name x" for a bare name.
TEST_CASE("syntax errors as Go reports them")
{
    struct Case
    {
        const char* source;
        const char* errors;
    };
    const Case cases[] = {
        {"package p\n\nfunc f() {\n\tfoo(1, 2\n\tbar()\n}\n",
            "4:10: syntax error: unexpected newline in argument list; possibly missing comma or )\n"},
        {"package p\n\nfunc f() {\n\tx := []int{1, 2\n\t}\n}\n",
            "4:17: syntax error: unexpected newline in composite literal; possibly missing comma or }\n"},
        {"package p\n\nfunc f() {\n\tx := T{a := 1}\n}\n",
            "4:11: syntax error: unexpected := in composite literal; possibly missing comma or }\n"},
        {"package p\n\nfunc f() {\n\tif x {\n\t} else return\n}\n",
            "5:9: syntax error: else must be followed by if or statement block\n"},
        {"package p\n\nfunc f()\n{\n}\n", "4:1: syntax error: unexpected semicolon or newline before {\n"},
        {"package p\n\nfunc f() {\n\tif x\n\t{\n\t}\n}\n",
            "4:6: syntax error: unexpected newline, expected { after if clause\n"},
        {"package p\n\nfunc f() {\n\tfor i := 0; i < 10; i++\n\t{\n\t}\n}\n",
            "4:25: syntax error: unexpected newline, expected { after for clause\n"},
        {"package p\n\nfunc f(a int, string) {}\n", "3:15: syntax error: mixed named and unnamed parameters\n"},
        {"package p\n\nfunc f() {\n\tvar x\n}\n", "4:7: syntax error: unexpected newline, expected type\n"},
        {"package p\n\nfunc f() {\n\tx := 1 +\n}\n", "5:1: syntax error: unexpected }, expected expression\n"},
        {"package p\n\ntype T struct {\n\ta int,\n\tb int\n}\n",
            "4:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }\n"},
        {"package p\n\nimport fmt\n", "3:11: syntax error: missing import path\n"},
        {"package p\n\nfunc f() {\n\ta, b int\n}\n", "4:7: syntax error: unexpected name int, expected := or = or comma\n"},
        {"package p\n\nfunc f() {\n\tif x := 1 {\n\t}\n\tif x = 1 {\n\t}\n\tfor x := 1; x < 3; y := 2 {\n\t}\n}\n",
            "4:7: syntax error: cannot use x := 1 as value\n"
            "6:7: syntax error: cannot use assignment (x) = (1) as value\n"
            "8:23: syntax error: cannot declare in post statement of for loop\n"},
        {"package p\n\nfunc f() {\n\tif {\n\t}\n}\n", "4:5: syntax error: missing condition in if statement\n"},
        {"package p\n\nfunc f() {\n\tdefer (f())\n\tgo x.f\n}\n",
            "4:8: expression in defer must not be parenthesized\n5:6: expression in go must be function call\n"},
        {"package p\n\nfunc (a, b T) M() {}\nfunc () N() {}\n",
            "3:15: method has multiple receivers\n4:9: method has no receiver\n"},
        {"package p\n\nvar x = s[1:2:]\n", "3:15: final index required in 3-index slice\n"},
        {"package p\n\nfunc f() {\n\tswitch x = y.(type) {\n\t}\n}\n",
            "4:11: syntax error: cannot use assignment (x) = (y.(type)) as value\n"},
        {"package p\n\nfunc f() {\n\tx := map[string]int{\n\t\t\"a\": 1\n\t}\n}\n",
            "5:9: syntax error: unexpected newline in composite literal; possibly missing comma or }\n"},
        {"package p\n\nfunc f() {\n\tfor var i = 0; i < 3; i++ {\n\t}\n}\n",
            "4:10: syntax error: var declaration not allowed in for initializer\n"},
        {"package p\n\nvar a [3, 4]int\n", "3:9: syntax error: unexpected comma; expected ]\n"},
        {"package p\n\ntype T = \n", "4:1: syntax error: unexpected EOF in type declaration\n"},
        {"package p\n\nfunc f() {\n\tvar c chan\n}\n", "5:1: syntax error: missing channel element type\n"},
        {"package p\n\nfunc f() {\n\tx := func() {\n}\n", "6:1: syntax error: unexpected EOF, expected }\n"},
        {"package p\nimport \"fmt\"\nfunc f() {}\nimport \"os\"\n",
            "4:1: syntax error: non-declaration statement outside function body\n"},
        {"package p\n\nfunc f() {\n\tswitch x {\n\tcase 1\n\t\tf()\n\t}\n}\n",
            "5:8: syntax error: unexpected newline, expected :\n"},
        {"package p\n\nfunc f() {\n\tx := <-chan<- int(c)\n\ty := <-chan<- chan int(c)\n}\n", ""},
        {"package p\n\nfunc f() {\nL:\n}\nfunc g() {\nL:\n\tcase\n}\n",
            "7:2: syntax error: missing statement after label\n8:2: syntax error: unexpected case, expected }\n"
            "9:1: syntax error: unexpected } after top level declaration\n"},
        // reported by the checker, as Go's type checker does
        {"package p\n\nfunc f(x interface{}) {\n\ty := x.(type)\n}\n", ""},
        {"package p\n\nfunc f(x []int) {\n\tfor a, b, c := range x {\n\t}\n}\n", ""},
        // several errors in one run; at most one per line
        {"package p\n\nfunc f() {\n\tx := (1 + \n\ty := 2 3 4\n\tz := ]\n}\n",
            "5:4: syntax error: unexpected :=, expected )\n"
            "6:7: syntax error: unexpected ], expected expression\n"},
    };
    for (const Case& c : cases)
    {
        CAPTURE(c.source);
        CHECK(parse(c.source).errors() == c.errors);
    }
}

TEST_CASE("type parameters are refused, and the parser goes on")
{
    Parsed p = parse("package p\n\nfunc Map[T, U any](xs []T) []U { return nil }\ntype List[T any] []T\n"
                     "type I interface {\n\t~int | string\n\tM()\n}\nvar v List[int]\ntype A [N]int\nfunc g() {}\n");
    CHECK(p.errors() == "3:9: not supported in weft: type parameters\n"
                        "4:10: not supported in weft: type parameters\n"
                        "6:2: not supported in weft: type constraints\n"
                        "9:11: not supported in weft: type parameters\n");
    funcNamed(*p.file, "Map");
    funcNamed(*p.file, "g");
    auto* iface = as<InterfaceType>(p.file->decls[2]->as<GenDecl>()->specs[0]->as<TypeSpec>()->typeExpr);
    REQUIRE(iface->methods.size() == 1);
    CHECK(iface->methods[0].names[0]->name == "M");
    auto* array = as<ArrayType>(p.file->decls[4]->as<GenDecl>()->specs[0]->as<TypeSpec>()->typeExpr);
    CHECK(as<Ident>(array->len)->name == "N");
}

TEST_CASE("script errors")
{
    CHECK(parse("x := 1\n}\ny := 2 3\n").errors() == "2:1: syntax error: unexpected }, expected statement\n"
                                                   "3:8: syntax error: unexpected literal 3 at end of statement\n");
    // `func f()` newline `{`: reported, but the body is kept.
    Parsed p = parse("func f()\n{\n\treturn\n}\n");
    CHECK(p.errors() == "2:1: syntax error: unexpected semicolon or newline before {\n");
    CHECK(funcNamed(*p.file, "f")->body != nullptr);
}

// ---- robustness ---------------------------------------------------------------------------------

TEST_CASE("deep nesting is at most one error, never a crash")
{
    // On this thread's stack (8 MiB for doctest's main thread): the recursive forms stop at the
    // stack's limit with one error; chains the parser builds in a loop (a.a.a, 1+1+1) parse. The
    // printers elide what lies beyond their own limits.
    const int n = 100000;
    auto repeat = [](const std::string& s, int count) {
        std::string out;
        for (int i = 0; i < count; ++i)
            out += s;
        return out;
    };
    const std::string inputs[] = {
        "package p\nvar x = " + repeat("(", n) + "1" + repeat(")", n) + "\n",
        "package p\nfunc f() {" + repeat("{", n) + repeat("}", n) + "}\n",
        "package p\nvar x " + repeat("[", n) + repeat("]", n) + "int\n",
        "x := " + repeat("[]", n) + "int{}\n",
        "x := " + repeat("T{", n) + "\n",
        "x := " + repeat("{", n) + "\n",
        "x := " + repeat("func() ", n) + "\n",
        "x := " + repeat("f(", n) + "\n",
        "x := " + repeat("a.", n) + "b\n",
        "x := " + repeat("1+", n) + "1\n",
        "x := " + repeat("-", n) + "1\n",
        "x := " + repeat("*", n) + "p\n",
        "x := " + repeat("<-", n) + "c\n",
        "var c " + repeat("chan ", n) + "int\n",
        "type T " + repeat("struct { a ", n) + "\n",
        "type T " + repeat("map[int]", n) + "int\n",
        "type T " + repeat("func(", n) + "\n",
        "if x {} " + repeat("else if x {} ", n) + "\n",
        "x := " + repeat("[", n) + "\n",
    };
    for (const std::string& source : inputs)
    {
        CAPTURE(source.substr(0, 40));
        Parsed p = parse(source);
        CHECK(p.diags.size() <= 3);
        dumpAst(*p.file);
        printSource(*p.file);
    }
}

TEST_CASE("long chains are fine")
{
    std::string sum = "x := 1";
    for (int i = 0; i < 1500; ++i)
        sum += " + 1";
    checkRoundTrip(sum + "\n");
    std::string calls = "x := a";
    for (int i = 0; i < 500; ++i)
        calls += ".f()";
    checkRoundTrip(calls + "\n");
}

TEST_CASE("on a large stack, generated code's nesting parses")
{
    onLargeStack([] {
        std::string sum = "x := 1", parens = "x := ", ifs;
        for (int i = 0; i < 100000; ++i)
            sum += " + x";
        for (int i = 0; i < 10000; ++i)
            parens += "(", ifs += "if x {\n";
        parens += "1" + std::string(10000, ')');
        ifs += std::string(10000, '}');
        for (const std::string& source : {sum, parens, ifs})
        {
            Parsed p = parse(source + "\n");
            CHECK(p.diags.empty());
        }
    });
}

TEST_CASE("garbage input never crashes or hangs")
{
    std::mt19937 rng(12345);
    const std::string valid = "package p\n\nimport \"fmt\"\n\ntype T struct{ a, b int }\n\n"
                              "func (t *T) M(x ...int) (int, error) {\n\tswitch v := any(x).(type) {\n\tcase int:\n"
                              "\t\treturn v, nil\n\t}\n\tselect {\n\tcase c <- 1:\n\tdefault:\n\t}\n"
                              "\tfor i, v := range []T{{1, 2}} {\n\t\tif v.a > i {\n\t\t\tgo func() { fmt.Println(v) }()\n"
                              "\t\t}\n\t}\n\treturn 0, nil\n}\n";
    const std::string alphabet = "(){}[]<-:=.,;\n\"'`+*&^|!~ abcfor if func chan map 0x1.e5";
    for (int round = 0; round < 600; ++round)
    {
        std::string source;
        switch (round % 3)
        {
        case 0: // random bytes
            for (int i = 0; i < 300; ++i)
                source += static_cast<char>(rng() % 256);
            break;
        case 1: // random token soup
            for (int i = 0; i < 300; ++i)
                source += alphabet[rng() % alphabet.size()];
            break;
        default: { // a valid program with a few bytes deleted, duplicated or swapped
            source = valid;
            for (int edits = 0; edits < 4; ++edits)
            {
                size_t at = rng() % source.size();
                switch (rng() % 3)
                {
                case 0: source.erase(at, 1 + rng() % 3); break;
                case 1: source.insert(at, source.substr(rng() % source.size(), 1 + rng() % 5)); break;
                default: std::swap(source[at], source[rng() % source.size()]); break;
                }
            }
        }
        }
        Parsed p = parse(source);
        dumpAst(*p.file);
        printSource(*p.file);
    }
}
