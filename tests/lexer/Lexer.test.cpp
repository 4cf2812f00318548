#include "lexer/Lexer.h"
#include "lexer/Quote.h"
#include "lexer/UnicodeTables.h"
#include "lexer/Utf8.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace weft;

namespace {

struct Lexed
{
    std::vector<Token> tokens; // up to and including Eof
    DiagnosticList diags;
};

// Lexes `src` (which must outlive the tokens) to the end.
Lexed lex(std::string_view src)
{
    Lexed out;
    Lexer lexer(src, "t.go", out.diags);
    for (size_t guard = 0; guard <= src.size() + 2; ++guard)
    {
        out.tokens.push_back(lexer.next());
        if (out.tokens.back().kind == Tok::Eof)
            break;
    }
    return out;
}

std::vector<Tok> kinds(std::string_view src)
{
    std::vector<Tok> out;
    Lexed l = lex(src);
    for (const Token& t : l.tokens)
        out.push_back(t.kind);
    return out;
}

// The single non-semicolon token of `src`.
Token single(std::string_view src)
{
    Lexed l = lex(src);
    REQUIRE(l.tokens.size() >= 2);
    return l.tokens[0];
}

// "line:col: message" of each diagnostic, in order found.
std::vector<std::string> errors(std::string_view src)
{
    std::vector<std::string> out;
    Lexed l = lex(src);
    for (const Diagnostic& d : l.diags.items())
        out.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) + ": " + d.message);
    return out;
}

std::string firstError(std::string_view src)
{
    std::vector<std::string> all = errors(src);
    return all.empty() ? "" : all.front();
}

} // namespace

TEST_CASE("token table")
{
    CHECK(tokenSpelling(Tok::Add) == "+");
    CHECK(tokenSpelling(Tok::AndNotAssign) == "&^=");
    CHECK(tokenSpelling(Tok::Func) == "func");
    CHECK(tokenSpelling(Tok::Ident) == "name");
    CHECK(tokenSpelling(Tok::Int) == "literal");
    CHECK(tokenSpelling(Tok::Eof) == "EOF");
    CHECK(isKeyword(Tok::Break));
    CHECK(isKeyword(Tok::Var));
    CHECK_FALSE(isKeyword(Tok::Ident));
    CHECK_FALSE(isKeyword(Tok::Colon));
    CHECK(keywordOrIdent("fallthrough") == Tok::Fallthrough);
    CHECK(keywordOrIdent("interface") == Tok::Interface);
    CHECK(keywordOrIdent("int") == Tok::Ident);
    CHECK(keywordOrIdent("Func") == Tok::Ident);
    CHECK(binaryPrecedence(Tok::Mul) == 5);
    CHECK(binaryPrecedence(Tok::AndNot) == 5);
    CHECK(binaryPrecedence(Tok::Shr) == 5);
    CHECK(binaryPrecedence(Tok::Or) == 4);
    CHECK(binaryPrecedence(Tok::Sub) == 4);
    CHECK(binaryPrecedence(Tok::Geq) == 3);
    CHECK(binaryPrecedence(Tok::LAnd) == 2);
    CHECK(binaryPrecedence(Tok::LOr) == 1);
    CHECK(binaryPrecedence(Tok::Not) == 0);
    CHECK(binaryPrecedence(Tok::Arrow) == 0);
    CHECK(assignOpBase(Tok::AddAssign) == Tok::Add);
    CHECK(assignOpBase(Tok::ShlAssign) == Tok::Shl);
    CHECK(assignOpBase(Tok::AndNotAssign) == Tok::AndNot);
    CHECK(assignOpBase(Tok::Assign) == Tok::Illegal);
    CHECK(assignOpBase(Tok::Define) == Tok::Illegal);
}

