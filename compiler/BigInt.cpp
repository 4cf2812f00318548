#include "compiler/BigInt.h"

#include <algorithm>
#include <bit>
#include <cmath>

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

double BigInt::toDouble() const
{
    // The top 64 bits of |x| with the rest folded into the lowest as a sticky bit round to 53
    // bits as all of them would (64 > 53 + 2); scaling by a power of two is then exact.
    size_t drop = bitLen() > 64 ? bitLen() - 64 : 0;
    Limbs top = shiftRightMagnitude(mag_, drop);
    uint64_t bits = top.empty() ? 0 : top[0];
    if (top.size() > 1)
        bits |= uint64_t{top[1]} << 32;
    if (trailingZeroBits() < drop)
        bits |= 1;
    // beyond 2^4096 the result is infinite either way; the cap keeps the int conversion safe
    double magnitude = std::ldexp(static_cast<double>(bits), static_cast<int>(std::min<size_t>(drop, 4096)));
    return neg_ ? -magnitude : magnitude;
}

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

} // namespace weft
