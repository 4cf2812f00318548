#pragma once
#include "compiler/BigInt.h"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>

namespace weft {

enum class Rounding : uint8_t { NearestEven, ToZero, AwayFromZero };

// A binary floating-point number as math/big's Float, which go/constant uses for the float
// constants it does not keep as fractions: every operation rounds its exact result to a
// precision (go/constant's 512 bits unless said otherwise), and a finite nonzero x has
// 2^(exp-1) <= |x| < 2^exp with exp an int32 (big.Float's MinExp..MaxExp): a result beyond
// that underflows to 0 or overflows to an infinity. Zero is unsigned.
class BigFloat
{
public:
    static constexpr size_t kPrecision = 512; // go/constant's prec
    static constexpr int64_t kMinExp = std::numeric_limits<int32_t>::min();
    static constexpr int64_t kMaxExp = std::numeric_limits<int32_t>::max();

    BigFloat() = default; // 0
    // m * 2^e rounded to `precision` bits.
    static BigFloat fromInt(const BigInt& m, int64_t e = 0, size_t precision = kPrecision,
                            Rounding mode = Rounding::NearestEven);
    // num/den * 2^e (den > 0) rounded to `precision` bits.
    static BigFloat fromQuotient(const BigInt& num, const BigInt& den, int64_t e = 0, size_t precision = kPrecision,
                                 Rounding mode = Rounding::NearestEven);
    // m * 2^e, not rounded and not range-checked: as a big.Float that holds all of a literal's
    // digits until its first operation rounds them. Precondition: |e| and m's size are bounded
    // by the caller (a literal's length and exponent).
    static BigFloat exact(const BigInt& m, int64_t e);
    static BigFloat infinity(bool negative);
    // 5^n with math/big's algorithm for parsing decimal literals (Float.pow5): exact up to 5^27,
    // else by squaring with every product rounded to `precision` bits and the squares to 64 more.
    static BigFloat pow5(uint64_t n, size_t precision);

    bool isZero() const { return mant_.isZero(); }
    bool isInf() const { return inf_; }
    int sign() const { return mant_.sign(); }
    // big.Float's MantExp: 2^(exp-1) <= |x| < 2^exp; 0 for zero.
    int64_t exponent() const;
    // x = mantissa() * 2^lsbExponent() with an odd mantissa (or zero); meaningless for infinities.
    const BigInt& mantissa() const { return mant_; }
    int64_t lsbExponent() const { return exp_; }
    bool isInt() const { return !inf_ && (isZero() || exp_ >= 0); }
    // x if it is an integer below 2^maxBits in magnitude.
    std::optional<BigInt> toInt(int64_t maxBits) const;

    BigFloat rounded(size_t precision, Rounding mode) const;
    double toDouble() const; // correctly rounded to nearest even; +-inf when out of range
    float toFloat() const;   // correctly rounded to float32 (not via double)

    static BigFloat add(const BigFloat& x, const BigFloat& y, size_t precision);
    static BigFloat mul(const BigFloat& x, const BigFloat& y, size_t precision);
    static BigFloat quo(const BigFloat& x, const BigFloat& y, size_t precision); // y != 0
    friend BigFloat operator+(const BigFloat& x, const BigFloat& y) { return add(x, y, kPrecision); }
    friend BigFloat operator-(const BigFloat& x, const BigFloat& y) { return add(x, -y, kPrecision); }
    friend BigFloat operator*(const BigFloat& x, const BigFloat& y) { return mul(x, y, kPrecision); }
    friend BigFloat operator/(const BigFloat& x, const BigFloat& y) { return quo(x, y, kPrecision); }
    BigFloat operator-() const;
    friend int compare(const BigFloat&, const BigFloat&);

private:
    BigInt mant_; // odd, or zero (then exp_ == 0); +-1 for an infinity
    int64_t exp_ = 0;
    bool inf_ = false;
};

// num/den * 2^scale (den > 0) correctly rounded to nearest even, as big.Rat's Float64 and
// Float32: +-inf beyond the format's range, a zero of num's sign below it.
double quotientToDouble(const BigInt& num, const BigInt& den, int64_t scale = 0);
float quotientToFloat(const BigInt& num, const BigInt& den, int64_t scale = 0);

} // namespace weft
