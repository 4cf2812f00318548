#include "compiler/Constant.h"

#include <doctest/doctest.h>

#include <cfloat>
#include <cmath>
#include <cstring>
#include <limits>

using namespace weft;

namespace {

BigInt pow2(uint64_t n) { return BigInt(1).shl(n); }

BigRat rat(int64_t num, int64_t den) { return BigRat(BigInt(num), BigInt(den)); }

BigRat floatLit(std::string_view text)
{
    std::optional<BigRat> r = parseFloatLiteral(text);
    REQUIRE(r.has_value());
    return *r;
}

uint64_t bitsOf(double d)
{
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    return bits;
}

uint32_t bitsOf(float f)
{
    uint32_t bits;
    std::memcpy(&bits, &f, sizeof bits);
    return bits;
}

std::string floatString(std::string_view literal) { return Constant::makeFloat(floatLit(literal)).toString(); }

} // namespace

TEST_CASE("BigRat normalization and arithmetic")
{
    BigRat half = rat(2, 4);
    CHECK(half.num() == BigInt(1));
    CHECK(half.den() == BigInt(2));
    BigRat neg = rat(3, -6);
    CHECK(neg.num() == BigInt(-1));
    CHECK(neg.den() == BigInt(2));
    CHECK(rat(0, -5).den() == BigInt(1));
    CHECK((rat(1, 3) + rat(1, 6)).num() == BigInt(1));
    CHECK((rat(1, 3) + rat(1, 6)).den() == BigInt(2));
    CHECK((rat(1, 3) - rat(1, 2)).num() == BigInt(-1));
    CHECK((rat(2, 3) * rat(3, 4)).den() == BigInt(2));
    CHECK((rat(2, 3) / rat(-4, 9)).num() == BigInt(-3));
    CHECK((rat(2, 3) / rat(-4, 9)).den() == BigInt(2));
    CHECK(compare(rat(1, 3), rat(1, 2)) < 0);
    CHECK(compare(rat(-1, 3), rat(-1, 2)) > 0);
    CHECK(compare(rat(2, 4), rat(1, 2)) == 0);
    CHECK(rat(6, 3).isInt());
    CHECK_FALSE(rat(7, 3).isInt());
    CHECK(rat(-6, 3).toInt() == BigInt(-2));
    CHECK_FALSE(rat(7, 2).toInt());
}

TEST_CASE("BigRat to double and float")
{
    CHECK(rat(1, 3).toDouble() == 1.0 / 3.0);
    CHECK(rat(-2, 3).toDouble() == -2.0 / 3.0);
    CHECK(rat(1, 10).toDouble() == 0.1);
    CHECK(rat(1, 10).toFloat() == 0.1f);
    CHECK(rat(1, 3).toFloat() == 1.0f / 3.0f);
    // Subnormals, underflow and the smallest values.
    CHECK(BigRat(BigInt(1), pow2(1074)).toDouble() == std::numeric_limits<double>::denorm_min());
    CHECK(BigRat(BigInt(1), pow2(1075)).toDouble() == 0.0); // tie with zero: to even
    CHECK(BigRat(BigInt(3), pow2(1076)).toDouble() == std::numeric_limits<double>::denorm_min());
    CHECK(BigRat(BigInt(1), pow2(1022)).toDouble() == DBL_MIN);
    CHECK(BigRat(BigInt(1), pow2(149)).toFloat() == std::numeric_limits<float>::denorm_min());
    CHECK(BigRat(BigInt(1), pow2(151)).toFloat() == 0.0f);
    CHECK(std::signbit(BigRat(BigInt(-1), pow2(2000)).toDouble())); // -0, as big.Rat's Float64
    // float32: 2^24+1 rounds to even; FLT_MAX and overflow.
    CHECK(BigRat::fromInt(pow2(24) + BigInt(1)).toFloat() == 16777216.0f);
    CHECK(BigRat::fromInt((pow2(24) - BigInt(1)).shl(104)).toFloat() == FLT_MAX);
    CHECK(std::isinf(BigRat::fromInt(pow2(128)).toFloat()));
    // Rounding to float directly differs from rounding through double (no double rounding).
    BigRat justAboveHalf = BigRat::fromInt(pow2(24) + BigInt(1)) + BigRat(BigInt(1), pow2(40));
    CHECK(justAboveHalf.toFloat() == 16777218.0f);
    CHECK(static_cast<float>(justAboveHalf.toDouble()) == 16777216.0f);
}

