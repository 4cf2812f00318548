// The fmt engine (stdlib/fmt/Printer.h) against Go 1.19's fmt.
//
// Values are built with a mock Value (below) that mirrors how the VM describes Go values. Every
// expected string in the generated part was produced by the real fmt package: it is the output of
// tests/stdlib/fmt_expected.go, the Go twin of these tests, where each case pairs a Go value with
// the C++ expression building it here. To add a case, add it there and regenerate:
//
//   go run tests/stdlib/fmt_expected.go > /tmp/generated.inc
//
// and replace the part between BEGIN GENERATED and END GENERATED with the file.
#include "stdlib/fmt/Printer.h"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <string>
#include <utility>
#include <vector>

using namespace weft::fmt;

namespace {

// ---- the mock ----

struct Node;
using N = std::shared_ptr<Node>;

struct FieldSpec
{
    std::string name;
    N value;
    bool embedded = false;
};

using FormatFn = std::function<std::string(const FormatState&, char32_t)>;

struct Node
{
    Kind kind = Kind::Invalid;
    std::string type = "<nil>";
    bool b = false;
    int64_t i = 0;
    uint64_t u = 0;
    double f = 0;
    std::string s;
    uintptr_t addr = 0;
    bool nil = false;
    Kind elemKind = Kind::Invalid;
    std::vector<N> elems;
    std::vector<FieldSpec> fields;
    std::vector<std::pair<N, N>> entries;
    N target; // Pointer's target, Interface's dynamic value
    std::optional<Value::MethodResult> error, string, goString;
    FormatFn format;
    bool errorMethodForFormat = false;
    bool exposeBytes = false; // answer bytesValue()
    // How many times each method ran.
    int errorCalls = 0, stringCalls = 0, goStringCalls = 0, formatCalls = 0;
};

class Mock final : public Value
{
public:
    explicit Mock(N node) : n_(std::move(node)) {}

    Kind kind() const override { return n_->kind; }
    std::string typeString() const override { return n_->type; }
    bool boolValue() const override { return n_->b; }
    int64_t intValue() const override { return n_->i; }
    uint64_t uintValue() const override { return n_->u; }
    double floatValue() const override { return n_->f; }
    std::string_view stringValue() const override { return n_->s; }
    uintptr_t pointerValue() const override { return n_->addr; }
    bool isNil() const override { return n_->kind == Kind::Interface ? n_->target == nullptr : n_->nil; }
    size_t len() const override
    {
        switch (n_->kind)
        {
        case Kind::String: return n_->s.size();
        case Kind::Map: return n_->entries.size();
        default: return n_->elems.size();
        }
    }
    std::unique_ptr<Value> index(size_t i) const override { return std::make_unique<Mock>(n_->elems.at(i)); }
    size_t numFields() const override { return n_->fields.size(); }
    std::string_view fieldName(size_t i) const override { return n_->fields.at(i).name; }
    std::unique_ptr<Value> field(size_t i) const override { return std::make_unique<Mock>(n_->fields.at(i).value); }
    bool fieldEmbedded(size_t i) const override { return n_->fields.at(i).embedded; }
    std::vector<std::pair<std::unique_ptr<Value>, std::unique_ptr<Value>>> mapEntries() const override
    {
        std::vector<std::pair<std::unique_ptr<Value>, std::unique_ptr<Value>>> out;
        for (const auto& [k, v] : n_->entries)
            out.emplace_back(std::make_unique<Mock>(k), std::make_unique<Mock>(v));
        return out;
    }
    std::unique_ptr<Value> elem() const override
    {
        return std::make_unique<Mock>(n_->target ? n_->target : std::make_shared<Node>());
    }
    std::optional<MethodResult> callError() const override
    {
        n_->errorCalls += n_->error.has_value();
        return n_->error;
    }
    std::optional<MethodResult> callString() const override
    {
        n_->stringCalls += n_->string.has_value();
        return n_->string;
    }
    std::optional<MethodResult> callGoString() const override
    {
        n_->goStringCalls += n_->goString.has_value();
        return n_->goString;
    }
    Kind elemKind() const override { return n_->elemKind; }
    std::optional<std::string> bytesValue() const override
    {
        if (!n_->exposeBytes)
            return std::nullopt;
        std::string out;
        for (const N& e : n_->elems)
            out += static_cast<char>(e->u);
        return out;
    }
    bool hasFormatMethod() const override { return static_cast<bool>(n_->format); }
    bool hasErrorMethod() const override { return n_->errorMethodForFormat; }
    std::optional<MethodResult> callFormat(const FormatState& state, char32_t verb) const override
    {
        if (!n_->format)
            return std::nullopt;
        ++n_->formatCalls;
        return MethodResult{n_->format(state, verb)};
    }

private:
    N n_;
};

// ---- building values ----

N node(Kind kind, std::string type)
{
    auto n = std::make_shared<Node>();
    n->kind = kind;
    n->type = std::move(type);
    return n;
}

N signedInt(Kind kind, const char* type, int64_t v)
{
    N n = node(kind, type);
    n->i = v;
    return n;
}
N unsignedInt(Kind kind, const char* type, uint64_t v)
{
    N n = node(kind, type);
    n->u = v;
    return n;
}
N I(int64_t v) { return signedInt(Kind::Int, "int", v); }
N I8(int8_t v) { return signedInt(Kind::Int8, "int8", v); }
N I16(int16_t v) { return signedInt(Kind::Int16, "int16", v); }
N R(int32_t v) { return signedInt(Kind::Int32, "int32", v); } // rune
N I64(int64_t v) { return signedInt(Kind::Int64, "int64", v); }
N U(uint64_t v) { return unsignedInt(Kind::Uint, "uint", v); }
N U8(uint8_t v) { return unsignedInt(Kind::Uint8, "uint8", v); }
N U16(uint16_t v) { return unsignedInt(Kind::Uint16, "uint16", v); }
N U32(uint32_t v) { return unsignedInt(Kind::Uint32, "uint32", v); }
N U64(uint64_t v) { return unsignedInt(Kind::Uint64, "uint64", v); }
N UP(uint64_t v) { return unsignedInt(Kind::Uintptr, "uintptr", v); }
N F(double v)
{
    N n = node(Kind::Float64, "float64");
    n->f = v;
    return n;
}
N F32(float v)
{
    N n = node(Kind::Float32, "float32");
    n->f = v;
    return n;
}
N S(std::string v)
{
    N n = node(Kind::String, "string");
    n->s = std::move(v);
    return n;
}
N Bo(bool v)
{
    N n = node(Kind::Bool, "bool");
    n->b = v;
    return n;
}
N Nil() { return std::make_shared<Node>(); }

// A value of a named type with the same underlying value (and methods already attached).
N Named(std::string type, N n)
{
    N copy = std::make_shared<Node>(*n);
    copy->type = std::move(type);
    return copy;
}

N P(std::string type, N target, uintptr_t addr)
{
    N n = node(Kind::Pointer, std::move(type));
    n->target = std::move(target);
    n->addr = addr;
    return n;
}
N NilP(std::string type)
{
    N n = node(Kind::Pointer, std::move(type));
    n->nil = true;
    return n;
}
N Sl(std::string type, Kind elemKind, std::vector<N> elems, uintptr_t addr = 0xc000010000)
{
    N n = node(Kind::Slice, std::move(type));
    n->elemKind = elemKind;
    n->elems = std::move(elems);
    n->addr = addr;
    return n;
}
N NilSl(std::string type, Kind elemKind)
{
    N n = Sl(std::move(type), elemKind, {}, 0);
    n->nil = true;
    return n;
}
N By(std::string type, std::string bytes)
{
    std::vector<N> elems;
    for (char c : bytes)
        elems.push_back(U8(static_cast<uint8_t>(c)));
    return Sl(std::move(type), Kind::Uint8, std::move(elems));
}
N NilBy(std::string type) { return NilSl(std::move(type), Kind::Uint8); }
N Ar(std::string type, Kind elemKind, std::vector<N> elems)
{
    N n = node(Kind::Array, std::move(type));
    n->elemKind = elemKind;
    n->elems = std::move(elems);
    return n;
}
N Mp(std::string type, std::vector<std::pair<N, N>> entries, uintptr_t addr = 0xc000020000)
{
    N n = node(Kind::Map, std::move(type));
    n->entries = std::move(entries);
    n->addr = addr;
    return n;
}
N NilMp(std::string type)
{
    N n = Mp(std::move(type), {}, 0);
    n->nil = true;
    return n;
}
N St(std::string type, std::vector<FieldSpec> fields)
{
    N n = node(Kind::Struct, std::move(type));
    n->fields = std::move(fields);
    return n;
}
N If(std::string type, N dynamic)
{
    N n = node(Kind::Interface, std::move(type));
    n->target = std::move(dynamic);
    return n;
}
N NilIf(std::string type) { return node(Kind::Interface, std::move(type)); }
N Ch(std::string type, uintptr_t addr)
{
    N n = node(Kind::Chan, std::move(type));
    n->addr = addr;
    n->nil = addr == 0;
    return n;
}
N Fn(std::string type, uintptr_t addr)
{
    N n = node(Kind::Func, std::move(type));
    n->addr = addr;
    n->nil = addr == 0;
    return n;
}

// Methods.
N Str(N n, std::string text)
{
    n->string = Value::MethodResult{std::move(text)};
    return n;
}
N Err(N n, std::string text)
{
    n->error = Value::MethodResult{std::move(text)};
    return n;
}
N GoStr(N n, std::string text)
{
    n->goString = Value::MethodResult{std::move(text)};
    return n;
}
Value::MethodResult panicked(std::string text, bool nilReceiver = false)
{
    Value::MethodResult r{std::move(text)};
    r.panicked = true;
    r.nilReceiverPanic = nilReceiver;
    return r;
}
N StrPanic(N n, std::string text)
{
    n->string = panicked(std::move(text));
    return n;
}
N StrNilPanic(N n, std::string text)
{
    n->string = panicked(std::move(text), true);
    return n;
}
N ErrPanic(N n, std::string text)
{
    n->error = panicked(std::move(text));
    return n;
}
N GoStrPanic(N n, std::string text)
{
    n->goString = panicked(std::move(text));
    return n;
}

std::string utf8(char32_t r)
{
    std::string s;
    if (r < 0x80)
        s += static_cast<char>(r);
    else if (r < 0x800)
    {
        s += static_cast<char>(0xC0 | (r >> 6));
        s += static_cast<char>(0x80 | (r & 0x3F));
    }
    else
    {
        s += static_cast<char>(0xE0 | (r >> 12));
        s += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (r & 0x3F));
    }
    return s;
}

// errors.New(text): a *errors.errorString.
N ErrNew(std::string text, uintptr_t addr)
{
    return Err(P("*errors.errorString", St("errors.errorString", {{"s", S(text)}}), addr), text);
}
// main.ErrT{Code: code}, whose Error method returns "code N".
N ErrT_(int code) { return Err(St("main.ErrT", {{"Code", I(code)}}), "code " + std::to_string(code)); }
// main.Fm's Format method, as the Go twin writes it.
N Fm_(N n)
{
    n->format = [](const FormatState& st, char32_t verb) {
        std::string s = "Fm[" + utf8(verb);
        if (st.widthPresent)
            s += " w" + std::to_string(st.width);
        if (st.precisionPresent)
            s += " p" + std::to_string(st.precision);
        for (char c : std::string("+-# 0"))
            if (st.flag(c))
                s += std::string(" ") + c;
        return s + "]";
    };
    return n;
}
// main.FmErr: Format writes "FmErr[verb]"; Error returns "fmerr".
N FmErr_(N n)
{
    n->format = [](const FormatState&, char32_t verb) { return "FmErr[" + utf8(verb) + "]"; };
    n->errorMethodForFormat = true;
    return Err(n, "fmerr");
}

const double INF = std::numeric_limits<double>::infinity();

// ---- calling the engine ----

struct Args
{
    std::vector<std::unique_ptr<Mock>> owned;
    std::vector<const Value*> ptrs;
    explicit Args(const std::vector<N>& nodes)
    {
        for (const N& n : nodes)
        {
            if (!n)
            {
                ptrs.push_back(nullptr);
                continue;
            }
            owned.push_back(std::make_unique<Mock>(n));
            ptrs.push_back(owned.back().get());
        }
    }
};

std::string SF(std::string_view format, std::vector<N> args)
{
    Args a(args);
    return sprintf(format, a.ptrs).text;
}
std::string SP(std::vector<N> args)
{
    Args a(args);
    return sprint(a.ptrs);
}
std::string SL(std::vector<N> args)
{
    Args a(args);
    return sprintln(a.ptrs);
}
// Errorf: the message, "|w=" and the index of the argument wrapped with %w, if any.
std::string EF(std::string_view format, std::vector<N> args)
{
    Args a(args);
    SprintfResult r = sprintf(format, a.ptrs, true);
    std::string out = r.text + "|w=";
    for (size_t i : r.wrapped)
        out += std::to_string(i);
    return out;
}

} // namespace

// The engine's contract with the VM; no Go output involved (the outputs are compared with the
// engine's own output for an equivalent value).

TEST_CASE("fmt: the bytesValue fast path prints as element access does")
{
    for (const char* type : {"[]uint8", "main.B"})
    {
        N slow = By(type, "hi\x01\xff");
        N fast = By(type, "hi\x01\xff");
        fast->exposeBytes = true;
        for (const char* format : {"%v", "%s", "%q", "%x", "% X", "%#v", "%d", "%5.2s"})
            CHECK(SF(format, {fast}) == SF(format, {slow}));
    }
}

TEST_CASE("fmt: an interface-kind argument prints as its dynamic value")
{
    for (const char* format : {"%v", "%d", "%T", "%#v", "%x", "%p"})
    {
        CHECK(SF(format, {If("interface {}", I(3))}) == SF(format, {I(3)}));
        CHECK(SF(format, {If("error", ErrT_(2))}) == SF(format, {ErrT_(2)}));
        CHECK(SF(format, {NilIf("error")}) == SF(format, {Nil()}));
    }
    CHECK(SP({If("interface {}", S("a")), If("interface {}", S("b"))}) == SP({S("a"), S("b")}));
    CHECK(SF("%d", {I(1), If("interface {}", I(2))}) == SF("%d", {I(1), I(2)}));
}

TEST_CASE("fmt: a null argument is a nil interface")
{
    CHECK(SF("%v %d %T", {nullptr, nullptr, nullptr}) == SF("%v %d %T", {Nil(), Nil(), Nil()}));
    CHECK(SP({nullptr, I(1)}) == SP({Nil(), I(1)}));
    CHECK(SL({nullptr}) == SL({Nil()}));
}

TEST_CASE("fmt: methods run only when Go would call them, and once")
{
    N both = Str(Err(St("main.Both", {}), "as error"), "as string");
    SF("%v", {both});
    CHECK(both->errorCalls == 1);
    CHECK(both->stringCalls == 0); // Error wins

    N e = ErrNew("boom", 0x9000);
    EF("%w", {e});
    CHECK(e->errorCalls == 1); // %w checks for an error and prints it with one call

    N color = Str(Named("main.Color", I(1)), "green");
    SF("%d %z %T %p %#v", {color, color, color, color, color});
    CHECK(color->stringCalls == 0); // no string verb; bad verbs never call methods

    N hidden = Str(Named("main.Color", I(1)), "green");
    N visible = Str(Named("main.Color", I(2)), "blue");
    SF("%v", {St("main.Hid", {{"c", hidden}, {"C", visible}})});
    CHECK(hidden->stringCalls == 0); // unexported field
    CHECK(visible->stringCalls == 1);

    N inMap = Str(Named("main.Color", I(1)), "green");
    SF("%v", {St("struct { m map[string]main.Color }", {{"m", Mp("map[string]main.Color", {{S("k"), inMap}})}})});
    CHECK(inMap->stringCalls == 0); // inside an unexported field

    N goStr = Str(GoStr(St("main.G", {}), "G!"), "g");
    SF("%#v %v", {goStr, goStr});
    CHECK(goStr->goStringCalls == 1);
    CHECK(goStr->stringCalls == 1);

    N fm = Fm_(Err(St("main.Fm", {}), "err"));
    EF("%w", {fm}); // a Formatter without hasErrorMethod is not an error for %w
    CHECK(fm->formatCalls == 0);
    CHECK(fm->errorCalls == 0);
    SF("%v", {fm});
    CHECK(fm->formatCalls == 1);
    CHECK(fm->errorCalls == 0); // Format wins
}

