#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace weft {

// An arbitrary-precision integer (sign and magnitude), for Go's exact constant arithmetic.
class BigInt
{
public:
    BigInt() = default;
    BigInt(int64_t v);
    static BigInt fromUint64(uint64_t v);
    // Decimal digits only (no sign, no separators); the caller strips `0x`/`_` via parseIntLiteral.
    static BigInt fromString(std::string_view digits, int base);

    bool isZero() const { return mag_.empty(); }
    bool isNegative() const { return neg_; }
    int sign() const { return isZero() ? 0 : (neg_ ? -1 : 1); }
    size_t bitLen() const; // bits in |x|
    size_t trailingZeroBits() const; // of |x|; 0 for zero

    bool fitsInt64() const;
    bool fitsUint64() const;
    int64_t toInt64() const;   // precondition: fitsInt64()
    uint64_t toUint64() const; // precondition: fitsUint64()
    uint64_t lowBits64() const; // |x| mod 2^64, then negated (two's complement) if negative
    double toDouble() const;    // correctly rounded
    std::string toString() const; // decimal

    friend BigInt operator+(const BigInt&, const BigInt&);
    friend BigInt operator-(const BigInt&, const BigInt&);
    friend BigInt operator*(const BigInt&, const BigInt&);
    BigInt operator-() const;
    // Truncated division and remainder, as Go's / and % (precondition: divisor != 0).
    static void divMod(const BigInt& a, const BigInt& b, BigInt& quo, BigInt& rem);
    BigInt shl(uint64_t n) const;
    BigInt shr(uint64_t n) const; // arithmetic: rounds toward -inf as Go's >> on signed values
    // Bitwise ops with two's-complement semantics on infinite-width integers.
    friend BigInt operator&(const BigInt&, const BigInt&);
    friend BigInt operator|(const BigInt&, const BigInt&);
    friend BigInt operator^(const BigInt&, const BigInt&);
    BigInt andNot(const BigInt& y) const;
    BigInt bitNot() const; // ^x = -x-1

    friend int compare(const BigInt&, const BigInt&);
    friend bool operator==(const BigInt& a, const BigInt& b) { return compare(a, b) == 0; }

private:
    bool neg_ = false;
    std::vector<uint32_t> mag_; // little-endian limbs, no leading zero limbs
};

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
