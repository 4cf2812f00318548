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
namespace {

using Limbs = std::vector<uint32_t>;

constexpr uint64_t kLimbBase = uint64_t{1} << 32;

void trim(Limbs& a)
{
    while (!a.empty() && a.back() == 0)
        a.pop_back();
}

int compareMagnitudes(const Limbs& a, const Limbs& b)
{
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    for (size_t i = a.size(); i-- > 0;)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    return 0;
}

Limbs addMagnitudes(const Limbs& a, const Limbs& b)
{
    const Limbs& longer = a.size() >= b.size() ? a : b;
    const Limbs& shorter = a.size() >= b.size() ? b : a;
    Limbs out(longer.size() + 1);
    uint64_t carry = 0;
    for (size_t i = 0; i < longer.size(); ++i)
    {
        uint64_t sum = uint64_t{longer[i]} + (i < shorter.size() ? shorter[i] : 0) + carry;
        out[i] = static_cast<uint32_t>(sum);
        carry = sum >> 32;
    }
    out[longer.size()] = static_cast<uint32_t>(carry);
    trim(out);
    return out;
}

// Precondition: a >= b.
Limbs subtractMagnitudes(const Limbs& a, const Limbs& b)
{
    Limbs out(a.size());
    int64_t borrow = 0;
    for (size_t i = 0; i < a.size(); ++i)
    {
        int64_t diff = int64_t{a[i]} - (i < b.size() ? b[i] : 0) - borrow;
        borrow = diff < 0 ? 1 : 0;
        out[i] = static_cast<uint32_t>(diff + (borrow ? static_cast<int64_t>(kLimbBase) : 0));
    }
    trim(out);
    return out;
}

Limbs multiplyMagnitudes(const Limbs& a, const Limbs& b)
{
    if (a.empty() || b.empty())
        return {};
    // Low zero limbs (m * 2^e values, as rounded floats are) only shift the product: skip them.
    size_t za = 0, zb = 0;
    while (za < a.size() && a[za] == 0)
        ++za;
    while (zb < b.size() && b[zb] == 0)
        ++zb;
    if (za == a.size() || zb == b.size())
        return {};
    Limbs out(a.size() + b.size());
    for (size_t i = za; i < a.size(); ++i)
    {
        uint64_t carry = 0;
        for (size_t j = zb; j < b.size(); ++j)
        {
            uint64_t t = uint64_t{a[i]} * b[j] + out[i + j] + carry;
            out[i + j] = static_cast<uint32_t>(t);
            carry = t >> 32;
        }
        out[i + b.size()] = static_cast<uint32_t>(carry);
    }
    trim(out);
    return out;
}

// a = a * factor + addend
void multiplyAddSmall(Limbs& a, uint32_t factor, uint32_t addend)
{
    uint64_t carry = addend;
    for (uint32_t& limb : a)
    {
        uint64_t t = uint64_t{limb} * factor + carry;
        limb = static_cast<uint32_t>(t);
        carry = t >> 32;
    }
    if (carry)
        a.push_back(static_cast<uint32_t>(carry));
}

// a = a / divisor; returns the remainder. Precondition: divisor != 0.
uint32_t divideSmall(Limbs& a, uint32_t divisor)
{
    uint64_t rem = 0;
    for (size_t i = a.size(); i-- > 0;)
    {
        uint64_t cur = (rem << 32) | a[i];
        a[i] = static_cast<uint32_t>(cur / divisor);
        rem = cur % divisor;
    }
    trim(a);
    return static_cast<uint32_t>(rem);
}

Limbs shiftLeftMagnitude(const Limbs& a, uint64_t n)
{
    if (a.empty())
        return {};
    size_t limbShift = static_cast<size_t>(n / 32);
    unsigned bitShift = static_cast<unsigned>(n % 32);
    Limbs out(a.size() + limbShift + 1);
    for (size_t i = 0; i < a.size(); ++i)
    {
        uint64_t v = uint64_t{a[i]} << bitShift;
        out[i + limbShift] |= static_cast<uint32_t>(v);
        out[i + limbShift + 1] |= static_cast<uint32_t>(v >> 32);
    }
    trim(out);
    return out;
}

Limbs shiftRightMagnitude(const Limbs& a, uint64_t n)
{
    if (n / 32 >= a.size())
        return {};
    size_t limbShift = static_cast<size_t>(n / 32);
    unsigned bitShift = static_cast<unsigned>(n % 32);
    Limbs out(a.size() - limbShift);
    for (size_t i = 0; i < out.size(); ++i)
    {
        uint64_t v = a[i + limbShift];
        if (i + limbShift + 1 < a.size())
            v |= uint64_t{a[i + limbShift + 1]} << 32;
        out[i] = static_cast<uint32_t>(v >> bitShift);
    }
    trim(out);
    return out;
}

// Knuth's algorithm D (TAOCP 4.3.1), as in Hacker's Delight's divmnu. Precondition: b nonzero.
void divideMagnitudes(const Limbs& a, const Limbs& b, Limbs& quo, Limbs& rem)
{
    if (compareMagnitudes(a, b) < 0)
    {
        quo.clear();
        rem = a;
        return;
    }
    if (b.size() == 1)
    {
        quo = a;
        uint32_t r = divideSmall(quo, b[0]);
        rem.clear();
        if (r)
            rem.push_back(r);
        return;
    }

    size_t n = b.size(), m = a.size();
    // Normalize so the divisor's top limb has its high bit set.
    int shift = std::countl_zero(b.back());
    Limbs vn(n), un(m + 1);
    for (size_t i = n; i-- > 1;)
        vn[i] = (b[i] << shift) | (shift ? b[i - 1] >> (32 - shift) : 0);
    vn[0] = b[0] << shift;
    un[m] = shift ? a[m - 1] >> (32 - shift) : 0;
    for (size_t i = m; i-- > 1;)
        un[i] = (a[i] << shift) | (shift ? a[i - 1] >> (32 - shift) : 0);
    un[0] = a[0] << shift;

    quo.assign(m - n + 1, 0);
    for (size_t j = m - n + 1; j-- > 0;)
    {
        uint64_t numerator = (uint64_t{un[j + n]} << 32) | un[j + n - 1];
        uint64_t qhat = numerator / vn[n - 1];
        uint64_t rhat = numerator % vn[n - 1];
        while (qhat >= kLimbBase || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2]))
        {
            --qhat;
            rhat += vn[n - 1];
            if (rhat >= kLimbBase)
                break;
        }
        // un[j .. j+n] -= qhat * vn
        int64_t borrow = 0;
        for (size_t i = 0; i < n; ++i)
        {
            uint64_t product = qhat * vn[i];
            int64_t t = int64_t{un[i + j]} - borrow - static_cast<int64_t>(product & 0xFFFFFFFFu);
            un[i + j] = static_cast<uint32_t>(t);
            borrow = static_cast<int64_t>(product >> 32) - (t >> 32);
        }
        int64_t t = int64_t{un[j + n]} - borrow;
        un[j + n] = static_cast<uint32_t>(t);