// BEGIN GENERATED by tests/stdlib/fmt_expected.go
TEST_CASE("fmt: integers")
{
    CHECK(SF("%d", {I(42)}) == "42");
    CHECK(SF("%v", {I(42)}) == "42");
    CHECK(SF("%+d", {I(42)}) == "+42");
    CHECK(SF("% d", {I(42)}) == " 42");
    CHECK(SF("%5d", {I(42)}) == "   42");
    CHECK(SF("%-5d|", {I(42)}) == "42   |");
    CHECK(SF("%05d", {I(42)}) == "00042");
    CHECK(SF("%.3d", {I(42)}) == "042");
    CHECK(SF("%8.3d", {I(42)}) == "     042");
    CHECK(SF("%08.3d", {I(42)}) == "     042");
    CHECK(SF("%+05d", {I(42)}) == "+0042");
    CHECK(SF("% 05d", {I(42)}) == " 0042");
    CHECK(SF("%-05d|", {I(42)}) == "42   |");
    CHECK(SF("%x", {I(42)}) == "2a");
    CHECK(SF("%X", {I(42)}) == "2A");
    CHECK(SF("%#x", {I(42)}) == "0x2a");
    CHECK(SF("%#X", {I(42)}) == "0X2A");
    CHECK(SF("%o", {I(42)}) == "52");
    CHECK(SF("%#o", {I(42)}) == "052");
    CHECK(SF("%O", {I(42)}) == "0o52");
    CHECK(SF("%#O", {I(42)}) == "0o052");
    CHECK(SF("%b", {I(42)}) == "101010");
    CHECK(SF("%#b", {I(42)}) == "0b101010");
    CHECK(SF("%c", {I(42)}) == "*");
    CHECK(SF("%q", {I(42)}) == "'*'");
    CHECK(SF("%U", {I(42)}) == "U+002A");
    CHECK(SF("%#U", {I(42)}) == "U+002A '*'");
    CHECK(SF("%#v", {I(42)}) == "42");
    CHECK(SF("%T", {I(42)}) == "int");
    CHECK(SF("%6T|", {I(42)}) == "   int|");
    CHECK(SF("%-6T|", {I(42)}) == "int   |");
    CHECK(SF("%d", {I(-42)}) == "-42");
    CHECK(SF("%5d", {I(-42)}) == "  -42");
    CHECK(SF("%05d", {I(-42)}) == "-0042");
    CHECK(SF("%x", {I(-42)}) == "-2a");
    CHECK(SF("%#x", {I(-42)}) == "-0x2a");
    CHECK(SF("%o", {I(-42)}) == "-52");
    CHECK(SF("%b", {I(-42)}) == "-101010");
    CHECK(SF("%+d", {I(-42)}) == "-42");
    CHECK(SF("% d", {I(-42)}) == "-42");
    CHECK(SF("%.4d", {I(-42)}) == "-0042");
    CHECK(SF("%c", {I(-42)}) == "\357\277\275");
    CHECK(SF("%q", {I(-42)}) == "'\357\277\275'");
    CHECK(SF("%U", {I(-42)}) == "U+FFFFFFFFFFFFFFD6");
    CHECK(SF("%d", {I(0)}) == "0");
    CHECK(SF("%.0d|", {I(0)}) == "|");
    CHECK(SF("%5.0d|", {I(0)}) == "     |");
    CHECK(SF("%.d|", {I(0)}) == "|");
    CHECK(SF("%#x", {I(0)}) == "0x0");
    CHECK(SF("%#o", {I(0)}) == "0");
    CHECK(SF("%#b", {I(0)}) == "0b0");
    CHECK(SF("%x", {I(0)}) == "0");
    CHECK(SF("%O", {I(0)}) == "0o0");
    CHECK(SF("%d", {I8(-128)}) == "-128");
    CHECK(SF("%x", {I8(-128)}) == "-80");
    CHECK(SF("%#v", {I8(-128)}) == "-128");
    CHECK(SF("%T", {I8(-128)}) == "int8");
    CHECK(SF("%b", {I8(-128)}) == "-10000000");
    CHECK(SF("%v", {I16(-300)}) == "-300");
    CHECK(SF("%o", {I16(-300)}) == "-454");
    CHECK(SF("%T", {I16(-300)}) == "int16");
    CHECK(SF("%d", {I64(INT64_MIN)}) == "-9223372036854775808");
    CHECK(SF("%x", {I64(INT64_MIN)}) == "-8000000000000000");
    CHECK(SF("%b", {I64(INT64_MIN)}) == "-1000000000000000000000000000000000000000000000000000000000000000");
    CHECK(SF("%d", {U64(UINT64_MAX)}) == "18446744073709551615");
    CHECK(SF("%x", {U64(UINT64_MAX)}) == "ffffffffffffffff");
    CHECK(SF("%X", {U64(UINT64_MAX)}) == "FFFFFFFFFFFFFFFF");
    CHECK(SF("%#v", {U64(UINT64_MAX)}) == "0xffffffffffffffff");
    CHECK(SF("%v", {U64(UINT64_MAX)}) == "18446744073709551615");
    CHECK(SF("%o", {U64(UINT64_MAX)}) == "1777777777777777777777");
    CHECK(SF("%c", {U64(UINT64_MAX)}) == "\357\277\275");
    CHECK(SF("%q", {U64(UINT64_MAX)}) == "'\357\277\275'");
    CHECK(SF("%U", {U64(UINT64_MAX)}) == "U+FFFFFFFFFFFFFFFF");
    CHECK(SF("%v", {U8(255)}) == "255");
    CHECK(SF("%#v", {U8(255)}) == "0xff");
    CHECK(SF("%x", {U8(255)}) == "ff");
    CHECK(SF("%08b", {U8(255)}) == "11111111");
    CHECK(SF("%T", {U8(255)}) == "uint8");
    CHECK(SF("%c", {U8(255)}) == "\303\277");
    CHECK(SF("%v", {U16(65535)}) == "65535");
    CHECK(SF("%#v", {U16(65535)}) == "0xffff");
    CHECK(SF("%T", {U16(65535)}) == "uint16");
    CHECK(SF("%#v", {U32(7)}) == "0x7");
    CHECK(SF("%d", {U32(7)}) == "7");
    CHECK(SF("%#v", {U(12)}) == "0xc");
    CHECK(SF("%v", {U(12)}) == "12");
    CHECK(SF("%T", {U(12)}) == "uint");
    CHECK(SF("%v", {UP(0x1234)}) == "4660");
    CHECK(SF("%#v", {UP(0x1234)}) == "0x1234");
    CHECK(SF("%x", {UP(0x1234)}) == "1234");
    CHECK(SF("%T", {UP(0x1234)}) == "uintptr");
    CHECK(SF("%p", {UP(0x1234)}) == "%!p(uintptr=4660)");
    CHECK(SF("%c", {R(0x1F600)}) == "\360\237\230\200");
    CHECK(SF("%q", {R(0x1F600)}) == "'\360\237\230\200'");
    CHECK(SF("%+q", {R(0x1F600)}) == "'\\U0001f600'");
    CHECK(SF("%U", {R(0x1F600)}) == "U+1F600");
    CHECK(SF("%#U", {R(0x1F600)}) == "U+1F600 '\360\237\230\200'");
    CHECK(SF("%d", {R(0x1F600)}) == "128512");
    CHECK(SF("%T", {R(0x1F600)}) == "int32");
    CHECK(SF("%x", {R(0x1F600)}) == "1f600");
    CHECK(SF("%#.8U", {R(0x1F600)}) == "U+0001F600 '\360\237\230\200'");
    CHECK(SF("%08c|", {R(0x1F600)}) == "0000000\360\237\230\200|");
    CHECK(SF("%-4c|", {R(0x1F600)}) == "\360\237\230\200   |");
    CHECK(SF("%q", {R('\n')}) == "'\\n'");
    CHECK(SF("%+q", {R('\n')}) == "'\\n'");
    CHECK(SF("%#U", {R('\n')}) == "U+000A");
    CHECK(SF("%c", {R('\n')}) == "\n");
    CHECK(SF("%q", {R(0x7)}) == "'\\a'");
    CHECK(SF("%#U", {R(0x7)}) == "U+0007");
    CHECK(SF("%.6U", {R(0x7)}) == "U+000007");
    CHECK(SF("%q", {R(0xE9)}) == "'\303\251'");
    CHECK(SF("%+q", {R(0xE9)}) == "'\\u00e9'");
    CHECK(SF("%#U", {R(0xE9)}) == "U+00E9 '\303\251'");
    CHECK(SF("%c", {R(0xE9)}) == "\303\251");
    CHECK(SF("%5q|", {R(0xE9)}) == "  '\303\251'|");
    CHECK(SF("%q", {R('\'')}) == "'\\''");
    CHECK(SF("%c", {R('\'')}) == "'");
    CHECK(SF("%c", {R(0xD800)}) == "\357\277\275");
    CHECK(SF("%q", {R(0xD800)}) == "'\357\277\275'");
    CHECK(SF("%U", {R(0xD800)}) == "U+D800");
    CHECK(SF("%#U", {R(0xD800)}) == "U+D800");
    CHECK(SF("%c", {R(0x110000)}) == "\357\277\275");
    CHECK(SF("%q", {R(0x110000)}) == "'\357\277\275'");
    CHECK(SF("%#U", {R(0x110000)}) == "U+110000");
    CHECK(SF("%c", {I(-1)}) == "\357\277\275");
    CHECK(SF("%q", {I(-1)}) == "'\357\277\275'");
    CHECK(SF("%U", {I(-1)}) == "U+FFFFFFFFFFFFFFFF");
    CHECK(SF("%v", {Named("main.MyInt", I(7))}) == "7");
    CHECK(SF("%d", {Named("main.MyInt", I(7))}) == "7");
    CHECK(SF("%#v", {Named("main.MyInt", I(7))}) == "7");
    CHECK(SF("%T", {Named("main.MyInt", I(7))}) == "main.MyInt");
    CHECK(SF("%s", {Named("main.MyInt", I(7))}) == "%!s(main.MyInt=7)");
    CHECK(SF("%x", {Named("main.MyInt", I(7))}) == "7");
    CHECK(SF("%12d|", {I(1234567)}) == "     1234567|");
    CHECK(SF("%-12d|", {I(1234567)}) == "1234567     |");
    CHECK(SF("%012d", {I(1234567)}) == "000001234567");
    CHECK(SF("%+.10d", {I(1234567)}) == "+0001234567");
    CHECK(SF("%x", {I(1234567)}) == "12d687");
    CHECK(SF("%#012x", {I(1234567)}) == "0x00000012d687");
    CHECK(SF("%# x", {I(1234567)}) == " 0x12d687");
    CHECK(SF("%e", {I(100)}) == "%!e(int=100)");
    CHECK(SF("%f", {I(100)}) == "%!f(int=100)");
    CHECK(SF("%s", {I(100)}) == "%!s(int=100)");
    CHECK(SF("%t", {I(100)}) == "%!t(int=100)");
    CHECK(SF("%p", {I(100)}) == "%!p(int=100)");
    CHECK(SF("%z", {I(100)}) == "%!z(int=100)");
    CHECK(SF("%!", {I(100)}) == "%!!(int=100)");
    CHECK(SF("%\342\230\272", {I(100)}) == "%!\342\230\272(int=100)");
}

TEST_CASE("fmt: strings")
{
    CHECK(SF("%s", {S("hello")}) == "hello");
    CHECK(SF("%v", {S("hello")}) == "hello");
    CHECK(SF("%q", {S("hello")}) == "\"hello\"");
    CHECK(SF("%#q", {S("hello")}) == "`hello`");
    CHECK(SF("%+q", {S("hello")}) == "\"hello\"");
    CHECK(SF("%x", {S("hello")}) == "68656c6c6f");
    CHECK(SF("%X", {S("hello")}) == "68656C6C6F");
    CHECK(SF("% x", {S("hello")}) == "68 65 6c 6c 6f");
    CHECK(SF("%#x", {S("hello")}) == "0x68656c6c6f");
    CHECK(SF("%# x", {S("hello")}) == "0x68 0x65 0x6c 0x6c 0x6f");
    CHECK(SF("%# X", {S("hello")}) == "0X68 0X65 0X6C 0X6C 0X6F");
    CHECK(SF("%10s|", {S("hello")}) == "     hello|");
    CHECK(SF("%-10s|", {S("hello")}) == "hello     |");
    CHECK(SF("%.2s", {S("hello")}) == "he");
    CHECK(SF("%.2q", {S("hello")}) == "\"he\"");
    CHECK(SF("%5.1s|", {S("hello")}) == "    h|");
    CHECK(SF("%#v", {S("hello")}) == "\"hello\"");
    CHECK(SF("%T", {S("hello")}) == "string");
    CHECK(SF("%d", {S("hello")}) == "%!d(string=hello)");
    CHECK(SF("%c", {S("hello")}) == "%!c(string=hello)");
    CHECK(SF("%010s", {S("hello")}) == "00000hello");
    CHECK(SF("%.3x", {S("hello")}) == "68656c");
    CHECK(SF("%10.2x|", {S("hello")}) == "      6865|");
    CHECK(SF("%-8q|", {S("hello")}) == "\"hello\" |");
    CHECK(SF("%08q", {S("hello")}) == "0\"hello\"");
    CHECK(SF("%.0s|", {S("hello")}) == "|");
    CHECK(SF("%t", {S("hello")}) == "%!t(string=hello)");
    CHECK(SF("%s|", {S("")}) == "|");
    CHECK(SF("%q", {S("")}) == "\"\"");
    CHECK(SF("%x|", {S("")}) == "|");
    CHECK(SF("%5x|", {S("")}) == "     |");
    CHECK(SF("%#v", {S("")}) == "\"\"");
    CHECK(SF("%-3s|", {S("")}) == "   |");
    CHECK(SF("%05s", {S("")}) == "00000");
    CHECK(SF("%s", {S("héllo, 世界")}) == "h\303\251llo, \344\270\226\347\225\214");
    CHECK(SF("%q", {S("héllo, 世界")}) == "\"h\303\251llo, \344\270\226\347\225\214\"");
    CHECK(SF("%+q", {S("héllo, 世界")}) == "\"h\\u00e9llo, \\u4e16\\u754c\"");
    CHECK(SF("%#q", {S("héllo, 世界")}) == "`h\303\251llo, \344\270\226\347\225\214`");
    CHECK(SF("%x", {S("héllo, 世界")}) == "68c3a96c6c6f2c20e4b896e7958c");
    CHECK(SF("%12s|", {S("héllo, 世界")}) == "   h\303\251llo, \344\270\226\347\225\214|");
    CHECK(SF("%-12s|", {S("héllo, 世界")}) == "h\303\251llo, \344\270\226\347\225\214   |");
    CHECK(SF("%.4s", {S("héllo, 世界")}) == "h\303\251ll");
    CHECK(SF("%.8q", {S("héllo, 世界")}) == "\"h\303\251llo, \344\270\226\"");
    CHECK(SF("% X", {S("héllo, 世界")}) == "68 C3 A9 6C 6C 6F 2C 20 E4 B8 96 E7 95 8C");
    CHECK(SF("%q", {S("tab\there")}) == "\"tab\\there\"");
    CHECK(SF("%#q", {S("tab\there")}) == "`tab\there`");
    CHECK(SF("%+q", {S("tab\there")}) == "\"tab\\there\"");
    CHECK(SF("%#v", {S("tab\there")}) == "\"tab\\there\"");
    CHECK(SF("%q", {S("a\"b\\c\n")}) == "\"a\\\"b\\\\c\\n\"");
    CHECK(SF("%#q", {S("a\"b\\c\n")}) == "\"a\\\"b\\\\c\\n\"");
    CHECK(SF("%v", {S("a\"b\\c\n")}) == "a\"b\\c\n");
    CHECK(SF("%#v", {S("a\"b\\c\n")}) == "\"a\\\"b\\\\c\\n\"");
    CHECK(SF("%q", {S("ctl\x01\x7f")}) == "\"ctl\\x01\\x7f\"");
    CHECK(SF("%#q", {S("ctl\x01\x7f")}) == "\"ctl\\x01\\x7f\"");
    CHECK(SF("%+q", {S("ctl\x01\x7f")}) == "\"ctl\\x01\\x7f\"");
    CHECK(SF("%#q", {S("back`tick")}) == "\"back`tick\"");
    CHECK(SF("%q", {S("back`tick")}) == "\"back`tick\"");
    CHECK(SF("%s", {S("bad\xff\xfeutf8")}) == "bad\377\376utf8");
    CHECK(SF("%q", {S("bad\xff\xfeutf8")}) == "\"bad\\xff\\xfeutf8\"");
    CHECK(SF("%+q", {S("bad\xff\xfeutf8")}) == "\"bad\\xff\\xfeutf8\"");
    CHECK(SF("%#q", {S("bad\xff\xfeutf8")}) == "\"bad\\xff\\xfeutf8\"");
    CHECK(SF("%x", {S("bad\xff\xfeutf8")}) == "626164fffe75746638");
    CHECK(SF("%10s|", {S("bad\xff\xfeutf8")}) == " bad\377\376utf8|");
    CHECK(SF("%.4s", {S("bad\xff\xfeutf8")}) == "bad\377");
    CHECK(SF("%q", {S("\u00a0\u200b\U0001F600\ufeff")}) == "\"\\u00a0\\u200b\360\237\230\200\\ufeff\"");
    CHECK(SF("%+q", {S("\u00a0\u200b\U0001F600\ufeff")}) == "\"\\u00a0\\u200b\\U0001f600\\ufeff\"");
    CHECK(SF("%#q", {S("\u00a0\u200b\U0001F600\ufeff")}) == "\"\\u00a0\\u200b\360\237\230\200\\ufeff\"");
    CHECK(SF("%s", {S("\u00a0\u200b\U0001F600\ufeff")}) == "\302\240\342\200\213\360\237\230\200\357\273\277");
    CHECK(SF("%q", {S("\u0301x")}) == "\"\314\201x\"");
    CHECK(SF("%3s|", {S("\u0301x")}) == " \314\201x|");
    CHECK(SF("%v", {Named("main.MyString", S("named"))}) == "named");
    CHECK(SF("%#v", {Named("main.MyString", S("named"))}) == "\"named\"");
    CHECK(SF("%T", {Named("main.MyString", S("named"))}) == "main.MyString");
    CHECK(SF("%q", {Named("main.MyString", S("named"))}) == "\"named\"");
    CHECK(SF("%x", {Named("main.MyString", S("named"))}) == "6e616d6564");
    CHECK(SF("%d", {Named("main.MyString", S("named"))}) == "%!d(main.MyString=named)");
}

