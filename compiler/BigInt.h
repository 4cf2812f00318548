#pragma once
#include <cstdint>
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

} // namespace weft
