// Go's format.go (Go 1.19): the fmt type, which formats basic items with width, precision and
// flags. Ported line by line; comments are Go's where they explain a rule.
#include "stdlib/fmt/Format.h"

#include "lexer/Utf8.h"

#include <algorithm>
#include <span>
#include <vector>

namespace weft::fmt::detail {

namespace {
constexpr uint64_t kMaxRune = 0x10FFFF;
constexpr int32_t kRuneError = 0xFFFD;
} // namespace

// writePadding generates n bytes of padding.
void Fmt::writePadding(int n)
{
    if (n <= 0)
        return;
    buf_.append(static_cast<size_t>(n), flags.zero ? '0' : ' ');
}

// pad appends s to the buffer, padded on left (!minus) or right (minus).
void Fmt::pad(std::string_view s)
{
    if (!flags.widPresent || wid == 0)
    {
        buf_ += s;
        return;
    }
    int width = wid - static_cast<int>(runeCount(s));
    if (!flags.minus)
    {
        writePadding(width);
        buf_ += s;
    }
    else
    {
        buf_ += s;
        writePadding(width);
    }
}

void Fmt::fmtBoolean(bool v) { pad(v ? "true" : "false"); }

// fmtUnicode formats a uint64 as "U+0078" or with sharp set as "U+0078 'x'".
void Fmt::fmtUnicode(uint64_t u)
{
    int precision = 4;
    if (flags.precPresent && prec > 4)
        precision = prec;
    std::string digits;
    // Format the code point as a hexadecimal number, right to left.
    uint64_t v = u;
    while (v >= 16)
    {
        digits += kUpperDigits[v & 0xF];
        --precision;
        v >>= 4;
    }
    digits += kUpperDigits[v];
    --precision;
    // Add zeros in front of the number until requested precision is reached.
    for (; precision > 0; --precision)
        digits += '0';
    std::reverse(digits.begin(), digits.end());
    std::string out = "U+" + digits;
    if (flags.sharp && u <= kMaxRune && isPrint(static_cast<int32_t>(u)))
    {
        out += " '";
        appendRune(out, static_cast<int32_t>(u));
        out += '\'';
    }
    bool oldZero = flags.zero;
    flags.zero = false;
    pad(out);
    flags.zero = oldZero;
}

// fmtInteger formats signed and unsigned integers.
void Fmt::fmtInteger(uint64_t u, int base, bool isSigned, char32_t verb, const char* digits)
{
    bool negative = isSigned && static_cast<int64_t>(u) < 0;
    if (negative)
        u = -u;

    // A 68-byte buffer is large enough for integer formatting when no precision or width is set
    // (%b of an int64 with a sign).
    char small[68];
    std::vector<char> large;
    std::span<char> buf(small);
    if (flags.widPresent || flags.precPresent)
    {
        // Account 3 extra bytes for possible addition of a sign and "0x".
        size_t width = 3 + static_cast<size_t>(wid) + static_cast<size_t>(prec);
        if (width > buf.size())
        {
            // We're going to need a bigger boat.
            large.resize(width);
            buf = large;
        }
    }

    // Two ways to ask for extra leading zero digits: %.3d or %03d.
    // If both are specified the zero flag is ignored and padding with spaces is used instead.
    int precision = 0;
    if (flags.precPresent)
    {
        precision = prec;
        // Precision of 0 and value of 0 means "print nothing" but padding.
        if (precision == 0 && u == 0)
        {
            bool oldZero = flags.zero;
            flags.zero = false;
            writePadding(wid);
            flags.zero = oldZero;
            return;
        }
    }
    else if (flags.zero && flags.widPresent)
    {
        precision = wid;
        if (negative || flags.plus || flags.space)
            --precision; // leave room for sign
    }

    // Because printing is easier right-to-left: format u into buf, ending at buf[i].
    size_t i = buf.size();
    switch (base)
    {
    case 10:
        while (u >= 10)
        {
            uint64_t next = u / 10;
            buf[--i] = static_cast<char>('0' + u - next * 10);
            u = next;
        }
        break;
    case 16:
        while (u >= 16)
        {
            buf[--i] = digits[u & 0xF];
            u >>= 4;
        }
        break;
    case 8:
        while (u >= 8)
        {
            buf[--i] = static_cast<char>('0' + (u & 7));
            u >>= 3;
        }
        break;
    case 2:
        while (u >= 2)
        {
            buf[--i] = static_cast<char>('0' + (u & 1));
            u >>= 1;
        }
        break;
    default: break;
    }
    buf[--i] = digits[u];
    while (i > 0 && precision > static_cast<int>(buf.size() - i))
        buf[--i] = '0';

    // Various prefixes: 0x, -, etc.
    if (flags.sharp)
    {
        switch (base)
        {
        case 2:
            buf[--i] = 'b';
            buf[--i] = '0';
            break;
        case 8:
            if (buf[i] != '0')
                buf[--i] = '0';
            break;
        case 16:
            buf[--i] = digits[16];
            buf[--i] = '0';
            break;
        default: break;
        }
    }
    if (verb == 'O')
    {
        buf[--i] = 'o';
        buf[--i] = '0';
    }

    if (negative)
        buf[--i] = '-';
    else if (flags.plus)
        buf[--i] = '+';
    else if (flags.space)
        buf[--i] = ' ';

    // Left padding with zeros has already been handled like precision earlier
    // or the zero flag is ignored due to an explicitly set precision.
    bool oldZero = flags.zero;
    flags.zero = false;
    pad(std::string_view(buf.data() + i, buf.size() - i));
    flags.zero = oldZero;
}

// truncateString truncates the string s to the specified precision, if present.
std::string_view Fmt::truncateString(std::string_view s) const
{
    if (flags.precPresent)
    {
        int n = prec;
        size_t i = 0;
        while (i < s.size())
        {
            if (--n < 0)
                return s.substr(0, i);
            i += decodeRune(s.substr(i)).width;
        }
    }
    return s;
}

void Fmt::fmtS(std::string_view s) { pad(truncateString(s)); }

// fmtSbx formats a string or byte slice as a hexadecimal encoding of its bytes.
void Fmt::fmtSbx(std::string_view s, const char* digits)
{
    int length = static_cast<int>(s.size());
    // Set length to not process more bytes than the precision demands.
    if (flags.precPresent && prec < length)
        length = prec;
    // Compute width of the encoding taking into account the sharp and space flag.
    int width = 2 * length;
    if (width > 0)
    {
        if (flags.space)
        {
            // Each element encoded by two hexadecimals will get a leading 0x or 0X.
            if (flags.sharp)
                width *= 2;
            // Elements will be separated by a space.
            width += length - 1;
        }
        else if (flags.sharp)
        {
            // Only a leading 0x or 0X will be added for the whole string.
            width += 2;
        }
    }
    else
    {
        // The byte slice or string that should be encoded is empty.
        if (flags.widPresent)
            writePadding(wid);
        return;
    }
    // Handle padding to the left.
    if (flags.widPresent && wid > width && !flags.minus)
        writePadding(wid - width);
    if (flags.sharp)
    {
        buf_ += '0';
        buf_ += digits[16];
    }
    for (int i = 0; i < length; ++i)
    {
        if (flags.space && i > 0)
        {
            buf_ += ' ';
            if (flags.sharp)
            {
                buf_ += '0';
                buf_ += digits[16];
            }
        }
        auto c = static_cast<unsigned char>(s[static_cast<size_t>(i)]);
        buf_ += digits[c >> 4];
        buf_ += digits[c & 0xF];
    }
    // Handle padding to the right.
    if (flags.widPresent && wid > width && flags.minus)
        writePadding(wid - width);
}

// fmtQ formats a string as a double-quoted, escaped Go string constant.
// If sharp is set a raw (backquoted) string may be returned instead
// if the string does not contain any control characters other than tab.
void Fmt::fmtQ(std::string_view s)
{
    s = truncateString(s);
    if (flags.sharp && canBackquote(s))
    {
        std::string q = "`";
        q += s;
        q += '`';
        pad(q);
        return;
    }
    std::string q;
    appendQuote(q, s, flags.plus);
    pad(q);
}

// fmtC formats an integer as a Unicode character.
// If the character is not valid Unicode, it will print '\ufffd'.
void Fmt::fmtC(uint64_t c)
{
    int32_t r = static_cast<int32_t>(c);
    if (c > kMaxRune)
        r = kRuneError;
    std::string s;
    appendRune(s, r);
    pad(s);
}

// fmtQc formats an integer as a single-quoted, escaped Go character constant.
void Fmt::fmtQc(uint64_t c)
{
    int32_t r = static_cast<int32_t>(c);
    if (c > kMaxRune)
        r = kRuneError;
    std::string s;
    appendQuoteRune(s, r, flags.plus);
    pad(s);
}

// fmtFloat formats a float64. It assumes that verb is a valid format specifier
// for strconv.AppendFloat and therefore fits into a byte.
void Fmt::fmtFloat(double v, int size, char32_t verb, int precision)
{
    // Explicit precision in format specifier overrules default precision.
    if (flags.precPresent)
        precision = prec;
    // Format number, reserving space for leading + sign if needed.
    std::string num = "+";
    appendFloat(num, v, static_cast<char>(verb), precision, size);
    if (num[1] == '-' || num[1] == '+')
        num.erase(0, 1);
    else
        num[0] = '+';
    // space means to add a leading space instead of a "+" sign unless plus is set.
    if (flags.space && num[0] == '+' && !flags.plus)
        num[0] = ' ';
    // Special handling for infinities and NaN,
    // which don't look like a number so shouldn't be padded with zeros.
    if (num[1] == 'I' || num[1] == 'N')
    {
        bool oldZero = flags.zero;
        flags.zero = false;
        // Remove sign before NaN if not asked for.
        if (num[1] == 'N' && !flags.space && !flags.plus)
            num.erase(0, 1);
        pad(num);
        flags.zero = oldZero;
        return;
    }
    // The sharp flag forces printing a decimal point for non-binary formats
    // and retains trailing zeros, which we may need to restore.
    if (flags.sharp && verb != 'b')
    {
        int digits = 0;
        switch (verb)
        {
        case 'v':
        case 'g':
        case 'G':
        case 'x':
            digits = precision;
            // If no precision is set explicitly use a precision of 6.
            if (digits == -1)
                digits = 6;
            break;
        default: break;
        }

        std::string tail;
        bool hasDecimalPoint = false;
        bool sawNonzeroDigit = false;
        // Starting from i = 1 to skip sign at num[0].
        for (size_t i = 1; i < num.size(); ++i)
        {
            char ch = num[i];
            bool digit = false;
            switch (ch)
            {
            case '.': hasDecimalPoint = true; break;
            case 'p':
            case 'P':
                tail += num.substr(i);
                num.resize(i);
                break;
            case 'e':
            case 'E':
                if (verb != 'x' && verb != 'X')
                {
                    tail += num.substr(i);
                    num.resize(i);
                    break;
                }
                digit = true;
                break;
            default: digit = true; break;
            }
            if (digit)
            {
                if (ch != '0')
                    sawNonzeroDigit = true;
                // Count significant digits after the first non-zero digit.
                if (sawNonzeroDigit)
                    --digits;
            }
        }
        if (!hasDecimalPoint)
        {
            // Leading digit 0 should contribute once to digits.
            if (num.size() == 2 && num[1] == '0')
                --digits;
            num += '.';
        }
        while (digits > 0)
        {
            num += '0';
            --digits;
        }
        num += tail;
    }
    // We want a sign if asked for and if the sign is not positive.
    if (flags.plus || num[0] != '+')
    {
        // If we're zero padding to the left we want the sign before the leading zeros.
        // Achieve this by writing the sign out and then padding the unsigned number.
        if (flags.zero && flags.widPresent && wid > static_cast<int>(num.size()))
        {
            buf_ += num[0];
            writePadding(wid - static_cast<int>(num.size()));
            buf_.append(num, 1);
            return;
        }
        pad(num);
        return;
    }
    // No sign to show and the number is positive; just print the unsigned number.
    pad(std::string_view(num).substr(1));
}

} // namespace weft::fmt::detail
