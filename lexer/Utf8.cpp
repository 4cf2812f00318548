#include "lexer/Utf8.h"

namespace weft {

DecodedRune decodeRune(std::string_view s)
{
    if (s.empty())
        return {kRuneError, 0};
    auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
    unsigned char b0 = byte(0);
    if (b0 < 0x80)
        return {b0, 1};

    size_t width;
    char32_t rune;
    // The second byte's range excludes overlong forms, surrogates and values past U+10FFFF.
    unsigned char lo2 = 0x80, hi2 = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF)
    {
        width = 2;
        rune = b0 & 0x1F;
    }
    else if (b0 >= 0xE0 && b0 <= 0xEF)
    {
        width = 3;
        rune = b0 & 0x0F;
        if (b0 == 0xE0)
            lo2 = 0xA0;
        else if (b0 == 0xED)
            hi2 = 0x9F;
    }
    else if (b0 >= 0xF0 && b0 <= 0xF4)
    {
        width = 4;
        rune = b0 & 0x07;
        if (b0 == 0xF0)
            lo2 = 0x90;
        else if (b0 == 0xF4)
            hi2 = 0x8F;
    }
    else
        return {kRuneError, 1};

    if (s.size() < width)
        return {kRuneError, 1};
    for (size_t i = 1; i < width; ++i)
    {
        unsigned char b = byte(i);
        unsigned char lo = i == 1 ? lo2 : 0x80;
        unsigned char hi = i == 1 ? hi2 : 0xBF;
        if (b < lo || b > hi)
            return {kRuneError, 1};
        rune = (rune << 6) | (b & 0x3F);
    }
    return {rune, width};
}

void appendRune(std::string& out, char32_t rune)
{
    if ((rune >= 0xD800 && rune <= 0xDFFF) || rune > kMaxRune)
        rune = kRuneError;
    if (rune < 0x80)
        out += static_cast<char>(rune);
    else if (rune < 0x800)
    {
        out += static_cast<char>(0xC0 | (rune >> 6));
        out += static_cast<char>(0x80 | (rune & 0x3F));
    }
    else if (rune < 0x10000)
    {
        out += static_cast<char>(0xE0 | (rune >> 12));
        out += static_cast<char>(0x80 | ((rune >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (rune & 0x3F));
    }
    else
    {
        out += static_cast<char>(0xF0 | (rune >> 18));
        out += static_cast<char>(0x80 | ((rune >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((rune >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (rune & 0x3F));
    }
}

} // namespace weft
