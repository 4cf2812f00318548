#include "compiler/Constant.h"

#include "lexer/Lexer.h"
#include "lexer/Quote.h"
#include "lexer/Utf8.h"

#include <cmath>
#include <cstdio>

namespace weft {

// ---------------------------------------------------------------------------------------------
// Constant

Constant Constant::makeBool(bool b)
{
    Constant c;
    c.kind = Kind::Bool;
    c.boolean = b;
    return c;
}

Constant Constant::makeString(std::string s)
{
    Constant c;
    c.kind = Kind::String;
    c.string = std::move(s);
    return c;
}

Constant Constant::makeInt(BigInt v)
{
    Constant c;
    c.kind = Kind::Int;
    c.integer = std::move(v);
    return c;
}

Constant Constant::makeFloat(BigRat v)
{
    Constant c;
    c.kind = Kind::Float;
    c.rational = std::move(v);
    return c;
}

namespace {

std::string formatG6(double x)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6g", x);
    return buf;
}

// go/constant's String() of a string: strconv.Quote, cut to 72 runes with "...".
std::string formatStringConstant(const std::string& value)
{
    constexpr size_t kMaxRunes = 72;
    std::string quoted = quoteString(value);
    std::string_view rest = quoted;
    size_t runes = 0, cut = 0;
    while (!rest.empty())
    {
        size_t width = decodeRune(rest).width;
        rest.remove_prefix(width);
        ++runes;
        if (runes == kMaxRunes - 3)
            cut = quoted.size() - rest.size();
    }
    if (runes <= kMaxRunes)
        return quoted;
    return quoted.substr(0, cut) + "...";
}

// go/constant's String() of a float (a fraction is first rounded to a 512-bit float): %.6g when
// the value is within float64's range, else an approximate decimal mantissa and exponent
// computed from the binary exponent.
std::string formatFloatConstant(const BigRat& value)
{
    if (value.isInf())
        return "unknown"; // go/constant's value for an overflow
    BigFloat f = value.toBigFloat();
    double x = f.toDouble();
    if ((f.sign() == 0) == (x == 0) && !std::isinf(x))
        return formatG6(x);

    // f = m * 2^exp with 0.5 <= |m| < 1
    int64_t exp = f.exponent();
    double m = quotientToDouble(f.mantissa(), BigInt(1), f.lsbExponent() - exp);
    constexpr double kLog10Of2 = 0.30102999566398119521373889472449302676818988146211;
    double d = static_cast<double>(exp) * kLog10Of2;
    auto e = static_cast<int64_t>(d);
    m *= std::pow(10.0, d - static_cast<double>(e));
    double am = std::fabs(m);
    if (am < 1 - 0.5e-6)
    {
        m *= 10;
        --e;
    }
    else if (am >= 10)
    {
        m /= 10;
        ++e;
    }
    return formatG6(m) + "e" + (e >= 0 ? "+" : "") + std::to_string(e);
}

} // namespace

std::string Constant::toString() const
{
    switch (kind)
    {
    case Kind::Bool: return boolean ? "true" : "false";
    case Kind::String: return formatStringConstant(string);
    case Kind::Int: return integer.toString();
    case Kind::Float: return formatFloatConstant(rational);
    }
    return "";
}

// ---------------------------------------------------------------------------------------------
// Literals

namespace {

int digitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return 99;
}

// The digits of `text` in `base` with '_' separators removed; nullopt if a character is
// neither a digit of the base nor '_'.
std::optional<std::string> digitsOf(std::string_view text, int base)
{
    std::string out;
    for (char c : text)
    {
        if (c == '_')
            continue;
        if (digitValue(c) >= base)
            return std::nullopt;
        out += c;
    }
    return out;
}

// The value of one escape sequence.
struct Unescaped
{
    uint32_t value = 0;
    bool isByte = false; // octal and \x escapes denote a byte, not a code point
};

