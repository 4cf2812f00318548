#pragma once
// Internal to fmt's scanner: the strconv functions scan.go calls (ParseInt, ParseUint,
// ParseFloat, Atoi, Unquote, Go 1.19), with their results and error texts. weft's strconv is Go
// code the interpreter runs; fmt does not import it (every program that prints would then
// compile it), so the scanner has its own.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace weft::fmt::detail {

// A strconv.NumError (func, num, reason), or strconv.ErrSyntax alone when func is empty.
struct ConvError
{
    std::string func; // "ParseInt"
    std::string num;  // the input
    std::string_view reason; // "invalid syntax", "value out of range"
    // Error(): "strconv.ParseInt: parsing "x": invalid syntax", or "invalid syntax".
    std::string text() const;
};

template <typename T>
struct Conv
{
    T value{};
    std::optional<ConvError> err;
};

// base 0 (prefixes and underscores) or 2..36; 64 bits.
Conv<int64_t> parseInt(std::string_view s, int base);
Conv<uint64_t> parseUint(std::string_view s, int base);
// bitSize 32 rounds to float32 (the result is that float32 widened).
Conv<double> parseFloat(std::string_view s, int bitSize);
Conv<int64_t> atoi(std::string_view s);
// A double-quoted Go string literal.
Conv<std::string> unquote(std::string_view s);

} // namespace weft::fmt::detail