TEST_CASE("tokens carry positions and text")
{
    std::string src = "package main\n\nfunc f(x int) {\n\treturn x+1\n}\n";
    Lexed l = lex(src);
    CHECK(l.diags.empty());
    struct Expected
    {
        Tok kind;
        uint32_t line, column;
        std::string_view text;
    };
    std::vector<Expected> expected = {
        {Tok::Package, 1, 1, "package"}, {Tok::Ident, 1, 9, "main"}, {Tok::Semicolon, 1, 13, "newline"},
        {Tok::Func, 3, 1, "func"}, {Tok::Ident, 3, 6, "f"}, {Tok::LParen, 3, 7, "("}, {Tok::Ident, 3, 8, "x"},
        {Tok::Ident, 3, 10, "int"}, {Tok::RParen, 3, 13, ")"}, {Tok::LBrace, 3, 15, "{"},
        {Tok::Return, 4, 2, "return"}, {Tok::Ident, 4, 9, "x"}, {Tok::Add, 4, 10, "+"}, {Tok::Int, 4, 11, "1"},
        {Tok::Semicolon, 4, 12, "newline"}, {Tok::RBrace, 5, 1, "}"}, {Tok::Semicolon, 5, 2, "newline"},
        {Tok::Eof, 6, 1, ""},
    };
    REQUIRE(l.tokens.size() == expected.size());
    for (size_t i = 0; i < expected.size(); ++i)
    {
        CAPTURE(i);
        CHECK(l.tokens[i].kind == expected[i].kind);
        CHECK(l.tokens[i].pos == Position{expected[i].line, expected[i].column});
        CHECK(l.tokens[i].text == expected[i].text);
    }
}

TEST_CASE("every operator and delimiter")
{
    std::string src = "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ "
                      "!= <= >= := ... ( [ { , . ) ] } ; :";
    std::vector<Tok> expected = {Tok::Add, Tok::Sub, Tok::Mul, Tok::Quo, Tok::Rem, Tok::And, Tok::Or, Tok::Xor,
        Tok::Shl, Tok::Shr, Tok::AndNot, Tok::AddAssign, Tok::SubAssign, Tok::MulAssign, Tok::QuoAssign,
        Tok::RemAssign, Tok::AndAssign, Tok::OrAssign, Tok::XorAssign, Tok::ShlAssign, Tok::ShrAssign,
        Tok::AndNotAssign, Tok::LAnd, Tok::LOr, Tok::Arrow, Tok::Inc, Tok::Dec, Tok::Eql, Tok::Lss, Tok::Gtr,
        Tok::Assign, Tok::Not, Tok::Tilde, Tok::Neq, Tok::Leq, Tok::Geq, Tok::Define, Tok::Ellipsis, Tok::LParen,
        Tok::LBrack, Tok::LBrace, Tok::Comma, Tok::Period, Tok::RParen, Tok::RBrack, Tok::RBrace, Tok::Semicolon,
        Tok::Colon, Tok::Eof};
    Lexed l = lex(src);
    CHECK(l.diags.empty());
    REQUIRE(l.tokens.size() == expected.size());
    for (size_t i = 0; i < expected.size(); ++i)
    {
        CAPTURE(i);
        CHECK(l.tokens[i].kind == expected[i]);
        if (expected[i] != Tok::Eof)
            CHECK(l.tokens[i].text == tokenSpelling(expected[i]));
    }
}

TEST_CASE("operators are scanned greedily")
{
    CHECK(kinds("a&^=b") == std::vector<Tok>{Tok::Ident, Tok::AndNotAssign, Tok::Ident, Tok::Semicolon, Tok::Eof});
    CHECK(kinds("x<-y") == std::vector<Tok>{Tok::Ident, Tok::Arrow, Tok::Ident, Tok::Semicolon, Tok::Eof});
    CHECK(kinds("a..b") == std::vector<Tok>{Tok::Ident, Tok::Period, Tok::Period, Tok::Ident, Tok::Semicolon, Tok::Eof});
    CHECK(kinds("f(x...)") ==
          std::vector<Tok>{Tok::Ident, Tok::LParen, Tok::Ident, Tok::Ellipsis, Tok::RParen, Tok::Semicolon, Tok::Eof});
    CHECK(kinds("a/b") == std::vector<Tok>{Tok::Ident, Tok::Quo, Tok::Ident, Tok::Semicolon, Tok::Eof});
    CHECK(kinds("x.5") == std::vector<Tok>{Tok::Ident, Tok::Float, Tok::Semicolon, Tok::Eof});
}

TEST_CASE("keywords and identifiers")
{
    const char* keywords[] = {"break", "case", "chan", "const", "continue", "default", "defer", "else",
        "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range", "return",
        "select", "struct", "switch", "type", "var"};
    for (const char* k : keywords)
    {
        CAPTURE(k);
        Token t = single(k);
        CHECK(isKeyword(t.kind));
        CHECK(tokenSpelling(t.kind) == k);
    }
    CHECK(single("_").kind == Tok::Ident);
    CHECK(single("_x9").kind == Tok::Ident);
    CHECK(single("funcs").kind == Tok::Ident);
    CHECK(single("Return").kind == Tok::Ident);
}