TEST_CASE("fmt: floats")
{
    CHECK(SF("%v", {F(1.0)}) == "1");
    CHECK(SF("%f", {F(1.0)}) == "1.000000");
    CHECK(SF("%e", {F(1.0)}) == "1.000000e+00");
    CHECK(SF("%E", {F(1.0)}) == "1.000000E+00");
    CHECK(SF("%g", {F(1.0)}) == "1");
    CHECK(SF("%G", {F(1.0)}) == "1");
    CHECK(SF("%#v", {F(1.0)}) == "1");
    CHECK(SF("%#g", {F(1.0)}) == "1.00000");
    CHECK(SF("%.2f", {F(1.0)}) == "1.00");
    CHECK(SF("%5.1f|", {F(1.0)}) == "  1.0|");
    CHECK(SF("%-8.3f|", {F(1.0)}) == "1.000   |");
    CHECK(SF("%08.3f", {F(1.0)}) == "0001.000");
    CHECK(SF("%+f", {F(1.0)}) == "+1.000000");
    CHECK(SF("% f", {F(1.0)}) == " 1.000000");
    CHECK(SF("%+.2e", {F(1.0)}) == "+1.00e+00");
    CHECK(SF("%#.3e", {F(1.0)}) == "1.000e+00");
    CHECK(SF("%x", {F(1.0)}) == "0x1p+00");
    CHECK(SF("%X", {F(1.0)}) == "0X1P+00");
    CHECK(SF("%b", {F(1.0)}) == "4503599627370496p-52");
    CHECK(SF("%#x", {F(1.0)}) == "0x1.0000p+00");
    CHECK(SF("%.2x", {F(1.0)}) == "0x1.00p+00");
    CHECK(SF("%T", {F(1.0)}) == "float64");
    CHECK(SF("%F", {F(1.0)}) == "1.000000");
    CHECK(SF("%d", {F(1.0)}) == "%!d(float64=1)");
    CHECK(SF("%s", {F(1.0)}) == "%!s(float64=1)");
    CHECK(SF("%#.0f", {F(1.0)}) == "1.");
    CHECK(SF("%#.0e", {F(1.0)}) == "1.e+00");
    CHECK(SF("%8v|", {F(1.0)}) == "       1|");
    CHECK(SF("%v", {F(0.1)}) == "0.1");
    CHECK(SF("%.30f", {F(0.1)}) == "0.100000000000000005551115123126");
    CHECK(SF("%.20e", {F(0.1)}) == "1.00000000000000005551e-01");
    CHECK(SF("%.17g", {F(0.1)}) == "0.10000000000000001");
    CHECK(SF("%g", {F(0.1)}) == "0.1");
    CHECK(SF("%#g", {F(0.1)}) == "0.100000");
    CHECK(SF("%x", {F(0.1)}) == "0x1.999999999999ap-04");
    CHECK(SF("%b", {F(0.1)}) == "7205759403792794p-56");
    CHECK(SF("%.0f", {F(0.1)}) == "0");
    CHECK(SF("%.1f", {F(0.1)}) == "0.1");
    CHECK(SF("%v", {F(1000000.0)}) == "1e+06");
    CHECK(SF("%g", {F(1000000.0)}) == "1e+06");
    CHECK(SF("%f", {F(1000000.0)}) == "1000000.000000");
    CHECK(SF("%e", {F(1000000.0)}) == "1.000000e+06");
    CHECK(SF("%.3g", {F(1000000.0)}) == "1e+06");
    CHECK(SF("%#v", {F(1000000.0)}) == "1e+06");
    CHECK(SF("%G", {F(1000000.0)}) == "1E+06");
    CHECK(SF("%v", {F(123456.0)}) == "123456");
    CHECK(SF("%.3g", {F(123456.0)}) == "1.23e+05");
    CHECK(SF("%.6g", {F(123456.0)}) == "123456");
    CHECK(SF("%.7g", {F(123456.0)}) == "123456");
    CHECK(SF("%.2e", {F(123456.0)}) == "1.23e+05");
    CHECK(SF("%v", {F(1e20)}) == "1e+20");
    CHECK(SF("%f", {F(1e20)}) == "100000000000000000000.000000");
    CHECK(SF("%g", {F(1e20)}) == "1e+20");
    CHECK(SF("%v", {F(1e21)}) == "1e+21");
    CHECK(SF("%f", {F(1e21)}) == "1000000000000000000000.000000");
    CHECK(SF("%.0f", {F(1e21)}) == "1000000000000000000000");
    CHECK(SF("%v", {F(1e-5)}) == "1e-05");
    CHECK(SF("%f", {F(1e-5)}) == "0.000010");
    CHECK(SF("%g", {F(1e-5)}) == "1e-05");
    CHECK(SF("%.3g", {F(1e-5)}) == "1e-05");
    CHECK(SF("%e", {F(1e-5)}) == "1.000000e-05");
    CHECK(SF("%v", {F(0.0001234)}) == "0.0001234");
    CHECK(SF("%.3g", {F(0.0001234)}) == "0.000123");
    CHECK(SF("%g", {F(0.0001234)}) == "0.0001234");
    CHECK(SF("%#g", {F(0.0001234)}) == "0.000123400");
    CHECK(SF("%v", {F(-0.0)}) == "-0");
    CHECK(SF("%f", {F(-0.0)}) == "-0.000000");
    CHECK(SF("%e", {F(-0.0)}) == "-0.000000e+00");
    CHECK(SF("%+v", {F(-0.0)}) == "-0");
    CHECK(SF("% v", {F(-0.0)}) == "-0");
    CHECK(SF("%.2g", {F(-0.0)}) == "-0");
    CHECK(SF("%x", {F(-0.0)}) == "-0x0p+00");
    CHECK(SF("%v", {F(0.0)}) == "0");
    CHECK(SF("%e", {F(0.0)}) == "0.000000e+00");
    CHECK(SF("%g", {F(0.0)}) == "0");
    CHECK(SF("%.3g", {F(0.0)}) == "0");
    CHECK(SF("%#g", {F(0.0)}) == "0.00000");
    CHECK(SF("%x", {F(0.0)}) == "0x0p+00");
    CHECK(SF("%b", {F(0.0)}) == "0p-1074");
    CHECK(SF("%+.1f", {F(0.0)}) == "+0.0");
    CHECK(SF("% .1f", {F(0.0)}) == " 0.0");
    CHECK(SF("%#.3x", {F(0.0)}) == "0x0.000p+00");
    CHECK(SF("%v", {F(INF)}) == "+Inf");
    CHECK(SF("%f", {F(INF)}) == "+Inf");
    CHECK(SF("%+v", {F(INF)}) == "+Inf");
    CHECK(SF("% v", {F(INF)}) == " Inf");
    CHECK(SF("%8v|", {F(INF)}) == "    +Inf|");
    CHECK(SF("%-8v|", {F(INF)}) == "+Inf    |");
    CHECK(SF("%08v", {F(INF)}) == "    +Inf");
    CHECK(SF("%e", {F(INF)}) == "+Inf");
    CHECK(SF("%x", {F(INF)}) == "+Inf");
    CHECK(SF("%#g", {F(INF)}) == "+Inf");
    CHECK(SF("%.2f", {F(INF)}) == "+Inf");
    CHECK(SF("%v", {F(-INF)}) == "-Inf");
    CHECK(SF("%08v", {F(-INF)}) == "    -Inf");
    CHECK(SF("%+v", {F(-INF)}) == "-Inf");
    CHECK(SF("% v", {F(-INF)}) == "-Inf");
    CHECK(SF("%g", {F(-INF)}) == "-Inf");
    CHECK(SF("%v", {F(NAN)}) == "NaN");
    CHECK(SF("%+v", {F(NAN)}) == "NaN");
    CHECK(SF("% v", {F(NAN)}) == " NaN");
    CHECK(SF("%06f", {F(NAN)}) == "   NaN");
    CHECK(SF("%-6v|", {F(NAN)}) == "NaN   |");
    CHECK(SF("%e", {F(NAN)}) == "NaN");
    CHECK(SF("%#v", {F(NAN)}) == "NaN");
    CHECK(SF("%x", {F(NAN)}) == "NaN");
    CHECK(SF("%.0f", {F(0.5)}) == "0");
    CHECK(SF("%.0e", {F(0.5)}) == "5e-01");
    CHECK(SF("%.1g", {F(0.5)}) == "0.5");
    CHECK(SF("%.0f", {F(1.5)}) == "2");
    CHECK(SF("%.5g", {F(1.5)}) == "1.5");
    CHECK(SF("%#.5g", {F(1.5)}) == "1.5000");
    CHECK(SF("%.0e", {F(1.5)}) == "2e+00");
    CHECK(SF("%.0f", {F(2.5)}) == "2");
    CHECK(SF("%.0e", {F(2.5)}) == "2e+00");
    CHECK(SF("%.2f", {F(0.125)}) == "0.12");
    CHECK(SF("%.1e", {F(0.125)}) == "1.2e-01");
    CHECK(SF("%.2g", {F(0.125)}) == "0.12");
    CHECK(SF("%.3g", {F(100.0)}) == "100");
    CHECK(SF("%.2g", {F(100.0)}) == "1e+02");
    CHECK(SF("%.1g", {F(100.0)}) == "1e+02");
    CHECK(SF("%#.3g", {F(100.0)}) == "100.");
    CHECK(SF("%#.2g", {F(100.0)}) == "1.0e+02");
    CHECK(SF("%g", {F(100.0)}) == "100");
    CHECK(SF("%v", {F(123456789.0)}) == "1.23456789e+08");
    CHECK(SF("%g", {F(123456789.0)}) == "1.23456789e+08");
    CHECK(SF("%.10g", {F(123456789.0)}) == "123456789");
    CHECK(SF("%e", {F(123456789.0)}) == "1.234568e+08");
    CHECK(SF("%f", {F(123456789.0)}) == "123456789.000000");
    CHECK(SF("%.3e", {F(123456789.0)}) == "1.235e+08");
    CHECK(SF("%G", {F(123456789.0)}) == "1.23456789E+08");
    CHECK(SF("%v", {F(-3.14159)}) == "-3.14159");
    CHECK(SF("%.2f", {F(-3.14159)}) == "-3.14");
    CHECK(SF("%8.3f|", {F(-3.14159)}) == "  -3.142|");
    CHECK(SF("%-9.2f|", {F(-3.14159)}) == "-3.14    |");
    CHECK(SF("%08.2f", {F(-3.14159)}) == "-0003.14");
    CHECK(SF("%+.3e", {F(-3.14159)}) == "-3.142e+00");
    CHECK(SF("%g", {F(-3.14159)}) == "-3.14159");
    CHECK(SF("%.3G", {F(-3.14159)}) == "-3.14");
    CHECK(SF("%x", {F(-3.14159)}) == "-0x1.921f9f01b866ep+01");
    CHECK(SF("%X", {F(-3.14159)}) == "-0X1.921F9F01B866EP+01");
    CHECK(SF("%.3x", {F(-3.14159)}) == "-0x1.922p+01");
    CHECK(SF("%v", {F(1e300)}) == "1e+300");
    CHECK(SF("%f", {F(1e300)}) == "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000");
    CHECK(SF("%e", {F(1e300)}) == "1.000000e+300");
    CHECK(SF("%.20g", {F(1e300)}) == "1.0000000000000000525e+300");
    CHECK(SF("%v", {F(5e-324)}) == "5e-324");
    CHECK(SF("%e", {F(5e-324)}) == "4.940656e-324");
    CHECK(SF("%g", {F(5e-324)}) == "5e-324");
    CHECK(SF("%b", {F(5e-324)}) == "1p-1074");
    CHECK(SF("%x", {F(5e-324)}) == "0x1p-1074");
    CHECK(SF("%.3x", {F(5e-324)}) == "0x1.000p-1074");
    CHECK(SF("%.1000f", {F(5e-324)}) == "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000049406564584124654417656879286822137236505980261432476442558568250067550727020875186529983636163599237979656469544571773092665671035593979639877479601078187812630071319031140452784581716784898210368871863605699873072305000638740915356498438731247339727316961514003171538539807412623856559117102665855668676818703956031062493194527159149245532930545654440112748012970999954193198940908041656332452475714786901472678015935523861155013480352649347201937902681071074917033322268447533357208324319360923828934583680601060115061698097530783422773183292479049825247307763759272478746560847782037344696995336470179726777175851256605511991315048911014510378627381672509558373897335989937");
    CHECK(SF("%v", {F(1.7976931348623157e308)}) == "1.7976931348623157e+308");
    CHECK(SF("%e", {F(1.7976931348623157e308)}) == "1.797693e+308");
    CHECK(SF("%x", {F(1.7976931348623157e308)}) == "0x1.fffffffffffffp+1023");
    CHECK(SF("%.0f", {F(1.7976931348623157e308)}) == "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368");
    CHECK(SF("%v", {F(2.0/3.0)}) == "0.6666666666666666");
    CHECK(SF("%.3f", {F(2.0/3.0)}) == "0.667");
    CHECK(SF("%.15f", {F(2.0/3.0)}) == "0.666666666666667");
    CHECK(SF("%.16g", {F(2.0/3.0)}) == "0.6666666666666666");
    CHECK(SF("%.3e", {F(2.0/3.0)}) == "6.667e-01");
    CHECK(SF("%10.4g|", {F(2.0/3.0)}) == "    0.6667|");
    CHECK(SF("%-10.4G|", {F(2.0/3.0)}) == "0.6667    |");
    CHECK(SF("%#.10g", {F(2.0/3.0)}) == "0.6666666667");
    CHECK(SF("%v", {F(1e-7)}) == "1e-07");
    CHECK(SF("%g", {F(1e-7)}) == "1e-07");
    CHECK(SF("%.2g", {F(1e-7)}) == "1e-07");
    CHECK(SF("%#v", {F(1e-7)}) == "1e-07");
    CHECK(SF("%f", {F(1e-7)}) == "0.000000");
    CHECK(SF("%x", {F(15.0)}) == "0x1.ep+03");
    CHECK(SF("%.0x", {F(15.0)}) == "0x1p+04");
    CHECK(SF("%#.0x", {F(15.0)}) == "0x1.p+04");
    CHECK(SF("%.1x", {F(15.0)}) == "0x1.ep+03");
    CHECK(SF("%X", {F(15.0)}) == "0X1.EP+03");
    CHECK(SF("%#v", {F(15.0)}) == "15");
    CHECK(SF("%#g", {F(15.0)}) == "15.0000");
    CHECK(SF("%#e", {F(15.0)}) == "1.500000e+01");
    CHECK(SF("%#f", {F(15.0)}) == "15.000000");
    CHECK(SF("%.3f", {F(0.9999999)}) == "1.000");
    CHECK(SF("%.3e", {F(0.9999999)}) == "1.000e+00");
    CHECK(SF("%.3g", {F(0.9999999)}) == "1");
    CHECK(SF("%.0f", {F(0.9999999)}) == "1");
    CHECK(SF("%.6x", {F(0.9999999)}) == "0x1.fffffdp-01");
    CHECK(SF("%v", {F32(0.1f)}) == "0.1");
    CHECK(SF("%g", {F32(0.1f)}) == "0.1");
    CHECK(SF("%e", {F32(0.1f)}) == "1.000000e-01");
    CHECK(SF("%f", {F32(0.1f)}) == "0.100000");
    CHECK(SF("%.10f", {F32(0.1f)}) == "0.1000000015");
    CHECK(SF("%.3e", {F32(0.1f)}) == "1.000e-01");
    CHECK(SF("%x", {F32(0.1f)}) == "0x1.99999ap-04");
    CHECK(SF("%b", {F32(0.1f)}) == "13421773p-27");
    CHECK(SF("%T", {F32(0.1f)}) == "float32");
    CHECK(SF("%#v", {F32(0.1f)}) == "0.1");
    CHECK(SF("%G", {F32(0.1f)}) == "0.1");
    CHECK(SF("%.20g", {F32(0.1f)}) == "0.10000000149011611938");
    CHECK(SF("%v", {F32(1.0f/3.0f)}) == "0.33333334");
    CHECK(SF("%.5f", {F32(1.0f/3.0f)}) == "0.33333");
    CHECK(SF("%e", {F32(1.0f/3.0f)}) == "3.333333e-01");
    CHECK(SF("%v", {F32(16777216.0f)}) == "1.6777216e+07");
    CHECK(SF("%f", {F32(16777216.0f)}) == "16777216.000000");
    CHECK(SF("%e", {F32(16777216.0f)}) == "1.677722e+07");
    CHECK(SF("%v", {F32(3.4028235e38f)}) == "3.4028235e+38");
    CHECK(SF("%e", {F32(3.4028235e38f)}) == "3.402823e+38");
    CHECK(SF("%x", {F32(3.4028235e38f)}) == "0x1.fffffep+127");
    CHECK(SF("%v", {F32(1e-45f)}) == "1e-45");
    CHECK(SF("%b", {F32(1e-45f)}) == "1p-149");
    CHECK(SF("%x", {F32(1e-45f)}) == "0x1p-149");
    CHECK(SF("%v", {F32(-2.5f)}) == "-2.5");
    CHECK(SF("%6.2f|", {F32(-2.5f)}) == " -2.50|");
    CHECK(SF("%+g", {F32(-2.5f)}) == "-2.5");
    CHECK(SF("%f", {Named("main.Temp", F(21.5))}) == "21.500000");
    CHECK(SF("%.0f", {Named("main.Temp", F(21.5))}) == "22");
    CHECK(SF("%T", {Named("main.Temp", F(21.5))}) == "main.Temp");
}

