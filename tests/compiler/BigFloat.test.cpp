#include "compiler/BigFloat.h"

#include <doctest/doctest.h>

#include <cfloat>
#include <cmath>
#include <limits>

using namespace weft;

namespace {

BigInt pow2(uint64_t n) { return BigInt(1).shl(n); }

// 2^e, exactly
BigFloat twoTo(int64_t e) { return BigFloat::exact(BigInt(1), e); }

bool same(const BigFloat& x, const BigFloat& y) { return compare(x, y) == 0; }

} // namespace

TEST_CASE("BigFloat keeps m * 2^e with an odd mantissa")
{
    BigFloat x = BigFloat::fromInt(BigInt(12));
    CHECK(x.mantissa() == BigInt(3));
    CHECK(x.lsbExponent() == 2);
    CHECK(x.exponent() == 4); // 8 <= 12 < 16
    CHECK(x.isInt());
    CHECK(x.toInt(10) == BigInt(12));
    CHECK_FALSE(x.toInt(3)); // 12 >= 2^3
    CHECK_FALSE(BigFloat::fromQuotient(BigInt(1), BigInt(2)).isInt());
    CHECK(BigFloat().isZero());
    CHECK(BigFloat().exponent() == 0);
    CHECK(BigFloat().toInt(0) == BigInt(0));
    CHECK(BigFloat::fromInt(BigInt(-5), -1).sign() == -1);
    CHECK(BigFloat::fromInt(BigInt(-5), -1).toDouble() == -2.5);
}

TEST_CASE("BigFloat rounds to the precision asked for")
{
    // 2^512 + 1 needs 513 bits: the tie goes to the even 2^512
    CHECK(same(BigFloat::fromInt(pow2(512) + BigInt(1)), twoTo(512)));
    // 2^513 + 3: the two dropped bits are more than half
    CHECK(BigFloat::fromInt(pow2(513) + BigInt(3)).mantissa() == (pow2(513) + BigInt(4)).shr(2));
    // 2^513 + 2: a tie, and 2^511 + 0 is even
    CHECK(same(BigFloat::fromInt(pow2(513) + BigInt(2)), twoTo(513)));
    // toward and away from zero, for either sign
    BigInt seven(7);
    CHECK(BigFloat::fromInt(seven, 0, 2, Rounding::ToZero).toDouble() == 6);
    CHECK(BigFloat::fromInt(seven, 0, 2, Rounding::AwayFromZero).toDouble() == 8);
    CHECK(BigFloat::fromInt(-seven, 0, 2, Rounding::ToZero).toDouble() == -6);
    CHECK(BigFloat::fromInt(-seven, 0, 2, Rounding::AwayFromZero).toDouble() == -8);
    CHECK(BigFloat::fromInt(BigInt(5), 0, 2, Rounding::NearestEven).toDouble() == 4);
    CHECK(BigFloat::fromInt(BigInt(9), 0, 2, Rounding::AwayFromZero).toDouble() == 12);
    CHECK(BigFloat::fromInt(BigInt(8), 0, 1, Rounding::AwayFromZero).toDouble() == 8);
    // rounding a float again
    BigFloat third = BigFloat::fromQuotient(BigInt(1), BigInt(3));
    CHECK(third.mantissa().bitLen() == 512);
    CHECK(compare(third.rounded(508, Rounding::ToZero), third) < 0);
    CHECK(compare(third.rounded(508, Rounding::AwayFromZero), third) > 0);
}

TEST_CASE("BigFloat arithmetic rounds as math/big at 512 bits")
{
    BigFloat one = BigFloat::fromInt(BigInt(1)), three = BigFloat::fromInt(BigInt(3));
    BigFloat third = one / three;
    // math/big: 1/3 = 0x.aaa...aabp-1 (512 bits, the last rounded up), and 1/3*3 = 1
    CHECK(third.exponent() == -1);
    BigInt q, r;
    BigInt::divMod(pow2(513), BigInt(3), q, r);
    CHECK(third.mantissa() == q + BigInt(1));
    CHECK(same(third * three, one));
    CHECK(same(BigFloat::quo(one, three, 512), BigFloat::fromQuotient(BigInt(1), BigInt(3))));
    CHECK(same(BigFloat::fromInt(BigInt(6)) - BigFloat::fromInt(BigInt(10)), BigFloat::fromInt(BigInt(-4))));
    CHECK((BigFloat::fromInt(BigInt(6)) - BigFloat::fromInt(BigInt(6))).isZero());
    // a sum that fits 512 bits is exact; 2^600 + 1 is not
    CHECK(same((one + twoTo(-511)) - one, twoTo(-511)));
    CHECK((twoTo(600) + one - twoTo(600)).isZero());
    // (2^512 - 1) + 1/2 is a tie between 2^512 - 1 (odd) and 2^512
    CHECK(same(BigFloat::fromInt(pow2(512) - BigInt(1)) + twoTo(-1), twoTo(512)));
    CHECK(same(-(-one), one));
    CHECK(same(BigFloat() + one, one));
    CHECK(same(one + BigFloat(), one));
    CHECK((BigFloat() * one).isZero());
    CHECK((BigFloat() / one).isZero());
}

TEST_CASE("BigFloat adds far-apart operands without aligning them")
{
    // 2^2000000000 + 2^-2000000000 would need 4e9 bits aligned; the tiny one only decides the
    // side of the rounding
    BigFloat huge = twoTo(2000000000), tiny = twoTo(-2000000000);
    CHECK(same(huge + tiny, huge));
    CHECK(same(huge - tiny, huge)); // 2^k - tiny rounds up to 2^k again
    CHECK(same(tiny + huge, huge));
    CHECK(same(-huge + tiny, -huge));
    BigFloat justBelow = BigFloat::fromInt(pow2(512) - BigInt(1), 1999999488); // 512 bits of ones
    CHECK(same(justBelow + tiny, justBelow));
    CHECK(same(justBelow - tiny, justBelow));
    // at 3 bits as well
    CHECK(same(BigFloat::add(BigFloat::fromInt(BigInt(7), 1000000), tiny, 3), BigFloat::fromInt(BigInt(7), 1000000)));
}

