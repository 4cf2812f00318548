#include "compiler/ImportPath.h"

#include "lexer/Utf8.h"

#include <cstdio>
#include <vector>

namespace weft {

namespace {

// unicode.IsGraphic && !unicode.IsSpace, for the characters an import path may hold; outside
// ASCII only the controls, the spaces and the invalid-encoding rune are told apart.
bool graphicNonSpace(char32_t r)
{
    if (r < 0x80)
        return r > 0x20 && r < 0x7f;
    if (r < 0xa0 || r == 0xa0 || r == 0xad || r == 0x1680 || (r >= 0x2000 && r <= 0x200f) ||
        (r >= 0x2028 && r <= 0x202f) || r == 0x205f || r == 0x3000 || r == 0xfeff || r == kRuneError)
        return false;
    return true;
}

// Go's %#U: U+0021 '!' (the character only when it is printable).
std::string goRuneU(char32_t r)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(r));
    std::string out = buf;
    if (r >= 0x20 && r != 0x7f && !(r >= 0x80 && r < 0xa0) && r != 0xad)
    {
        out += " '";
        appendRune(out, r);
        out += "'";
    }
    return out;
}

// Go's path.Clean.
std::string cleanPath(std::string_view p)
{
    bool rooted = !p.empty() && p[0] == '/';
    std::vector<std::string_view> parts;
    size_t i = 0;
    while (i <= p.size())
    {
        size_t j = p.find('/', i);
        if (j == std::string_view::npos)
            j = p.size();
        std::string_view seg = p.substr(i, j - i);
        if (seg == "..")
        {
            if (!parts.empty() && parts.back() != "..")
                parts.pop_back();
            else if (!rooted)
                parts.push_back(seg);
        }
        else if (!seg.empty() && seg != ".")
            parts.push_back(seg);
        i = j + 1;
    }
    std::string out = rooted ? "/" : "";
    for (size_t k = 0; k < parts.size(); ++k)
        out += (k ? "/" : "") + std::string(parts[k]);
    return out.empty() ? "." : out;
}

std::string quoted(std::string_view s)
{
    std::string out = "\"";
    for (char c : s)
    {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "\"";
}

} // namespace

std::optional<std::string> importPathError(std::string_view path)
{
    if (path.empty())
        return "invalid import path (empty string)";
    static constexpr std::string_view illegal = "!\"#$%&'()*,:;<=>?[\\]^{|}`";
    for (size_t i = 0; i < path.size();)
    {
        DecodedRune d = decodeRune(path.substr(i));
        if (d.width == 0)
            break;
        char32_t r = d.rune;
        if (!graphicNonSpace(r) || (r < 0x80 && illegal.find(static_cast<char>(r)) != std::string_view::npos))
            return "invalid import path (invalid character " + goRuneU(r) + ")";
        i += d.width;
    }
    std::string p(path);
    if (p[0] == '/')
        return "could not import " + p + " (import path cannot be absolute path)";
    if (std::string clean = cleanPath(p); clean != p)
        return "could not import " + p + " (non-canonical import path " + quoted(p) + " (should be " + quoted(clean) + "))";
    return std::nullopt;
}

} // namespace weft