TEST_CASE("BigRat from double is exact")
{
    BigRat tenth = BigRat::fromDouble(0.1);
    CHECK(tenth.den() == pow2(55));
    CHECK(tenth.num().toString() == "3602879701896397");
    CHECK(BigRat::fromDouble(-2.5).num() == BigInt(-5));
    CHECK(BigRat::fromDouble(0.0).sign() == 0);
    CHECK(BigRat::fromDouble(DBL_MAX).toDouble() == DBL_MAX);
    CHECK(BigRat::fromDouble(std::numeric_limits<double>::denorm_min()).den() == pow2(1074));
    CHECK(BigRat::fromDouble(1e300).isInt());
}

TEST_CASE("integer literals")
{
    CHECK(parseIntLiteral("0")->toString() == "0");
    CHECK(parseIntLiteral("42")->toString() == "42");
    CHECK(parseIntLiteral("1_000_000")->toString() == "1000000");
    CHECK(parseIntLiteral("0x1F")->toString() == "31");
    CHECK(parseIntLiteral("0X_ff")->toString() == "255");
    CHECK(parseIntLiteral("0o17")->toString() == "15");
    CHECK(parseIntLiteral("017")->toString() == "15");
    CHECK(parseIntLiteral("0_17")->toString() == "15");
    CHECK(parseIntLiteral("0b1011")->toString() == "11");
    CHECK(parseIntLiteral("0xFFFFFFFFFFFFFFFFFFFFFFFF")->toString() == "79228162514264337593543950335");
    CHECK(parseIntLiteral("170141183460469231731687303715884105728")->toString() ==
          "170141183460469231731687303715884105728");
    CHECK_FALSE(parseIntLiteral(""));
    CHECK_FALSE(parseIntLiteral("09"));
    CHECK_FALSE(parseIntLiteral("0x"));
    CHECK_FALSE(parseIntLiteral("0b2"));
    CHECK_FALSE(parseIntLiteral("1__0"));
    CHECK_FALSE(parseIntLiteral("1_"));
    CHECK_FALSE(parseIntLiteral("1.5"));
    CHECK_FALSE(parseIntLiteral("1i"));
    CHECK_FALSE(parseIntLiteral("-1"));
}

TEST_CASE("float literals are exact rationals")
{
    CHECK(compare(floatLit("0.1"), rat(1, 10)) == 0);
    CHECK(compare(floatLit(".5"), rat(1, 2)) == 0);
    CHECK(compare(floatLit("1."), rat(1, 1)) == 0);
    CHECK(compare(floatLit("1.5e3"), rat(1500, 1)) == 0);
    CHECK(compare(floatLit("15e-1"), rat(3, 2)) == 0);
    CHECK(compare(floatLit("1_0.2_5E+0_1"), rat(1025, 10)) == 0);
    CHECK(compare(floatLit("072.40"), rat(724, 10)) == 0);
    CHECK(compare(floatLit("0x1p-2"), rat(1, 4)) == 0);
    CHECK(compare(floatLit("0x1.8p1"), rat(3, 1)) == 0);
    CHECK(compare(floatLit("0X.8p0"), rat(1, 2)) == 0);
    CHECK(compare(floatLit("0x_1FFFp-16"), rat(8191, 65536)) == 0);
    CHECK(floatLit("1e100").num().toString() == "1" + std::string(100, '0'));
    CHECK(floatLit("6.67428e-11").toDouble() == 6.67428e-11);
    CHECK(floatLit("2.2250738585072011e-308").toDouble() == 2.2250738585072011e-308);
    CHECK(floatLit("4.9e-324").toDouble() == std::numeric_limits<double>::denorm_min());
    CHECK(floatLit("2.4703282292062328e-324").toDouble() == std::numeric_limits<double>::denorm_min());
    CHECK(floatLit("2.4703282292062327e-324").toDouble() == 0.0);
    CHECK(floatLit("1.7976931348623157e308").toDouble() == DBL_MAX);
    CHECK(std::isinf(floatLit("1.7976931348623159e308").toDouble()));
    CHECK(floatLit("3.4028234663852886e38").toFloat() == FLT_MAX);
    CHECK(floatLit("1e100000").sign() == 1);
    CHECK_FALSE(parseFloatLiteral("0x1.0"));
    CHECK_FALSE(parseFloatLiteral("1e"));
    CHECK_FALSE(parseFloatLiteral("."));
    CHECK_FALSE(parseFloatLiteral("1.2.3"));
    CHECK_FALSE(parseFloatLiteral("1__0.5"));
    CHECK_FALSE(parseFloatLiteral("1.5i"));
}