TEST_CASE("unicode identifiers")
{
    Token t = single("héllo世界");
    CHECK(t.kind == Tok::Ident);
    CHECK(t.text == "héllo世界");
    CHECK(single("ŝ").kind == Tok::Ident);
    CHECK(single("x٣").text == "x٣"); // Arabic-Indic digit three
    CHECK(lex("αβγ := 1").diags.empty());
    // Columns count bytes.
    Lexed l = lex("é x");
    CHECK(l.tokens[1].pos == Position{1, 4});

    CHECK(firstError("\u00BD") == "1:1: invalid character U+00BD '½' in identifier");
    CHECK(firstError("\U0001d736\U0001d737\U0001d738_\u00BD") == "1:14: invalid character U+00BD '½' in identifier");
    CHECK(firstError("\U0001d7d8") == "1:1: identifier cannot begin with digit U+1D7D8 '𝟘'");
    CHECK(firstError("foo\U0001d7d8_\u00BD") == "1:9: invalid character U+00BD '½' in identifier");
    CHECK(firstError("a\u00A0b") == "1:2: invalid character U+00A0 in identifier");
}

TEST_CASE("unicode tables")
{
    CHECK(isUnicodeLetter(U'a'));
    CHECK(isUnicodeLetter(U'ß'));
    CHECK(isUnicodeLetter(U'世'));
    CHECK_FALSE(isUnicodeLetter(U'1'));
    CHECK_FALSE(isUnicodeLetter(U'½'));
    CHECK(isUnicodeDigit(U'٣'));
    CHECK_FALSE(isUnicodeDigit(U'x'));
    CHECK(isUnicodePrint(U' '));
    CHECK_FALSE(isUnicodePrint(0xA0));
    CHECK_FALSE(isUnicodePrint(0x10FFFF));
}

TEST_CASE("integer literals")
{
    const char* valid[] = {"0", "42", "1_000_000", "0x1F", "0XaBcD", "0x_1f", "0o17", "0O17", "0o_7", "017",
        "0_17", "0b1011", "0B_1", "00", "0777"};
    for (const char* lit : valid)
    {
        CAPTURE(lit);
        Lexed l = lex(lit);
        CHECK(l.diags.empty());
        CHECK(l.tokens[0].kind == Tok::Int);
        CHECK(l.tokens[0].text == lit);
    }
}

TEST_CASE("float and imaginary literals")
{
    const char* floats[] = {"0.", "72.40", "072.40", "2.71828", "1.e+0", "6.67428e-11", "1E6", ".25", ".12345E+5",
        "1_5.", "0.15e+0_2", "0x1p-2", "0x2.p10", "0x1.Fp+0", "0X.8p-0", "0X_1FFFP-16", "1e1_0", "09.5", "089e1"};
    for (const char* lit : floats)
    {
        CAPTURE(lit);
        Lexed l = lex(lit);
        CHECK(l.diags.empty());
        CHECK(l.tokens[0].kind == Tok::Float);
        CHECK(l.tokens[0].text == lit);
    }
    const char* imaginary[] = {"0i", "0123i", "0o123i", "0xabci", "0.i", "2.71828i", "1.e+0i", "6.67428e-11i", "1E6i",
        ".25i", "0x1p-2i"};
    for (const char* lit : imaginary)
    {
        CAPTURE(lit);
        Lexed l = lex(lit);
        CHECK(l.diags.empty());
        CHECK(l.tokens[0].kind == Tok::Imag);
        CHECK(l.tokens[0].text == lit);
    }
}

TEST_CASE("number literal errors")
{
    CHECK(firstError("0123456789") == "1:9: invalid digit '8' in octal literal");
    CHECK(firstError("var a, b = 09, 07\n") == "1:13: invalid digit '9' in octal literal");
    CHECK(firstError("0b102") == "1:5: invalid digit '2' in binary literal");
    CHECK(firstError("0o8") == "1:3: invalid digit '8' in octal literal");
    CHECK(firstError("1__0") == "1:3: '_' must separate successive digits");
    CHECK(firstError("1_") == "1:2: '_' must separate successive digits");
    CHECK(firstError("0_x") == "1:2: '_' must separate successive digits");
    CHECK(firstError("0x1._p0") == "1:5: '_' must separate successive digits");
    CHECK(firstError("0x1.0") == "1:6: hexadecimal mantissa requires a 'p' exponent");
    CHECK(firstError("0x") == "1:3: hexadecimal literal has no digits");
    CHECK(firstError("0x.p0\n") == "1:4: hexadecimal literal has no digits");
    CHECK(firstError("0b.0") == "1:3: invalid radix point in binary literal");
    CHECK(firstError("1e") == "1:3: exponent has no digits");
    CHECK(firstError("1e+x") == "1:4: exponent has no digits");
    CHECK(firstError("0x1e3p0") == "");
    CHECK(firstError("0b1e3") == "1:4: 'e' exponent requires decimal mantissa");
    CHECK(firstError("1p3") == "1:2: 'p' exponent requires hexadecimal mantissa");
    // 08.5 and 08e1 are floats: legacy octal digits only matter for integers.
    CHECK(firstError("08.5") == "");
}

