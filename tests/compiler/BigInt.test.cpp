#include "compiler/BigInt.h"

#include <doctest/doctest.h>

#include <cfloat>
#include <cmath>

using namespace weft;

namespace {

BigInt big(std::string_view decimal)
{
    if (!decimal.empty() && decimal[0] == '-')
        return -BigInt::fromString(decimal.substr(1), 10);
    return BigInt::fromString(decimal, 10);
}

BigInt pow2(uint64_t n) { return BigInt(1).shl(n); }

std::string quo(const BigInt& a, const BigInt& b)
{
    BigInt q, r;
    BigInt::divMod(a, b, q, r);
    return q.toString() + " " + r.toString();
}

} // namespace

TEST_CASE("BigInt construction and conversion")
{
    CHECK(BigInt().isZero());
    CHECK(BigInt(0).sign() == 0);
    CHECK(BigInt(-5).sign() == -1);
    CHECK(BigInt(INT64_MIN).toString() == "-9223372036854775808");
    CHECK(BigInt(INT64_MIN).fitsInt64());
    CHECK(BigInt(INT64_MIN).toInt64() == INT64_MIN);
    CHECK(BigInt(INT64_MAX).toString() == "9223372036854775807");
    CHECK_FALSE((BigInt(INT64_MAX) + BigInt(1)).fitsInt64());
    CHECK_FALSE((BigInt(INT64_MIN) - BigInt(1)).fitsInt64());
    CHECK(BigInt::fromUint64(UINT64_MAX).toString() == "18446744073709551615");
    CHECK(BigInt::fromUint64(UINT64_MAX).fitsUint64());
    CHECK_FALSE(pow2(64).fitsUint64());
    CHECK_FALSE(BigInt(-1).fitsUint64());
    CHECK(BigInt(-1).lowBits64() == UINT64_MAX);
    CHECK(big("-18446744073709551617").lowBits64() == UINT64_MAX); // -(2^64+1) mod 2^64
    CHECK(BigInt::fromString("ff", 16).toString() == "255");
    CHECK(BigInt::fromString("777", 8).toString() == "511");
    CHECK(BigInt::fromString("101", 2).toString() == "5");
    CHECK(BigInt::fromString("123456789012345678901234567890", 10).toString() == "123456789012345678901234567890");
    CHECK(pow2(100).bitLen() == 101);
    CHECK(pow2(100).trailingZeroBits() == 100);
    CHECK(BigInt(-6).trailingZeroBits() == 1);
}

TEST_CASE("BigInt arithmetic")
{
    BigInt a = big("123456789012345678901234567890");
    BigInt b = big("987654321098765432109876543210");
    CHECK((a + b).toString() == "1111111110111111111011111111100");
    CHECK((a - b).toString() == "-864197532086419753208641975320");
    CHECK((a * b).toString() == "121932631137021795226185032733622923332237463801111263526900");
    CHECK((-a * b) == -(a * b));
    CHECK((a - a).isZero());
    CHECK_FALSE((a - a).isNegative());
    // 2^128 - 1 squared
    BigInt m = pow2(128) - BigInt(1);
    CHECK((m * m).toString() == "115792089237316195423570985008687907852589419931798687112530834793049593217025");
    // 100! has 158 digits
    BigInt factorial(1);
    for (int i = 2; i <= 100; ++i)
        factorial = factorial * BigInt(i);
    CHECK(factorial.toString().size() == 158);
    CHECK(factorial.toString().substr(0, 20) == "93326215443944152681");
    CHECK(compare(a, b) < 0);
    CHECK(compare(-a, -b) > 0);
    CHECK(compare(BigInt(-1), BigInt(0)) < 0);
    CHECK(BigInt(-3).bitNot() == BigInt(2));
    CHECK(BigInt(5).bitNot() == BigInt(-6));
}