TEST_CASE("large fractions become 512-bit floats, as in go/constant")
{
    // exact below 4096 bits
    BigRat e1000 = floatLit("1e1000");
    CHECK_FALSE(e1000.isFloat());
    CHECK(e1000.num().toString() == "1" + std::string(1000, '0'));
    BigRat third = rat(1, 3);
    BigRat p = third;
    for (int i = 0; i < 100; ++i)
        p = p * third;
    CHECK_FALSE(p.isFloat()); // 3^101: 161 bits
    // beyond: a 512-bit mantissa times a power of two
    BigRat big = floatLit("1e5000"), small = floatLit("1e-5000");
    CHECK(big.isFloat());
    CHECK(small.isFloat());
    CHECK(big.toBigFloat().mantissa().bitLen() <= 512);
    CHECK(small.toBigFloat().mantissa().bitLen() <= 512);
    // correctly rounded literals; a float's arithmetic rounds (Go: 1e5000 * 1e-5000 == 1)
    CHECK(compare(big * small, rat(1, 1)) == 0);
    CHECK((big * small).isFloat());
    CHECK(compare(big + rat(1, 1), big) == 0);
    CHECK(compare(e1000 + rat(1, 1), e1000) > 0);
    CHECK(Constant::makeFloat(floatLit("1e100000") / rat(7, 1)).toString() == "1.42857e+99999");
    CHECK(Constant::makeFloat(-floatLit("1e-100000")).toString() == "-1e-100000");
    // huge exponents stay cheap: 10^100000 is not computed exactly
    for (int i = 0; i < 50; ++i)
        CHECK(floatLit("1e99999").isFloat());
}

TEST_CASE("huge exponents, as go/constant and math/big read them")
{
    // Go's test/fixedbugs/issue11326b.go: n/d is exactly 10 up to big.Float's largest exponents
    const char* pairs[][2] = {{"1e646456992", "1e646456991"}, {"1e64645699", "1e64645698"},
        {"1e6464569", "1e6464568"}, {"1e646456", "1e646455"}};
    for (auto& [n, d] : pairs)
    {
        CAPTURE(n);
        BigRat q = floatLit(n) / floatLit(d);
        CHECK(q.isFloat());
        CHECK(q.toDouble() == 10.0);
        CHECK(q.toInt() == BigInt(10));
        CHECK(compare(floatLit(n), floatLit(d)) > 0);
    }
    CHECK(floatLit("1e646456992").toBigFloat().exponent() == 2147483644);
    CHECK(floatLit("1e-646456992").toBigFloat().exponent() == -2147483643);
    CHECK((floatLit("1e646456992") * floatLit("1e-646456992")).toDouble() == 1.0);
    CHECK(std::isinf(floatLit("1e646456992").toDouble()));
    CHECK(floatLit("1e-646456992").toDouble() == 0.0);
    CHECK(floatLit("0x1p2147483646").toBigFloat().exponent() == BigFloat::kMaxExp);
    CHECK(floatLit("0x1p-2147483649").toBigFloat().exponent() == BigFloat::kMinExp);
    // beyond them go/constant has an unknown value (gc: malformed constant)
    CHECK_FALSE(parseFloatLiteral("1e646456993"));
    CHECK_FALSE(parseFloatLiteral("6e5518446744"));
    CHECK_FALSE(parseFloatLiteral("1e+1000000000")); // 5^1000000000 overflows
    CHECK_FALSE(parseFloatLiteral("0x1p2147483647"));
    CHECK_FALSE(parseFloatLiteral("0x1p-2147483650"));
    CHECK_FALSE(parseFloatLiteral("1e9223372036854775807"));
    CHECK_FALSE(parseFloatLiteral("1e9223372036854775808")); // beyond int64
    CHECK_FALSE(parseFloatLiteral("1e-3000000000"));         // the binary exponent is checked first
    CHECK_FALSE(parseFloatLiteral("0e9223372036854775808"));
    // underflow is a zero, exact as go/constant's makeFloatFromLiteral parses "0"
    CHECK(floatLit("1e-1000000000").sign() == 0);
    CHECK_FALSE(floatLit("1e-1000000000").isFloat());
    CHECK(floatLit("0e9223372036854775807").sign() == 0);
    // an operation beyond them is infinite: go/constant's unknown, an error for the checker
    BigRat a = floatLit("1e+500000000");
    CHECK((a * a).isInf());
    CHECK(Constant::makeFloat(a * a).toString() == "unknown");
    CHECK((floatLit("1e-600000000") * floatLit("1e-600000000")).sign() == 0);
    // digits beyond the 512 bits still count in the one rounding of a literal
    CHECK(compare(floatLit("1" + std::string(200, '0') + "1e646456791"), floatLit("1e646456992")) == 0);
    CHECK(compare(floatLit("1" + std::string(140, '0') + "1e646456851"), floatLit("1e646456992")) > 0);
    // a literal's length is bounded (types2: "excessively long constant")
    CHECK(parseFloatLiteral(std::string(kMaxNumberLiteralLength - 1, '1') + "."));
    CHECK_FALSE(parseFloatLiteral(std::string(kMaxNumberLiteralLength, '1') + "."));
    CHECK_FALSE(parseIntLiteral(std::string(kMaxNumberLiteralLength + 1, '1')));
}

