#include "compiler/Constant.h"

#include "lexer/Lexer.h"
#include "lexer/Quote.h"
#include "lexer/Utf8.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdio>
#include <limits>

namespace weft {
// ---------------------------------------------------------------------------------------------
// BigRat

namespace {

BigInt abs(const BigInt& v) { return v.isNegative() ? -v : v; }

// gcd(a, b) = 2^min(tz(a), tz(b)) * gcd(odd part of a, odd part of b): taking out the powers of
// two first makes the common denominators of binary values (hex floats, halvings) cheap.
BigInt gcd(BigInt a, BigInt b)
{
    a = abs(a);
    b = abs(b);
    if (a.isZero())
        return b;
    if (b.isZero())
        return a;
    size_t aZeros = a.trailingZeroBits(), bZeros = b.trailingZeroBits();
    a = a.shr(aZeros);
    b = b.shr(bZeros);
    while (!b.isZero())
    {
        BigInt q, r;
        BigInt::divMod(a, b, q, r);
        a = std::move(b);
        b = std::move(r);
    }
    return a.shl(std::min(aZeros, bZeros));
}

struct BinaryFormat
{
    int precision; // significant bits, including the implicit leading one
    int minExponent; // of the lowest bit of the smallest subnormal
    int maxExponent; // of the leading bit of the largest finite value
};

constexpr BinaryFormat kFloat64{53, -1074, 1023};
constexpr BinaryFormat kFloat32{24, -149, 127};

// num/den (den > 0) rounded to nearest, ties to even, in the given format. The result is
// exactly m * 2^exponent with m < 2^precision (or infinite); `overflow` reports the latter.
struct RoundedBinary
{
    uint64_t mantissa = 0;
    int64_t exponent = 0;
    bool overflow = false;
};

RoundedBinary roundToBinary(const BigInt& num, const BigInt& den, BinaryFormat format)
{
    RoundedBinary out;
    BigInt a = abs(num);
    if (a.isZero())
        return out;
    // 2^(e0-1) < a/den < 2^(e0+1)
    int64_t e0 = static_cast<int64_t>(a.bitLen()) - static_cast<int64_t>(den.bitLen());
    if (e0 - 1 > format.maxExponent)
    {
        out.overflow = true;
        return out;
    }
    if (e0 + 2 < format.minExponent)
        return out; // below half the smallest subnormal

    // q = floor(a/den * 2^s) has precision+2 or precision+3 bits.
    int64_t s = format.precision + 2 - e0;
    BigInt q, r;
    if (s >= 0)
        BigInt::divMod(a.shl(static_cast<uint64_t>(s)), den, q, r);
    else
        BigInt::divMod(a, den.shl(static_cast<uint64_t>(-s)), q, r);
    uint64_t bits = q.toUint64();
    bool sticky = !r.isZero();

    int64_t leadExponent = static_cast<int64_t>(std::bit_width(bits)) - 1 - s;
    int64_t lsbExponent = std::max<int64_t>(leadExponent - (format.precision - 1), format.minExponent);
    int64_t drop = lsbExponent + s; // low bits of q below the result's last bit
    uint64_t mantissa = 0;
    if (drop < 64)
    {
        mantissa = bits >> drop;
        uint64_t rest = bits & ((uint64_t{1} << drop) - 1);
        uint64_t half = uint64_t{1} << (drop - 1);
        if (rest > half || (rest == half && (sticky || (mantissa & 1))))
            ++mantissa;
    }
    if (mantissa == uint64_t{1} << format.precision)
    {
        mantissa >>= 1;
        ++lsbExponent;
    }
    out.mantissa = mantissa;
    out.exponent = lsbExponent;
    out.overflow = mantissa != 0 && lsbExponent + static_cast<int64_t>(std::bit_width(mantissa)) - 1 > format.maxExponent;
    return out;
}

// go/constant keeps a fraction exact while its numerator and denominator have fewer than 4096
// bits (maxExp) and otherwise switches to a binary float with a 512-bit mantissa (prec). Besides
// following Go, this bounds the cost of constant arithmetic: no gcd or product of huge numbers.
constexpr size_t kMaxExactBits = 4096;
constexpr size_t kFloatPrecision = 512;

// num/den (den > 0, num != 0) rounded to `precision` significant bits, to nearest with ties to
// even, as the fraction outNum/outDen in lowest terms (outDen a power of two).
void roundFraction(const BigInt& num, const BigInt& den0, size_t precision, BigInt& outNum, BigInt& outDen)
{
    // num/den0 = a/den * 2^twos with a and den odd: floats are m * 2^e, and dividing by them
    // need not divide by their zero bits
    BigInt a = abs(num);
    size_t numZeros = a.trailingZeroBits(), denZeros = den0.trailingZeroBits();
    a = a.shr(numZeros);
    BigInt den = den0.shr(denZeros);
    int64_t twos = static_cast<int64_t>(numZeros) - static_cast<int64_t>(denZeros);
    // q = floor(a/den * 2^s) has precision+1 or precision+2 bits
    int64_t s = static_cast<int64_t>(precision) + 1 - (static_cast<int64_t>(a.bitLen()) - static_cast<int64_t>(den.bitLen()));
    BigInt q, r;
    bool sticky = false;
    if (s >= 0)
        BigInt::divMod(a.shl(static_cast<uint64_t>(s)), den, q, r);
    else
    {
        // floor(a / (den * 2^-s)) = floor(floor(a / 2^-s) / den)
        auto shift = static_cast<uint64_t>(-s);
        sticky = a.trailingZeroBits() < shift;
        BigInt::divMod(a.shr(shift), den, q, r);
    }
    sticky = sticky || !r.isZero();
    size_t drop = q.bitLen() - precision; // 1 or 2
    BigInt m = q.shr(drop);
    BigInt rest = q - m.shl(drop);
    BigInt half = BigInt(1).shl(drop - 1);
    int c = compare(rest, half);
    if (c > 0 || (c == 0 && (sticky || m.lowBits64() & 1)))
        m = m + BigInt(1);
    int64_t exp = static_cast<int64_t>(drop) - s + twos; // value = m * 2^exp
    size_t zeros = m.trailingZeroBits();
    m = m.shr(zeros);
    exp += static_cast<int64_t>(zeros);
    if (num.isNegative())
        m = -m;
    if (exp >= 0)
    {
        outNum = m.shl(static_cast<uint64_t>(exp));
        outDen = BigInt(1);
    }
    else
    {
        outNum = std::move(m);
        outDen = BigInt(1).shl(static_cast<uint64_t>(-exp));
    }
}

// num/den (den > 0, not necessarily in lowest terms) correctly rounded to a double.
double quotientToDouble(const BigInt& num, const BigInt& den)
{
    RoundedBinary r = roundToBinary(num, den, kFloat64);
    double magnitude = r.overflow ? std::numeric_limits<double>::infinity()
                                  : std::ldexp(static_cast<double>(r.mantissa), static_cast<int>(r.exponent));
    return num.isNegative() ? -magnitude : magnitude;
}

} // namespace

BigRat::BigRat(BigInt num, BigInt den)
{
    if (den.isZero())
    {
        // Precondition violated; a defined value rather than a crash.
        num_ = BigInt();
        den_ = BigInt(1);
        return;
    }
    if (den.isNegative())
    {
        num = -num;
        den = -den;
    }
    if (num.isZero())
    {
        den_ = BigInt(1);
        return;
    }
    // Common factors of two are cheap to take out; beyond that, fractions too large to keep
    // exact become binary floats, as in go/constant.
    size_t twos = std::min(num.trailingZeroBits(), den.trailingZeroBits());
    if (twos > 0)
    {
        num = num.shr(twos);
        den = den.shr(twos);
    }
    if (num.bitLen() >= kMaxExactBits || den.bitLen() >= kMaxExactBits)
    {
        roundFraction(num, den, kFloatPrecision, num_, den_);
        float_ = true;
        return;
    }
    BigInt g = gcd(num, den);
    if (g == BigInt(1))
    {
        num_ = std::move(num);
        den_ = std::move(den);
        return;
    }
    BigInt rem;
    BigInt::divMod(num, g, num_, rem);
    BigInt::divMod(den, g, den_, rem);
}

BigRat BigRat::fromDouble(double d)
{
    if (!std::isfinite(d) || d == 0)
        return BigRat();
    int exponent;
    double fraction = std::frexp(d, &exponent); // d = fraction * 2^exponent, 0.5 <= |fraction| < 1
    auto mantissa = static_cast<int64_t>(std::ldexp(fraction, 53));
    exponent -= 53;
    BigInt m(mantissa);
    if (exponent >= 0)
        return BigRat(m.shl(static_cast<uint64_t>(exponent)), BigInt(1));
    return BigRat(m, BigInt(1).shl(static_cast<uint64_t>(-exponent)));
}

bool BigRat::isInt() const { return den_ == BigInt(1); }

double BigRat::toDouble() const { return quotientToDouble(num_, den_); }

float BigRat::toFloat() const
{
    RoundedBinary r = roundToBinary(num_, den_, kFloat32);
    float magnitude = r.overflow ? std::numeric_limits<float>::infinity()
                                 : std::ldexp(static_cast<float>(r.mantissa), static_cast<int>(r.exponent));
    return num_.isNegative() ? -magnitude : magnitude;
}

BigInt BigRat::truncToInt() const
{
    BigInt q, r;
    BigInt::divMod(num_, den_, q, r);
    return q;
}

void BigRat::roundToFloat()
{
    if (!float_ && !num_.isZero())
        roundFraction(num_, den_, kFloatPrecision, num_, den_);
    float_ = true;
}

// Arithmetic on a float gives a float, rounded (go/constant's floatVal).
BigRat BigRat::result(BigRat r, const BigRat& a, const BigRat& b)
{
    if (a.float_ || b.float_)
        r.roundToFloat();
    return r;
}

BigRat operator+(const BigRat& a, const BigRat& b)
{
    if (a.den_ == b.den_)
        return BigRat::result(BigRat(a.num_ + b.num_, a.den_), a, b);
    return BigRat::result(BigRat(a.num_ * b.den_ + b.num_ * a.den_, a.den_ * b.den_), a, b);
}

BigRat operator-(const BigRat& a, const BigRat& b) { return a + (-b); }

BigRat operator*(const BigRat& a, const BigRat& b)
{
    return BigRat::result(BigRat(a.num_ * b.num_, a.den_ * b.den_), a, b);
}

BigRat operator/(const BigRat& a, const BigRat& b)
{
    if (b.num_.isZero())
        return BigRat(); // precondition violated
    return BigRat::result(BigRat(a.num_ * b.den_, a.den_ * b.num_), a, b);
}

BigRat BigRat::pow10(uint64_t n)
{
    // value = m * 2^e; exact while 10^n stays exact (its factors are no larger), else the products
    // truncate to twice the precision, which keeps the error far below the final rounding's half unit
    constexpr size_t kWorkBits = 2 * kFloatPrecision + 64;
    BigInt m(1), bm(10);
    int64_t e = 0, be = 0;
    bool isFloat = false; // 10^n >= 2^kMaxExactBits
    auto truncate = [&](BigInt& x, int64_t& xe) {
        isFloat = isFloat || x.bitLen() >= kMaxExactBits;
        if (isFloat && x.bitLen() > kWorkBits)
        {
            size_t drop = x.bitLen() - kWorkBits;
            x = x.shr(drop);
            xe += static_cast<int64_t>(drop);
        }
    };
    while (n)
    {
        if (n & 1)
        {
            m = m * bm;
            e += be;
            truncate(m, e);
        }
        n >>= 1;
        if (n)
        {
            bm = bm * bm;
            be *= 2;
            truncate(bm, be);
        }
    }
    BigRat r(m.shl(static_cast<uint64_t>(e)), BigInt(1));
    if (isFloat)
        r.roundToFloat();
    return r;
}

BigRat BigRat::operator-() const
{
    BigRat r = *this;
    r.num_ = -r.num_;
    return r;
}

int compare(const BigRat& a, const BigRat& b) { return compare(a.num_ * b.den_, b.num_ * a.den_); }

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

// go/constant's String() of a float: %.6g when the value is within float64's range, else an
// approximate decimal mantissa and exponent computed from the binary exponent.
std::string formatFloatConstant(const BigRat& value)
{
    double x = value.toDouble();
    if ((value.sign() == 0) == (x == 0) && !std::isinf(x))
        return formatG6(x);

    // value = mant * 2^exp with 0.5 <= |mant| < 1. (Unnormalized quotients: reducing these
    // huge fractions to lowest terms would cost far more than the formatting.)
    const BigInt& num = value.num();
    const BigInt& den = value.den();
    int64_t exp = static_cast<int64_t>(num.bitLen()) - static_cast<int64_t>(den.bitLen());
    auto scaledNum = [&](int64_t e) { return e >= 0 ? abs(num) : abs(num).shl(static_cast<uint64_t>(-e)); };
    auto scaledDen = [&](int64_t e) { return e >= 0 ? den.shl(static_cast<uint64_t>(e)) : den; };
    if (compare(scaledNum(exp), scaledDen(exp)) >= 0)
        ++exp;
    double m = exp >= 0 ? quotientToDouble(num, den.shl(static_cast<uint64_t>(exp)))
                        : quotientToDouble(num.shl(static_cast<uint64_t>(-exp)), den);
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

constexpr int64_t kMaxLiteralExponent = 100000;

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

} // namespace

std::optional<BigInt> parseIntLiteral(std::string_view text)
{
    if (text.empty() || invalidDigitSeparator(text) >= 0)
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
    if (text.empty() || invalidDigitSeparator(text) >= 0)
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
        std::string_view e = rest.substr(exponentAt + 1);
        bool negative = false;
        if (!e.empty() && (e[0] == '+' || e[0] == '-'))
        {
            negative = e[0] == '-';
            e.remove_prefix(1);
        }
        std::optional<std::string> expDigits = digitsOf(e, 10);
        if (!expDigits || expDigits->empty())
            return std::nullopt;
        for (char c : *expDigits)
        {
            exponent = exponent * 10 + (c - '0');
            if (exponent > kMaxLiteralExponent)
                return std::nullopt;
        }
        if (negative)
            exponent = -exponent;
    }

    // value = mantissa * base^-len(fraction) * (10 or 2)^exponent. A long fraction lowers the
    // effective exponent; that is bounded too (at twice the limit), so every literal is cheap.
    BigInt mantissa = BigInt::fromString(*wholeDigits + *fractionDigits, base);
    auto fractionLength = static_cast<int64_t>(fractionDigits->size());
    if (hex)
    {
        int64_t binaryExponent = exponent - 4 * fractionLength;
        if (binaryExponent < -8 * kMaxLiteralExponent)
            return std::nullopt;
        if (binaryExponent >= 0)
            return BigRat(mantissa.shl(static_cast<uint64_t>(binaryExponent)), BigInt(1));
        return BigRat(mantissa, BigInt(1).shl(static_cast<uint64_t>(-binaryExponent)));
    }
    int64_t decimalExponent = exponent - fractionLength;
    if (decimalExponent < -2 * kMaxLiteralExponent)
        return std::nullopt;
    BigRat scale = BigRat::pow10(static_cast<uint64_t>(decimalExponent < 0 ? -decimalExponent : decimalExponent));
    if (decimalExponent >= 0)
        return BigRat::fromInt(mantissa) * scale;
    return BigRat::fromInt(mantissa) / scale;
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
