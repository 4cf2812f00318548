#pragma once
// The data of the RangeTable variables of weft's unicode package (unicode.Letter, unicode.Han,
// ...), exactly as Go 1.19 has them: generated into RangeTables.cpp by
// tools/gen_unicode_rangetables.go. Range16Data and Range32Data have the memory layout of Go's
// unicode.Range16 (6 bytes) and unicode.Range32 (12 bytes), so a table copies into Go slices
// as it is.
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace weft::unicode {

struct Range16Data
{
    uint16_t lo, hi, stride;
};
static_assert(sizeof(Range16Data) == 6);

struct Range32Data
{
    uint32_t lo, hi, stride;
};
static_assert(sizeof(Range32Data) == 12);

struct RangeTableData
{
    std::string_view name; // Go's variable owning the table: "L", "Lu", "Greek"
    const Range16Data* r16;
    std::size_t n16;
    const Range32Data* r32;
    std::size_t n32;
    std::size_t latinOffset;
};

// The table Go names `name`, or null.
const RangeTableData* findRangeTable(std::string_view name);

} // namespace weft::unicode