TEST_CASE("exact while within 2^+-4096, as go/constant's smallFloat")
{
    CHECK_FALSE(floatLit("1e1232").isFloat());
    CHECK(floatLit("1e1233").isFloat());
    CHECK_FALSE(floatLit("1e-1233").isFloat());
    CHECK_FALSE(floatLit("0x1p4094").isFloat());
    CHECK(floatLit("0x1p4095").isFloat());
    CHECK_FALSE(floatLit("0x1p-4096").isFloat());
    CHECK(floatLit("0x1p-4097").isFloat());
    // as go/constant, a literal's fraction is not rounded however long its components
    BigRat tiny = floatLit("1e-1233");
    CHECK(tiny.den().bitLen() == 4096);
    CHECK_FALSE((tiny * rat(10, 1)).isFloat()); // 10^1232 has 4093 bits
    CHECK((tiny * rat(1, 10)).isFloat());
    CHECK_FALSE(floatLit("1" + std::string(3000, '0') + "e-3000").isFloat());
    CHECK(compare(floatLit("1" + std::string(3000, '0') + "e-3000"), rat(1, 1)) == 0);
    // an operation's result is reduced before its size is judged: 6a/7 is exact again
    BigRat a = floatLit("747e-1228");
    BigRat sixSevenths = a - a / rat(7, 1);
    CHECK_FALSE(sixSevenths.isFloat());
    CHECK(compare(sixSevenths * rat(7, 6), a) == 0);
    CHECK(compare(floatLit("0." + std::string(3000, '0') + "5e3001"), rat(5, 1)) == 0);
}

TEST_CASE("go/constant's ToInt")
{
    CHECK(floatLit("1e100").toInt()->toString() == "1" + std::string(100, '0'));
    CHECK_FALSE(floatLit("1.5").toInt());
    CHECK(floatLit("1e1232").toInt().has_value());
    // floats: only below 2^4096, and up to a rounding error of their last 4 bits
    CHECK_FALSE(floatLit("1e1233").toInt());
    CHECK_FALSE(floatLit("1e646456992").toInt());
    CHECK(floatLit("0x1p4094").toInt() == BigInt(1).shl(4094));
    CHECK((floatLit("1e1300") / floatLit("1e1299")).toInt() == BigInt(10));
    BigRat third = BigRat(BigFloat::fromQuotient(BigInt(1), BigInt(3)));
    BigRat nearlyOne = third + third + third; // 1 - 2^-512 or so, not an integer
    CHECK(nearlyOne.isFloat());
    CHECK(nearlyOne.toInt() == BigInt(1));
    CHECK_FALSE(BigRat(BigFloat::fromQuotient(BigInt(1), BigInt(3))).toInt());
    CHECK_FALSE(BigRat(BigFloat::infinity(false)).toInt());
}