TEST_CASE("fmt: bools")
{
    CHECK(SF("%v", {Bo(true)}) == "true");
    CHECK(SF("%t", {Bo(true)}) == "true");
    CHECK(SF("%5t|", {Bo(true)}) == " true|");
    CHECK(SF("%-6t|", {Bo(true)}) == "true  |");
    CHECK(SF("%d", {Bo(true)}) == "%!d(bool=true)");
    CHECK(SF("%#v", {Bo(true)}) == "true");
    CHECK(SF("%T", {Bo(true)}) == "bool");
    CHECK(SF("%s", {Bo(true)}) == "%!s(bool=true)");
    CHECK(SF("%q", {Bo(true)}) == "%!q(bool=true)");
    CHECK(SF("%v", {Bo(false)}) == "false");
    CHECK(SF("%t", {Bo(false)}) == "false");
    CHECK(SF("%05t", {Bo(false)}) == "false");
}

TEST_CASE("fmt: pointers")
{
    CHECK(SF("%p", {P("*int", I(0), 0x1040)}) == "0x1040");
    CHECK(SF("%v", {P("*int", I(0), 0x1040)}) == "0x1040");
    CHECK(SF("%#v", {P("*int", I(0), 0x1040)}) == "(*int)(0x1040)");
    CHECK(SF("%#p", {P("*int", I(0), 0x1040)}) == "1040");
    CHECK(SF("%x", {P("*int", I(0), 0x1040)}) == "1040");
    CHECK(SF("%X", {P("*int", I(0), 0x1040)}) == "1040");
    CHECK(SF("%d", {P("*int", I(0), 0x1040)}) == "4160");
    CHECK(SF("%o", {P("*int", I(0), 0x1040)}) == "10100");
    CHECK(SF("%b", {P("*int", I(0), 0x1040)}) == "1000001000000");
    CHECK(SF("%s", {P("*int", I(0), 0x1040)}) == "%!s(*int=0x1040)");
    CHECK(SF("%T", {P("*int", I(0), 0x1040)}) == "*int");
    CHECK(SF("%20p|", {P("*int", I(0), 0x1040)}) == "              0x1040|");
    CHECK(SF("%-20v|", {P("*int", I(0), 0x1040)}) == "0x1040              |");
    CHECK(SF("%q", {P("*int", I(0), 0x1040)}) == "%!q(*int=0x1040)");
    CHECK(SF("%t", {P("*int", I(0), 0x1040)}) == "%!t(*int=0x1040)");
    CHECK(SF("%v", {NilP("*int")}) == "<nil>");
    CHECK(SF("%p", {NilP("*int")}) == "0x0");
    CHECK(SF("%#v", {NilP("*int")}) == "(*int)(nil)");
    CHECK(SF("%s", {NilP("*int")}) == "%!s(*int=<nil>)");
    CHECK(SF("%d", {NilP("*int")}) == "0");
    CHECK(SF("%x", {NilP("*int")}) == "0");
    CHECK(SF("%10v|", {NilP("*int")}) == "     <nil>|");
    CHECK(SF("%-10v|", {NilP("*int")}) == "<nil>     |");
    CHECK(SF("%T", {NilP("*int")}) == "*int");
    CHECK(SF("%#p", {NilP("*int")}) == "0");
    CHECK(SF("%v", {P("*main.Point", St("main.Point", {{"X", I(1)}, {"Y", I(2)}}), 0x1080)}) == "&{1 2}");
    CHECK(SF("%+v", {P("*main.Point", St("main.Point", {{"X", I(1)}, {"Y", I(2)}}), 0x1080)}) == "&{X:1 Y:2}");
    CHECK(SF("%#v", {P("*main.Point", St("main.Point", {{"X", I(1)}, {"Y", I(2)}}), 0x1080)}) == "&main.Point{X:1, Y:2}");
    CHECK(SF("%d", {P("*main.Point", St("main.Point", {{"X", I(1)}, {"Y", I(2)}}), 0x1080)}) == "&{1 2}");
    CHECK(SF("%s", {P("*main.Point", St("main.Point", {{"X", I(1)}, {"Y", I(2)}}), 0x1080)}) == "&{%!s(int=1) %!s(int=2)}");
    CHECK(SF("%x", {P("*main.Point", St("main.Point", {{"X", I(1)}, {"Y", I(2)}}), 0x1080)}) == "&{1 2}");
    CHECK(SF("%v", {P("*[]int", Sl("[]int", Kind::Int, {I(1), I(2)}), 0x10c0)}) == "&[1 2]");
    CHECK(SF("%#v", {P("*[]int", Sl("[]int", Kind::Int, {I(1), I(2)}), 0x10c0)}) == "&[]int{1, 2}");
    CHECK(SF("%x", {P("*[]int", Sl("[]int", Kind::Int, {I(1), I(2)}), 0x10c0)}) == "&[1 2]");
    CHECK(SF("%v", {P("*[2]int", Ar("[2]int", Kind::Int, {I(1), I(2)}), 0x10c0)}) == "&[1 2]");
    CHECK(SF("%#v", {P("*[2]int", Ar("[2]int", Kind::Int, {I(1), I(2)}), 0x10c0)}) == "&[2]int{1, 2}");
    CHECK(SF("%v", {P("*map[string]int", Mp("map[string]int", {{S("a"), I(1)}}), 0x10c0)}) == "&map[a:1]");
    CHECK(SF("%#v", {P("*map[string]int", Mp("map[string]int", {{S("a"), I(1)}}), 0x10c0)}) == "&map[string]int{\"a\":1}");
    CHECK(SF("%v", {P("**int", P("*int", I(0), 0x1040), 0x2000)}) == "0x2000");
    CHECK(SF("%#v", {P("**int", P("*int", I(0), 0x1040), 0x2000)}) == "(**int)(0x2000)");
    CHECK(SF("%p", {P("**int", P("*int", I(0), 0x1040), 0x2000)}) == "0x2000");
    CHECK(SP({P("*main.Node", St("main.Node", {{"Next", P("*main.Node", St("main.Node", {{"Next", NilP("*main.Node")}, {"V", I(2)}}), 0x3000)}, {"V", I(1)}}), 0x2fc0)}) == "&{0x3000 1}");
    CHECK(SF("%+v %#v", {P("*main.Node", St("main.Node", {{"Next", P("*main.Node", St("main.Node", {}), 0x3000)}, {"V", I(1)}}), 0x2fc0), P("*main.Node", St("main.Node", {{"Next", P("*main.Node", St("main.Node", {}), 0x3000)}, {"V", I(1)}}), 0x2fc0)}) == "&{Next:0x3000 V:1} &main.Node{Next:(*main.Node)(0x3000), V:1}");
    CHECK(SF("%v", {St("main.Node", {{"Next", NilP("*main.Node")}, {"V", I(3)}})}) == "{<nil> 3}");
    CHECK(SF("%+v", {St("main.Node", {{"Next", NilP("*main.Node")}, {"V", I(3)}})}) == "{Next:<nil> V:3}");
    CHECK(SF("%#v", {St("main.Node", {{"Next", NilP("*main.Node")}, {"V", I(3)}})}) == "main.Node{Next:(*main.Node)(nil), V:3}");
    CHECK(SF("%p", {St("main.Node", {{"Next", NilP("*main.Node")}, {"V", I(3)}})}) == "%!p(main.Node={<nil> 3})");
    CHECK(SF("%v", {Sl("[]*int", Kind::Pointer, {P("*int", I(0), 0x1040), NilP("*int")}, 0x5000)}) == "[0x1040 <nil>]");
    CHECK(SF("%#v", {Sl("[]*int", Kind::Pointer, {P("*int", I(0), 0x1040), NilP("*int")}, 0x5000)}) == "[]*int{(*int)(0x1040), (*int)(nil)}");
    CHECK(SF("%d", {Sl("[]*int", Kind::Pointer, {P("*int", I(0), 0x1040), NilP("*int")}, 0x5000)}) == "[4160 0]");
    CHECK(SF("%x", {Sl("[]*int", Kind::Pointer, {P("*int", I(0), 0x1040), NilP("*int")}, 0x5000)}) == "[1040 0]");
    CHECK(SF("%p", {Sl("[]int", Kind::Int, {I(1), I(2), I(3)}, 0x4000)}) == "0x4000");
    CHECK(SF("%#p", {Sl("[]int", Kind::Int, {I(1), I(2), I(3)}, 0x4000)}) == "4000");
    CHECK(SF("%10p|", {Sl("[]int", Kind::Int, {I(1), I(2), I(3)}, 0x4000)}) == "    0x4000|");
    CHECK(SF("%p", {NilSl("[]int", Kind::Int)}) == "0x0");
    CHECK(SF("%p", {Mp("map[string]int", {}, 0x6000)}) == "0x6000");
    CHECK(SF("%T", {Mp("map[string]int", {}, 0x6000)}) == "map[string]int");
    CHECK(SF("%v", {Ch("chan int", 0x7000)}) == "0x7000");
    CHECK(SF("%#v", {Ch("chan int", 0x7000)}) == "(chan int)(0x7000)");
    CHECK(SF("%p", {Ch("chan int", 0x7000)}) == "0x7000");
    CHECK(SF("%T", {Ch("chan int", 0x7000)}) == "chan int");
    CHECK(SF("%d", {Ch("chan int", 0x7000)}) == "28672");
    CHECK(SF("%s", {Ch("chan int", 0x7000)}) == "%!s(chan int=0x7000)");
    CHECK(SF("%v", {Ch("chan int", 0)}) == "<nil>");
    CHECK(SF("%#v", {Ch("chan int", 0)}) == "(chan int)(nil)");
    CHECK(SF("%p", {Ch("chan int", 0)}) == "0x0");
    CHECK(SF("%v", {Fn("func()", 0x8000)}) == "0x8000");
    CHECK(SF("%#v", {Fn("func()", 0x8000)}) == "(func())(0x8000)");
    CHECK(SF("%p", {Fn("func()", 0x8000)}) == "0x8000");
    CHECK(SF("%T", {Fn("func()", 0x8000)}) == "func()");
    CHECK(SF("%x", {Fn("func()", 0x8000)}) == "8000");
    CHECK(SF("%v", {Fn("func(int) string", 0)}) == "<nil>");
    CHECK(SF("%#v", {Fn("func(int) string", 0)}) == "(func(int) string)(nil)");
    CHECK(SF("%p", {Fn("func(int) string", 0)}) == "0x0");
    CHECK(SF("%T", {Fn("func(int) string", 0)}) == "func(int) string");
    CHECK(SF("%s", {Fn("func(int) string", 0)}) == "%!s(func(int) string=<nil>)");
}