TEST_CASE("rune literals")
{
    const char* valid[] = {"'a'", "'ä'", "'本'", "'\\t'", "'\\000'", "'\\007'", "'\\377'", "'\\x07'", "'\\xff'",
        "'\\u12e4'", "'\\U00101234'", "'\\''", "'\\a'", "'\\b'", "'\\f'", "'\\n'", "'\\r'", "'\\v'", "'\\\\'", "'\"'"};
    for (const char* lit : valid)
    {
        CAPTURE(lit);
        Lexed l = lex(lit);
        CHECK(l.diags.empty());
        CHECK(l.tokens[0].kind == Tok::Char);
        CHECK(l.tokens[0].text == lit);
    }
    CHECK(firstError("''") == "1:2: empty rune literal or unescaped '");
    CHECK(firstError("'\n") == "1:2: newline in rune literal");
    CHECK(firstError("'\\") == "1:1: rune literal not terminated");
    CHECK(firstError("'\\'") == "1:1: rune literal not terminated");
    CHECK(firstError("'xx") == "1:1: rune literal not terminated");
    CHECK(firstError("'xx'") == "1:1: more than one character in rune literal");
    CHECK(firstError("'\\x'") == "1:4: invalid character '\\'' in hexadecimal escape");
    CHECK(firstError("'\\y'") == "1:3: unknown escape");
    CHECK(firstError("'\\\"'") == "1:3: unknown escape");
    CHECK(firstError("'\\x0'") == "1:5: invalid character '\\'' in hexadecimal escape");
    CHECK(firstError("'\\00'") == "1:5: invalid character '\\'' in octal escape");
    CHECK(firstError("'\\378") == "1:5: invalid character '8' in octal escape");
    CHECK(firstError("'\\400'") == "1:6: octal escape value 256 > 255");
    CHECK(firstError("'\\uD800'") == "1:8: escape is invalid Unicode code point U+D800");
    CHECK(firstError("'\\U00110000'") == "1:12: escape is invalid Unicode code point U+110000");
}

TEST_CASE("string literals")
{
    const char* valid[] = {"\"\"", "\"abc\"", "\"\\\"\"", "\"日本語\"", "\"\\xff\\u00FF\"", "\"\\a\\b\\f\\n\\r\\t\\v\\\\\"",
        "\"\\101\\x41\\u0041\\U00000041\"", "`raw`", "`\\n`", "`a\"b`"};
    for (const char* lit : valid)
    {
        CAPTURE(lit);
        Lexed l = lex(lit);
        CHECK(l.diags.empty());
        CHECK(l.tokens[0].kind == Tok::String);
        CHECK(l.tokens[0].text == lit);
    }
    CHECK(firstError("\n   \"foo\n") == "2:8: newline in string");
    CHECK(firstError("\"") == "1:1: string not terminated");
    CHECK(firstError("\"foo") == "1:1: string not terminated");
    CHECK(firstError("x := `foo") == "1:6: string not terminated");
    CHECK(firstError("\"\\'\"") == "1:3: unknown escape");
    CHECK(firstError("s := \"foo\\z\"") == "1:11: unknown escape");
    CHECK(firstError("var s string = \"\\x\"") == "1:19: invalid character '\"' in hexadecimal escape");
    CHECK(firstError("return \"\\Uffffffff\"") == "1:19: escape is invalid Unicode code point U+FFFFFFFF");
    CHECK(firstError("\"\\378\"") == "1:5: invalid character '8' in octal escape");
}

