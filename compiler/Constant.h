#pragma once
#include "compiler/BigInt.h"
#include "compiler/BigRat.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace weft {

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

// types2 refuses longer number literals ("excessively long constant"): their digits would go
// beyond any constant's precision, and converting them costs time quadratic in their length.
constexpr size_t kMaxNumberLiteralLength = 10000;

std::optional<BigInt> parseIntLiteral(std::string_view text);   // 0x1F, 0o17, 017, 0b1, 1_000
// Decimal and hexadecimal float literals (1.5e3, .5, 0x1p-2), as go/constant reads them: exact
// while of moderate size, else a 512-bit float. nullopt also for what go/constant cannot
// represent (an unknown value), as a binary exponent beyond int32 (1e646456993).
std::optional<BigRat> parseFloatLiteral(std::string_view text);
// A rune literal as written ('a', '\n', '\x41', '\u00e9', '\377'): its code point.
std::optional<int32_t> parseRuneLiteral(std::string_view text);
// An interpreted ("...") or raw (`...`) string literal as written: its bytes (raw strings drop \r).
std::optional<std::string> parseStringLiteral(std::string_view text);

} // namespace weft
