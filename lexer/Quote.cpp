#include "lexer/Quote.h"

#include "lexer/UnicodeTables.h"
#include "lexer/Utf8.h"

namespace weft {
namespace {

constexpr char kLowerHex[] = "0123456789abcdef";

void appendHex(std::string& out, uint32_t value, int digits)
{
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out += kLowerHex[(value >> shift) & 0xF];
}

// strconv's appendEscapedRune (neither ASCII-only nor graphic-only).
void appendEscapedRune(std::string& out, char32_t r, char quote)
{
    if (r == static_cast<char32_t>(quote) || r == '\\')
    {
        out += '\\';
        out += static_cast<char>(r);
        return;
    }
    if (isUnicodePrint(r))
    {
        appendRune(out, r);
        return;
    }
    switch (r)
    {
    case '\a': out += "\\a"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\v': out += "\\v"; return;
    default: break;
    }
    if (r < ' ' || r == 0x7F)
    {
        out += "\\x";
        appendHex(out, r, 2);
        return;
    }
    if (r > kMaxRune || (r >= 0xD800 && r <= 0xDFFF))
        r = kRuneError;
    if (r < 0x10000)
    {
        out += "\\u";
        appendHex(out, r, 4);
    }
    else
    {
        out += "\\U";
        appendHex(out, r, 8);
    }
}

} // namespace

std::string quoteString(std::string_view bytes)
{
    std::string out = "\"";
    while (!bytes.empty())
    {
        DecodedRune d = decodeRune(bytes);
        if (d.rune == kRuneError && d.width == 1)
        {
            out += "\\x";
            appendHex(out, static_cast<unsigned char>(bytes[0]), 2);
        }
        else
            appendEscapedRune(out, d.rune, '"');
        bytes.remove_prefix(d.width);
    }
    out += '"';
    return out;
}

std::string quoteRune(uint32_t rune)
{
    char32_t r = rune;
    if (r > kMaxRune || (r >= 0xD800 && r <= 0xDFFF))
        r = kRuneError;
    std::string out = "'";
    appendEscapedRune(out, r, '\'');
    out += '\'';
    return out;
}

std::string formatCodePoint(uint32_t rune)
{
    static constexpr char kUpperHex[] = "0123456789ABCDEF";
    std::string digits;
    for (uint32_t v = rune; v != 0; v >>= 4)
        digits.insert(digits.begin(), kUpperHex[v & 0xF]);
    while (digits.size() < 4)
        digits.insert(digits.begin(), '0');
    std::string out = "U+" + digits;
    if (rune <= kMaxRune && isUnicodePrint(rune))
    {
        out += " '";
        appendRune(out, rune);
        out += '\'';
    }
    return out;
}

} // namespace weft