TEST_CASE("raw strings span lines")
{
    std::string src = "x := `a\nb\r\nc`\ny";
    Lexed l = lex(src);
    CHECK(l.diags.empty());
    REQUIRE(l.tokens.size() == 7);
    CHECK(l.tokens[2].kind == Tok::String);
    CHECK(l.tokens[2].text == "`a\nb\r\nc`");
    CHECK(l.tokens[3].kind == Tok::Semicolon);
    CHECK(l.tokens[3].pos == Position{3, 3});
    CHECK(l.tokens[4].pos == Position{4, 1});
}

TEST_CASE("comments")
{
    Lexed l = lex("a // comment\nb /* c */ c");
    REQUIRE(l.tokens.size() == 6);
    CHECK(l.tokens[1].kind == Tok::Semicolon);
    CHECK(l.tokens[1].pos == Position{1, 13}); // at the newline, as Go's compiler places it
    CHECK(l.tokens[2].text == "b");
    CHECK(l.tokens[3].text == "c");
    CHECK(l.tokens[3].pos == Position{2, 11});

    CHECK(firstError("/*/") == "1:1: comment not terminated");
    CHECK(firstError("x /*\n\nfoo") == "1:3: comment not terminated");
    CHECK(firstError("0123456789e0 /*\nfoobar") == "1:14: comment not terminated");
    CHECK(firstError("/**/ /***/ //") == "");
}

TEST_CASE("automatic semicolons")
{
    // After identifiers, literals, the four keywords, ++ -- ) ] }.
    const char* inserting[] = {"x\n", "1\n", "1.5\n", "1i\n", "'a'\n", "\"s\"\n", "`s`\n", "break\n", "continue\n",
        "fallthrough\n", "return\n", "x++\n", "x--\n", "f()\n", "a[1]\n", "T{}\n"};
    for (const char* src : inserting)
    {
        CAPTURE(src);
        Lexed l = lex(src);
        REQUIRE(l.tokens.size() >= 3);
        CHECK(l.tokens[l.tokens.size() - 2].kind == Tok::Semicolon);
        CHECK(l.tokens[l.tokens.size() - 2].text == "newline");
        CHECK(l.tokens.back().pos == Position{2, 1});
    }
    // Not after operators, other keywords or opening delimiters.
    const char* nonInserting[] = {"x +\n", "func\n", "if\n", "(\n", "[\n", "{\n", ",\n", "x =\n", "var\n"};
    for (const char* src : nonInserting)
    {
        CAPTURE(src);
        Lexed l = lex(src);
        for (const Token& t : l.tokens)
            CHECK(t.kind != Tok::Semicolon);
    }
    CHECK(kinds("return\n\n\nx") ==
          std::vector<Tok>{Tok::Return, Tok::Semicolon, Tok::Ident, Tok::Semicolon, Tok::Eof});
}

TEST_CASE("semicolon at EOF and after comments")
{
    Lexed l = lex("x");
    REQUIRE(l.tokens.size() == 3);
    CHECK(l.tokens[1].kind == Tok::Semicolon);
    CHECK(l.tokens[1].text == "EOF");
    CHECK(l.tokens[1].pos == Position{1, 2});

    l = lex("x // trailing");
    REQUIRE(l.tokens.size() == 3);
    CHECK(l.tokens[1].text == "EOF");
    CHECK(l.tokens[1].pos == Position{1, 14});

    // A block comment containing a newline acts as a newline, at the comment's position.
    l = lex("x /* a\nb */ y");
    REQUIRE(l.tokens.size() == 5);
    CHECK(l.tokens[1].kind == Tok::Semicolon);
    CHECK(l.tokens[1].text == "newline");
    CHECK(l.tokens[1].pos == Position{1, 3});
    CHECK(l.tokens[2].pos == Position{2, 6});

    // One on a single line does not.
    CHECK(kinds("x /* a */ y") == std::vector<Tok>{Tok::Ident, Tok::Ident, Tok::Semicolon, Tok::Eof});
    // An explicit semicolon is its source text.
    CHECK(single(";").text == ";");
    // Nothing to end: no semicolon.
    CHECK(kinds("") == std::vector<Tok>{Tok::Eof});
    CHECK(kinds("\n\n// c\n") == std::vector<Tok>{Tok::Eof});
}

TEST_CASE("shebang line is skipped")
{
    Lexed l = lex("#!/usr/bin/env weft\nx := 1\n");
    CHECK(l.diags.empty());
    REQUIRE(l.tokens.size() == 5);
    CHECK(l.tokens[0].text == "x");
    CHECK(l.tokens[0].pos == Position{2, 1});
    CHECK(kinds("#!only") == std::vector<Tok>{Tok::Eof});
    // Only on the first line.
    CHECK(firstError("x\n#!y") == "2:1: invalid character U+0023 '#'");
}

