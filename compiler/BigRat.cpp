#include "compiler/BigRat.h"

#include <algorithm>
#include <cmath>

namespace weft {
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

// Fractions up to twice go/constant's size for exact ones (and a little more) are reduced.
constexpr size_t kReduceLimitBits = 2 * BigRat::kMaxExactBits + 64;

// go/constant's ToInt tries the value rounded to 4 bits fewer, toward and away from zero.
constexpr size_t kToIntSlackBits = 4;

} // namespace

BigRat::BigRat(BigInt num, BigInt den) : den_(1) { assign(std::move(num), std::move(den), true); }

BigRat BigRat::exactFraction(BigInt num, BigInt den)
{
    BigRat r;
    r.assign(std::move(num), std::move(den), false);
    return r;
}

void BigRat::assign(BigInt num, BigInt den, bool roundLarge)
{
    if (den.isZero() || num.isZero())
        return; // den == 0 violates the precondition: a defined value rather than a crash
    if (den.isNegative())
    {
        num = -num;
        den = -den;
    }
    size_t twos = std::min(num.trailingZeroBits(), den.trailingZeroBits());
    if (twos > 0)
    {
        num = num.shr(twos);
        den = den.shr(twos);
    }
    // go/constant reduces a fraction before it decides to keep it exact; beyond the products of
    // exact operands it is rounded unreduced (the gcd would cost more than it could keep exact)
    auto fits = [&num, &den](size_t bits) { return num.bitLen() < bits && den.bitLen() < bits; };
    if (!roundLarge || fits(kReduceLimitBits))
    {
        BigInt g = gcd(num, den);
        if (!(g == BigInt(1)))
        {
            BigInt rem;
            BigInt::divMod(BigInt(num), g, num, rem);
            BigInt::divMod(BigInt(den), g, den, rem);
        }
    }
    if (roundLarge && !fits(kMaxExactBits))
    {
        float_ = BigFloat::fromQuotient(num, den);
        isFloat_ = true;
        return;
    }
    num_ = std::move(num);
    den_ = std::move(den);
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

BigFloat BigRat::toBigFloat() const { return isFloat_ ? float_ : BigFloat::fromQuotient(num_, den_); }

bool BigRat::isInt() const { return isFloat_ ? float_.isInt() : den_ == BigInt(1); }

double BigRat::toDouble() const { return isFloat_ ? float_.toDouble() : quotientToDouble(num_, den_); }

float BigRat::toFloat() const { return isFloat_ ? float_.toFloat() : quotientToFloat(num_, den_); }

std::optional<BigInt> BigRat::toInt() const
{
    if (!isFloat_)
        return isInt() ? std::optional<BigInt>(num_) : std::nullopt;
    // only floats go/constant's smallFloat accepts: -maxExp < exponent < maxExp
    auto maxExp = static_cast<int64_t>(kMaxExactBits);
    if (float_.isInf() || float_.exponent() <= -maxExp || float_.exponent() >= maxExp)
        return std::nullopt;
    if (auto v = float_.toInt(maxExp))
        return v;
    constexpr size_t slackPrecision = BigFloat::kPrecision - kToIntSlackBits;
    for (Rounding mode : {Rounding::ToZero, Rounding::AwayFromZero})
        if (auto v = float_.rounded(slackPrecision, mode).toInt(maxExp))
            return v;
    return std::nullopt;
}

BigRat operator+(const BigRat& a, const BigRat& b)
{
    if (a.isFloat_ || b.isFloat_)
        return BigRat(a.toBigFloat() + b.toBigFloat());
    if (a.den_ == b.den_)
        return BigRat(a.num_ + b.num_, a.den_);
    return BigRat(a.num_ * b.den_ + b.num_ * a.den_, a.den_ * b.den_);
}

BigRat operator-(const BigRat& a, const BigRat& b) { return a + (-b); }

BigRat operator*(const BigRat& a, const BigRat& b)
{
    if (a.isFloat_ || b.isFloat_)
        return BigRat(a.toBigFloat() * b.toBigFloat());
    return BigRat(a.num_ * b.num_, a.den_ * b.den_);
}

BigRat operator/(const BigRat& a, const BigRat& b)
{
    if (b.sign() == 0)
        return BigRat(); // precondition violated
    if (a.isFloat_ || b.isFloat_)
        return BigRat(a.toBigFloat() / b.toBigFloat());
    return BigRat(a.num_ * b.den_, a.den_ * b.num_);
}

BigRat BigRat::operator-() const
{
    BigRat r = *this;
    r.num_ = -r.num_;
    r.float_ = -r.float_;
    return r;
}

int compare(const BigRat& a, const BigRat& b)
{
    if (a.isFloat_ || b.isFloat_)
        return compare(a.toBigFloat(), b.toBigFloat());
    return compare(a.num_ * b.den_, b.num_ * a.den_);
}

} // namespace weft
