#include "compiler/BigFloat.h"

#include <algorithm>
#include <cmath>

namespace weft {
namespace {

BigInt magnitude(const BigInt& v) { return v.isNegative() ? -v : v; }

int64_t bitLength(const BigInt& v) { return static_cast<int64_t>(v.bitLen()); }

struct Rounded
{
    BigInt mantissa;      // below 2^precision
    int64_t lsb = 0;      // value = mantissa * 2^lsb
    int64_t exponent = 0; // of the exact value, before rounding: 2^(exponent-1) <= v < 2^exponent
};

// |num|/den * 2^scale (num != 0, den > 0) rounded to `precision` bits, none below 2^minLsb.
// The work is bounded by the operands' sizes whatever the scale; with minLsb, the caller makes
// sure the value is not far below 2^minLsb (else the dropped bits would be many).
Rounded roundQuotient(const BigInt& num, const BigInt& den, int64_t scale, size_t precision, int64_t minLsb,
                      Rounding mode)
{
    // Zero bits move into the scale: floats are m * 2^e, and their quotients need not divide by them.
    size_t numZeros = num.trailingZeroBits(), denZeros = den.trailingZeroBits();
    BigInt a = magnitude(num).shr(numZeros);
    BigInt b = den.shr(denZeros);
    scale += static_cast<int64_t>(numZeros) - static_cast<int64_t>(denZeros);

    // v = a/b * 2^scale lies in (2^(e0-1), 2^(e0+1)); q = floor(v * 2^s) has precision+2 or +3 bits.
    auto p = static_cast<int64_t>(precision);
    int64_t e0 = bitLength(a) - bitLength(b) + scale;
    int64_t s = p + 2 - e0;
    int64_t shift = s + scale; // p + 2 - (bitLength(a) - bitLength(b)): small whatever the scale
    BigInt q, r;
    bool sticky = false;
    if (shift >= 0)
        BigInt::divMod(a.shl(static_cast<uint64_t>(shift)), b, q, r);
    else
    {
        sticky = a.trailingZeroBits() < static_cast<uint64_t>(-shift);
        BigInt::divMod(a.shr(static_cast<uint64_t>(-shift)), b, q, r);
    }
    sticky = sticky || !r.isZero();

    Rounded out;
    int64_t lead = bitLength(q) - 1 - s; // of q's top bit: floor(log2 v)
    out.exponent = lead + 1;
    out.lsb = std::max(lead - (p - 1), minLsb);
    auto drop = static_cast<uint64_t>(out.lsb + s); // at least 2: a rounding bit and one more
    out.mantissa = q.shr(drop);
    BigInt rest = q - out.mantissa.shl(drop);
    bool up = false;
    switch (mode)
    {
    case Rounding::NearestEven: {
        int c = compare(rest, BigInt(1).shl(drop - 1));
        up = c > 0 || (c == 0 && (sticky || (out.mantissa.lowBits64() & 1)));
        break;
    }
    case Rounding::ToZero: break;
    case Rounding::AwayFromZero: up = !rest.isZero() || sticky; break;
    }
    if (up)
    {
        out.mantissa = out.mantissa + BigInt(1);
        if (out.mantissa.bitLen() > precision)
        {
            out.mantissa = out.mantissa.shr(1);
            ++out.lsb;
        }
    }
    return out;
}

struct BinaryFormat
{
    size_t precision; // significant bits, including the implicit leading one
    int64_t minLsb; // exponent of the smallest subnormal
    int64_t maxExponent; // of the leading bit of the largest finite value
};

constexpr BinaryFormat kFloat64{53, -1074, 1023};
constexpr BinaryFormat kFloat32{24, -149, 127};

// |num|/den * 2^scale rounded to nearest even in `format`: mantissa * 2^exponent, or overflow.
struct RoundedBinary
{
    uint64_t mantissa = 0;
    int64_t exponent = 0;
    bool overflow = false;
};

RoundedBinary roundToFormat(const BigInt& num, const BigInt& den, int64_t scale, BinaryFormat format)
{
    RoundedBinary out;
    if (num.isZero())
        return out;
    int64_t e0 = bitLength(num) - bitLength(den) + scale; // 2^(e0-1) < v < 2^(e0+1)
    if (e0 - 1 > format.maxExponent)
    {
        out.overflow = true;
        return out;
    }
    if (e0 + 2 < format.minLsb)
        return out; // below half the smallest subnormal
    Rounded r = roundQuotient(num, den, scale, format.precision, format.minLsb, Rounding::NearestEven);
    out.mantissa = r.mantissa.toUint64();
    out.exponent = r.lsb;
    out.overflow = !r.mantissa.isZero() && r.lsb + bitLength(r.mantissa) - 1 > format.maxExponent;
    return out;
}

// m * 2^e with m's zero bits moved into e, or its underflow or overflow.
BigFloat normalized(bool negative, const BigInt& m, int64_t lsb, int64_t exponentBeforeRounding)
{
    if (m.isZero() || exponentBeforeRounding < BigFloat::kMinExp)
        return {};
    size_t zeros = m.trailingZeroBits();
    if (lsb + bitLength(m) > BigFloat::kMaxExp)
        return BigFloat::infinity(negative);
    BigInt mant = m.shr(zeros);
    return BigFloat::exact(negative ? -mant : mant, lsb + static_cast<int64_t>(zeros));
}

// math/big's Float64 and Float32 take exponent-1 in int32, which wraps at MinExp: gc then
// sees an infinity (0x1p-2147483649 "overflows float64").
bool convertsToInfinity(const BigFloat& x) { return x.isInf() || (!x.isZero() && x.exponent() == BigFloat::kMinExp); }

} // namespace

BigFloat BigFloat::fromInt(const BigInt& m, int64_t e, size_t precision, Rounding mode)
{
    return fromQuotient(m, BigInt(1), e, precision, mode);
}

BigFloat BigFloat::fromQuotient(const BigInt& num, const BigInt& den, int64_t e, size_t precision, Rounding mode)
{
    if (num.isZero() || den.sign() <= 0)
        return {}; // den <= 0 violates the precondition: a defined value rather than a crash
    Rounded r = roundQuotient(num, den, e, precision, std::numeric_limits<int64_t>::min() / 2, mode);
    return normalized(num.isNegative(), r.mantissa, r.lsb, r.exponent);
}

BigFloat BigFloat::exact(const BigInt& m, int64_t e)
{
    BigFloat x;
    if (m.isZero())
        return x;
    size_t zeros = m.trailingZeroBits();
    x.mant_ = m.shr(zeros);
    x.exp_ = e + static_cast<int64_t>(zeros);
    return x;
}

BigFloat BigFloat::infinity(bool negative)
{
    BigFloat x;
    x.inf_ = true;
    x.mant_ = BigInt(negative ? -1 : 1);
    return x;
}

BigFloat BigFloat::pow5(uint64_t n, size_t precision)
{
    constexpr uint64_t kExactPowers = 27; // 5^27 is the largest power of 5 in a uint64
    uint64_t small = 1;
    for (uint64_t i = 0; i < std::min(n, kExactPowers); ++i)
        small *= 5;
    BigFloat z = exact(BigInt::fromUint64(small), 0);
    if (n <= kExactPowers)
        return z;
    n -= kExactPowers;
    BigFloat f = exact(BigInt(5), 0);
    while (n > 0)
    {
        if (n & 1)
            z = mul(z, f, precision);
        f = mul(f, f, precision + 64);
        n >>= 1;
    }
    return z;
}

int64_t BigFloat::exponent() const
{
    if (isZero())
        return 0;
    if (inf_)
        return kMaxExp + 1;
    return exp_ + bitLength(mant_);
}

std::optional<BigInt> BigFloat::toInt(int64_t maxBits) const
{
    if (!isInt() || exponent() > maxBits)
        return std::nullopt;
    return mant_.shl(static_cast<uint64_t>(exp_));
}

BigFloat BigFloat::rounded(size_t precision, Rounding mode) const
{
    if (inf_ || isZero())
        return *this;
    return fromInt(mant_, exp_, precision, mode);
}

double BigFloat::toDouble() const
{
    if (convertsToInfinity(*this))
        return mant_.isNegative() ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    return quotientToDouble(mant_, BigInt(1), exp_);
}

float BigFloat::toFloat() const
{
    if (convertsToInfinity(*this))
        return mant_.isNegative() ? -std::numeric_limits<float>::infinity() : std::numeric_limits<float>::infinity();
    return quotientToFloat(mant_, BigInt(1), exp_);
}

BigFloat BigFloat::add(const BigFloat& x, const BigFloat& y, size_t precision)
{
    if (x.inf_ || y.inf_)
        return x.inf_ ? x : y;
    if (x.isZero())
        return y.rounded(precision, Rounding::NearestEven);
    if (y.isZero())
        return x.rounded(precision, Rounding::NearestEven);
    const BigFloat& big = x.exponent() >= y.exponent() ? x : y;
    const BigFloat& small = x.exponent() >= y.exponent() ? y : x;
    // `big` and every rounding boundary near it are multiples of 2^limit. Below that, `small`
    // only says on which side of `big` the sum lies: any value of its sign there rounds the
    // same, and 2^(limit-3) keeps the aligned sum small however far down `small` is.
    int64_t limit = std::min(big.exp_, big.exponent() - static_cast<int64_t>(precision) - 2);
    BigInt smallMant = small.mant_;
    int64_t smallExp = small.exp_;
    if (small.exponent() < limit - 2)
    {
        smallMant = BigInt(small.sign());
        smallExp = limit - 3;
    }
    int64_t e = std::min(big.exp_, smallExp);
    BigInt sum = big.mant_.shl(static_cast<uint64_t>(big.exp_ - e)) + smallMant.shl(static_cast<uint64_t>(smallExp - e));
    return fromInt(sum, e, precision, Rounding::NearestEven);
}

BigFloat BigFloat::mul(const BigFloat& x, const BigFloat& y, size_t precision)
{
    if (x.inf_ || y.inf_)
        return infinity((x.sign() < 0) != (y.sign() < 0));
    return fromInt(x.mant_ * y.mant_, x.exp_ + y.exp_, precision, Rounding::NearestEven);
}

BigFloat BigFloat::quo(const BigFloat& x, const BigFloat& y, size_t precision)
{
    if (y.isZero() || x.isZero() || y.inf_)
        return {}; // y == 0 violates the precondition: a defined value rather than a crash
    if (x.inf_)
        return infinity((x.sign() < 0) != (y.sign() < 0));
    BigInt num = y.mant_.isNegative() ? -x.mant_ : x.mant_;
    return fromQuotient(num, magnitude(y.mant_), x.exp_ - y.exp_, precision, Rounding::NearestEven);
}

BigFloat BigFloat::operator-() const
{
    BigFloat r = *this;
    r.mant_ = -r.mant_;
    return r;
}

int compare(const BigFloat& x, const BigFloat& y)
{
    int sx = x.sign(), sy = y.sign();
    if (sx != sy)
        return sx < sy ? -1 : 1;
    if (sx == 0)
        return 0;
    int c; // of the magnitudes
    if (x.inf_ || y.inf_)
        c = x.inf_ == y.inf_ ? 0 : (x.inf_ ? 1 : -1);
    else if (x.exponent() != y.exponent())
        c = x.exponent() < y.exponent() ? -1 : 1;
    else
    {
        // equal exponents: the shifts are below the mantissas' lengths
        int64_t e = std::min(x.exp_, y.exp_);
        c = compare(magnitude(x.mant_).shl(static_cast<uint64_t>(x.exp_ - e)),
                    magnitude(y.mant_).shl(static_cast<uint64_t>(y.exp_ - e)));
    }
    return sx > 0 ? c : -c;
}

double quotientToDouble(const BigInt& num, const BigInt& den, int64_t scale)
{
    RoundedBinary r = roundToFormat(num, den, scale, kFloat64);
    double magnitude = r.overflow ? std::numeric_limits<double>::infinity()
                                  : std::ldexp(static_cast<double>(r.mantissa), static_cast<int>(r.exponent));
    return num.isNegative() ? -magnitude : magnitude;
}

float quotientToFloat(const BigInt& num, const BigInt& den, int64_t scale)
{
    RoundedBinary r = roundToFormat(num, den, scale, kFloat32);
    float magnitude = r.overflow ? std::numeric_limits<float>::infinity()
                                 : std::ldexp(static_cast<float>(r.mantissa), static_cast<int>(r.exponent));
    return num.isNegative() ? -magnitude : magnitude;
}

} // namespace weft