        quo[j] = static_cast<uint32_t>(qhat);
        if (t < 0)
        {
            // qhat was one too large: add the divisor back.
            --quo[j];
            uint64_t carry = 0;
            for (size_t i = 0; i < n; ++i)
            {
                uint64_t sum = uint64_t{un[i + j]} + vn[i] + carry;
                un[i + j] = static_cast<uint32_t>(sum);
                carry = sum >> 32;
            }
            un[j + n] = static_cast<uint32_t>(un[j + n] + carry);
        }
    }
    trim(quo);

    rem.assign(n, 0);
    for (size_t i = 0; i < n; ++i)
        rem[i] = (un[i] >> shift) | (shift ? un[i + 1] << (32 - shift) : 0);
    trim(rem);
}

// Two's complement of x in `width` limbs (x's infinite sign extension truncated).
Limbs toTwosComplement(bool negative, const Limbs& magnitude, size_t width)
{
    Limbs out(width, 0);
    std::copy(magnitude.begin(), magnitude.end(), out.begin());
    if (negative)
    {
        uint64_t carry = 1;
        for (uint32_t& limb : out)
        {
            uint64_t t = uint64_t{static_cast<uint32_t>(~limb)} + carry;
            limb = static_cast<uint32_t>(t);
            carry = t >> 32;
        }
    }
    return out;
}

