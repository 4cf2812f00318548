// The parts of Go's strconv that fmt uses (Go 1.19): AppendFloat (ftoa.go's formatDigits, fmtE,
// fmtF, fmtB, fmtX), quoting (quote.go) and IsPrint.
//
// Decimal digits come from std::to_chars: without a precision it gives the shortest digits that
// round-trip (for float32 values, converted as float), as Go's Ryu does; with a precision it
// rounds the exact binary value correctly (ties to even), as Go's ryuFtoaFixed and bigFtoa do.
// The digits are then laid out by Go's own formatDigits.
#include "stdlib/fmt/Format.h"

#include "lexer/UnicodeTables.h"
#include "lexer/Utf8.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <string>

namespace weft::fmt::detail {

namespace {

constexpr char kLowerHex[] = "0123456789abcdef";
constexpr char kUpperHex[] = "0123456789ABCDEF";

struct FloatInfo
{
    unsigned mantbits;
    unsigned expbits;
    int bias;
};
constexpr FloatInfo kFloat32Info{23, 8, -127};
constexpr FloatInfo kFloat64Info{52, 11, -1023};

// ftoa.go's decimalSlice: digits d[0:nd] with the decimal point at dp.
struct DecimalDigits
{
    std::string d;
    int nd = 0;
    int dp = 0;
};

// Trailing zeros are not digits (Go's decimal trims them); zero has no digits and dp 0.
void trimDigits(DecimalDigits& digs)
{
    while (!digs.d.empty() && digs.d.back() == '0')
        digs.d.pop_back();
    digs.nd = static_cast<int>(digs.d.size());
    if (digs.nd == 0)
        digs.dp = 0;
}

// Digits of to_chars' scientific output "d.ddde+XX" (the value is not negative).
DecimalDigits digitsFromScientific(std::string_view s)
{
    DecimalDigits digs;
    size_t e = s.find('e');
    for (size_t i = 0; i < e; ++i)
        if (s[i] != '.')
            digs.d += s[i];
    int exp = 0;
    std::from_chars(s.data() + e + (s[e + 1] == '+' ? 2 : 1), s.data() + s.size(), exp);
    digs.dp = exp + 1; // the first digit is not 0 unless the value is 0, which trims to no digits
    trimDigits(digs);
    return digs;
}

// Digits of to_chars' fixed output "ddd.ddd" (the value is not negative).
DecimalDigits digitsFromFixed(std::string_view s)
{
    DecimalDigits digs;
    size_t point = s.find('.');
    std::string_view intPart = s.substr(0, point);
    digs.d = intPart;
    if (point != std::string_view::npos)
        digs.d += s.substr(point + 1);
    digs.dp = static_cast<int>(intPart.size());
    size_t lead = digs.d.find_first_not_of('0');
    if (lead == std::string::npos)
        digs.d.clear();
    else
    {
        digs.d.erase(0, lead);
        digs.dp -= static_cast<int>(lead);
    }
    trimDigits(digs);
    return digs;
}

// %e: -d.ddddde±dd
void fmtE(std::string& dst, bool neg, const DecimalDigits& d, int prec, char fmt)
{
    if (neg)
        dst += '-';
    dst += d.nd != 0 ? d.d[0] : '0';
    if (prec > 0)
    {
        dst += '.';
        int i = 1;
        int m = std::min(d.nd, prec + 1);
        if (i < m)
        {
            dst.append(d.d, static_cast<size_t>(i), static_cast<size_t>(m - i));
            i = m;
        }
        for (; i <= prec; ++i)
            dst += '0';
    }
    dst += fmt;
    int exp = d.dp - 1;
    if (d.nd == 0) // special case: 0 has exponent 0
        exp = 0;
    if (exp < 0)
    {
        dst += '-';
        exp = -exp;
    }
    else
        dst += '+';
    if (exp < 10)
    {
        dst += '0';
        dst += static_cast<char>('0' + exp);
    }
    else if (exp < 100)
    {
        dst += static_cast<char>('0' + exp / 10);
        dst += static_cast<char>('0' + exp % 10);
    }
    else
    {
        dst += static_cast<char>('0' + exp / 100);
        dst += static_cast<char>('0' + exp / 10 % 10);
        dst += static_cast<char>('0' + exp % 10);
    }
}

// %f: -ddddddd.ddddd
void fmtF(std::string& dst, bool neg, const DecimalDigits& d, int prec)
{
    if (neg)
        dst += '-';
    // integer, padded with zeros as needed.
    if (d.dp > 0)
    {
        int m = std::min(d.nd, d.dp);
        dst.append(d.d, 0, static_cast<size_t>(m));
        for (; m < d.dp; ++m)
            dst += '0';
    }
    else
        dst += '0';
    // fraction
    if (prec > 0)
    {
        dst += '.';
        for (int i = 0; i < prec; ++i)
        {
            int j = d.dp + i;
            dst += (0 <= j && j < d.nd) ? d.d[static_cast<size_t>(j)] : '0';
        }
    }
}

// %b: -ddddddddp±ddd
void fmtB(std::string& dst, bool neg, uint64_t mant, int exp, const FloatInfo& flt)
{
    if (neg)
        dst += '-';
    dst += std::to_string(mant);
    dst += 'p';
    exp -= static_cast<int>(flt.mantbits);
    if (exp >= 0)
        dst += '+';
    dst += std::to_string(exp);
}

// %x: -0x1.yyyyyyyyp±ddd or -0x0p+0. (y is hex digit, d is decimal digit)
void fmtX(std::string& dst, int prec, char fmt, bool neg, uint64_t mant, int exp, const FloatInfo& flt)
{
    if (mant == 0)
        exp = 0;
    // Shift digits so leading 1 (if any) is at bit 1<<60.
    mant <<= 60 - flt.mantbits;
    while (mant != 0 && (mant & (uint64_t{1} << 60)) == 0)
    {
        mant <<= 1;
        --exp;
    }
    // Round if requested.
    if (prec >= 0 && prec < 15)
    {
        unsigned shift = static_cast<unsigned>(prec * 4);
        uint64_t extra = (mant << shift) & ((uint64_t{1} << 60) - 1);
        mant >>= 60 - shift;
        if ((extra | (mant & 1)) > (uint64_t{1} << 59))
            ++mant;
        mant <<= 60 - shift;
        if ((mant & (uint64_t{1} << 61)) != 0)
        {
            // Wrapped around.
            mant >>= 1;
            ++exp;
        }
    }
    const char* hex = fmt == 'X' ? kUpperHex : kLowerHex;
    if (neg)
        dst += '-';
    dst += '0';
    dst += fmt;
    dst += static_cast<char>('0' + ((mant >> 60) & 1));
    mant <<= 4; // remove leading 0 or 1
    if (prec < 0 && mant != 0)
    {
        dst += '.';
        while (mant != 0)
        {
            dst += hex[(mant >> 60) & 15];
            mant <<= 4;
        }
    }
    else if (prec > 0)
    {
        dst += '.';
        for (int i = 0; i < prec; ++i)
        {
            dst += hex[(mant >> 60) & 15];
            mant <<= 4;
        }
    }
    dst += fmt == 'X' ? 'P' : 'p';
    if (exp < 0)
    {
        dst += '-';
        exp = -exp;
    }
    else
        dst += '+';
    if (exp < 100)
    {
        dst += static_cast<char>('0' + exp / 10);
        dst += static_cast<char>('0' + exp % 10);
    }
    else if (exp < 1000)
    {
        dst += static_cast<char>('0' + exp / 100);
        dst += static_cast<char>('0' + exp / 10 % 10);
        dst += static_cast<char>('0' + exp % 10);
    }
    else
    {
        dst += static_cast<char>('0' + exp / 1000);
        dst += static_cast<char>('0' + exp / 100 % 10);
        dst += static_cast<char>('0' + exp / 10 % 10);
        dst += static_cast<char>('0' + exp % 10);
    }
}

void formatDigits(std::string& dst, bool shortest, bool neg, const DecimalDigits& digs, int prec, char fmt)
{
    switch (fmt)
    {
    case 'e':
    case 'E': fmtE(dst, neg, digs, prec, fmt); return;
    case 'f': fmtF(dst, neg, digs, prec); return;
    case 'g':
    case 'G':
    {
        // trailing fractional zeros in 'e' form will be trimmed.
        int eprec = prec;
        if (eprec > digs.nd && digs.nd >= digs.dp)
            eprec = digs.nd;
        // %e is used if the exponent from the conversion
        // is less than -4 or greater than or equal to the precision.
        // if precision was the shortest possible, use precision 6 for this decision.
        if (shortest)
            eprec = 6;
        int exp = digs.dp - 1;
        if (exp < -4 || exp >= eprec)
        {
            if (prec > digs.nd)
                prec = digs.nd;
            fmtE(dst, neg, digs, prec - 1, static_cast<char>(fmt + 'e' - 'g'));
            return;
        }
        if (prec > digs.dp)
            prec = digs.nd;
        fmtF(dst, neg, digs, std::max(prec - digs.dp, 0));
        return;
    }
    default:
        dst += '%';
        dst += fmt;
    }
}

// to_chars of a non-negative finite value.
std::string toChars(double v, int bitSize, std::chars_format format, int precision)
{
    std::string out(static_cast<size_t>(std::max(precision, 0)) + 400, '\0');
    std::to_chars_result r;
    if (precision < 0)
    {
        if (bitSize == 32)
            r = std::to_chars(out.data(), out.data() + out.size(), static_cast<float>(v), format);
        else
            r = std::to_chars(out.data(), out.data() + out.size(), v, format);
    }
    else
        r = std::to_chars(out.data(), out.data() + out.size(), v, format, precision);
    out.resize(static_cast<size_t>(r.ptr - out.data()));
    return out;
}

// strconv's appendEscapedRune, never graphic-only.
void appendEscapedRune(std::string& dst, int32_t r, char quote, bool asciiOnly)
{
    if (r == quote || r == '\\')
    {
        dst += '\\';
        dst += static_cast<char>(r);
        return;
    }
    if (asciiOnly)
    {
        if (r < 0x80 && isPrint(r))
        {
            dst += static_cast<char>(r);
            return;
        }
    }
    else if (isPrint(r))
    {
        appendRune(dst, r);
        return;
    }
    switch (r)
    {
    case '\a': dst += "\\a"; return;
    case '\b': dst += "\\b"; return;
    case '\f': dst += "\\f"; return;
    case '\n': dst += "\\n"; return;
    case '\r': dst += "\\r"; return;
    case '\t': dst += "\\t"; return;
    case '\v': dst += "\\v"; return;
    default: break;
    }
    if (r < ' ' || r == 0x7F)
    {
        auto b = static_cast<unsigned char>(r);
        dst += "\\x";
        dst += kLowerHex[b >> 4];
        dst += kLowerHex[b & 0xF];
        return;
    }
    bool valid = r >= 0 && r <= 0x10FFFF && !(r >= 0xD800 && r <= 0xDFFF);
    if (!valid)
        r = 0xFFFD;
    auto u = static_cast<uint32_t>(r);
    if (u < 0x10000)
    {
        dst += "\\u";
        for (int s = 12; s >= 0; s -= 4)
            dst += kLowerHex[(u >> s) & 0xF];
    }
    else
    {
        dst += "\\U";
        for (int s = 28; s >= 0; s -= 4)
            dst += kLowerHex[(u >> s) & 0xF];
    }
}

} // namespace

void appendFloat(std::string& dst, double val, char fmt, int prec, int bitSize)
{
    uint64_t bits;
    const FloatInfo* flt;
    if (bitSize == 32)
    {
        float f = static_cast<float>(val);
        uint32_t b;
        std::memcpy(&b, &f, sizeof b);
        bits = b;
        flt = &kFloat32Info;
    }
    else
    {
        std::memcpy(&bits, &val, sizeof bits);
        flt = &kFloat64Info;
    }

    bool neg = (bits >> (flt->expbits + flt->mantbits)) != 0;
    int exp = static_cast<int>(bits >> flt->mantbits) & ((1 << flt->expbits) - 1);
    uint64_t mant = bits & ((uint64_t{1} << flt->mantbits) - 1);

    if (exp == (1 << flt->expbits) - 1)
    {
        // Inf, NaN
        dst += mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf";
        return;
    }
    if (exp == 0)
        ++exp; // denormalized
    else
        mant |= uint64_t{1} << flt->mantbits; // add implicit top bit
    exp += flt->bias;

    // Pick off easy binary, hex formats.
    if (fmt == 'b')
    {
        fmtB(dst, neg, mant, exp, *flt);
        return;
    }
    if (fmt == 'x' || fmt == 'X')
    {
        fmtX(dst, prec, fmt, neg, mant, exp, *flt);
        return;
    }

    double magnitude = std::fabs(val);
    DecimalDigits digs;
    // Negative precision means "only as much as needed to be exact."
    bool shortest = prec < 0;
    if (shortest)
    {
        digs = digitsFromScientific(toChars(magnitude, bitSize, std::chars_format::scientific, -1));
        // Precision for shortest representation mode.
        switch (fmt)
        {
        case 'e':
        case 'E': prec = std::max(digs.nd - 1, 0); break;
        case 'f': prec = std::max(digs.nd - digs.dp, 0); break;
        case 'g':
        case 'G': prec = digs.nd; break;
        default: break;
        }
    }
    else if (fmt != 'f')
    {
        // Fixed number of digits.
        int digits = prec;
        switch (fmt)
        {
        case 'e':
        case 'E': ++digits; break;
        case 'g':
        case 'G':
            if (prec == 0)
                prec = 1;
            digits = prec;
            break;
        default: digits = 1; break; // Invalid mode.
        }
        digs = digitsFromScientific(toChars(magnitude, 64, std::chars_format::scientific, digits - 1));
    }
    else
        digs = digitsFromFixed(toChars(magnitude, 64, std::chars_format::fixed, prec));
    formatDigits(dst, shortest, neg, digs, prec, fmt);
}

void appendQuote(std::string& dst, std::string_view s, bool asciiOnly)
{
    dst += '"';
    while (!s.empty())
    {
        DecodedRune d = decodeRune(s);
        if (d.width == 1 && d.rune == kRuneError)
        {
            auto b = static_cast<unsigned char>(s[0]);
            dst += "\\x";
            dst += kLowerHex[b >> 4];
            dst += kLowerHex[b & 0xF];
        }
        else
            appendEscapedRune(dst, static_cast<int32_t>(d.rune), '"', asciiOnly);
        s.remove_prefix(d.width);
    }
    dst += '"';
}

void appendQuoteRune(std::string& dst, int32_t r, bool asciiOnly)
{
    dst += '\'';
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;
    appendEscapedRune(dst, r, '\'', asciiOnly);
    dst += '\'';
}

bool canBackquote(std::string_view s)
{
    while (!s.empty())
    {
        DecodedRune d = decodeRune(s);
        s.remove_prefix(d.width);
        if (d.width > 1)
        {
            if (d.rune == 0xFEFF)
                return false; // BOMs are invisible and should not be quoted.
            continue;         // All other multibyte runes are correctly encoded and assumed printable.
        }
        if (d.rune == kRuneError)
            return false;
        if ((d.rune < ' ' && d.rune != '\t') || d.rune == '`' || d.rune == 0x7F)
            return false;
    }
    return true;
}

bool isPrint(int32_t r) { return r >= 0 && isUnicodePrint(static_cast<char32_t>(r)); }

size_t runeCount(std::string_view s)
{
    size_t n = 0;
    while (!s.empty())
    {
        s.remove_prefix(decodeRune(s).width);
        ++n;
    }
    return n;
}

void appendRune(std::string& dst, int32_t r)
{
    weft::appendRune(dst, r < 0 ? kRuneError : static_cast<char32_t>(r));
}

} // namespace weft::fmt::detail
