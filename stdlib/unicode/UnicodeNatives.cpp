// unicode's natives: classification and case mapping over the generated tables
// (UnicodeTables.cpp), which answer exactly as Go's functions for every int32, and the data of
// the exported RangeTable variables (RangeTables.cpp).
#include "stdlib/StdlibNatives.h"
#include "stdlib/unicode/RangeTables.h"
#include "stdlib/unicode/UnicodeTables.h"
#include "vm/NativeContext.h"

#include <cstring>
#include <string_view>

namespace weft {

namespace {

// A rune argument is an int32 widened to 64 bits in its register.
int32_t rune(const Slot& s) { return int32_t(s.i); }

template <bool (*F)(int32_t)>
void predicate(NativeContext&, Slot* a, Slot* r)
{
    r[0].i = F(rune(a[0])) ? 1 : 0;
}

template <int32_t (*F)(int32_t)>
void mapping(NativeContext&, Slot* a, Slot* r)
{
    r[0].i = F(rune(a[0]));
}

void to(NativeContext&, Slot* a, Slot* r) { r[0].i = unicode::To(a[0].i, rune(a[1])); }

const unicode::RangeTableData* tableNamed(const Slot* a)
{
    std::string_view name(reinterpret_cast<const char*>(a[0].cp), size_t(a[1].i));
    return unicode::findRangeTable(name);
}

// rangeTableSize(name string) (n16, n32, latinOffset int)
void rangeTableSize(NativeContext& ctx, Slot* a, Slot* r)
{
    const unicode::RangeTableData* t = tableNamed(a);
    if (!t)
    {
        ctx.fatal("unicode: no range table " + std::string(reinterpret_cast<const char*>(a[0].cp), size_t(a[1].i)));
        return;
    }
    r[0].i = int64_t(t->n16);
    r[1].i = int64_t(t->n32);
    r[2].i = int64_t(t->latinOffset);
}

// rangeTableFill(name string, r16 []Range16, r32 []Range32): copies the ranges into slices of
// the lengths rangeTableSize gave, in Go's memory layout (Range16: 3 × uint16, 6 bytes;
// Range32: 3 × uint32, 12 bytes).
void rangeTableFill(NativeContext&, Slot* a, Slot* r)
{
    (void)r;
    const unicode::RangeTableData* t = tableNamed(a);
    if (!t || size_t(a[3].i) != t->n16 || size_t(a[6].i) != t->n32)
        return;
    if (t->n16)
        std::memcpy(a[2].p, t->r16, t->n16 * 6);
    if (t->n32)
        std::memcpy(a[5].p, t->r32, t->n32 * 12);
}

} // namespace

void registerUnicodeNatives(NativeRegistry& registry)
{
    registry.add("unicode.IsControl", &predicate<unicode::IsControl>);
    registry.add("unicode.IsDigit", &predicate<unicode::IsDigit>);
    registry.add("unicode.IsGraphic", &predicate<unicode::IsGraphic>);
    registry.add("unicode.IsLetter", &predicate<unicode::IsLetter>);
    registry.add("unicode.IsLower", &predicate<unicode::IsLower>);
    registry.add("unicode.IsMark", &predicate<unicode::IsMark>);
    registry.add("unicode.IsNumber", &predicate<unicode::IsNumber>);
    registry.add("unicode.IsPrint", &predicate<unicode::IsPrint>);
    registry.add("unicode.IsPunct", &predicate<unicode::IsPunct>);
    registry.add("unicode.IsSpace", &predicate<unicode::IsSpace>);
    registry.add("unicode.IsSymbol", &predicate<unicode::IsSymbol>);
    registry.add("unicode.IsTitle", &predicate<unicode::IsTitle>);
    registry.add("unicode.IsUpper", &predicate<unicode::IsUpper>);
    registry.add("unicode.SimpleFold", &mapping<unicode::SimpleFold>);
    registry.add("unicode.ToLower", &mapping<unicode::ToLower>);
    registry.add("unicode.ToTitle", &mapping<unicode::ToTitle>);
    registry.add("unicode.ToUpper", &mapping<unicode::ToUpper>);
    registry.add("unicode.To", &to);
    registry.add("unicode.rangeTableSize", &rangeTableSize);
    registry.add("unicode.rangeTableFill", &rangeTableFill);
}

} // namespace weft