// The escape sequence after a backslash, starting at text[i], in a literal quoted by `quote`;
// advances i past it. nullopt if malformed.
std::optional<Unescaped> unescape(std::string_view text, size_t& i, char quote)
{
    if (i >= text.size())
        return std::nullopt;
    char c = text[i++];
    switch (c)
    {
    case 'a': return Unescaped{'\a', false};
    case 'b': return Unescaped{'\b', false};
    case 'f': return Unescaped{'\f', false};
    case 'n': return Unescaped{'\n', false};
    case 'r': return Unescaped{'\r', false};
    case 't': return Unescaped{'\t', false};
    case 'v': return Unescaped{'\v', false};
    case '\\': return Unescaped{'\\', false};
    default: break;
    }
    if (c == quote)
        return Unescaped{static_cast<uint32_t>(c), false};

    int digits, base;
    switch (c)
    {
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
        --i; // the first digit is part of the value
        digits = 3, base = 8;
        break;
    case 'x': digits = 2, base = 16; break;
    case 'u': digits = 4, base = 16; break;
    case 'U': digits = 8, base = 16; break;
    default: return std::nullopt;
    }
    uint32_t value = 0;
    for (int k = 0; k < digits; ++k)
    {
        if (i >= text.size())
            return std::nullopt;
        int d = digitValue(text[i++]);
        if (d >= base)
            return std::nullopt;
        value = value * static_cast<uint32_t>(base) + static_cast<uint32_t>(d);
    }
    if (c == 'u' || c == 'U')
    {
        if (value > kMaxRune || (value >= 0xD800 && value < 0xE000))
            return std::nullopt;
        return Unescaped{value, false};
    }
    if (value > 255)
        return std::nullopt;
    return Unescaped{value, true};
}

uint64_t magnitude(int64_t v) { return v < 0 ? ~static_cast<uint64_t>(v) + 1 : static_cast<uint64_t>(v); }

// An exponent's digits after 'e' or 'p' with an optional sign, as strconv.ParseInt reads them
// for math/big: nullopt beyond int64.
std::optional<int64_t> parseExponent(std::string_view text)
{
    bool negative = false;
    if (!text.empty() && (text[0] == '+' || text[0] == '-'))
    {
        negative = text[0] == '-';
        text.remove_prefix(1);
    }
    std::optional<std::string> digits = digitsOf(text, 10);
    if (!digits || digits->empty())
        return std::nullopt;
    constexpr uint64_t kLimit = uint64_t{1} << 63; // |INT64_MIN|
    uint64_t value = 0;
    for (char c : *digits)
    {
        value = value * 10 + static_cast<uint64_t>(c - '0');
        if (value > kLimit)
            return std::nullopt;
    }
    if (!negative && value == kLimit)
        return std::nullopt;
    return negative ? static_cast<int64_t>(~value + 1) : static_cast<int64_t>(value);
}

BigInt pow5Int(uint64_t n)
{
    BigInt result(1), square(5);
    for (; n > 0; n >>= 1)
    {
        if (n & 1)
            result = result * square;
        if (n > 1)
            square = square * square;
    }
    return result;
}

// mantissa * 2^binaryExponent * 5^exp5 (mantissa > 0) rounded to a 512-bit float as math/big's
// Float.scan rounds a literal: its exponent must be an int32 before the 5^exp5 factor, which is
// computed to 64 bits more and then applied in one rounding operation. nullopt for an exponent
// beyond int32; a result beyond it is infinite (or 0).
std::optional<BigFloat> roundLiteral(const BigInt& mantissa, int64_t binaryExponent, int64_t exp5)
{
    auto bits = static_cast<int64_t>(mantissa.bitLen());
    if (binaryExponent > BigFloat::kMaxExp - bits || binaryExponent < BigFloat::kMinExp - bits)
        return std::nullopt;
    BigFloat value = BigFloat::exact(mantissa, binaryExponent);
    if (exp5 == 0)
        return value.rounded(BigFloat::kPrecision, Rounding::NearestEven);
    BigFloat power = BigFloat::pow5(magnitude(exp5), BigFloat::kPrecision + 64);
    return exp5 > 0 ? BigFloat::mul(value, power, BigFloat::kPrecision)
                    : BigFloat::quo(value, power, BigFloat::kPrecision);
}

} // namespace

std::optional<BigInt> parseIntLiteral(std::string_view text)
{
    if (text.empty() || text.size() > kMaxNumberLiteralLength || invalidDigitSeparator(text) >= 0)
        return std::nullopt;
    int base = 10;
    std::string_view digits = text;
    if (text.size() >= 2 && text[0] == '0')
    {
        switch (text[1] | 0x20)
        {
        case 'x': base = 16, digits = text.substr(2); break;
        case 'o': base = 8, digits = text.substr(2); break;
        case 'b': base = 2, digits = text.substr(2); break;
        default: base = 8; break; // legacy octal: the leading 0 is a harmless digit
        }
    }
    std::optional<std::string> clean = digitsOf(digits, base);
    if (!clean || clean->empty())
        return std::nullopt;
    return BigInt::fromString(*clean, base);
}