TEST_CASE("MaxFloat64 as Go's math package writes it")
{
    // 0x1p1023 * (1 + (1 - 0x1p-52))
    BigRat one = rat(1, 1);
    BigRat max = floatLit("0x1p1023") * (one + (one - floatLit("0x1p-52")));
    CHECK(max.toDouble() == DBL_MAX);
    CHECK(bitsOf(max.toDouble()) == 0x7FEFFFFFFFFFFFFFull);
    CHECK(std::isinf(max.toFloat()));
    // SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
    BigRat smallest = floatLit("0x1p-1022") * floatLit("0x1p-52");
    CHECK(bitsOf(smallest.toDouble()) == 1);
    // MaxFloat32 = 0x1p127 * (1 + (1 - 0x1p-23))
    BigRat max32 = floatLit("0x1p127") * (one + (one - floatLit("0x1p-23")));
    CHECK(bitsOf(max32.toFloat()) == 0x7F7FFFFFu);
}

TEST_CASE("rune literals")
{
    CHECK(parseRuneLiteral("'a'") == 'a');
    CHECK(parseRuneLiteral("'ä'") == 0xE4);
    CHECK(parseRuneLiteral("'本'") == 0x672C);
    CHECK(parseRuneLiteral("'\\n'") == '\n');
    CHECK(parseRuneLiteral("'\\a'") == 7);
    CHECK(parseRuneLiteral("'\\v'") == 11);
    CHECK(parseRuneLiteral("'\\\\'") == '\\');
    CHECK(parseRuneLiteral("'\\''") == '\'');
    CHECK(parseRuneLiteral("'\\x41'") == 'A');
    CHECK(parseRuneLiteral("'\\377'") == 255);
    CHECK(parseRuneLiteral("'\\000'") == 0);
    CHECK(parseRuneLiteral("'\\u00e9'") == 0xE9);
    CHECK(parseRuneLiteral("'\\U0010FFFF'") == 0x10FFFF);
    CHECK_FALSE(parseRuneLiteral("''"));
    CHECK_FALSE(parseRuneLiteral("'ab'"));
    CHECK_FALSE(parseRuneLiteral("'\\\"'"));
    CHECK_FALSE(parseRuneLiteral("'\\400'"));
    CHECK_FALSE(parseRuneLiteral("'\\uD800'"));
    CHECK_FALSE(parseRuneLiteral("'\\U00110000'"));
    CHECK_FALSE(parseRuneLiteral("'\\x4'"));
    CHECK_FALSE(parseRuneLiteral("'\\q'"));
    CHECK_FALSE(parseRuneLiteral("'a"));
    CHECK_FALSE(parseRuneLiteral("'\xff'"));
}

TEST_CASE("string literals")
{
    CHECK(parseStringLiteral("\"\"") == "");
    CHECK(parseStringLiteral("\"abc\"") == "abc");
    CHECK(parseStringLiteral("\"a\\tb\\n\"") == "a\tb\n");
    CHECK(parseStringLiteral("\"\\\"\\\\\"") == "\"\\");
    CHECK(parseStringLiteral("\"\\xff\\377\"") == "\xff\xff"); // bytes, not code points
    CHECK(parseStringLiteral("\"\\u00ff\"") == "\xc3\xbf");    // UTF-8 of U+00FF
    CHECK(parseStringLiteral("\"\\U0001F600\"") == "\xF0\x9F\x98\x80");
    CHECK(parseStringLiteral("\"日本\\u8a9e\"") == "日本語");
    CHECK(parseStringLiteral("`a\\n`") == "a\\n");
    CHECK(parseStringLiteral("`a\r\nb\r`") == "a\nb");
    CHECK(parseStringLiteral("`\"`") == "\"");
    CHECK_FALSE(parseStringLiteral("\"\\'\""));
    CHECK_FALSE(parseStringLiteral("\"\\q\""));
    CHECK_FALSE(parseStringLiteral("\"\\uD800\""));
    CHECK_FALSE(parseStringLiteral("\"\\400\""));
    CHECK_FALSE(parseStringLiteral("\"a\nb\""));
    CHECK_FALSE(parseStringLiteral("\"abc"));
    CHECK_FALSE(parseStringLiteral("\"a\"b\""));
    CHECK_FALSE(parseStringLiteral("\"\\\""));
    CHECK_FALSE(parseStringLiteral("`abc"));
    CHECK_FALSE(parseStringLiteral("'a'"));
}