TEST_CASE("fmt: slices and arrays")
{
    CHECK(SF("%v", {Sl("[]int", Kind::Int, {I(1), I(-2), I(3)})}) == "[1 -2 3]");
    CHECK(SF("%d", {Sl("[]int", Kind::Int, {I(1), I(-2), I(3)})}) == "[1 -2 3]");
    CHECK(SF("%x", {Sl("[]int", Kind::Int, {I(1), I(-2), I(3)})}) == "[1 -2 3]");
    CHECK(SF("%#v", {Sl("[]int", Kind::Int, {I(1), I(-2), I(3)})}) == "[]int{1, -2, 3}");
    CHECK(SF("%+v", {Sl("[]int", Kind::Int, {I(1), I(-2), I(3)})}) == "[1 -2 3]");
    CHECK(SF("%5d", {Sl("[]int", Kind::Int, {I(1), I(-2), I(3)})}) == "[    1    -2     3]");
    CHECK(SF("%-3d|", {Sl("[]int", Kind::Int, {I(1), I(-2), I(3)})}) == "[1   -2  3  ]|");
    CHECK(SF("%s", {Sl("[]int", Kind::Int, {I(1), I(-2), I(3)})}) == "[%!s(int=1) %!s(int=-2) %!s(int=3)]");
    CHECK(SF("%q", {Sl("[]int", Kind::Int, {I(1), I(-2), I(3)})}) == "['\\x01' '\357\277\275' '\\x03']");
    CHECK(SF("%T", {Sl("[]int", Kind::Int, {I(1), I(-2), I(3)})}) == "[]int");
    CHECK(SF("%03d", {Sl("[]int", Kind::Int, {I(1), I(-2), I(3)})}) == "[001 -02 003]");
    CHECK(SF("%c", {Sl("[]int", Kind::Int, {I(1), I(-2), I(3)})}) == "[\001 \357\277\275 \003]");
    CHECK(SF("%.2f", {Sl("[]int", Kind::Int, {I(1), I(-2), I(3)})}) == "[%!f(int=01) %!f(int=-02) %!f(int=03)]");
    CHECK(SF("%v", {Sl("[]string", Kind::String, {S("a"), S("b c")})}) == "[a b c]");
    CHECK(SF("%q", {Sl("[]string", Kind::String, {S("a"), S("b c")})}) == "[\"a\" \"b c\"]");
    CHECK(SF("%#v", {Sl("[]string", Kind::String, {S("a"), S("b c")})}) == "[]string{\"a\", \"b c\"}");
    CHECK(SF("%x", {Sl("[]string", Kind::String, {S("a"), S("b c")})}) == "[61 622063]");
    CHECK(SF("%X", {Sl("[]string", Kind::String, {S("a"), S("b c")})}) == "[61 622063]");
    CHECK(SF("%5s", {Sl("[]string", Kind::String, {S("a"), S("b c")})}) == "[    a   b c]");
    CHECK(SF("%d", {Sl("[]string", Kind::String, {S("a"), S("b c")})}) == "[%!d(string=a) %!d(string=b c)]");
    CHECK(SF("% x", {Sl("[]string", Kind::String, {S("a"), S("b c")})}) == "[61 62 20 63]");
    CHECK(SF("%v", {Sl("[]interface {}", Kind::Interface, {If("interface {}", I(1)), If("interface {}", S("a")), NilIf("interface {}"), If("interface {}", F(2.5))})}) == "[1 a <nil> 2.5]");
    CHECK(SF("%#v", {Sl("[]interface {}", Kind::Interface, {If("interface {}", I(1)), If("interface {}", S("a")), NilIf("interface {}"), If("interface {}", F(2.5))})}) == "[]interface {}{1, \"a\", interface {}(nil), 2.5}");
    CHECK(SF("%+v", {Sl("[]interface {}", Kind::Interface, {If("interface {}", I(1)), If("interface {}", S("a")), NilIf("interface {}"), If("interface {}", F(2.5))})}) == "[1 a <nil> 2.5]");
    CHECK(SF("%d", {Sl("[]interface {}", Kind::Interface, {If("interface {}", I(1)), If("interface {}", S("a")), NilIf("interface {}"), If("interface {}", F(2.5))})}) == "[1 %!d(string=a) <nil> %!d(float64=2.5)]");
    CHECK(SF("%s", {Sl("[]interface {}", Kind::Interface, {If("interface {}", I(1)), If("interface {}", S("a")), NilIf("interface {}"), If("interface {}", F(2.5))})}) == "[%!s(int=1) a <nil> %!s(float64=2.5)]");
    CHECK(SF("%x", {Sl("[]interface {}", Kind::Interface, {If("interface {}", I(1)), If("interface {}", S("a")), NilIf("interface {}"), If("interface {}", F(2.5))})}) == "[1 61 <nil> 0x1.4p+01]");
    CHECK(SF("%T", {Sl("[]interface {}", Kind::Interface, {If("interface {}", I(1)), If("interface {}", S("a")), NilIf("interface {}"), If("interface {}", F(2.5))})}) == "[]interface {}");
    CHECK(SF("%v", {NilSl("[]int", Kind::Int)}) == "[]");
    CHECK(SF("%#v", {NilSl("[]int", Kind::Int)}) == "[]int(nil)");
    CHECK(SF("%d", {NilSl("[]int", Kind::Int)}) == "[]");
    CHECK(SF("%s", {NilSl("[]int", Kind::Int)}) == "[]");
    CHECK(SF("%x", {NilSl("[]int", Kind::Int)}) == "[]");
    CHECK(SF("%v", {Sl("[]interface {}", Kind::Interface, {If("interface {}", Sl("[]interface {}", Kind::Interface, {If("interface {}", I(1)), If("interface {}", S("a"))})), If("interface {}", Mp("map[string]interface {}", {{S("k"), NilIf("interface {}")}})), If("interface {}", By("[]uint8", "hi"))})}) == "[[1 a] map[k:<nil>] [104 105]]");
    CHECK(SF("%#v", {Sl("[]interface {}", Kind::Interface, {If("interface {}", Sl("[]interface {}", Kind::Interface, {If("interface {}", I(1)), If("interface {}", S("a"))})), If("interface {}", Mp("map[string]interface {}", {{S("k"), NilIf("interface {}")}})), If("interface {}", By("[]uint8", "hi"))})}) == "[]interface {}{[]interface {}{1, \"a\"}, map[string]interface {}{\"k\":interface {}(nil)}, []uint8{0x68, 0x69}}");
    CHECK(SF("%s", {Sl("[]interface {}", Kind::Interface, {If("interface {}", Sl("[]interface {}", Kind::Interface, {If("interface {}", I(1)), If("interface {}", S("a"))})), If("interface {}", Mp("map[string]interface {}", {{S("k"), NilIf("interface {}")}})), If("interface {}", By("[]uint8", "hi"))})}) == "[[%!s(int=1) a] map[k:<nil>] hi]");
    CHECK(SF("%q", {Sl("[]interface {}", Kind::Interface, {If("interface {}", Sl("[]interface {}", Kind::Interface, {If("interface {}", I(1)), If("interface {}", S("a"))})), If("interface {}", Mp("map[string]interface {}", {{S("k"), NilIf("interface {}")}})), If("interface {}", By("[]uint8", "hi"))})}) == "[['\\x01' \"a\"] map[\"k\":<nil>] \"hi\"]");
    CHECK(SF("%x", {Sl("[]interface {}", Kind::Interface, {If("interface {}", Sl("[]interface {}", Kind::Interface, {If("interface {}", I(1)), If("interface {}", S("a"))})), If("interface {}", Mp("map[string]interface {}", {{S("k"), NilIf("interface {}")}})), If("interface {}", By("[]uint8", "hi"))})}) == "[[1 61] map[6b:<nil>] 6869]");
    CHECK(SF("%v", {Sl("[][]int", Kind::Slice, {Sl("[]int", Kind::Int, {I(1)}), NilSl("[]int", Kind::Int)})}) == "[[1] []]");
    CHECK(SF("%#v", {Sl("[][]int", Kind::Slice, {Sl("[]int", Kind::Int, {I(1)}), NilSl("[]int", Kind::Int)})}) == "[][]int{[]int{1}, []int(nil)}");
    CHECK(SF("%v", {Sl("[]int", Kind::Int, {})}) == "[]");
    CHECK(SF("%#v", {Sl("[]int", Kind::Int, {})}) == "[]int{}");
    CHECK(SF("%s", {Sl("[]int", Kind::Int, {})}) == "[]");
    CHECK(SF("%v", {By("[]uint8", "hi\x01")}) == "[104 105 1]");
    CHECK(SF("%d", {By("[]uint8", "hi\x01")}) == "[104 105 1]");
    CHECK(SF("%s", {By("[]uint8", "hi\x01")}) == "hi\001");
    CHECK(SF("%q", {By("[]uint8", "hi\x01")}) == "\"hi\\x01\"");
    CHECK(SF("%x", {By("[]uint8", "hi\x01")}) == "686901");
    CHECK(SF("%X", {By("[]uint8", "hi\x01")}) == "686901");
    CHECK(SF("% x", {By("[]uint8", "hi\x01")}) == "68 69 01");
    CHECK(SF("%#x", {By("[]uint8", "hi\x01")}) == "0x686901");
    CHECK(SF("%# X", {By("[]uint8", "hi\x01")}) == "0X68 0X69 0X01");
    CHECK(SF("%#v", {By("[]uint8", "hi\x01")}) == "[]byte{0x68, 0x69, 0x1}");
    CHECK(SF("%T", {By("[]uint8", "hi\x01")}) == "[]uint8");
    CHECK(SF("%5s|", {By("[]uint8", "hi\x01")}) == "  hi\001|");
    CHECK(SF("%.1s", {By("[]uint8", "hi\x01")}) == "h");
    CHECK(SF("%c", {By("[]uint8", "hi\x01")}) == "[h i \001]");
    CHECK(SF("%o", {By("[]uint8", "hi\x01")}) == "[150 151 1]");
    CHECK(SF("%+q", {By("[]uint8", "hi\x01")}) == "\"hi\\x01\"");
    CHECK(SF("%10x|", {By("[]uint8", "hi\x01")}) == "    686901|");
    CHECK(SF("%-8X|", {By("[]uint8", "hi\x01")}) == "686901  |");
    CHECK(SF("%.2x", {By("[]uint8", "hi\x01")}) == "6869");
    CHECK(SF("%+v", {By("[]uint8", "hi\x01")}) == "[104 105 1]");
    CHECK(SF("%b", {By("[]uint8", "hi\x01")}) == "[1101000 1101001 1]");
    CHECK(SF("%v", {NilBy("[]uint8")}) == "[]");
    CHECK(SF("%#v", {NilBy("[]uint8")}) == "[]byte(nil)");
    CHECK(SF("%s", {NilBy("[]uint8")}) == "");
    CHECK(SF("%x", {NilBy("[]uint8")}) == "");
    CHECK(SF("%q", {NilBy("[]uint8")}) == "\"\"");
    CHECK(SF("%v", {By("[]uint8", "")}) == "[]");
    CHECK(SF("%#v", {By("[]uint8", "")}) == "[]byte{}");
    CHECK(SF("%s|", {By("[]uint8", "")}) == "|");
    CHECK(SF("%x|", {By("[]uint8", "")}) == "|");
    CHECK(SF("%6x|", {By("[]uint8", "")}) == "      |");
    CHECK(SF("%q", {By("[]uint8", "")}) == "\"\"");
    CHECK(SF("%v", {By("main.B", "AB")}) == "[65 66]");
    CHECK(SF("%#v", {By("main.B", "AB")}) == "main.B{0x41, 0x42}");
    CHECK(SF("%s", {By("main.B", "AB")}) == "AB");
    CHECK(SF("%x", {By("main.B", "AB")}) == "4142");
    CHECK(SF("%T", {By("main.B", "AB")}) == "main.B");
    CHECK(SF("%d", {By("main.B", "AB")}) == "[65 66]");
    CHECK(SF("%#v", {NilBy("main.B")}) == "main.B(nil)");
    CHECK(SF("%v", {Ar("[3]uint8", Kind::Uint8, {U8('x'), U8('y'), U8('z')})}) == "[120 121 122]");
    CHECK(SF("%s", {Ar("[3]uint8", Kind::Uint8, {U8('x'), U8('y'), U8('z')})}) == "xyz");
    CHECK(SF("%x", {Ar("[3]uint8", Kind::Uint8, {U8('x'), U8('y'), U8('z')})}) == "78797a");
    CHECK(SF("%q", {Ar("[3]uint8", Kind::Uint8, {U8('x'), U8('y'), U8('z')})}) == "\"xyz\"");
    CHECK(SF("%#v", {Ar("[3]uint8", Kind::Uint8, {U8('x'), U8('y'), U8('z')})}) == "[3]uint8{0x78, 0x79, 0x7a}");
    CHECK(SF("%T", {Ar("[3]uint8", Kind::Uint8, {U8('x'), U8('y'), U8('z')})}) == "[3]uint8");
    CHECK(SF("%v", {Ar("[0]uint8", Kind::Uint8, {})}) == "[]");
    CHECK(SF("%s|", {Ar("[0]uint8", Kind::Uint8, {})}) == "|");
    CHECK(SF("%#v", {Ar("[0]uint8", Kind::Uint8, {})}) == "[0]uint8{}");
    CHECK(SF("%v", {Ar("[2][2]int", Kind::Array, {Ar("[2]int", Kind::Int, {I(1), I(2)}), Ar("[2]int", Kind::Int, {I(3), I(4)})})}) == "[[1 2] [3 4]]");
    CHECK(SF("%#v", {Ar("[2][2]int", Kind::Array, {Ar("[2]int", Kind::Int, {I(1), I(2)}), Ar("[2]int", Kind::Int, {I(3), I(4)})})}) == "[2][2]int{[2]int{1, 2}, [2]int{3, 4}}");
    CHECK(SF("%x", {Ar("[2][2]int", Kind::Array, {Ar("[2]int", Kind::Int, {I(1), I(2)}), Ar("[2]int", Kind::Int, {I(3), I(4)})})}) == "[[1 2] [3 4]]");
    CHECK(SF("%s", {Sl("[][]uint8", Kind::Slice, {By("[]uint8", "ab"), By("[]uint8", "c")})}) == "[ab c]");
    CHECK(SF("%v", {Sl("[][]uint8", Kind::Slice, {By("[]uint8", "ab"), By("[]uint8", "c")})}) == "[[97 98] [99]]");
    CHECK(SF("%x", {Sl("[][]uint8", Kind::Slice, {By("[]uint8", "ab"), By("[]uint8", "c")})}) == "[6162 63]");
    CHECK(SF("%q", {Sl("[][]uint8", Kind::Slice, {By("[]uint8", "ab"), By("[]uint8", "c")})}) == "[\"ab\" \"c\"]");
    CHECK(SF("%#v", {Sl("[][]uint8", Kind::Slice, {By("[]uint8", "ab"), By("[]uint8", "c")})}) == "[][]uint8{[]uint8{0x61, 0x62}, []uint8{0x63}}");
    CHECK(SF("%v", {Sl("[]float64", Kind::Float64, {F(1.5), F(0.25), F(1e6)})}) == "[1.5 0.25 1e+06]");
    CHECK(SF("%.1f", {Sl("[]float64", Kind::Float64, {F(1.5), F(0.25), F(1e6)})}) == "[1.5 0.2 1000000.0]");
    CHECK(SF("%e", {Sl("[]float64", Kind::Float64, {F(1.5), F(0.25), F(1e6)})}) == "[1.500000e+00 2.500000e-01 1.000000e+06]");
    CHECK(SF("%#v", {Sl("[]float64", Kind::Float64, {F(1.5), F(0.25), F(1e6)})}) == "[]float64{1.5, 0.25, 1e+06}");
    CHECK(SF("%6.2f|", {Sl("[]float64", Kind::Float64, {F(1.5), F(0.25), F(1e6)})}) == "[  1.50   0.25 1000000.00]|");
    CHECK(SF("%v", {Sl("[]float32", Kind::Float32, {F32(0.1f), F32(2.5f)})}) == "[0.1 2.5]");
    CHECK(SF("%#v", {Sl("[]float32", Kind::Float32, {F32(0.1f), F32(2.5f)})}) == "[]float32{0.1, 2.5}");
    CHECK(SF("%v", {Sl("[]bool", Kind::Bool, {Bo(true), Bo(false)})}) == "[true false]");
    CHECK(SF("%#v", {Sl("[]bool", Kind::Bool, {Bo(true), Bo(false)})}) == "[]bool{true, false}");
    CHECK(SF("%t", {Sl("[]bool", Kind::Bool, {Bo(true), Bo(false)})}) == "[true false]");
    CHECK(SF("%d", {Sl("[]bool", Kind::Bool, {Bo(true), Bo(false)})}) == "[%!d(bool=true) %!d(bool=false)]");
    CHECK(SF("%v", {Ar("[2]main.Color", Kind::Int, {Str(Named("main.Color", I(0)), "red"), Str(Named("main.Color", I(2)), "blue")})}) == "[red blue]");
    CHECK(SF("%d", {Ar("[2]main.Color", Kind::Int, {Str(Named("main.Color", I(0)), "red"), Str(Named("main.Color", I(2)), "blue")})}) == "[0 2]");
    CHECK(SF("%#v", {Ar("[2]main.Color", Kind::Int, {Str(Named("main.Color", I(0)), "red"), Str(Named("main.Color", I(2)), "blue")})}) == "[2]main.Color{0, 2}");
    CHECK(SF("%s", {Ar("[2]main.Color", Kind::Int, {Str(Named("main.Color", I(0)), "red"), Str(Named("main.Color", I(2)), "blue")})}) == "[red blue]");
    CHECK(SF("%x", {Ar("[2]main.Color", Kind::Int, {Str(Named("main.Color", I(0)), "red"), Str(Named("main.Color", I(2)), "blue")})}) == "[726564 626c7565]");
    CHECK(SF("%v", {Sl("[]main.Point", Kind::Struct, {St("main.Point", {{"X", I(1)}, {"Y", I(2)}}), St("main.Point", {{"X", I(3)}, {"Y", I(4)}})})}) == "[{1 2} {3 4}]");
    CHECK(SF("%+v", {Sl("[]main.Point", Kind::Struct, {St("main.Point", {{"X", I(1)}, {"Y", I(2)}}), St("main.Point", {{"X", I(3)}, {"Y", I(4)}})})}) == "[{X:1 Y:2} {X:3 Y:4}]");
    CHECK(SF("%#v", {Sl("[]main.Point", Kind::Struct, {St("main.Point", {{"X", I(1)}, {"Y", I(2)}}), St("main.Point", {{"X", I(3)}, {"Y", I(4)}})})}) == "[]main.Point{main.Point{X:1, Y:2}, main.Point{X:3, Y:4}}");
    CHECK(SF("%v", {Sl("[]error", Kind::Interface, {If("error", ErrNew("e1", 0x9000)), NilIf("error")})}) == "[e1 <nil>]");
    CHECK(SF("%s", {Sl("[]error", Kind::Interface, {If("error", ErrNew("e1", 0x9000)), NilIf("error")})}) == "[e1 <nil>]");
}

