#pragma once

#include <cstdint>

// The native core of weft's unicode package: Go 1.19's classification and case mapping
// (Unicode 13.0.0), with Go's own tables and algorithms. Generated into UnicodeTables.cpp by
//
//	go run tools/gen_unicode_tables.go > stdlib/unicode/UnicodeTables.cpp
//
// Every function takes any int32_t as a rune, including negative values and values above
// MaxRune, and answers exactly as Go's function of the same name does (for example
// IsLetter(-1) is false, ToUpper(-1) is -1, SimpleFold(0x110000) is 0x110000).
namespace weft::unicode {

constexpr int32_t MaxRune = 0x10FFFF;         // Maximum valid Unicode code point.
constexpr int32_t ReplacementChar = 0xFFFD;   // Represents invalid code points.
constexpr int32_t MaxASCII = 0x7F;            // Maximum ASCII value.
constexpr int32_t MaxLatin1 = 0xFF;           // Maximum Latin-1 value.

// Cases for To (Go's unicode.UpperCase, LowerCase, TitleCase, MaxCase).
constexpr int64_t UpperCase = 0;
constexpr int64_t LowerCase = 1;
constexpr int64_t TitleCase = 2;
constexpr int64_t MaxCase = 3;

bool IsControl(int32_t r); // Cc (all in Latin-1)
bool IsDigit(int32_t r);   // Nd
bool IsGraphic(int32_t r); // L, M, N, P, S, Zs
bool IsLetter(int32_t r);  // L
bool IsLower(int32_t r);   // Ll
bool IsMark(int32_t r);    // M
bool IsNumber(int32_t r);  // N
bool IsPrint(int32_t r);   // L, M, N, P, S and U+0020 (no other space)
bool IsPunct(int32_t r);   // P
bool IsSpace(int32_t r);   // '\t' '\n' '\v' '\f' '\r' ' ' U+0085 U+00A0 in Latin-1, else White_Space
bool IsSymbol(int32_t r);  // S
bool IsTitle(int32_t r);   // Lt
bool IsUpper(int32_t r);   // Lu

// Go's unicode.To(_case, r): maps r to UpperCase, LowerCase or TitleCase by CaseRanges; any
// other case (Go's int) gives ReplacementChar.
int32_t To(int64_t which, int32_t r);
int32_t ToUpper(int32_t r);
int32_t ToLower(int32_t r);
int32_t ToTitle(int32_t r);

// The smallest rune > r that is equivalent to r under Unicode simple case folding, or, if none,
// the smallest rune >= 0 (the orbit wraps around). Runes outside 0..MaxRune map to themselves.
int32_t SimpleFold(int32_t r);

} // namespace weft::unicode
