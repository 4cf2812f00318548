#pragma once
#include "compiler/BigInt.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace weft {

// A rational number num/den (den > 0, lowest terms), for untyped float constants. As in
// go/constant, it is exact while numerator and denominator have fewer than 4096 bits; larger
// values, and results of arithmetic on them, are binary floats with a 512-bit mantissa.
class BigRat
{
public:
    BigRat() : den_(1) {}
    BigRat(BigInt num, BigInt den); // normalizes (rounds if too large); precondition den != 0
    static BigRat fromInt(const BigInt& v) { return BigRat(v, BigInt(1)); }
    // Exact value of a double (finite).
    static BigRat fromDouble(double d);

    const BigInt& num() const { return num_; }
    const BigInt& den() const { return den_; }
    bool isFloat() const { return float_; } // rounded to 512 bits rather than exact
    bool isInt() const;
    int sign() const { return num_.sign(); }
    double toDouble() const;   // correctly rounded to nearest even; +-inf when out of range
    float toFloat() const;     // correctly rounded to float32 (not via double: no double rounding)
    BigInt truncToInt() const; // toward zero

    friend BigRat operator+(const BigRat&, const BigRat&);
    friend BigRat operator-(const BigRat&, const BigRat&);
    friend BigRat operator*(const BigRat&, const BigRat&);
    friend BigRat operator/(const BigRat&, const BigRat&); // precondition: divisor != 0
    BigRat operator-() const;
    friend int compare(const BigRat&, const BigRat&);

    // 10^n: exact while small, else rounded to 512 bits (nearest; computed with extra precision).
    static BigRat pow10(uint64_t n);

private:
    void roundToFloat(); // float_ = true, value rounded to 512 bits
    static BigRat result(BigRat r, const BigRat& a, const BigRat& b);

    BigInt num_, den_;
    bool float_ = false;
};

// The value of a Go constant. Untyped and typed constants share this representation; the type
// lives on the expression. Complex constants are not supported by weft.
struct Constant
{
    enum class Kind : uint8_t { Bool, String, Int, Float };
    Kind kind = Kind::Int;
    bool boolean = false;
    std::string string; // bytes, already unescaped
    BigInt integer;
    BigRat rational; // Kind::Float

    static Constant makeBool(bool b);
    static Constant makeString(std::string s);
    static Constant makeInt(BigInt v);
    static Constant makeFloat(BigRat v);

    // Go's formatting of a constant in diagnostics: `300`, `1e+100`, `"abc"`, `true`, `1.5`
    // (as go/constant's String(): floats use %.6g-like short forms, long strings are shortened).
    std::string toString() const;
};

// Literal decoding (the lexer has already validated the syntax; these return nullopt on
// malformed input rather than asserting, so fuzzed input cannot crash them).
std::optional<BigInt> parseIntLiteral(std::string_view text);   // 0x1F, 0o17, 017, 0b1, 1_000
// Decimal and hexadecimal float literals (1.5e3, .5, 0x1p-2). Exponents beyond +-100000 give nullopt.
std::optional<BigRat> parseFloatLiteral(std::string_view text);
// A rune literal as written ('a', '\n', '\x41', '\u00e9', '\377'): its code point.
std::optional<int32_t> parseRuneLiteral(std::string_view text);
// An interpreted ("...") or raw (`...`) string literal as written: its bytes (raw strings drop \r).
std::optional<std::string> parseStringLiteral(std::string_view text);

} // namespace weft