TEST_CASE("fmt: maps")
{
    CHECK(SF("%v", {Mp("map[string]int", {{S("b"), I(2)}, {S("a"), I(1)}, {S("c"), I(3)}})}) == "map[a:1 b:2 c:3]");
    CHECK(SF("%#v", {Mp("map[string]int", {{S("b"), I(2)}, {S("a"), I(1)}, {S("c"), I(3)}})}) == "map[string]int{\"a\":1, \"b\":2, \"c\":3}");
    CHECK(SF("%+v", {Mp("map[string]int", {{S("b"), I(2)}, {S("a"), I(1)}, {S("c"), I(3)}})}) == "map[a:1 b:2 c:3]");
    CHECK(SF("%d", {Mp("map[string]int", {{S("b"), I(2)}, {S("a"), I(1)}, {S("c"), I(3)}})}) == "map[%!d(string=a):1 %!d(string=b):2 %!d(string=c):3]");
    CHECK(SF("%x", {Mp("map[string]int", {{S("b"), I(2)}, {S("a"), I(1)}, {S("c"), I(3)}})}) == "map[61:1 62:2 63:3]");
    CHECK(SF("%s", {Mp("map[string]int", {{S("b"), I(2)}, {S("a"), I(1)}, {S("c"), I(3)}})}) == "map[a:%!s(int=1) b:%!s(int=2) c:%!s(int=3)]");
    CHECK(SF("%q", {Mp("map[string]int", {{S("b"), I(2)}, {S("a"), I(1)}, {S("c"), I(3)}})}) == "map[\"a\":'\\x01' \"b\":'\\x02' \"c\":'\\x03']");
    CHECK(SF("%T", {Mp("map[string]int", {{S("b"), I(2)}, {S("a"), I(1)}, {S("c"), I(3)}})}) == "map[string]int");
    CHECK(SF("%3d", {Mp("map[string]int", {{S("b"), I(2)}, {S("a"), I(1)}, {S("c"), I(3)}})}) == "map[%!d(string=  a):  1 %!d(string=  b):  2 %!d(string=  c):  3]");
    CHECK(SF("%v", {Mp("map[int]string", {{I(10), S("ten")}, {I(-1), S("neg")}, {I(2), S("two")}})}) == "map[-1:neg 2:two 10:ten]");
    CHECK(SF("%#v", {Mp("map[int]string", {{I(10), S("ten")}, {I(-1), S("neg")}, {I(2), S("two")}})}) == "map[int]string{-1:\"neg\", 2:\"two\", 10:\"ten\"}");
    CHECK(SF("%q", {Mp("map[int]string", {{I(10), S("ten")}, {I(-1), S("neg")}, {I(2), S("two")}})}) == "map['\357\277\275':\"neg\" '\\x02':\"two\" '\\n':\"ten\"]");
    CHECK(SF("%v", {Mp("map[float64]string", {{F(1), S("one")}, {F(NAN), S("nan")}, {F(-1), S("m1")}, {F(INF), S("inf")}, {F(-INF), S("-inf")}})}) == "map[NaN:nan -Inf:-inf -1:m1 1:one +Inf:inf]");
    CHECK(SF("%#v", {Mp("map[float64]string", {{F(1), S("one")}, {F(NAN), S("nan")}, {F(-1), S("m1")}, {F(INF), S("inf")}, {F(-INF), S("-inf")}})}) == "map[float64]string{NaN:\"nan\", -Inf:\"-inf\", -1:\"m1\", 1:\"one\", +Inf:\"inf\"}");
    CHECK(SF("%v", {Mp("map[bool]int", {{Bo(true), I(1)}, {Bo(false), I(0)}})}) == "map[false:0 true:1]");
    CHECK(SF("%#v", {Mp("map[bool]int", {{Bo(true), I(1)}, {Bo(false), I(0)}})}) == "map[bool]int{false:0, true:1}");
    CHECK(SF("%v", {Mp("map[main.Point]string", {{St("main.Point", {{"X", I(2)}, {"Y", I(1)}}), S("c")}, {St("main.Point", {{"X", I(1)}, {"Y", I(9)}}), S("b")}, {St("main.Point", {{"X", I(1)}, {"Y", I(2)}}), S("a")}})}) == "map[{1 2}:a {1 9}:b {2 1}:c]");
    CHECK(SF("%+v", {Mp("map[main.Point]string", {{St("main.Point", {{"X", I(2)}, {"Y", I(1)}}), S("c")}, {St("main.Point", {{"X", I(1)}, {"Y", I(9)}}), S("b")}, {St("main.Point", {{"X", I(1)}, {"Y", I(2)}}), S("a")}})}) == "map[{X:1 Y:2}:a {X:1 Y:9}:b {X:2 Y:1}:c]");
    CHECK(SF("%#v", {Mp("map[main.Point]string", {{St("main.Point", {{"X", I(2)}, {"Y", I(1)}}), S("c")}, {St("main.Point", {{"X", I(1)}, {"Y", I(9)}}), S("b")}, {St("main.Point", {{"X", I(1)}, {"Y", I(2)}}), S("a")}})}) == "map[main.Point]string{main.Point{X:1, Y:2}:\"a\", main.Point{X:1, Y:9}:\"b\", main.Point{X:2, Y:1}:\"c\"}");
    CHECK(SF("%v", {Mp("map[[2]int]int", {{Ar("[2]int", Kind::Int, {I(1), I(2)}), I(1)}, {Ar("[2]int", Kind::Int, {I(0), I(5)}), I(2)}, {Ar("[2]int", Kind::Int, {I(1), I(1)}), I(3)}})}) == "map[[0 5]:2 [1 1]:3 [1 2]:1]");
    CHECK(SF("%#v", {Mp("map[[2]int]int", {{Ar("[2]int", Kind::Int, {I(1), I(2)}), I(1)}, {Ar("[2]int", Kind::Int, {I(0), I(5)}), I(2)}, {Ar("[2]int", Kind::Int, {I(1), I(1)}), I(3)}})}) == "map[[2]int]int{[2]int{0, 5}:2, [2]int{1, 1}:3, [2]int{1, 2}:1}");
    CHECK(SF("%v", {Mp("map[interface {}]int", {{If("interface {}", I(2)), I(1)}, {NilIf("interface {}"), I(0)}, {If("interface {}", I(-1)), I(3)}})}) == "map[<nil>:0 -1:3 2:1]");
    CHECK(SF("%#v", {Mp("map[interface {}]int", {{If("interface {}", I(2)), I(1)}, {NilIf("interface {}"), I(0)}, {If("interface {}", I(-1)), I(3)}})}) == "map[interface {}]int{interface {}(nil):0, -1:3, 2:1}");
    CHECK(SF("%v", {Mp("map[interface {}]int", {{If("interface {}", S("x")), I(1)}, {If("interface {}", I(5)), I(2)}, {If("interface {}", Bo(true)), I(3)}, {If("interface {}", F(1.5)), I(4)}, {If("interface {}", Named("main.MyInt", I(1))), I(5)}})}) == "map[true:3 1.5:4 5:2 1:5 x:1]");
    CHECK(SF("%v", {Mp("map[*int]string", {{P("*int", I(0), 0x3000), S("c")}, {P("*int", I(0), 0x1000), S("a")}, {P("*int", I(0), 0x2000), S("b")}})}) == "map[0x1000:a 0x2000:b 0x3000:c]");
    CHECK(SF("%#v", {Mp("map[*int]string", {{P("*int", I(0), 0x3000), S("c")}, {P("*int", I(0), 0x1000), S("a")}, {P("*int", I(0), 0x2000), S("b")}})}) == "map[*int]string{(*int)(0x1000):\"a\", (*int)(0x2000):\"b\", (*int)(0x3000):\"c\"}");
    CHECK(SF("%v", {Mp("map[chan int]int", {{Ch("chan int", 0x3000), I(3)}, {Ch("chan int", 0), I(0)}, {Ch("chan int", 0x1000), I(1)}})}) == "map[<nil>:0 0x1000:1 0x3000:3]");
    CHECK(SF("%v", {Mp("map[uint8]bool", {{U8(200), Bo(true)}, {U8(3), Bo(false)}})}) == "map[3:false 200:true]");
    CHECK(SF("%#v", {Mp("map[uint8]bool", {{U8(200), Bo(true)}, {U8(3), Bo(false)}})}) == "map[uint8]bool{0x3:false, 0xc8:true}");
    CHECK(SF("%x", {Mp("map[uint8]bool", {{U8(200), Bo(true)}, {U8(3), Bo(false)}})}) == "map[3:%!x(bool=false) c8:%!x(bool=true)]");
    CHECK(SF("%v", {NilMp("map[string]int")}) == "map[]");
    CHECK(SF("%#v", {NilMp("map[string]int")}) == "map[string]int(nil)");
    CHECK(SF("%d", {NilMp("map[string]int")}) == "map[]");
    CHECK(SF("%T", {NilMp("map[string]int")}) == "map[string]int");
    CHECK(SF("%v", {Mp("map[string]int", {})}) == "map[]");
    CHECK(SF("%#v", {Mp("map[string]int", {})}) == "map[string]int{}");
    CHECK(SF("%v", {Mp("map[string][]int", {{S("x"), Sl("[]int", Kind::Int, {I(1), I(2)})}, {S("e"), NilSl("[]int", Kind::Int)}})}) == "map[e:[] x:[1 2]]");
    CHECK(SF("%#v", {Mp("map[string][]int", {{S("x"), Sl("[]int", Kind::Int, {I(1), I(2)})}, {S("e"), NilSl("[]int", Kind::Int)}})}) == "map[string][]int{\"e\":[]int(nil), \"x\":[]int{1, 2}}");
    CHECK(SF("%v", {Mp("map[string]interface {}", {{S("n"), If("interface {}", I(1))}, {S("s"), If("interface {}", S("str"))}, {S("z"), NilIf("interface {}")}, {S("l"), If("interface {}", Sl("[]int", Kind::Int, {I(7)}))}})}) == "map[l:[7] n:1 s:str z:<nil>]");
    CHECK(SF("%#v", {Mp("map[string]interface {}", {{S("n"), If("interface {}", I(1))}, {S("s"), If("interface {}", S("str"))}, {S("z"), NilIf("interface {}")}, {S("l"), If("interface {}", Sl("[]int", Kind::Int, {I(7)}))}})}) == "map[string]interface {}{\"l\":[]int{7}, \"n\":1, \"s\":\"str\", \"z\":interface {}(nil)}");
    CHECK(SF("%+v", {Mp("map[string]interface {}", {{S("n"), If("interface {}", I(1))}, {S("s"), If("interface {}", S("str"))}, {S("z"), NilIf("interface {}")}, {S("l"), If("interface {}", Sl("[]int", Kind::Int, {I(7)}))}})}) == "map[l:[7] n:1 s:str z:<nil>]");
    CHECK(SF("%v", {Mp("map[main.Color]main.Color", {{Str(Named("main.Color", I(2)), "blue"), Str(Named("main.Color", I(0)), "red")}, {Str(Named("main.Color", I(1)), "green"), Str(Named("main.Color", I(1)), "green")}})}) == "map[green:green blue:red]");
    CHECK(SF("%d", {Mp("map[main.Color]main.Color", {{Str(Named("main.Color", I(2)), "blue"), Str(Named("main.Color", I(0)), "red")}, {Str(Named("main.Color", I(1)), "green"), Str(Named("main.Color", I(1)), "green")}})}) == "map[1:1 2:0]");
    CHECK(SF("%#v", {Mp("map[main.Color]main.Color", {{Str(Named("main.Color", I(2)), "blue"), Str(Named("main.Color", I(0)), "red")}, {Str(Named("main.Color", I(1)), "green"), Str(Named("main.Color", I(1)), "green")}})}) == "map[main.Color]main.Color{1:1, 2:0}");
    CHECK(SF("%v", {Mp("map[string]*main.Point", {{S("p"), P("*main.Point", St("main.Point", {}), 0x1400)}, {S("n"), NilP("*main.Point")}})}) == "map[n:<nil> p:0x1400]");
    CHECK(SF("%#v", {Mp("map[string]*main.Point", {{S("p"), P("*main.Point", St("main.Point", {}), 0x1400)}, {S("n"), NilP("*main.Point")}})}) == "map[string]*main.Point{\"n\":(*main.Point)(nil), \"p\":(*main.Point)(0x1400)}");
    CHECK(SF("%v", {Mp("map[int]int", {{I(0), I(0)}, {I(37), I(1)}, {I(74), I(2)}, {I(10), I(3)}, {I(47), I(4)}, {I(84), I(5)}, {I(20), I(6)}, {I(57), I(7)}, {I(94), I(8)}, {I(30), I(9)}, {I(67), I(10)}, {I(3), I(11)}, {I(40), I(12)}, {I(77), I(13)}, {I(13), I(14)}, {I(50), I(15)}, {I(87), I(16)}, {I(23), I(17)}, {I(60), I(18)}, {I(97), I(19)}, {I(33), I(20)}, {I(70), I(21)}, {I(6), I(22)}, {I(43), I(23)}, {I(80), I(24)}, {I(16), I(25)}, {I(53), I(26)}, {I(90), I(27)}, {I(26), I(28)}, {I(63), I(29)}, {I(100), I(30)}, {I(36), I(31)}, {I(73), I(32)}, {I(9), I(33)}, {I(46), I(34)}, {I(83), I(35)}, {I(19), I(36)}, {I(56), I(37)}, {I(93), I(38)}, {I(29), I(39)}, {I(66), I(40)}, {I(2), I(41)}, {I(39), I(42)}, {I(76), I(43)}, {I(12), I(44)}})}) == "map[0:0 2:41 3:11 6:22 9:33 10:3 12:44 13:14 16:25 19:36 20:6 23:17 26:28 29:39 30:9 33:20 36:31 37:1 39:42 40:12 43:23 46:34 47:4 50:15 53:26 56:37 57:7 60:18 63:29 66:40 67:10 70:21 73:32 74:2 76:43 77:13 80:24 83:35 84:5 87:16 90:27 93:38 94:8 97:19 100:30]");
}