TEST_CASE("invalid characters")
{
    CHECK(firstError("x + #y") == "1:5: invalid character U+0023 '#'");
    CHECK(firstError("foo$bar = 0") == "1:4: invalid character U+0024 '$'");
    CHECK(firstError("a\x01") == "1:2: invalid character U+0001");
    CHECK(kinds("a ? b") == std::vector<Tok>{Tok::Ident, Tok::Ident, Tok::Semicolon, Tok::Eof});
}

TEST_CASE("NUL, BOM and invalid UTF-8")
{
    CHECK(firstError(std::string_view("fo\0o", 4)) == "1:3: invalid NUL character");
    CHECK(firstError("foo\n\xEF\xBB\xBF bar") == "2:1: invalid BOM in the middle of the file");
    CHECK(firstError("foo\n\n\xff    ") == "3:1: invalid UTF-8 encoding");
    CHECK(firstError("package p\n\n\xef") == "3:1: invalid UTF-8 encoding");
    CHECK(firstError("\"a\xc0\x80\"") == "1:3: invalid UTF-8 encoding");
    CHECK(firstError("x\xed\xa0\x80") == "1:2: invalid UTF-8 encoding"); // an encoded surrogate
    // A leading BOM is ignored.
    Lexed l = lex("\xEF\xBB\xBFpackage p");
    CHECK(l.diags.empty());
    CHECK(l.tokens[0].kind == Tok::Package);
    CHECK(l.tokens[0].pos == Position{1, 4});
    // Skipped bytes are not part of a token's text.
    l = lex("x\xff");
    CHECK(l.tokens[0].text == "x");
}

TEST_CASE("always terminates on arbitrary bytes")
{
    // Every short string over an alphabet of troublesome bytes lexes to Eof with progress.
    const char alphabet[] = {'\'', '"', '`', '\\', '/', '*', '\n', '0', 'x', '.', 'e', 'p', '_', '\0',
        static_cast<char>(0xff), static_cast<char>(0xc3), static_cast<char>(0xa9), 'u', '#'};
    constexpr size_t n = sizeof alphabet;
    size_t lexed = 0;
    for (size_t a = 0; a < n; ++a)
        for (size_t b = 0; b < n; ++b)
            for (size_t c = 0; c < n; ++c)
            {
                std::string src{alphabet[a], alphabet[b], alphabet[c]};
                Lexed l = lex(src);
                REQUIRE(l.tokens.back().kind == Tok::Eof);
                for (const Token& t : l.tokens)
                {
                    // Every text is either a slice of the source or one of the fixed semicolon names.
                    bool inSource = t.text.data() >= src.data() && t.text.data() + t.text.size() <= src.data() + src.size();
                    REQUIRE((inSource || t.text == "newline" || t.text == "EOF" || t.text.empty()));
                }
                ++lexed;
            }
    CHECK(lexed == n * n * n);
}

TEST_CASE("quoting helpers")
{
    CHECK(quoteString("abc") == "\"abc\"");
    CHECK(quoteString("a\"b\\c\n\t\x01\x7f") == "\"a\\\"b\\\\c\\n\\t\\x01\\x7f\"");
    CHECK(quoteString("é\xff") == "\"é\\xff\"");
    CHECK(quoteString("\u00a0\U0001F600\U000E0001") == "\"\\u00a0😀\\U000e0001\"");
    CHECK(quoteRune('a') == "'a'");
    CHECK(quoteRune('\'') == "'\\''");
    CHECK(quoteRune('"') == "'\"'");
    CHECK(quoteRune(0xD800) == "'�'");
    CHECK(formatCodePoint('$') == "U+0024 '$'");
    CHECK(formatCodePoint(0x1F600) == "U+1F600 '😀'");
    CHECK(formatCodePoint(0xFFFFFFFF) == "U+FFFFFFFF");

    std::string encoded;
    appendRune(encoded, 0x20AC);
    appendRune(encoded, 0xD800);
    CHECK(encoded == "€\xEF\xBF\xBD");
    CHECK(decodeRune("€").rune == 0x20AC);
    CHECK(decodeRune("€").width == 3);
    CHECK(decodeRune("\xC0\x80").width == 1); // overlong
    CHECK(decodeRune("\xF4\x90\x80\x80").rune == kRuneError); // past U+10FFFF
    CHECK(decodeRune("\xE2\x82").width == 1); // truncated
}
