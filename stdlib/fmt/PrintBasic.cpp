// Go's print.go (Go 1.19): the printer's verbs on basic values (pp.badVerb, pp.fmtBool,
// pp.fmtInteger, pp.fmtFloat, pp.fmtString, pp.fmtBytes, pp.fmtPointer).
#include "stdlib/fmt/PrinterImpl.h"

namespace weft::fmt::detail {

void Printer::badVerb(char32_t verb)
{
    erroring_ = true;
    buf_ += "%!";
    writeRune(verb);
    buf_ += '(';
    if (!isNilValue(current_))
    {
        const Value& v = *current_;
        buf_ += v.typeString();
        buf_ += '=';
        // Go prints p.arg with printArg or p.value with printValue at depth 0: the same output,
        // as no method is called while erroring.
        printValue(v, 'v', 0, Access::Open);
    }
    else
        buf_ += kNilAngle;
    buf_ += ')';
    erroring_ = false;
}

void Printer::fmtBool(bool v, char32_t verb)
{
    switch (verb)
    {
    case 't':
    case 'v': fmt_.fmtBoolean(v); break;
    default: badVerb(verb);
    }
}

// fmt0x64 formats a uint64 in hexadecimal and prefixes it with 0x or not, as requested, by
// temporarily setting the sharp flag.
void Printer::fmt0x64(uint64_t v, bool leading0x)
{
    bool sharp = fmt_.flags.sharp;
    fmt_.flags.sharp = leading0x;
    fmt_.fmtInteger(v, 16, false, 'v', kLowerDigits);
    fmt_.flags.sharp = sharp;
}

// fmtInteger formats a signed or unsigned integer.
void Printer::fmtInteger(uint64_t v, bool isSigned, char32_t verb)
{
    switch (verb)
    {
    case 'v':
        if (fmt_.flags.sharpV && !isSigned)
            fmt0x64(v, true);
        else
            fmt_.fmtInteger(v, 10, isSigned, verb, kLowerDigits);
        break;
    case 'd': fmt_.fmtInteger(v, 10, isSigned, verb, kLowerDigits); break;
    case 'b': fmt_.fmtInteger(v, 2, isSigned, verb, kLowerDigits); break;
    case 'o':
    case 'O': fmt_.fmtInteger(v, 8, isSigned, verb, kLowerDigits); break;
    case 'x': fmt_.fmtInteger(v, 16, isSigned, verb, kLowerDigits); break;
    case 'X': fmt_.fmtInteger(v, 16, isSigned, verb, kUpperDigits); break;
    case 'c': fmt_.fmtC(v); break;
    case 'q': fmt_.fmtQc(v); break;
    case 'U': fmt_.fmtUnicode(v); break;
    default: badVerb(verb);
    }
}

// fmtFloat formats a float. The default precision for each verb is specified as last argument
// in the call to fmt_float.
void Printer::fmtFloat(double v, int size, char32_t verb)
{
    switch (verb)
    {
    case 'v': fmt_.fmtFloat(v, size, 'g', -1); break;
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X': fmt_.fmtFloat(v, size, verb, -1); break;
    case 'f':
    case 'e':
    case 'E': fmt_.fmtFloat(v, size, verb, 6); break;
    case 'F': fmt_.fmtFloat(v, size, 'f', 6); break;
    default: badVerb(verb);
    }
}

void Printer::fmtString(std::string_view v, char32_t verb)
{
    switch (verb)
    {
    case 'v':
        if (fmt_.flags.sharpV)
            fmt_.fmtQ(v);
        else
            fmt_.fmtS(v);
        break;
    case 's': fmt_.fmtS(v); break;
    case 'x': fmt_.fmtSbx(v, kLowerDigits); break;
    case 'X': fmt_.fmtSbx(v, kUpperDigits); break;
    case 'q': fmt_.fmtQ(v); break;
    default: badVerb(verb);
    }
}

void Printer::fmtBytes(const std::string& v, bool isNil, char32_t verb, std::string_view typeString, const Value& value)
{
    switch (verb)
    {
    case 'v':
    case 'd':
        if (fmt_.flags.sharpV)
        {
            buf_ += typeString;
            if (isNil)
            {
                buf_ += kNilParen;
                return;
            }
            buf_ += '{';
            for (size_t i = 0; i < v.size(); ++i)
            {
                if (i > 0)
                    buf_ += ", ";
                fmt0x64(static_cast<unsigned char>(v[i]), true);
            }
            buf_ += '}';
        }
        else
        {
            buf_ += '[';
            for (size_t i = 0; i < v.size(); ++i)
            {
                if (i > 0)
                    buf_ += ' ';
                fmt_.fmtInteger(static_cast<unsigned char>(v[i]), 10, false, verb, kLowerDigits);
            }
            buf_ += ']';
        }
        break;
    case 's': fmt_.fmtS(v); break;
    case 'x': fmt_.fmtSbx(v, kLowerDigits); break;
    case 'X': fmt_.fmtSbx(v, kUpperDigits); break;
    case 'q': fmt_.fmtQ(v); break;
    default: printValue(value, verb, 0, Access::Open);
    }
}

void Printer::fmtPointer(const Value& value, char32_t verb)
{
    uintptr_t u;
    switch (value.kind())
    {
    case Kind::Chan:
    case Kind::Func:
    case Kind::Map:
    case Kind::Pointer:
    case Kind::Slice: u = value.pointerValue(); break;
    default: badVerb(verb); return;
    }

    switch (verb)
    {
    case 'v':
        if (fmt_.flags.sharpV)
        {
            buf_ += '(';
            buf_ += value.typeString();
            buf_ += ")(";
            if (u == 0)
                buf_ += "nil";
            else
                fmt0x64(u, true);
            buf_ += ')';
        }
        else
        {
            if (u == 0)
                fmt_.pad(kNilAngle);
            else
                fmt0x64(u, !fmt_.flags.sharp);
        }
        break;
    case 'p': fmt0x64(u, !fmt_.flags.sharp); break;
    case 'b':
    case 'o':
    case 'd':
    case 'x':
    case 'X': fmtInteger(u, false, verb); break;
    default: badVerb(verb);
    }
}

} // namespace weft::fmt::detail
