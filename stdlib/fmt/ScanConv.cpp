// strconv's parsers as scan.go uses them (atoi.go, atof.go's readFloat and special, quote.go's
// Unquote and UnquoteChar, Go 1.19). Floats are validated with Go's grammar, then converted by
// the C library (correctly rounded, to float32 directly for bitSize 32).
#include "stdlib/fmt/ScanConv.h"

#include "lexer/Utf8.h"
#include "stdlib/fmt/Format.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace weft::fmt::detail {

namespace {

constexpr std::string_view kSyntax = "invalid syntax";
constexpr std::string_view kRange = "value out of range";

char lower(char c) { return static_cast<char>(c | ('x' - 'X')); }

ConvError numError(std::string_view func, std::string_view num, std::string_view reason)
{
    return ConvError{std::string(func), std::string(num), reason};
}

// underscoreOK reports whether the underscores in s are allowed: only between digits or
// between a base prefix and a digit.
bool underscoreOK(std::string_view s)
{
    // saw tracks the last character (class) we saw: ^ for beginning of number, 0 for a digit or
    // base prefix, _ for an underscore, ! for none of the above.
    char saw = '^';
    size_t i = 0;
    if (!s.empty() && (s[0] == '-' || s[0] == '+'))
        s.remove_prefix(1);
    bool hex = false;
    if (s.size() >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x'))
    {
        i = 2;
        saw = '0'; // base prefix counts as a digit for "underscore as digit separator"
        hex = lower(s[1]) == 'x';
    }
    for (; i < s.size(); i++)
    {
        if (('0' <= s[i] && s[i] <= '9') || (hex && 'a' <= lower(s[i]) && lower(s[i]) <= 'f'))
        {
            saw = '0';
            continue;
        }
        if (s[i] == '_')
        {
            if (saw != '0')
                return false;
            saw = '_';
            continue;
        }
        if (saw == '_')
            return false;
        saw = '!';
    }
    return saw != '_';
}

Conv<uint64_t> parseUintAs(std::string_view s, int base, std::string_view func)
{
    Conv<uint64_t> r;
    if (s.empty())
    {
        r.err = numError(func, s, kSyntax);
        return r;
    }
    const bool base0 = base == 0;
    const std::string_view s0 = s;
    if (base == 0)
    {
        base = 10;
        if (s[0] == '0')
        {
            if (s.size() >= 3 && lower(s[1]) == 'b')
                base = 2, s.remove_prefix(2);
            else if (s.size() >= 3 && lower(s[1]) == 'o')
                base = 8, s.remove_prefix(2);
            else if (s.size() >= 3 && lower(s[1]) == 'x')
                base = 16, s.remove_prefix(2);
            else
                base = 8, s.remove_prefix(1);
        }
    }
    const uint64_t maxVal = std::numeric_limits<uint64_t>::max();
    const uint64_t cutoff = maxVal / uint64_t(base) + 1;
    bool underscores = false;
    uint64_t n = 0;
    for (char c : s)
    {
        int d;
        if (c == '_' && base0)
        {
            underscores = true;
            continue;
        }
        if ('0' <= c && c <= '9')
            d = c - '0';
        else if ('a' <= lower(c) && lower(c) <= 'z')
            d = lower(c) - 'a' + 10;
        else
        {
            r.err = numError(func, s0, kSyntax);
            return r;
        }
        if (d >= base)
        {
            r.err = numError(func, s0, kSyntax);
            return r;
        }
        if (n >= cutoff)
        {
            r.value = maxVal;
            r.err = numError(func, s0, kRange);
            return r;
        }
        n *= uint64_t(base);
        uint64_t n1 = n + uint64_t(d);
        if (n1 < n)
        {
            r.value = maxVal;
            r.err = numError(func, s0, kRange);
            return r;
        }
        n = n1;
    }
    if (underscores && !underscoreOK(s0))
    {
        r.err = numError(func, s0, kSyntax);
        return r;
    }
    r.value = n;
    return r;
}

Conv<int64_t> parseIntAs(std::string_view s, int base, std::string_view func)
{
    Conv<int64_t> r;
    if (s.empty())
    {
        r.err = numError(func, s, kSyntax);
        return r;
    }
    const std::string_view s0 = s;
    bool neg = false;
    if (s[0] == '+')
        s.remove_prefix(1);
    else if (s[0] == '-')
        neg = true, s.remove_prefix(1);
    Conv<uint64_t> u = parseUintAs(s, base, func);
    if (u.err && u.err->reason != kRange)
    {
        u.err->num = std::string(s0);
        r.err = u.err;
        return r;
    }
    const uint64_t cutoff = uint64_t(1) << 63;
    if (!neg && u.value >= cutoff)
    {
        r.value = int64_t(cutoff - 1);
        r.err = numError(func, s0, kRange);
        return r;
    }
    if (neg && u.value > cutoff)
    {
        r.value = std::numeric_limits<int64_t>::min();
        r.err = numError(func, s0, kRange);
        return r;
    }
    r.value = neg ? int64_t(0 - u.value) : int64_t(u.value);
    return r;
}

size_t commonPrefixLenIgnoreCase(std::string_view s, std::string_view prefix)
{
    size_t n = std::min(s.size(), prefix.size());
    for (size_t i = 0; i < n; i++)
        if (lower(s[i]) != prefix[i])
            return i;
    return n;
}

// atof.go's special: infinity and NaN; the length consumed, 0 if none.
size_t special(std::string_view s, double& f)
{
    if (s.empty())
        return 0;
    double sign = 1;
    size_t nsign = 0;
    switch (s[0])
    {
    case '+':
    case '-':
        sign = s[0] == '-' ? -1 : 1;
        nsign = 1;
        s.remove_prefix(1);
        [[fallthrough]];
    case 'i':
    case 'I':
    {
        size_t n = commonPrefixLenIgnoreCase(s, "infinity");
        if (3 < n && n < 8)
            n = 3;
        if (n == 3 || n == 8)
        {
            f = sign * std::numeric_limits<double>::infinity();
            return nsign + n;
        }
        return 0;
    }
    case 'n':
    case 'N':
        if (commonPrefixLenIgnoreCase(s, "nan") == 3)
        {
            f = std::numeric_limits<double>::quiet_NaN();
            return 3;
        }
        return 0;
    default: return 0;
    }
}

// readFloat's grammar: the length of the longest prefix of s that is a float literal (0 if
// none) and whether it used underscores.
size_t readFloat(std::string_view s, bool& underscores)
{
    size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
        i++;
    bool hex = false;
    char expChar = 'e';
    if (i + 2 < s.size() && s[i] == '0' && lower(s[i + 1]) == 'x')
    {
        hex = true;
        expChar = 'p';
        i += 2;
    }
    underscores = false;
    bool sawdot = false, sawdigits = false;
    for (; i < s.size(); i++)
    {
        char c = s[i];
        if (c == '_')
        {
            underscores = true;
            continue;
        }
        if (c == '.')
        {
            if (sawdot)
                break;
            sawdot = true;
            continue;
        }
        if (('0' <= c && c <= '9') || (hex && 'a' <= lower(c) && lower(c) <= 'f'))
        {
            sawdigits = true;
            continue;
        }
        break;
    }
    if (!sawdigits)
        return 0;
    if (i < s.size() && lower(s[i]) == expChar)
    {
        i++;
        if (i >= s.size())
            return 0;
        if (s[i] == '+' || s[i] == '-')
            i++;
        if (i >= s.size() || s[i] < '0' || s[i] > '9')
            return 0;
        for (; i < s.size() && (('0' <= s[i] && s[i] <= '9') || s[i] == '_'); i++)
            underscores = underscores || s[i] == '_';
    }
    else if (hex)
        return 0; // a hexadecimal mantissa requires a 'p' exponent
    if (underscores && !underscoreOK(s.substr(0, i)))
        return 0;
    return i;
}

int unhex(char c)
{
    if ('0' <= c && c <= '9')
        return c - '0';
    if ('a' <= lower(c) && lower(c) <= 'f')
        return lower(c) - 'a' + 10;
    return -1;
}

} // namespace

std::string ConvError::text() const
{
    if (func.empty())
        return std::string(reason);
    std::string s = "strconv." + func + ": parsing ";
    appendQuote(s, num, false);
    s += ": ";
    s += reason;
    return s;
}

Conv<int64_t> parseInt(std::string_view s, int base) { return parseIntAs(s, base, "ParseInt"); }

Conv<uint64_t> parseUint(std::string_view s, int base) { return parseUintAs(s, base, "ParseUint"); }

Conv<int64_t> atoi(std::string_view s) { return parseIntAs(s, 10, "Atoi"); }

Conv<double> parseFloat(std::string_view s, int bitSize)
{
    Conv<double> r;
    if (size_t n = special(s, r.value); n > 0)
    {
        if (n != s.size())
        {
            r.value = 0;
            r.err = numError("ParseFloat", s, kSyntax);
        }
        return r;
    }
    bool underscores = false;
    size_t n = readFloat(s, underscores);
    if (n == 0 || n != s.size())
    {
        r.err = numError("ParseFloat", s, kSyntax);
        return r;
    }
    std::string clean;
    clean.reserve(s.size());
    for (char c : s)
        if (c != '_')
            clean += c;
    errno = 0;
    char* end = nullptr;
    r.value = bitSize == 32 ? double(std::strtof(clean.c_str(), &end)) : std::strtod(clean.c_str(), &end);
    // ERANGE also reports underflow, which Go rounds to zero or a denormal without an error.
    if (errno == ERANGE && std::isinf(r.value))
        r.err = numError("ParseFloat", s, kRange);
    return r;
}

Conv<std::string> unquote(std::string_view in)
{
    Conv<std::string> r;
    auto syntax = [&] {
        r.value.clear();
        r.err = ConvError{{}, {}, kSyntax};
        return r;
    };
    if (in.size() < 2 || in[0] != '"')
        return syntax();
    const char quote = '"';
    std::string_view s = in.substr(1);
    while (!s.empty() && s[0] != quote)
    {
        // UnquoteChar, rejecting any unescaped newline.
        unsigned char c = static_cast<unsigned char>(s[0]);
        if (c == '\n')
            return syntax();
        if (c >= 0x80)
        {
            DecodedRune d = decodeRune(s);
            appendRune(r.value, static_cast<int32_t>(d.rune));
            s.remove_prefix(d.width);
            continue;
        }
        if (c != '\\')
        {
            r.value += char(c);
            s.remove_prefix(1);
            continue;
        }
        if (s.size() <= 1)
            return syntax();
        char e = s[1];
        s.remove_prefix(2);
        switch (e)
        {
        case 'a': r.value += '\a'; break;
        case 'b': r.value += '\b'; break;
        case 'f': r.value += '\f'; break;
        case 'n': r.value += '\n'; break;
        case 'r': r.value += '\r'; break;
        case 't': r.value += '\t'; break;
        case 'v': r.value += '\v'; break;
        case '\\': r.value += '\\'; break;
        case '"': r.value += '"'; break;
        case 'x':
        case 'u':
        case 'U':
        {
            size_t n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            if (s.size() < n)
                return syntax();
            uint32_t v = 0;
            for (size_t j = 0; j < n; j++)
            {
                int x = unhex(s[j]);
                if (x < 0)
                    return syntax();
                v = v << 4 | uint32_t(x);
            }
            s.remove_prefix(n);
            if (e == 'x')
                r.value += char(v); // a single byte, possibly not UTF-8
            else if (v > 0x10FFFF || (v >= 0xD800 && v < 0xE000))
                return syntax();
            else
                appendRune(r.value, int32_t(v));
            break;
        }
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7':
        {
            uint32_t v = uint32_t(e - '0');
            if (s.size() < 2)
                return syntax();
            for (size_t j = 0; j < 2; j++)
            {
                int x = s[j] - '0';
                if (x < 0 || x > 7)
                    return syntax();
                v = v << 3 | uint32_t(x);
            }
            s.remove_prefix(2);
            if (v > 255)
                return syntax();
            r.value += char(v);
            break;
        }
        default: return syntax();
        }
    }
    // The string ends with its terminating quote, and nothing follows.
    if (s.size() != 1)
        return syntax();
    return r;
}

} // namespace weft::fmt::detail
