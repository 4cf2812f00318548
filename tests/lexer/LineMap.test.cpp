#include "lexer/Lexer.h"
#include "lexer/LineMap.h"

#include <doctest/doctest.h>

#include <string>

using namespace weft;

namespace {

// Lexes `src` to the end, collecting its line directives.
LineMap directives(std::string_view src, DiagnosticList& diags)
{
    LineMap lines;
    Lexer lexer(src, "t.go", diags, &lines);
    for (size_t guard = 0; guard <= src.size() + 2 && lexer.next().kind != Tok::Eof; ++guard)
    {
    }
    return lines;
}

std::string resolved(const LineMap& m, Position p)
{
    ReportedPos r = m.resolve("t.go", p);
    return std::string(r.file) + ":" + std::to_string(r.pos.line) + ":" + std::to_string(r.pos.column);
}

} // namespace

TEST_CASE("line directives: the forms Go's syntax package accepts")
{
    LineDirective d;
    std::string error;
    size_t at = 0;
    CHECK(parseLineDirective("foo.go:12", "prev.go", d, error, at));
    CHECK(d.file == "foo.go");
    CHECK(d.line == 12);
    CHECK(d.column == 0);
    CHECK(parseLineDirective("c:/dir/x.go:7:3", "prev.go", d, error, at));
    CHECK(d.file == "c:/dir/x.go");
    CHECK(d.line == 7);
    CHECK(d.column == 3);
    // An empty name is empty without a column, the previous file with one.
    CHECK(parseLineDirective(":5", "prev.go", d, error, at));
    CHECK(d.file.empty());
    CHECK(parseLineDirective(":5:1", "prev.go", d, error, at));
    CHECK(d.file == "prev.go");
    // No ':' at all: not a directive, and no error.
    CHECK_FALSE(parseLineDirective("no number", "prev.go", d, error, at));
    CHECK(error.empty());
}

TEST_CASE("line directives: malformed numbers are errors at the number")
{
    LineDirective d;
    std::string error;
    size_t at = 0;
    CHECK_FALSE(parseLineDirective("foo.go:0", "", d, error, at));
    CHECK(error == "invalid line number: 0");
    CHECK(at == 7);
    CHECK_FALSE(parseLineDirective("foo.go:1:0", "", d, error, at));
    CHECK(error == "invalid column number: 0");
    CHECK(at == 9);
    CHECK_FALSE(parseLineDirective("foo.go:x", "", d, error, at));
    CHECK(error == "invalid line number: x");
    CHECK_FALSE(parseLineDirective("foo.go:99999999999999999999", "", d, error, at));
    CHECK(error == "invalid line number: 99999999999999999999");
    CHECK_FALSE(parseLineDirective("foo.go:1073741825", "", d, error, at));
}

TEST_CASE("line directives: the lexer records them, and positions after them are relabeled")
{
    DiagnosticList diags;
    std::string src = "package p\n"
                      "//line a.go:10\n"
                      "var x = 1\n"
                      "  //line ignored.go:1\n"
                      "var y = 2 /*line b.go:20:5*/ + 3\n"
                      "var z = 4\n";
    LineMap m = directives(src, diags);
    CHECK(diags.empty());
    REQUIRE(m.directives().size() == 2);
    CHECK(resolved(m, {1, 9}) == "t.go:1:9");   // before any directive
    CHECK(resolved(m, {3, 5}) == "a.go:10:0");  // no column given: unknown
    CHECK(resolved(m, {4, 1}) == "a.go:11:0");  // `//line` only counts at the start of a line
    CHECK(resolved(m, {5, 30}) == "b.go:20:6"); // the column right after the comment is 5
    CHECK(resolved(m, {6, 5}) == "b.go:21:5");  // later lines keep their own columns
    CHECK(m.directives()[1].at == Position{5, 29});
}

TEST_CASE("line directives: a malformed one is reported where its number is, and ignored")
{
    DiagnosticList diags;
    LineMap m = directives("package p\n//line foo.go:0\nvar x = 1\n", diags);
    CHECK(m.empty());
    REQUIRE(diags.size() == 1);
    CHECK(diags.items()[0].format() == "t.go:2:15: invalid line number: 0");
}

TEST_CASE("diagnostics are reported as the line directives of their file say")
{
    DiagnosticList diags;
    LineMap m = directives("package p\n//line gen.go:40\nvar x = 1\n", diags);
    diags.setLineMap("t.go", m);
    diags.add("t.go", {3, 5}, "bad x");
    diags.add("t.go", {1, 9}, "bad p");
    diags.add("u.go", {3, 5}, "elsewhere");
    CHECK(diags.report() == "gen.go:40: bad x\nt.go:1:9: bad p\nu.go:3:5: elsewhere\n");
}
