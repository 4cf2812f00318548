#pragma once
// Internal to the fmt engine: Go's `fmt` type (format.go), which formats one basic item into the
// printer's buffer under the current flags, and the strconv routines it relies on.
#include <cstdint>
#include <string>
#include <string_view>

namespace weft::fmt::detail {

inline constexpr const char* kLowerDigits = "0123456789abcdefx";
inline constexpr const char* kUpperDigits = "0123456789ABCDEFX";

// format.go's fmtFlags.
struct Flags
{
    bool widPresent = false;
    bool precPresent = false;
    bool minus = false;
    bool plus = false;
    bool sharp = false;
    bool space = false;
    bool zero = false;
    // For %+v and %#v the plusV/sharpV flags are set and plus/sharp cleared.
    bool plusV = false;
    bool sharpV = false;
};

// format.go's fmt.
class Fmt
{
public:
    explicit Fmt(std::string& buf) : buf_(buf) {}

    Flags flags;
    int wid = 0;
    int prec = 0;

    void clearflags() { flags = Flags{}; }

    void writePadding(int n);
    void pad(std::string_view s); // pad and padString
    void fmtBoolean(bool v);
    void fmtUnicode(uint64_t u);
    void fmtInteger(uint64_t u, int base, bool isSigned, char32_t verb, const char* digits);
    void fmtS(std::string_view s); // fmtS and fmtBs
    void fmtSbx(std::string_view s, const char* digits); // fmtSx and fmtBx
    void fmtQ(std::string_view s);
    void fmtC(uint64_t c);
    void fmtQc(uint64_t c);
    void fmtFloat(double v, int size, char32_t verb, int prec);

private:
    std::string_view truncateString(std::string_view s) const;
    std::string& buf_;
};

// strconv, as fmt uses it.
// AppendFloat(dst, v, fmt, prec, bitSize) for fmt in b e E f g G x X.
void appendFloat(std::string& dst, double v, char fmt, int prec, int bitSize);
// AppendQuote / AppendQuoteToASCII.
void appendQuote(std::string& dst, std::string_view s, bool asciiOnly);
// AppendQuoteRune / AppendQuoteRuneToASCII.
void appendQuoteRune(std::string& dst, int32_t r, bool asciiOnly);
bool canBackquote(std::string_view s);
bool isPrint(int32_t r);
// utf8.RuneCountInString.
size_t runeCount(std::string_view s);
// utf8.AppendRune (invalid runes as U+FFFD).
void appendRune(std::string& dst, int32_t r);

} // namespace weft::fmt::detail