TEST_CASE("fmt: structs")
{
    CHECK(SF("%v", {St("main.Point", {{"X", I(1)}, {"Y", I(2)}})}) == "{1 2}");
    CHECK(SF("%+v", {St("main.Point", {{"X", I(1)}, {"Y", I(2)}})}) == "{X:1 Y:2}");
    CHECK(SF("%#v", {St("main.Point", {{"X", I(1)}, {"Y", I(2)}})}) == "main.Point{X:1, Y:2}");
    CHECK(SF("%d", {St("main.Point", {{"X", I(1)}, {"Y", I(2)}})}) == "{1 2}");
    CHECK(SF("%x", {St("main.Point", {{"X", I(1)}, {"Y", I(2)}})}) == "{1 2}");
    CHECK(SF("%5d", {St("main.Point", {{"X", I(1)}, {"Y", I(2)}})}) == "{    1     2}");
    CHECK(SF("%s", {St("main.Point", {{"X", I(1)}, {"Y", I(2)}})}) == "{%!s(int=1) %!s(int=2)}");
    CHECK(SF("%T", {St("main.Point", {{"X", I(1)}, {"Y", I(2)}})}) == "main.Point");
    CHECK(SF("%q", {St("main.Point", {{"X", I(1)}, {"Y", I(2)}})}) == "{'\\x01' '\\x02'}");
    CHECK(SF("%-4v|", {St("main.Point", {{"X", I(1)}, {"Y", I(2)}})}) == "{1    2   }|");
    CHECK(SF("%p", {St("main.Point", {{"X", I(1)}, {"Y", I(2)}})}) == "%!p(main.Point={1 2})");
    CHECK(SF("%v", {St("struct { A int; B string }", {{"A", I(1)}, {"B", S("x")}})}) == "{1 x}");
    CHECK(SF("%+v", {St("struct { A int; B string }", {{"A", I(1)}, {"B", S("x")}})}) == "{A:1 B:x}");
    CHECK(SF("%#v", {St("struct { A int; B string }", {{"A", I(1)}, {"B", S("x")}})}) == "struct { A int; B string }{A:1, B:\"x\"}");
    CHECK(SF("%T", {St("struct { A int; B string }", {{"A", I(1)}, {"B", S("x")}})}) == "struct { A int; B string }");
    CHECK(SF("%d", {St("struct { A int; B string }", {{"A", I(1)}, {"B", S("x")}})}) == "{1 %!d(string=x)}");
    CHECK(SF("%s", {St("struct { A int; B string }", {{"A", I(1)}, {"B", S("x")}})}) == "{%!s(int=1) x}");
    CHECK(SF("%v", {St("struct {}", {})}) == "{}");
    CHECK(SF("%+v", {St("struct {}", {})}) == "{}");
    CHECK(SF("%#v", {St("struct {}", {})}) == "struct {}{}");
    CHECK(SF("%T", {St("struct {}", {})}) == "struct {}");
    CHECK(SF("%v", {St("main.Wrap", {{"E", NilIf("error")}, {"A", NilIf("interface {}")}})}) == "{<nil> <nil>}");
    CHECK(SF("%+v", {St("main.Wrap", {{"E", NilIf("error")}, {"A", NilIf("interface {}")}})}) == "{E:<nil> A:<nil>}");
    CHECK(SF("%#v", {St("main.Wrap", {{"E", NilIf("error")}, {"A", NilIf("interface {}")}})}) == "main.Wrap{E:error(nil), A:interface {}(nil)}");
    CHECK(SF("%d", {St("main.Wrap", {{"E", NilIf("error")}, {"A", NilIf("interface {}")}})}) == "{<nil> <nil>}");
    CHECK(SF("%v", {St("main.Wrap", {{"E", If("error", ErrNew("boom", 0x9000))}, {"A", If("interface {}", I(5))}})}) == "{boom 5}");
    CHECK(SF("%+v", {St("main.Wrap", {{"E", If("error", ErrNew("boom", 0x9000))}, {"A", If("interface {}", I(5))}})}) == "{E:boom A:5}");
    CHECK(SF("%s", {St("main.Wrap", {{"E", If("error", ErrNew("boom", 0x9000))}, {"A", If("interface {}", I(5))}})}) == "{boom %!s(int=5)}");
    CHECK(SF("%v", {St("main.Wrap", {{"E", If("error", ErrT_(7))}, {"A", If("interface {}", St("main.Point", {{"X", I(1)}, {"Y", I(2)}}))}})}) == "{code 7 {1 2}}");
    CHECK(SF("%+v", {St("main.Wrap", {{"E", If("error", ErrT_(7))}, {"A", If("interface {}", St("main.Point", {{"X", I(1)}, {"Y", I(2)}}))}})}) == "{E:code 7 A:{X:1 Y:2}}");
    CHECK(SF("%#v", {St("main.Wrap", {{"E", If("error", ErrT_(7))}, {"A", If("interface {}", St("main.Point", {{"X", I(1)}, {"Y", I(2)}}))}})}) == "main.Wrap{E:main.ErrT{Code:7}, A:main.Point{X:1, Y:2}}");
    CHECK(SF("%v", {St("main.Hid", {{"c", Str(Named("main.Color", I(1)), "green")}, {"C", Str(Named("main.Color", I(1)), "green")}})}) == "{1 green}");
    CHECK(SF("%+v", {St("main.Hid", {{"c", Str(Named("main.Color", I(1)), "green")}, {"C", Str(Named("main.Color", I(1)), "green")}})}) == "{c:1 C:green}");
    CHECK(SF("%#v", {St("main.Hid", {{"c", Str(Named("main.Color", I(1)), "green")}, {"C", Str(Named("main.Color", I(1)), "green")}})}) == "main.Hid{c:1, C:1}");
    CHECK(SF("%s", {St("main.Hid", {{"c", Str(Named("main.Color", I(1)), "green")}, {"C", Str(Named("main.Color", I(1)), "green")}})}) == "{%!s(main.Color=1) green}");
    CHECK(SF("%d", {St("main.Hid", {{"c", Str(Named("main.Color", I(1)), "green")}, {"C", Str(Named("main.Color", I(1)), "green")}})}) == "{1 1}");
    CHECK(SF("%v", {St("main.Outer", {{"inner", St("main.inner", {{"S", Str(Named("main.Color", I(2)), "blue")}}), true}, {"B", I(3)}})}) == "{{blue} 3}");
    CHECK(SF("%+v", {St("main.Outer", {{"inner", St("main.inner", {{"S", Str(Named("main.Color", I(2)), "blue")}}), true}, {"B", I(3)}})}) == "{inner:{S:blue} B:3}");
    CHECK(SF("%#v", {St("main.Outer", {{"inner", St("main.inner", {{"S", Str(Named("main.Color", I(2)), "blue")}}), true}, {"B", I(3)}})}) == "main.Outer{inner:main.inner{S:2}, B:3}");
    CHECK(SF("%v", {St("main.Mixed", {{"Name", S("n")}, {"Tags", Sl("[]string", Kind::String, {S("t1"), S("t2")})}, {"M", Mp("map[string]int", {{S("k"), I(1)}})}, {"P", NilP("*main.Point")}, {"I", If("interface {}", F(1.5))}, {"b", By("[]uint8", "hi")}})}) == "{n [t1 t2] map[k:1] <nil> 1.5 [104 105]}");
    CHECK(SF("%+v", {St("main.Mixed", {{"Name", S("n")}, {"Tags", Sl("[]string", Kind::String, {S("t1"), S("t2")})}, {"M", Mp("map[string]int", {{S("k"), I(1)}})}, {"P", NilP("*main.Point")}, {"I", If("interface {}", F(1.5))}, {"b", By("[]uint8", "hi")}})}) == "{Name:n Tags:[t1 t2] M:map[k:1] P:<nil> I:1.5 b:[104 105]}");
    CHECK(SF("%#v", {St("main.Mixed", {{"Name", S("n")}, {"Tags", Sl("[]string", Kind::String, {S("t1"), S("t2")})}, {"M", Mp("map[string]int", {{S("k"), I(1)}})}, {"P", NilP("*main.Point")}, {"I", If("interface {}", F(1.5))}, {"b", By("[]uint8", "hi")}})}) == "main.Mixed{Name:\"n\", Tags:[]string{\"t1\", \"t2\"}, M:map[string]int{\"k\":1}, P:(*main.Point)(nil), I:1.5, b:[]uint8{0x68, 0x69}}");
    CHECK(SF("%s", {St("main.Mixed", {{"Name", S("n")}, {"Tags", Sl("[]string", Kind::String, {S("t1"), S("t2")})}, {"M", Mp("map[string]int", {{S("k"), I(1)}})}, {"P", NilP("*main.Point")}, {"I", If("interface {}", F(1.5))}, {"b", By("[]uint8", "hi")}})}) == "{n [t1 t2] map[k:%!s(int=1)] %!s(*main.Point=<nil>) %!s(float64=1.5) hi}");
    CHECK(SF("%x", {St("main.Mixed", {{"Name", S("n")}, {"Tags", Sl("[]string", Kind::String, {S("t1"), S("t2")})}, {"M", Mp("map[string]int", {{S("k"), I(1)}})}, {"P", NilP("*main.Point")}, {"I", If("interface {}", F(1.5))}, {"b", By("[]uint8", "hi")}})}) == "{6e [7431 7432] map[6b:1] 0 0x1.8p+00 6869}");
    CHECK(SF("%q", {St("main.Mixed", {{"Name", S("n")}, {"Tags", Sl("[]string", Kind::String, {S("t1"), S("t2")})}, {"M", Mp("map[string]int", {{S("k"), I(1)}})}, {"P", NilP("*main.Point")}, {"I", If("interface {}", F(1.5))}, {"b", By("[]uint8", "hi")}})}) == "{\"n\" [\"t1\" \"t2\"] map[\"k\":'\\x01'] %!q(*main.Point=<nil>) %!q(float64=1.5) \"hi\"}");
    CHECK(SF("%v", {St("struct { a []main.Color; m map[main.Color]int; p *main.Color }", {{"a", Sl("[]main.Color", Kind::Int, {Str(Named("main.Color", I(1)), "green")})}, {"m", Mp("map[main.Color]int", {{Str(Named("main.Color", I(2)), "blue"), I(1)}})}, {"p", P("*main.Color", Str(Named("main.Color", I(0)), "red"), 0x1100)}})}) == "{[1] map[2:1] 0x1100}");
    CHECK(SF("%+v", {St("struct { a []main.Color; m map[main.Color]int; p *main.Color }", {{"a", Sl("[]main.Color", Kind::Int, {Str(Named("main.Color", I(1)), "green")})}, {"m", Mp("map[main.Color]int", {{Str(Named("main.Color", I(2)), "blue"), I(1)}})}, {"p", P("*main.Color", Str(Named("main.Color", I(0)), "red"), 0x1100)}})}) == "{a:[1] m:map[2:1] p:0x1100}");
    CHECK(SF("%v", {St("struct { A []main.Color; M map[main.Color]int }", {{"A", Sl("[]main.Color", Kind::Int, {Str(Named("main.Color", I(1)), "green")})}, {"M", Mp("map[main.Color]int", {{Str(Named("main.Color", I(2)), "blue"), I(1)}})}})}) == "{[green] map[blue:1]}");
    CHECK(SF("%+v", {St("struct { A []main.Color; M map[main.Color]int }", {{"A", Sl("[]main.Color", Kind::Int, {Str(Named("main.Color", I(1)), "green")})}, {"M", Mp("map[main.Color]int", {{Str(Named("main.Color", I(2)), "blue"), I(1)}})}})}) == "{A:[green] M:map[blue:1]}");
    CHECK(SF("%d", {St("struct { A []main.Color; M map[main.Color]int }", {{"A", Sl("[]main.Color", Kind::Int, {Str(Named("main.Color", I(1)), "green")})}, {"M", Mp("map[main.Color]int", {{Str(Named("main.Color", I(2)), "blue"), I(1)}})}})}) == "{[1] map[2:1]}");
    CHECK(SF("%v", {St("struct { X struct { Y struct { Z int } } }", {{"X", St("struct { Y struct { Z int } }", {{"Y", St("struct { Z int }", {{"Z", I(9)}})}})}})}) == "{{{9}}}");
    CHECK(SF("%+v", {St("struct { X struct { Y struct { Z int } } }", {{"X", St("struct { Y struct { Z int } }", {{"Y", St("struct { Z int }", {{"Z", I(9)}})}})}})}) == "{X:{Y:{Z:9}}}");
    CHECK(SF("%#v", {St("struct { X struct { Y struct { Z int } } }", {{"X", St("struct { Y struct { Z int } }", {{"Y", St("struct { Z int }", {{"Z", I(9)}})}})}})}) == "struct { X struct { Y struct { Z int } } }{X:struct { Y struct { Z int } }{Y:struct { Z int }{Z:9}}}");
    CHECK(SF("%v", {St("main.Emb", {{"Point", St("main.Point", {{"X", I(1)}, {"Y", I(2)}}), true}, {"Z", I(3)}})}) == "{{1 2} 3}");
    CHECK(SF("%+v", {St("main.Emb", {{"Point", St("main.Point", {{"X", I(1)}, {"Y", I(2)}}), true}, {"Z", I(3)}})}) == "{Point:{X:1 Y:2} Z:3}");
    CHECK(SF("%#v", {St("main.Emb", {{"Point", St("main.Point", {{"X", I(1)}, {"Y", I(2)}}), true}, {"Z", I(3)}})}) == "main.Emb{Point:main.Point{X:1, Y:2}, Z:3}");
    CHECK(SF("%v", {St("main.EmbP", {{"Point", P("*main.Point", St("main.Point", {}), 0x1500), true}, {"Z", I(3)}})}) == "{0x1500 3}");
    CHECK(SF("%+v", {St("main.EmbP", {{"Point", P("*main.Point", St("main.Point", {}), 0x1500), true}, {"Z", I(3)}})}) == "{Point:0x1500 Z:3}");
    CHECK(SF("%#v", {St("main.EmbP", {{"Point", P("*main.Point", St("main.Point", {}), 0x1500), true}, {"Z", I(3)}})}) == "main.EmbP{Point:(*main.Point)(0x1500), Z:3}");
    CHECK(SF("%v", {St("main.Wrap", {{"E", NilIf("error")}, {"A", If("interface {}", Str(Named("main.Color", I(2)), "blue"))}})}) == "{<nil> blue}");
    CHECK(SF("%+v", {St("main.Wrap", {{"E", NilIf("error")}, {"A", If("interface {}", Str(Named("main.Color", I(2)), "blue"))}})}) == "{E:<nil> A:blue}");
    CHECK(SF("%d", {St("main.Wrap", {{"E", NilIf("error")}, {"A", If("interface {}", Str(Named("main.Color", I(2)), "blue"))}})}) == "{<nil> 2}");
    CHECK(SF("%#v", {St("main.Wrap", {{"E", NilIf("error")}, {"A", If("interface {}", Str(Named("main.Color", I(2)), "blue"))}})}) == "main.Wrap{E:error(nil), A:2}");
}

TEST_CASE("fmt: methods")
{
    CHECK(SF("%v", {Str(Named("main.Color", I(1)), "green")}) == "green");
    CHECK(SF("%s", {Str(Named("main.Color", I(1)), "green")}) == "green");
    CHECK(SF("%q", {Str(Named("main.Color", I(1)), "green")}) == "\"green\"");
    CHECK(SF("%x", {Str(Named("main.Color", I(1)), "green")}) == "677265656e");
    CHECK(SF("%X", {Str(Named("main.Color", I(1)), "green")}) == "677265656E");
    CHECK(SF("%d", {Str(Named("main.Color", I(1)), "green")}) == "1");
    CHECK(SF("%#v", {Str(Named("main.Color", I(1)), "green")}) == "1");
    CHECK(SF("%T", {Str(Named("main.Color", I(1)), "green")}) == "main.Color");
    CHECK(SF("%10v|", {Str(Named("main.Color", I(1)), "green")}) == "     green|");
    CHECK(SF("%-10s|", {Str(Named("main.Color", I(1)), "green")}) == "green     |");
    CHECK(SF("%.3s", {Str(Named("main.Color", I(1)), "green")}) == "gre");
    CHECK(SF("%z", {Str(Named("main.Color", I(1)), "green")}) == "%!z(main.Color=1)");
    CHECK(SF("%c", {Str(Named("main.Color", I(1)), "green")}) == "\001");
    CHECK(SF("%+v", {Str(Named("main.Color", I(1)), "green")}) == "green");
    CHECK(SF("%5.2q|", {Str(Named("main.Color", I(1)), "green")}) == " \"gr\"|");
    CHECK(SF("%v", {ErrT_(7)}) == "code 7");
    CHECK(SF("%s", {ErrT_(7)}) == "code 7");
    CHECK(SF("%q", {ErrT_(7)}) == "\"code 7\"");
    CHECK(SF("%d", {ErrT_(7)}) == "{7}");
    CHECK(SF("%+v", {ErrT_(7)}) == "code 7");
    CHECK(SF("%#v", {ErrT_(7)}) == "main.ErrT{Code:7}");
    CHECK(SF("%x", {ErrT_(7)}) == "636f64652037");
    CHECK(SF("%T", {ErrT_(7)}) == "main.ErrT");
    CHECK(SF("%v", {Str(Err(St("main.Both", {}), "as error"), "as string")}) == "as error");
    CHECK(SF("%s", {Str(Err(St("main.Both", {}), "as error"), "as string")}) == "as error");
    CHECK(SF("%d", {Str(Err(St("main.Both", {}), "as error"), "as string")}) == "{}");
    CHECK(SF("%#v", {Str(Err(St("main.Both", {}), "as error"), "as string")}) == "main.Both{}");
    CHECK(SF("%v", {St("main.PS", {{"N", I(1)}})}) == "{1}");
    CHECK(SF("%+v", {St("main.PS", {{"N", I(1)}})}) == "{N:1}");
    CHECK(SF("%s", {St("main.PS", {{"N", I(1)}})}) == "{%!s(int=1)}");
    CHECK(SF("%v", {Str(P("*main.PS", St("main.PS", {{"N", I(1)}}), 0x1200), "PS")}) == "PS");
    CHECK(SF("%+v", {Str(P("*main.PS", St("main.PS", {{"N", I(1)}}), 0x1200), "PS")}) == "PS");
    CHECK(SF("%s", {Str(P("*main.PS", St("main.PS", {{"N", I(1)}}), 0x1200), "PS")}) == "PS");
    CHECK(SF("%d", {Str(P("*main.PS", St("main.PS", {{"N", I(1)}}), 0x1200), "PS")}) == "&{1}");
    CHECK(SF("%#v", {Str(P("*main.PS", St("main.PS", {{"N", I(1)}}), 0x1200), "PS")}) == "&main.PS{N:1}");
    CHECK(SF("%#v", {GoStr(St("main.GS", {{"N", I(1)}}), "GS!")}) == "GS!");
    CHECK(SF("%v", {GoStr(St("main.GS", {{"N", I(1)}}), "GS!")}) == "{1}");
    CHECK(SF("%+v", {GoStr(St("main.GS", {{"N", I(1)}}), "GS!")}) == "{N:1}");
    CHECK(SF("%8v|", {GoStr(St("main.GS", {{"N", I(1)}}), "GS!")}) == "{       1}|");
    CHECK(SF("%s", {GoStr(St("main.GS", {{"N", I(1)}}), "GS!")}) == "{%!s(int=1)}");
    CHECK(SF("%#v", {Sl("[]main.GS", Kind::Struct, {GoStr(St("main.GS", {{"N", I(1)}}), "GS!"), GoStr(St("main.GS", {{"N", I(2)}}), "GS!")})}) == "[]main.GS{GS!, GS!}");
    CHECK(SF("%v", {Sl("[]main.GS", Kind::Struct, {GoStr(St("main.GS", {{"N", I(1)}}), "GS!"), GoStr(St("main.GS", {{"N", I(2)}}), "GS!")})}) == "[{1} {2}]");
    CHECK(SF("%v", {StrPanic(St("main.Pan", {}), "boom")}) == "%!v(PANIC=String method: boom)");
    CHECK(SF("%s", {StrPanic(St("main.Pan", {}), "boom")}) == "%!s(PANIC=String method: boom)");
    CHECK(SF("%10v|", {StrPanic(St("main.Pan", {}), "boom")}) == "%!v(PANIC=String method: boom)|");
    CHECK(SF("%q", {StrPanic(St("main.Pan", {}), "boom")}) == "%!q(PANIC=String method: boom)");
    CHECK(SF("%d", {StrPanic(St("main.Pan", {}), "boom")}) == "{}");
    CHECK(SF("%#v", {StrPanic(St("main.Pan", {}), "boom")}) == "main.Pan{}");
    CHECK(SF("%x", {StrPanic(St("main.Pan", {}), "boom")}) == "%!x(PANIC=String method: boom)");
    CHECK(SF("%v", {ErrPanic(St("main.PanErr", {}), "bad")}) == "%!v(PANIC=Error method: bad)");
    CHECK(SF("%s", {ErrPanic(St("main.PanErr", {}), "bad")}) == "%!s(PANIC=Error method: bad)");
    CHECK(SF("%+v", {ErrPanic(St("main.PanErr", {}), "bad")}) == "%!v(PANIC=Error method: bad)");
    CHECK(SF("%#v", {GoStrPanic(St("main.PanGo", {}), "gs boom")}) == "%!v(PANIC=GoString method: gs boom)");
    CHECK(SF("%v", {GoStrPanic(St("main.PanGo", {}), "gs boom")}) == "{}");
    CHECK(SF("%v", {StrNilPanic(NilP("*main.VR"), "value method main.VR.String called using nil *VR pointer")}) == "<nil>");
    CHECK(SF("%s", {StrNilPanic(NilP("*main.VR"), "value method main.VR.String called using nil *VR pointer")}) == "<nil>");
    CHECK(SF("%d", {StrNilPanic(NilP("*main.VR"), "value method main.VR.String called using nil *VR pointer")}) == "0");
    CHECK(SF("%#v", {StrNilPanic(NilP("*main.VR"), "value method main.VR.String called using nil *VR pointer")}) == "(*main.VR)(nil)");
    CHECK(SF("%p", {StrNilPanic(NilP("*main.VR"), "value method main.VR.String called using nil *VR pointer")}) == "0x0");
    CHECK(SF("%v", {Str(NilP("*main.NilOK"), "nil NilOK")}) == "nil NilOK");
    CHECK(SF("%s", {Str(NilP("*main.NilOK"), "nil NilOK")}) == "nil NilOK");
    CHECK(SF("%d", {Str(NilP("*main.NilOK"), "nil NilOK")}) == "0");
    CHECK(SF("%v", {StrPanic(NilP("*main.PanPtr"), "runtime error: invalid memory address or nil pointer dereference")}) == "<nil>");
    CHECK(SF("%s", {StrPanic(NilP("*main.PanPtr"), "runtime error: invalid memory address or nil pointer dereference")}) == "<nil>");
    CHECK(SF("%v", {Sl("[]*main.VR", Kind::Pointer, {StrNilPanic(NilP("*main.VR"), "value method"), Str(P("*main.VR", Str(St("main.VR", {{"N", I(1)}}), "VR"), 0x1300), "VR")})}) == "[<nil> VR]");
    CHECK(SF("%s", {Sl("[]*main.VR", Kind::Pointer, {StrNilPanic(NilP("*main.VR"), "value method"), Str(P("*main.VR", Str(St("main.VR", {{"N", I(1)}}), "VR"), 0x1300), "VR")})}) == "[<nil> VR]");
    CHECK(SF("%v", {Sl("[]main.Pan", Kind::Struct, {StrPanic(St("main.Pan", {}), "boom")})}) == "[%!v(PANIC=String method: boom)]");
    CHECK(SF("%s", {Sl("[]main.Pan", Kind::Struct, {StrPanic(St("main.Pan", {}), "boom")})}) == "[%!s(PANIC=String method: boom)]");
    CHECK(SF("%d", {Sl("[]main.Pan", Kind::Struct, {StrPanic(St("main.Pan", {}), "boom")})}) == "[{}]");
    CHECK(SF("%v", {Sl("[]main.Color", Kind::Int, {Str(Named("main.Color", I(0)), "red"), Str(Named("main.Color", I(2)), "blue")})}) == "[red blue]");
    CHECK(SF("%s", {Sl("[]main.Color", Kind::Int, {Str(Named("main.Color", I(0)), "red"), Str(Named("main.Color", I(2)), "blue")})}) == "[red blue]");
    CHECK(SF("%q", {Sl("[]main.Color", Kind::Int, {Str(Named("main.Color", I(0)), "red"), Str(Named("main.Color", I(2)), "blue")})}) == "[\"red\" \"blue\"]");
    CHECK(SF("%x", {Sl("[]main.Color", Kind::Int, {Str(Named("main.Color", I(0)), "red"), Str(Named("main.Color", I(2)), "blue")})}) == "[726564 626c7565]");
    CHECK(SF("%d", {Sl("[]main.Color", Kind::Int, {Str(Named("main.Color", I(0)), "red"), Str(Named("main.Color", I(2)), "blue")})}) == "[0 2]");
    CHECK(SF("%#v", {Sl("[]main.Color", Kind::Int, {Str(Named("main.Color", I(0)), "red"), Str(Named("main.Color", I(2)), "blue")})}) == "[]main.Color{0, 2}");
    CHECK(SF("%5v|", {Sl("[]main.Color", Kind::Int, {Str(Named("main.Color", I(0)), "red"), Str(Named("main.Color", I(2)), "blue")})}) == "[  red  blue]|");
    CHECK(SF("%v", {Named("main.Temp", Str(F(21.5), "21.5°C"))}) == "21.5\302\260C");
    CHECK(SF("%s", {Named("main.Temp", Str(F(21.5), "21.5°C"))}) == "21.5\302\260C");
    CHECK(SF("%q", {Named("main.Temp", Str(F(21.5), "21.5°C"))}) == "\"21.5\302\260C\"");
    CHECK(SF("%+q", {Named("main.Temp", Str(F(21.5), "21.5°C"))}) == "\"21.5\\u00b0C\"");
    CHECK(SF("%x", {Named("main.Temp", Str(F(21.5), "21.5°C"))}) == "32312e35c2b043");
    CHECK(SF("%g", {Named("main.Temp", Str(F(21.5), "21.5°C"))}) == "21.5");
    CHECK(SF("%.2f", {Named("main.Temp", Str(F(21.5), "21.5°C"))}) == "21.50");
    CHECK(SF("%#v", {Named("main.Temp", Str(F(21.5), "21.5°C"))}) == "21.5");
    CHECK(SF("%v", {Fm_(St("main.Fm", {}))}) == "Fm[v]");
    CHECK(SF("%d", {Fm_(St("main.Fm", {}))}) == "Fm[d]");
    CHECK(SF("%+v", {Fm_(St("main.Fm", {}))}) == "Fm[v +]");
    CHECK(SF("%#v", {Fm_(St("main.Fm", {}))}) == "Fm[v #]");
    CHECK(SF("%-8.3x", {Fm_(St("main.Fm", {}))}) == "Fm[x w8 p3 -]");
    CHECK(SF("%08s", {Fm_(St("main.Fm", {}))}) == "Fm[s w8 0]");
    CHECK(SF("% +q", {Fm_(St("main.Fm", {}))}) == "Fm[q +  ]");
    CHECK(SF("%T", {Fm_(St("main.Fm", {}))}) == "main.Fm");
    CHECK(SF("%p", {Fm_(St("main.Fm", {}))}) == "%!p(main.Fm={})");
    CHECK(SF("%v", {Sl("[]main.Fm", Kind::Struct, {Fm_(St("main.Fm", {}))})}) == "[Fm[v]]");
    CHECK(SF("%5s", {Sl("[]main.Fm", Kind::Struct, {Fm_(St("main.Fm", {}))})}) == "[Fm[s w5]]");
    CHECK(SF("%v", {ErrNew("boom", 0x9000)}) == "boom");
    CHECK(SF("%s", {ErrNew("boom", 0x9000)}) == "boom");
    CHECK(SF("%q", {ErrNew("boom", 0x9000)}) == "\"boom\"");
    CHECK(SF("%x", {ErrNew("boom", 0x9000)}) == "626f6f6d");
    CHECK(SF("%d", {ErrNew("boom", 0x9000)}) == "&{%!d(string=boom)}");
    CHECK(SF("%T", {ErrNew("boom", 0x9000)}) == "*errors.errorString");
    CHECK(SF("%10v|", {ErrNew("boom", 0x9000)}) == "      boom|");
}

