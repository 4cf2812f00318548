// The RangeTable data of weft's unicode package (stdlib/unicode/RangeTables.cpp): the shape Go's
// unicode.Is relies on, and agreement, rune by rune, with the classification functions generated
// separately into UnicodeTables.cpp.
#include "stdlib/unicode/RangeTables.h"
#include "stdlib/unicode/UnicodeTables.h"

#include <doctest/doctest.h>

#include <string>

namespace {

namespace u = weft::unicode;

bool inTable(const u::RangeTableData& t, int32_t r)
{
    const auto c = uint32_t(r);
    for (size_t i = 0; i < t.n16; i++)
        if (c >= t.r16[i].lo && c <= t.r16[i].hi)
            return (c - t.r16[i].lo) % t.r16[i].stride == 0;
    for (size_t i = 0; i < t.n32; i++)
        if (c >= t.r32[i].lo && c <= t.r32[i].hi)
            return (c - t.r32[i].lo) % t.r32[i].stride == 0;
    return false;
}

const char* const kNames[] = {"L",     "Lu",    "Ll",       "Lt",     "M",      "N",        "Nd",
                              "P",     "S",     "Z",        "Zs",     "Cc",     "Han",      "Latin",
                              "Greek", "Cyrillic", "Arabic", "Hebrew", "Hiragana", "Katakana", "Hangul"};

} // namespace

TEST_CASE("unicode range tables: every table weft exports has Go's shape")
{
    for (const char* name : kNames)
    {
        CAPTURE(name);
        const u::RangeTableData* t = u::findRangeTable(name);
        REQUIRE(t != nullptr);
        CHECK(t->n16 + t->n32 > 0);
        uint32_t prev = 0;
        size_t latin = 0;
        for (size_t i = 0; i < t->n16; i++)
        {
            const auto& r = t->r16[i];
            CHECK(r.stride > 0);
            CHECK(r.lo <= r.hi);
            CHECK((i == 0 || r.lo > prev));
            prev = r.hi;
            if (r.hi <= u::MaxLatin1)
                latin++;
        }
        CHECK(latin == t->latinOffset);
        for (size_t i = 0; i < t->n32; i++)
        {
            const auto& r = t->r32[i];
            CHECK(r.stride > 0);
            CHECK(r.lo <= r.hi);
            CHECK(r.lo > 0xFFFF);
            CHECK(r.hi <= uint32_t(u::MaxRune));
            CHECK((i == 0 || r.lo > prev));
            prev = r.hi;
        }
    }
    CHECK(u::findRangeTable("Letter") == nullptr); // aliases live in Go (Letter = L)
    CHECK(u::findRangeTable("") == nullptr);
}

TEST_CASE("unicode range tables agree with the classification functions on every rune")
{
    struct Pair
    {
        const char* table;
        bool (*f)(int32_t);
    };
    const Pair pairs[] = {{"L", u::IsLetter}, {"Lu", u::IsUpper},  {"Ll", u::IsLower}, {"Lt", u::IsTitle},
                          {"M", u::IsMark},   {"N", u::IsNumber},  {"Nd", u::IsDigit}, {"P", u::IsPunct},
                          {"S", u::IsSymbol}, {"Cc", u::IsControl}};
    for (const Pair& p : pairs)
    {
        CAPTURE(p.table);
        const u::RangeTableData* t = u::findRangeTable(p.table);
        REQUIRE(t != nullptr);
        int differ = 0;
        for (int32_t r = -2; r <= u::MaxRune + 2; r++)
            if (inTable(*t, r) != p.f(r))
                differ++;
        CHECK(differ == 0);
    }
}