TEST_CASE("BigFloat exponents stop at int32 as big.Float's")
{
    BigFloat top = twoTo(BigFloat::kMaxExp - 1); // exponent() == kMaxExp
    CHECK(top.exponent() == BigFloat::kMaxExp);
    CHECK_FALSE(top.isInf());
    BigFloat over = top * BigFloat::fromInt(BigInt(2));
    CHECK(over.isInf());
    CHECK(over.sign() == 1);
    CHECK((-top * BigFloat::fromInt(BigInt(2))).sign() == -1);
    CHECK((top + top).isInf());
    CHECK(std::isinf(over.toDouble()));
    CHECK(compare(over, top) > 0);
    CHECK(compare(-over, -top) < 0);
    // rounding up to the next power of two can overflow too
    BigFloat allOnes = BigFloat::fromInt(pow2(600) - BigInt(1), BigFloat::kMaxExp - 600);
    CHECK(allOnes.isInf());

    BigFloat bottom = twoTo(BigFloat::kMinExp - 1); // exponent() == kMinExp
    CHECK(bottom.exponent() == BigFloat::kMinExp);
    CHECK((bottom / BigFloat::fromInt(BigInt(2))).isZero());
    CHECK((bottom * twoTo(-1)).isZero());
    CHECK_FALSE((bottom * twoTo(1)).isZero());
    // math/big's Float64 takes exponent-1 in int32, which wraps at MinExp: an infinity
    CHECK(std::isinf(bottom.toDouble()));
    CHECK(std::isinf(bottom.toFloat()));
    CHECK((bottom * twoTo(1)).toDouble() == 0.0);
}

TEST_CASE("BigFloat comparisons")
{
    BigFloat a = BigFloat::fromInt(BigInt(3)), b = BigFloat::fromInt(BigInt(5), -1);
    CHECK(compare(a, b) > 0); // 3 > 2.5
    CHECK(compare(b, a) < 0);
    CHECK(compare(-a, -b) < 0);
    CHECK(compare(a, a) == 0);
    CHECK(compare(BigFloat(), a) < 0);
    CHECK(compare(BigFloat(), -a) > 0);
    CHECK(compare(BigFloat(), BigFloat()) == 0);
    CHECK(compare(twoTo(2000000000), twoTo(-2000000000)) > 0);
    CHECK(compare(BigFloat::fromInt(BigInt(7)), BigFloat::fromInt(BigInt(6))) > 0); // same exponent
    CHECK(compare(BigFloat::infinity(false), BigFloat::infinity(false)) == 0);
}

TEST_CASE("math/big's pow5")
{
    CHECK(BigFloat::pow5(0, 576).toDouble() == 1);
    CHECK(BigFloat::pow5(27, 576).toInt(64) == BigInt::fromUint64(7450580596923828125u));
    // 5^100 has 233 bits: exact at 576
    BigInt p(1);
    for (int i = 0; i < 100; ++i)
        p = p * BigInt(5);
    CHECK(BigFloat::pow5(100, 576).toInt(300) == p);
    // 5^1000000000 is beyond 2^MaxExp
    CHECK(BigFloat::pow5(1000000000, 576).isInf());
    CHECK(BigFloat::pow5(900000000, 576).exponent() == 2089735286);
}

TEST_CASE("quotients to float64 and float32 at any scale")
{
    BigInt one(1);
    CHECK(quotientToDouble(one, one, 1023) == std::ldexp(1.0, 1023));
    CHECK(std::isinf(quotientToDouble(one, one, 1024)));
    CHECK(quotientToDouble(one, one, -1074) == std::numeric_limits<double>::denorm_min());
    CHECK(quotientToDouble(one, one, -1075) == 0.0); // a tie with zero: even
    CHECK(quotientToDouble(BigInt(3), one, -1076) == std::numeric_limits<double>::denorm_min());
    CHECK(std::signbit(quotientToDouble(BigInt(-1), one, -2000000000)));
    CHECK(std::isinf(quotientToDouble(one, one, 2000000000)));
    CHECK(quotientToDouble(BigInt(1), BigInt(3), 0) == 1.0 / 3.0);
    CHECK(quotientToDouble(BigInt(1), BigInt(3), 1000000) == INFINITY);
    CHECK(quotientToDouble(BigInt(3), BigInt(1), -1000001) == 0.0);
    CHECK(quotientToFloat(one, one, -149) == std::numeric_limits<float>::denorm_min());
    CHECK(quotientToFloat(one, one, -151) == 0.0f);
    CHECK(quotientToFloat(pow2(24) - one, one, 104) == FLT_MAX);
    CHECK(std::isinf(quotientToFloat(one, one, 128)));
    // via a BigFloat
    CHECK(BigFloat::fromQuotient(BigInt(1), BigInt(10)).toDouble() == 0.1);
    CHECK(BigFloat::fromQuotient(BigInt(1), BigInt(10)).toFloat() == 0.1f);
    CHECK(BigFloat::infinity(true).toDouble() == -INFINITY);
}

TEST_CASE("BigFloat preconditions violated: defined results")
{
    CHECK((BigFloat::fromInt(BigInt(1)) / BigFloat()).isZero());
    CHECK(BigFloat::fromQuotient(BigInt(1), BigInt(0)).isZero());
    CHECK(BigFloat::fromQuotient(BigInt(1), BigInt(-3)).isZero());
}