TEST_CASE("fmt: printf machinery")
{
    CHECK(SF("%[2]d %[1]d", {I(1), I(2)}) == "2 1");
    CHECK(SF("%[2]d %d", {I(1), I(2)}) == "2 %!d(MISSING)");
    CHECK(SF("%[1]d %[1]v", {I(1), I(2)}) == "1 1");
    CHECK(SF("%[3]*.[2]*[1]f", {F(3.14159), I(2), I(8)}) == "    3.14");
    CHECK(SF("%*.*f|%[1]d", {I(8), I(2), F(3.14159)}) == "    3.14|8");
    CHECK(SF("%[5]d", {I(1)}) == "%!d(BADINDEX)");
    CHECK(SF("%[0]d", {I(1)}) == "%!d(BADINDEX)");
    CHECK(SF("%[x]d", {I(1)}) == "%!d(BADINDEX)");
    CHECK(SF("%[1]", {I(1)}) == "%!(NOVERB)");
    CHECK(SF("%[1", {I(1)}) == "%!(NOVERB)");
    CHECK(SF("%[2]2d", {I(1), I(2)}) == "%!d(BADINDEX)");
    CHECK(SF("%[2].2d", {I(1), I(2)}) == "%!d(BADINDEX)");
    CHECK(SF("%[1]*d", {I(5), I(2)}) == "    2");
    CHECK(SF("%[3]d %d %d", {I(1), I(2), I(3)}) == "3 %!d(MISSING) %!d(MISSING)");
    CHECK(SF("%[2]d %[-1]d %d", {I(1), I(2), I(3)}) == "2 %!d(BADINDEX) 3");
    CHECK(SF("%d", {}) == "%!d(MISSING)");
    CHECK(SF("%d %d %s", {I(1)}) == "1 %!d(MISSING) %!s(MISSING)");
    CHECK(SF("%d", {I(1), I(2), S("a")}) == "1%!(EXTRA int=2, string=a)");
    CHECK(SF("%d", {I(1), nullptr, Nil()}) == "1%!(EXTRA <nil>, <nil>)");
    CHECK(SF("", {S("x"), Str(Named("main.Color", I(1)), "green"), Sl("[]int", Kind::Int, {I(1)})}) == "%!(EXTRA string=x, main.Color=green, []int=[1])");
    CHECK(SF("%s", {S("x"), ErrNew("e", 0x9000)}) == "x%!(EXTRA *errors.errorString=e)");
    CHECK(SF("%*d|", {I(5), I(42)}) == "   42|");
    CHECK(SF("%*d|", {I(-5), I(42)}) == "42   |");
    CHECK(SF("%-*d|", {I(5), I(42)}) == "42   |");
    CHECK(SF("%0*d|", {I(5), I(42)}) == "00042|");
    CHECK(SF("%0*d|", {I(-5), I(42)}) == "42   |");
    CHECK(SF("%.*f", {I(2), F(3.14159)}) == "3.14");
    CHECK(SF("%.*f", {I(-2), F(3.14159)}) == "%!(BADPREC)3.141590");
    CHECK(SF("%*d", {S("x"), I(42)}) == "%!(BADWIDTH)42");
    CHECK(SF("%*d", {I(10000000), I(42)}) == "%!(BADWIDTH)42");
    CHECK(SF("%.*d", {S("x"), I(42)}) == "%!(BADPREC)42");
    CHECK(SF("%*d", {I(42)}) == "%!d(MISSING)");
    CHECK(SF("%*d|", {U8(4), I(42)}) == "  42|");
    CHECK(SF("%*d|", {U64(UINT64_MAX), I(42)}) == "%!(BADWIDTH)42|");
    CHECK(SF("%*d|", {Named("main.MyInt", I(3)), I(42)}) == " 42|");
    CHECK(SF("%%|%5%|%-5%|%d", {I(1)}) == "%|%|%|1");
    CHECK(SF("%d%", {I(1)}) == "1%!(NOVERB)");
    CHECK(SF("%d%-", {I(1)}) == "1%!(NOVERB)");
    CHECK(SF("%d%5.", {I(1)}) == "1%!.(MISSING)");
    CHECK(SF("%5.d|", {I(0)}) == "     |");
    CHECK(SF("no verbs", {}) == "no verbs");
    CHECK(SF("%!", {}) == "%!!(MISSING)");
    CHECK(SF("%\303\251", {I(1)}) == "%!\303\251(int=1)");
    CHECK(SF("%\377", {I(1)}) == "%!\357\277\275(int=1)");
    CHECK(SF("%d\377z", {I(1)}) == "1\377z");
    CHECK(SF("%100000000d", {I(42)}) == "%!(NOVERB)%!(EXTRA int=42)");
    CHECK(SF("%.100000000d", {I(42)}) == "%!(NOVERB)%!(EXTRA int=42)");
    CHECK(SF("%#-+ 08.3q|", {S("x")}) == "`x`     |");
    CHECK(SF("%v%v", {I(1), I(2)}) == "12");
    CHECK(SF("%v %v %v %v", {I(1), S("s"), Bo(true), F(1.5)}) == "1 s true 1.5");
    CHECK(SF("%v", {nullptr}) == "<nil>");
    CHECK(SF("%d", {nullptr}) == "%!d(<nil>)");
    CHECK(SF("%T", {Nil()}) == "<nil>");
    CHECK(SF("%5v|", {Nil()}) == "<nil>|");
    CHECK(SF("%-5T|", {Nil()}) == "<nil>|");
    CHECK(SF("%s %x %p %q %w", {Nil(), Nil(), Nil(), Nil(), Nil()}) == "%!s(<nil>) %!x(<nil>) %!p(<nil>) %!q(<nil>) %!w(<nil>)");
    CHECK(SF("%T %T %T", {I(7), F(7.5), S("7")}) == "int float64 string");
    CHECK(SF("%T %v", {Sl("[]interface {}", Kind::Interface, {}), Sl("[]interface {}", Kind::Interface, {})}) == "[]interface {} []");
}

TEST_CASE("fmt: Sprint and Sprintln")
{
    CHECK(SP({S("a"), I(1), I(2), S("b"), S("c"), F(3.5), Nil(), Bo(true)}) == "a1 2bc3.5 <nil> true");
    CHECK(SP({I(1), I(2)}) == "1 2");
    CHECK(SP({S("a"), S("b")}) == "ab");
    CHECK(SP({S("a"), I(1), S("b")}) == "a1b");
    CHECK(SP({Nil(), nullptr}) == "<nil> <nil>");
    CHECK(SP({Named("main.MyString", S("x")), I(1), Named("main.MyString", S("y"))}) == "x1y");
    CHECK(SP({Str(Named("main.Color", I(1)), "green"), Str(Named("main.Color", I(2)), "blue")}) == "green blue");
    CHECK(SP({ErrNew("e1", 0x9000), S("!"), ErrT_(3)}) == "e1!code 3");
    CHECK(SP({By("[]uint8", "ab"), Sl("[]int", Kind::Int, {I(1)})}) == "[97 98] [1]");
    CHECK(SP({P("*main.Point", St("main.Point", {{"X", I(1)}, {"Y", I(2)}}), 0x1080), NilP("*int")}) == "&{1 2} <nil>");
    CHECK(SP({F(1e6), F32(0.1f), F(-0.0)}) == "1e+06 0.1 -0");
    CHECK(SP({}) == "");
    CHECK(SL({S("a"), I(1), I(2), S("b"), Nil()}) == "a 1 2 b <nil>\n");
    CHECK(SL({S("a"), S("b")}) == "a b\n");
    CHECK(SL({}) == "\n");
    CHECK(SL({St("main.Point", {{"X", I(1)}, {"Y", I(2)}}), Mp("map[string]int", {{S("z"), I(26)}, {S("a"), I(1)}})}) == "{1 2} map[a:1 z:26]\n");
}

TEST_CASE("fmt: Errorf and %w")
{
    CHECK(EF("wrap: %w", {ErrNew("boom", 0x9000)}) == "wrap: boom|w=0");
    CHECK(EF("%d: %w", {I(1), ErrNew("boom", 0x9000)}) == "1: boom|w=1");
    CHECK(EF("%w %w", {ErrNew("boom", 0x9000), ErrNew("boom", 0x9000)}) == "boom %!w(*errors.errorString=&{boom})|w=");
    CHECK(EF("%w", {I(1)}) == "%!w(int=1)|w=");
    CHECK(EF("%w %w", {I(1), ErrNew("boom", 0x9000)}) == "%!w(int=1) boom|w=1");
    CHECK(EF("%w %w", {St("main.Point", {{"X", I(1)}, {"Y", I(2)}}), ErrNew("boom", 0x9000)}) == "%!w(main.Point={1 2}) %!w(*errors.errorString=&{boom})|w=");
    CHECK(EF("%w", {Nil()}) == "%!w(<nil>)|w=");
    CHECK(EF("%v", {ErrNew("boom", 0x9000)}) == "boom|w=");
    CHECK(EF("%s|%5w|%q", {ErrNew("e0", 0x9000), ErrNew("e1", 0x9100), ErrNew("e2", 0x9200)}) == "e0|   e1|\"e2\"|w=1");
    CHECK(EF("%+w", {ErrT_(4)}) == "code 4|w=0");
    CHECK(EF("%w", {ErrPanic(St("main.PanErr", {}), "bad")}) == "%!v(PANIC=Error method: bad)|w=0");
    CHECK(EF("%w", {FmErr_(St("main.FmErr", {}))}) == "FmErr[v]|w=0");
    CHECK(EF("%w", {Fm_(St("main.Fm", {}))}) == "%!w(main.Fm={})|w=");
    CHECK(EF("%v %+w", {Fm_(St("main.Fm", {})), FmErr_(St("main.FmErr", {}))}) == "Fm[v] FmErr[v]|w=1");
    CHECK(EF("%w", {By("[]uint8", "ab")}) == "[%!w(uint8=97) %!w(uint8=98)]|w=");
    CHECK(EF("%[2]d %[1]w", {ErrNew("boom", 0x9000), I(2)}) == "2 boom|w=0");
    CHECK(SF("%w", {ErrNew("boom", 0x9000)}) == "%!w(*errors.errorString=&{boom})");
    CHECK(SF("%#w", {ErrNew("boom", 0x9000)}) == "%!w(*errors.errorString=&{boom})");
}

// END GENERATED
