#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace weft {

constexpr char32_t kRuneError = 0xFFFD;
constexpr char32_t kMaxRune = 0x10FFFF;

struct DecodedRune
{
    char32_t rune = kRuneError;
    size_t width = 0; // bytes consumed: 0 only at the end of input
};

// As Go's utf8.DecodeRune: invalid or truncated encodings (overlong forms, surrogates, values
// past U+10FFFF) decode as {kRuneError, 1}.
DecodedRune decodeRune(std::string_view s);

// As Go's utf8.AppendRune: surrogates and values past U+10FFFF encode as U+FFFD.
void appendRune(std::string& out, char32_t rune);

} // namespace weft