// x op y on two's-complement representations; returns the result's sign and magnitude.
template <typename Op>
Limbs bitwiseMagnitude(bool xNeg, const Limbs& x, bool yNeg, const Limbs& y, Op op, bool& resultNeg)
{
    // One extra limb holds the sign extension of both operands and of the result.
    size_t width = std::max(x.size(), y.size()) + 1;
    Limbs a = toTwosComplement(xNeg, x, width), b = toTwosComplement(yNeg, y, width);
    Limbs r(width);
    for (size_t i = 0; i < width; ++i)
        r[i] = op(a[i], b[i]);
    resultNeg = (r.back() >> 31) != 0;
    Limbs magnitude = toTwosComplement(resultNeg, r, width); // negating again gives |result|
    trim(magnitude);
    if (magnitude.empty())
        resultNeg = false;
    return magnitude;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// BigInt

BigInt::BigInt(int64_t v)
{
    neg_ = v < 0;
    // Negate in unsigned arithmetic: -INT64_MIN does not fit in int64_t.
    uint64_t magnitude = neg_ ? ~static_cast<uint64_t>(v) + 1 : static_cast<uint64_t>(v);
    *this = fromUint64(magnitude);
    neg_ = v < 0;
}

BigInt BigInt::fromUint64(uint64_t v)
{
    BigInt r;
    if (v)
        r.mag_.push_back(static_cast<uint32_t>(v));
    if (v >> 32)
        r.mag_.push_back(static_cast<uint32_t>(v >> 32));
    return r;
}

BigInt BigInt::fromString(std::string_view digits, int base)
{
    BigInt r;
    if (base < 2 || base > 36)
        return r;
    auto valueOf = [base](char c) {
        int d = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'z' ? c - 'a' + 10
                : c >= 'A' && c <= 'Z' ? c - 'A' + 10
                                       : 99;
        return d < base ? d : -1;
    };
    // A character that is not a digit ends the number.
    size_t length = 0;
    while (length < digits.size() && valueOf(digits[length]) >= 0)
        ++length;
    digits = digits.substr(0, length);

    if (std::has_single_bit(static_cast<unsigned>(base)))
    {
        // Each digit is a fixed number of bits: pack them directly, from the last digit.
        int bitsPerDigit = std::countr_zero(static_cast<unsigned>(base));
        r.mag_.assign((digits.size() * static_cast<size_t>(bitsPerDigit)) / 32 + 1, 0);
        size_t bit = 0;
        for (size_t i = digits.size(); i-- > 0; bit += static_cast<size_t>(bitsPerDigit))
        {
            uint64_t d = static_cast<uint64_t>(valueOf(digits[i])) << (bit % 32);
            r.mag_[bit / 32] |= static_cast<uint32_t>(d);
            if ((d >> 32) != 0)
                r.mag_[bit / 32 + 1] |= static_cast<uint32_t>(d >> 32);
        }
        trim(r.mag_);
        return r;
    }

    // Otherwise take as many digits at a time as fit in a limb.
    uint32_t chunkLimit = 0xFFFFFFFFu / static_cast<uint32_t>(base);
    for (size_t i = 0; i < digits.size();)
    {
        uint32_t factor = 1, chunk = 0;
        for (; i < digits.size() && factor <= chunkLimit; ++i)
        {
            factor *= static_cast<uint32_t>(base);
            chunk = chunk * static_cast<uint32_t>(base) + static_cast<uint32_t>(valueOf(digits[i]));
        }
        multiplyAddSmall(r.mag_, factor, chunk);
    }
    trim(r.mag_);
    return r;
}

size_t BigInt::bitLen() const
{
    if (mag_.empty())
        return 0;
    return (mag_.size() - 1) * 32 + static_cast<size_t>(std::bit_width(mag_.back()));
}

size_t BigInt::trailingZeroBits() const
{
    for (size_t i = 0; i < mag_.size(); ++i)
        if (mag_[i] != 0)
            return i * 32 + static_cast<size_t>(std::countr_zero(mag_[i]));
    return 0;
}

bool BigInt::fitsUint64() const { return !neg_ && bitLen() <= 64; }

bool BigInt::fitsInt64() const
{
    size_t bits = bitLen();
    if (bits <= 63)
        return true;
    // -2^63 is the one 64-bit magnitude that fits.
    return neg_ && bits == 64 && mag_[1] == 0x80000000u && mag_[0] == 0;
}

uint64_t BigInt::lowBits64() const
{
    uint64_t v = 0;
    if (!mag_.empty())
        v = mag_[0];
    if (mag_.size() > 1)
        v |= uint64_t{mag_[1]} << 32;
    return neg_ ? ~v + 1 : v;
}

int64_t BigInt::toInt64() const { return static_cast<int64_t>(lowBits64()); }

uint64_t BigInt::toUint64() const { return lowBits64(); }

double BigInt::toDouble() const { return BigRat::fromInt(*this).toDouble(); }

std::string BigInt::toString() const
{
    if (mag_.empty())
        return "0";
    std::string out;
    Limbs rest = mag_;
    while (!rest.empty())
    {
        uint32_t chunk = divideSmall(rest, 1000000000u);
        for (int i = 0; i < 9; ++i)
        {
            out += static_cast<char>('0' + chunk % 10);
            chunk /= 10;
            if (rest.empty() && chunk == 0)
                break;
        }
    }
    if (neg_)
        out += '-';
    std::reverse(out.begin(), out.end());
    return out;
}

BigInt operator+(const BigInt& a, const BigInt& b)
{
    BigInt r;
    if (a.neg_ == b.neg_)
    {
        r.mag_ = addMagnitudes(a.mag_, b.mag_);
        r.neg_ = a.neg_;
    }
    else if (compareMagnitudes(a.mag_, b.mag_) >= 0)
    {
        r.mag_ = subtractMagnitudes(a.mag_, b.mag_);
        r.neg_ = a.neg_;
    }
    else
    {
        r.mag_ = subtractMagnitudes(b.mag_, a.mag_);
        r.neg_ = b.neg_;
    }
    if (r.mag_.empty())
        r.neg_ = false;
    return r;
}

BigInt operator-(const BigInt& a, const BigInt& b) { return a + (-b); }

BigInt operator*(const BigInt& a, const BigInt& b)
{
    BigInt r;
    r.mag_ = multiplyMagnitudes(a.mag_, b.mag_);
    r.neg_ = !r.mag_.empty() && a.neg_ != b.neg_;
    return r;
}

BigInt BigInt::operator-() const
{
    BigInt r = *this;
    r.neg_ = !r.mag_.empty() && !neg_;
    return r;
}

void BigInt::divMod(const BigInt& a, const BigInt& b, BigInt& quo, BigInt& rem)
{
    if (b.isZero())
    {
        // Precondition violated; a defined result rather than a crash.
        quo = BigInt();
        rem = BigInt();
        return;
    }
    Limbs q, r;
    divideMagnitudes(a.mag_, b.mag_, q, r);
    quo.mag_ = std::move(q);
    quo.neg_ = !quo.mag_.empty() && a.neg_ != b.neg_;
    rem.mag_ = std::move(r);
    rem.neg_ = !rem.mag_.empty() && a.neg_;
}

BigInt BigInt::shl(uint64_t n) const
{
    BigInt r;
    r.mag_ = shiftLeftMagnitude(mag_, n);
    r.neg_ = neg_ && !r.mag_.empty();
    return r;
}

BigInt BigInt::shr(uint64_t n) const
{
    BigInt r;
    if (!neg_)
    {
        r.mag_ = shiftRightMagnitude(mag_, n);
        return r;
    }
    // floor(-m / 2^n) = -(((m - 1) >> n) + 1)
    Limbs magnitudeMinusOne = subtractMagnitudes(mag_, Limbs{1});
    r.mag_ = addMagnitudes(shiftRightMagnitude(magnitudeMinusOne, n), Limbs{1});
    r.neg_ = true;
    return r;
}

BigInt operator&(const BigInt& x, const BigInt& y)
{
    BigInt r;
    r.mag_ = bitwiseMagnitude(x.neg_, x.mag_, y.neg_, y.mag_, [](uint32_t a, uint32_t b) { return a & b; }, r.neg_);
    return r;
}

BigInt operator|(const BigInt& x, const BigInt& y)
{
    BigInt r;
    r.mag_ = bitwiseMagnitude(x.neg_, x.mag_, y.neg_, y.mag_, [](uint32_t a, uint32_t b) { return a | b; }, r.neg_);
    return r;
}

BigInt operator^(const BigInt& x, const BigInt& y)
{
    BigInt r;
    r.mag_ = bitwiseMagnitude(x.neg_, x.mag_, y.neg_, y.mag_, [](uint32_t a, uint32_t b) { return a ^ b; }, r.neg_);
    return r;
}

BigInt BigInt::andNot(const BigInt& y) const
{
    BigInt r;
    r.mag_ = bitwiseMagnitude(neg_, mag_, y.neg_, y.mag_, [](uint32_t a, uint32_t b) { return a & ~b; }, r.neg_);
    return r;
}

BigInt BigInt::bitNot() const { return -*this - BigInt(1); }

int compare(const BigInt& a, const BigInt& b)
{
    if (a.neg_ != b.neg_)
        return a.neg_ ? -1 : 1;
    int c = compareMagnitudes(a.mag_, b.mag_);
    return a.neg_ ? -c : c;
}

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