TEST_CASE("BigInt division truncates toward zero")
{
    CHECK(quo(BigInt(7), BigInt(2)) == "3 1");
    CHECK(quo(BigInt(-7), BigInt(2)) == "-3 -1");
    CHECK(quo(BigInt(7), BigInt(-2)) == "-3 1");
    CHECK(quo(BigInt(-7), BigInt(-2)) == "3 -1");
    CHECK(quo(BigInt(1), BigInt(5)) == "0 1");
    BigInt factorial(1);
    for (int i = 2; i <= 30; ++i)
        factorial = factorial * BigInt(i);
    BigInt f25(1);
    for (int i = 2; i <= 25; ++i)
        f25 = f25 * BigInt(i);
    CHECK(quo(factorial, f25) == "17100720 0"); // 26*27*28*29*30
    // Multi-limb divisor exercising Knuth's correction step.
    BigInt n = pow2(192) - BigInt(1);
    BigInt d = pow2(96) + BigInt(3);
    BigInt q, r;
    BigInt::divMod(n, d, q, r);
    CHECK(q * d + r == n);
    CHECK(compare(r, d) < 0);
    CHECK(q.toString() == "79228162514264337593543950333");
    CHECK(r.toString() == "8");
    // Hacker's Delight's case where the estimated quotient digit is one too large ("add back").
    BigInt u = big("170141183420855150474555134919112130560");
    BigInt v = big("39614081257132168796771975169");
    CHECK(quo(u, v) == "4294967294 39614081257132168792477007874");
}

TEST_CASE("BigInt shifts")
{
    CHECK(BigInt(1).shl(64).toString() == "18446744073709551616");
    CHECK(BigInt(-3).shl(2) == BigInt(-12));
    CHECK(BigInt(12).shr(2) == BigInt(3));
    CHECK(BigInt(13).shr(2) == BigInt(3));
    CHECK(BigInt(-13).shr(2) == BigInt(-4)); // rounds toward -inf
    CHECK(BigInt(-12).shr(2) == BigInt(-3));
    CHECK(BigInt(-1).shr(100) == BigInt(-1));
    CHECK(BigInt(1).shr(100).isZero());
    CHECK(pow2(200).shr(199) == BigInt(2));
}

TEST_CASE("BigInt bitwise operations use two's complement")
{
    CHECK((BigInt(12) & BigInt(10)) == BigInt(8));
    CHECK((BigInt(12) | BigInt(10)) == BigInt(14));
    CHECK((BigInt(12) ^ BigInt(10)) == BigInt(6));
    CHECK(BigInt(12).andNot(BigInt(10)) == BigInt(4));
    CHECK((BigInt(-1) & BigInt(255)) == BigInt(255));
    CHECK((BigInt(-256) | BigInt(255)) == BigInt(-1));
    CHECK((BigInt(-6) & BigInt(-3)) == BigInt(-8));
    CHECK((BigInt(-6) | BigInt(3)) == BigInt(-5));
    CHECK((BigInt(-6) ^ BigInt(-3)) == BigInt(7));
    CHECK(BigInt(-1).andNot(BigInt(1)) == BigInt(-2));
    CHECK(BigInt(7).andNot(BigInt(-2)) == BigInt(1));
    CHECK((-pow2(100) & (pow2(101) - BigInt(1))) == pow2(100));
    CHECK(((pow2(70) - BigInt(1)) ^ BigInt(-1)) == -pow2(70));
}

TEST_CASE("BigInt to double is correctly rounded")
{
    CHECK(BigInt(0).toDouble() == 0.0);
    CHECK(pow2(53).toDouble() == 9007199254740992.0);
    CHECK((pow2(53) + BigInt(1)).toDouble() == 9007199254740992.0); // tie: to even
    CHECK((pow2(53) + BigInt(3)).toDouble() == 9007199254740996.0); // tie: to even, upward
    CHECK((pow2(54) + BigInt(3)).toDouble() == 18014398509481988.0);
    CHECK((-(pow2(53) + BigInt(1))).toDouble() == -9007199254740992.0);
    CHECK(BigInt::fromUint64(UINT64_MAX).toDouble() == 18446744073709551616.0);
    CHECK(pow2(1023).toDouble() == std::ldexp(1.0, 1023));
    CHECK(std::isinf(pow2(1024).toDouble()));
    // MaxFloat64 + half an ulp rounds up to infinity; just below it rounds down.
    BigInt max = (pow2(53) - BigInt(1)).shl(971);
    CHECK(max.toDouble() == DBL_MAX);
    CHECK(std::isinf((max + pow2(970)).toDouble()));
    CHECK((max + pow2(970) - BigInt(1)).toDouble() == DBL_MAX);
}