TEST_CASE("constant formatting as go/constant")
{
    CHECK(Constant::makeBool(true).toString() == "true");
    CHECK(Constant::makeBool(false).toString() == "false");
    CHECK(Constant::makeInt(BigInt(300)).toString() == "300");
    CHECK(Constant::makeInt(BigInt(-1)).toString() == "-1");
    CHECK(Constant::makeInt(pow2(100)).toString() == "1267650600228229401496703205376");
    CHECK(Constant::makeString("abc").toString() == "\"abc\"");
    CHECK(Constant::makeString("a\"b\n\x01\xff").toString() == "\"a\\\"b\\n\\x01\\xff\"");
    CHECK(Constant::makeString("héllo").toString() == "\"héllo\"");
    std::string longString(100, 'x');
    CHECK(Constant::makeString(longString).toString() == "\"" + std::string(68, 'x') + "...");
    CHECK(Constant::makeString(std::string(70, 'x')).toString() == "\"" + std::string(70, 'x') + "\"");
    CHECK(Constant::makeString(std::string(71, 'x')).toString() == "\"" + std::string(68, 'x') + "...");

    CHECK(floatString("1e100") == "1e+100");
    CHECK(floatString("0.1") == "0.1");
    CHECK(floatString("1.5") == "1.5");
    CHECK(floatString("3.14159265358979") == "3.14159");
    CHECK(floatString("2.0") == "2");
    CHECK(floatString("0.0") == "0");
    CHECK(floatString("1e6") == "1e+06");
    CHECK(floatString("123456.7") == "123457");
    CHECK(floatString("0.0001") == "0.0001");
    CHECK(floatString("0.00001") == "1e-05");
    CHECK(floatString("1e400") == "1e+400");
    CHECK(floatString("1e-400") == "1e-400");
    CHECK(floatString("2.5e-1000") == "2.5e-1000");
    CHECK(Constant::makeFloat(-floatLit("1.25e1000")).toString() == "-1.25e+1000");
    CHECK(Constant::makeFloat(rat(1, 3)).toString() == "0.333333");
    // beyond float64: the binary exponent scaled, as go/constant does it (0.957498e-1233 too)
    CHECK(floatString("1e646456992") == "1e+646456992");
    CHECK(Constant::makeFloat(-floatLit("1e-646456992")).toString() == "-1e-646456992");
    CHECK(floatString("0x1p2147483646") == "4.40403e+646456992");
    CHECK(floatString("0x1p-2147483649") == "2.83831e-646456994");
    CHECK(floatString("0x1p-4096") == "0.957498e-1233");
    CHECK(floatString("0x1p4095") == "5.22194e+1232");
}

TEST_CASE("malformed input never crashes")
{
    const char* inputs[] = {"", "'", "\"", "`", "0x", "0b", "0o", "0_", "_", ".", "e", "p", "0xp", "0x.p", "1e+",
        "'\\", "'\\x", "'\\u12", "\"\\", "\"\\U0010", "\xff", "0x1p99999999999999999999", "1e-99999999999999999",
        "1e9999999999999999999", "0x1p-9223372036854775808", "0x.p1", "1e-", "0x1.p+"};
    for (const char* in : inputs)
    {
        CAPTURE(in);
        CHECK_NOTHROW((void)parseIntLiteral(in));
        CHECK_NOTHROW((void)parseFloatLiteral(in));
        CHECK_NOTHROW((void)parseRuneLiteral(in));
        CHECK_NOTHROW((void)parseStringLiteral(in));
    }
    CHECK_FALSE(parseFloatLiteral("0x1p99999999999999999999"));
    // Preconditions violated: defined results, no crash.
    BigInt q, r;
    BigInt::divMod(BigInt(5), BigInt(0), q, r);
    CHECK(q.isZero());
    CHECK(BigRat(BigInt(1), BigInt(0)).sign() == 0);
}