std::optional<BigRat> parseFloatLiteral(std::string_view text)
{
    if (text.empty() || text.size() > kMaxNumberLiteralLength || invalidDigitSeparator(text) >= 0)
        return std::nullopt;
    bool hex = text.size() >= 2 && text[0] == '0' && (text[1] | 0x20) == 'x';
    std::string_view rest = hex ? text.substr(2) : text;
    int base = hex ? 16 : 10;
    char exponentLetter = hex ? 'p' : 'e';

    size_t exponentAt = 0;
    while (exponentAt < rest.size() && (rest[exponentAt] | 0x20) != exponentLetter)
        ++exponentAt;
    std::string_view mantissaText = rest.substr(0, exponentAt);
    if (hex && exponentAt == rest.size())
        return std::nullopt; // a hexadecimal mantissa requires a 'p' exponent

    size_t point = mantissaText.find('.');
    std::string_view whole = mantissaText.substr(0, point);
    std::string_view fraction = point == std::string_view::npos ? std::string_view() : mantissaText.substr(point + 1);
    std::optional<std::string> wholeDigits = digitsOf(whole, base);
    std::optional<std::string> fractionDigits = digitsOf(fraction, base);
    if (!wholeDigits || !fractionDigits || (wholeDigits->empty() && fractionDigits->empty()))
        return std::nullopt;

    int64_t exponent = 0;
    if (exponentAt < rest.size())
    {
        std::optional<int64_t> e = parseExponent(rest.substr(exponentAt + 1));
        if (!e)
            return std::nullopt;
        exponent = *e;
    }
    BigInt mantissa = BigInt::fromString(*wholeDigits + *fractionDigits, base);
    auto fractionDigitCount = static_cast<int64_t>(fractionDigits->size());
    if (mantissa.isZero())
        return BigRat();
    // value = mantissa * 2^binaryExponent * 5^exp5: math/big's Float.scan splits 10^n so
    int64_t binaryExponent = 0;
    if (__builtin_sub_overflow(exponent, (hex ? 4 : 1) * fractionDigitCount, &binaryExponent))
        return std::nullopt;
    int64_t exp5 = hex ? 0 : binaryExponent;
    std::optional<BigFloat> rounded = roundLiteral(mantissa, binaryExponent, exp5);
    if (!rounded)
        return std::nullopt;
    // go/constant's makeFloatFromLiteral: a value of moderate size is kept exact
    auto maxExp = static_cast<int64_t>(BigRat::kMaxExactBits);
    if (-maxExp < rounded->exponent() && rounded->exponent() < maxExp)
    {
        if (rounded->isZero())
            return BigRat();
        BigInt num = mantissa, den(1);
        BigInt& twosSide = binaryExponent >= 0 ? num : den;
        twosSide = twosSide.shl(magnitude(binaryExponent));
        BigInt& fivesSide = exp5 >= 0 ? num : den;
        fivesSide = fivesSide * pow5Int(magnitude(exp5));
        return BigRat::exactFraction(num, den);
    }
    if (rounded->isInf())
        return std::nullopt; // go/constant's unknown: a malformed constant
    return BigRat(*rounded);
}

std::optional<int32_t> parseRuneLiteral(std::string_view text)
{
    if (text.size() < 3 || text.front() != '\'' || text.back() != '\'')
        return std::nullopt;
    std::string_view body = text.substr(1, text.size() - 2);
    size_t i = 0;
    uint32_t value;
    if (body[0] == '\\')
    {
        ++i;
        std::optional<Unescaped> u = unescape(body, i, '\'');
        if (!u)
            return std::nullopt;
        value = u->value;
    }
    else
    {
        DecodedRune d = decodeRune(body);
        if ((d.rune == kRuneError && d.width == 1) || body[0] == '\n' || body[0] == '\'')
            return std::nullopt;
        value = d.rune;
        i = d.width;
    }
    if (i != body.size())
        return std::nullopt;
    return static_cast<int32_t>(value);
}

std::optional<std::string> parseStringLiteral(std::string_view text)
{
    if (text.size() < 2 || text.front() != text.back())
        return std::nullopt;
    std::string_view body = text.substr(1, text.size() - 2);
    std::string out;
    if (text.front() == '`')
    {
        if (body.find('`') != std::string_view::npos)
            return std::nullopt;
        for (char c : body)
            if (c != '\r')
                out += c;
        return out;
    }
    if (text.front() != '"')
        return std::nullopt;
    for (size_t i = 0; i < body.size();)
    {
        char c = body[i];
        if (c == '"' || c == '\n')
            return std::nullopt;
        if (c != '\\')
        {
            out += c;
            ++i;
            continue;
        }
        ++i;
        std::optional<Unescaped> u = unescape(body, i, '"');
        if (!u)
            return std::nullopt;
        if (u->isByte)
            out += static_cast<char>(u->value);
        else
            appendRune(out, u->value);
    }
    return out;
}

} // namespace weft
