#pragma once
#include "compiler/BigFloat.h"
#include "compiler/BigInt.h"

#include <cstddef>
#include <optional>

namespace weft {

// The value of an untyped float constant, kept as go/constant keeps it: an exact fraction
// num/den (den > 0, lowest terms) while numerator and denominator have fewer than 4096 bits,
// else a BigFloat with a 512-bit mantissa. Arithmetic on a float gives a float (the exact
// operand is rounded first); a float result too large for big.Float is infinite, which is
// go/constant's unknown value and an error for the checker.
class BigRat
{
public:
    // go/constant's maxExp: fractions with components this large become floats.
    static constexpr size_t kMaxExactBits = 4096;

    BigRat() : den_(1) {}
    BigRat(BigInt num, BigInt den); // normalizes (rounds if too large); precondition den != 0
    // num/den in lowest terms whatever their size, as go/constant keeps a literal's value.
    static BigRat exactFraction(BigInt num, BigInt den);
    explicit BigRat(BigFloat f) : den_(1), float_(std::move(f)), isFloat_(true) {}
    static BigRat fromInt(const BigInt& v) { return BigRat(v, BigInt(1)); }
    // Exact value of a double (finite).
    static BigRat fromDouble(double d);

    // The exact fraction; precondition: !isFloat().
    const BigInt& num() const { return num_; }
    const BigInt& den() const { return den_; }
    bool isFloat() const { return isFloat_; } // rounded to 512 bits rather than exact
    bool isInf() const { return isFloat_ && float_.isInf(); }
    // The value as a BigFloat: itself, or the fraction rounded to 512 bits.
    BigFloat toBigFloat() const;
    bool isInt() const;
    int sign() const { return isFloat_ ? float_.sign() : num_.sign(); }
    double toDouble() const; // correctly rounded to nearest even; +-inf when out of range
    float toFloat() const;   // correctly rounded to float32 (not via double: no double rounding)
    // go/constant's ToInt: the value if it is an integer, or a float below 2^4096 that is one
    // up to the rounding of its last 4 bits (an error of earlier operations).
    std::optional<BigInt> toInt() const;

    friend BigRat operator+(const BigRat&, const BigRat&);
    friend BigRat operator-(const BigRat&, const BigRat&);
    friend BigRat operator*(const BigRat&, const BigRat&);
    friend BigRat operator/(const BigRat&, const BigRat&); // precondition: divisor != 0
    BigRat operator-() const;
    friend int compare(const BigRat&, const BigRat&);

private:
    void assign(BigInt num, BigInt den, bool roundLarge);

    BigInt num_, den_; // the value unless isFloat_
    BigFloat float_;   // the value if isFloat_
    bool isFloat_ = false;
};

} // namespace weft
