// Go's scan.go (Go 1.19) ported function by function: ss and its readRune, the operands by the
// kind of what they point to (reflect's path, which also covers the type switch's), Scan's and
// Scanf's loops. Go unwinds a scan error with panic(scanError); here the first error is kept in
// err_ and every later read sees end of input, so the loops stop as Go's do.
#include "stdlib/fmt/Scan.h"

#include "lexer/Utf8.h"
#include "stdlib/fmt/ScanConv.h"
#include "stdlib/os/ErrnoText.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <span>
#include <string>

namespace weft::fmt {

namespace {

using detail::Conv;
using detail::ConvError;

constexpr int32_t kEof = -1;
constexpr int64_t kHugeWid = 1 << 30;

constexpr std::string_view kBinaryDigits = "01";
constexpr std::string_view kOctalDigits = "01234567";
constexpr std::string_view kDecimalDigits = "0123456789";
constexpr std::string_view kHexadecimalDigits = "0123456789aAbBcCdDeEfF";
constexpr std::string_view kSign = "+-";
constexpr std::string_view kPeriod = ".";
constexpr std::string_view kExponent = "eEpP";
constexpr std::string_view kFloatVerbs = "beEfFgGv";

// space is a copy of the unicode.White_Space ranges, to avoid depending on package unicode.
constexpr uint16_t kSpace[][2] = {
    {0x0009, 0x000d}, {0x0020, 0x0020}, {0x0085, 0x0085}, {0x00a0, 0x00a0}, {0x1680, 0x1680},
    {0x2000, 0x200a}, {0x2028, 0x2029}, {0x202f, 0x202f}, {0x205f, 0x205f}, {0x3000, 0x3000},
};

bool isSpace(int32_t r)
{
    if (r < 0 || r >= 1 << 16)
        return false;
    auto rx = uint16_t(r);
    for (const auto& rng : kSpace)
    {
        if (rx < rng[0])
            return false;
        if (rx <= rng[1])
            return true;
    }
    return false;
}

bool contains(std::string_view set, int32_t r)
{
    for (size_t i = 0; i < set.size();)
    {
        DecodedRune d = decodeRune(set.substr(i));
        if (int32_t(d.rune) == r)
            return true;
        i += d.width;
    }
    return false;
}

// utf8.FullRune: whether p begins with a full (or certainly invalid) encoding.
bool fullRune(const uint8_t* p, size_t n)
{
    if (n == 0)
        return false;
    uint8_t c = p[0];
    size_t need = c < 0xC2 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 1;
    if (n >= need)
        return true;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c == 0xE0)
        lo = 0xA0;
    else if (c == 0xED)
        hi = 0x9F;
    else if (c == 0xF0)
        lo = 0x90;
    else if (c == 0xF4)
        hi = 0x8F;
    if (n > 1 && (p[1] < lo || hi < p[1]))
        return true;
    return n > 2 && (p[2] < 0x80 || 0xBF < p[2]);
}

bool sameError(GoIface a, GoIface b)
{
    return a.type && dynamicType(a.type) == dynamicType(b.type) && a.data.u == b.data.u;
}

const TypeDesc* methodResult(const TypeDesc* t, const std::string& name, size_t i, size_t n)
{
    const MethodDesc* m = t ? t->findMethod(name) : nullptr;
    if (!m || !m->fn || !m->signature || !m->signature->params.empty() || m->signature->results.size() != n)
        return nullptr;
    return m->signature->results[i];
}

// io.RuneScanner: ReadRune() (rune, int, error) and UnreadRune() error.
bool isRuneScanner(const TypeDesc* t)
{
    static const std::string readRune = "ReadRune", unreadRune = "UnreadRune";
    const TypeDesc* r0 = methodResult(t, readRune, 0, 3);
    const TypeDesc* r1 = methodResult(t, readRune, 1, 3);
    const TypeDesc* r2 = methodResult(t, readRune, 2, 3);
    const TypeDesc* u0 = methodResult(t, unreadRune, 0, 1);
    return r0 && r0->name == "int32" && r1 && r1->name == "int" && r2 && r2->name == "error" && u0 &&
           u0->name == "error";
}

class Scanner
{
public:
    Scanner(NativeContext& ctx, const ScanRequest& rq) : ctx_(ctx), rq_(rq)
    {
        nlIsSpace_ = (rq.mode & kScanNewlineIsSpace) != 0;
        nlIsEnd_ = (rq.mode & kScanNewlineEnds) != 0;
        if (rq.mode & kScanFromString)
            source_ = Source::String;
        else if (rq.mode & kScanFromStdin)
            source_ = Source::Stdin;
        else
            source_ = isRuneScanner(dynamicType(rq.reader.type)) ? Source::RuneScanner : Source::Reader;
    }

    ScanResult run()
    {
        const auto* elems = static_cast<const GoIface*>(rq_.operands[0].cp);
        size_t n = elems && rq_.operands[1].i > 0 ? size_t(rq_.operands[1].i) : 0;
        std::span<const GoIface> a(elems, n);
        ScanResult r;
        r.count = (rq_.mode & kScanFormatted) ? doScanf(rq_.format, a) : doScan(a);
        if (failed_)
            r.err = err_;
        return r;
    }

private:
    enum class Source : uint8_t { String, Stdin, Reader, RuneScanner };

    // ---- errors ----

    void error(GoIface err)
    {
        if (!failed_)
            failed_ = true, err_ = err;
    }
    void errorString(std::string_view text)
    {
        if (!failed_)
            error(ctx_.newError(text));
    }
    void error(const ConvError& e) { errorString(e.text()); }
    // A script panic (in a Read method, or a nil operand) is pending: stop, returning nothing.
    void abort()
    {
        failed_ = true;
        aborted_ = true;
        err_ = GoIface{};
    }

    // ---- the source (ss.rs) ----

    enum class Read : uint8_t { Ok, Eof, Err };

    // One byte from standard input or an io.Reader (io.ReadFull of one byte).
    Read readSourceByte(uint8_t& b, GoIface& err)
    {
        if (source_ == Source::Stdin)
        {
            char c;
            const ptrdiff_t got = ctx_.readStdin(&c, 1);
            if (got == 0)
                return Read::Eof;
            if (got < 0)
            {
                // The text of os.Stdin.Read's *PathError, which Go's Scan returns.
                err = ctx_.newError("read /dev/stdin: " + std::string(os::errnoText(-got)));
                return Read::Err;
            }
            b = uint8_t(c);
            return Read::Ok;
        }
        // A reader that keeps returning (0, nil) never ends in Go either; give up after a while
        // with io.ErrNoProgress's words.
        for (int tries = 0; tries < 100; tries++)
        {
            void* p = ctx_.allocate(1, nullptr);
            if (ctx_.failed())
            {
                abort();
                return Read::Err;
            }
            Slot args[3], res[3] = {};
            args[0].p = p;
            args[1].i = 1;
            args[2].i = 1;
            static const std::string read = "Read";
            if (!ctx_.callMethod(rq_.reader, read, args, 3, res, 3))
            {
                abort();
                return Read::Err;
            }
            if (res[0].i >= 1)
            {
                b = *static_cast<uint8_t*>(p);
                return Read::Ok;
            }
            GoIface e{res[1].cp, res[2]};
            if (e.type)
            {
                err = e;
                return sameError(e, rq_.eof) ? Read::Eof : Read::Err;
            }
        }
        err = ctx_.newError("multiple Read calls return no data or error");
        return Read::Err;
    }

    // readRune.readByte
    Read readByte(uint8_t& b, GoIface& err)
    {
        if (pending_ > 0)
        {
            b = pendBuf_[0];
            std::memmove(pendBuf_, pendBuf_ + 1, 3);
            pending_--;
            return Read::Ok;
        }
        return readSourceByte(b, err);
    }

    // rs.ReadRune: the next rune, or Eof, or Err with err set.
    Read sourceReadRune(int32_t& rr, GoIface& err)
    {
        switch (source_)
        {
        case Source::String:
        {
            if (pos_ >= rq_.input.size())
                return Read::Eof;
            DecodedRune d = decodeRune(rq_.input.substr(pos_));
            rr = int32_t(d.rune);
            lastWidth_ = d.width;
            pos_ += d.width;
            return Read::Ok;
        }
        case Source::RuneScanner:
        {
            Slot res[4] = {};
            static const std::string readRune = "ReadRune";
            if (!ctx_.callMethod(rq_.reader, readRune, nullptr, 0, res, 4))
            {
                abort();
                return Read::Err;
            }
            GoIface e{res[2].cp, res[3]};
            if (!e.type)
            {
                rr = int32_t(res[0].i);
                return Read::Ok;
            }
            err = e;
            return sameError(e, rq_.eof) ? Read::Eof : Read::Err;
        }
        default: break;
        }
        // readRune.ReadRune
        if (peekRune_ >= 0)
        {
            rr = peekRune_;
            peekRune_ = ~peekRune_;
            return Read::Ok;
        }
        uint8_t buf[4];
        Read r = readByte(buf[0], err);
        if (r != Read::Ok)
            return r;
        if (buf[0] < 0x80)
        {
            rr = buf[0];
            peekRune_ = ~rr;
            return Read::Ok;
        }
        size_t n = 1;
        for (; !fullRune(buf, n); n++)
        {
            r = readByte(buf[n], err);
            if (r == Read::Eof)
                break;
            if (r != Read::Ok)
                return r;
        }
        DecodedRune d = decodeRune(std::string_view(reinterpret_cast<const char*>(buf), n));
        rr = int32_t(d.rune);
        if (d.width < n)
        {
            // An error: save the bytes for the next read.
            std::memcpy(pendBuf_ + pending_, buf + d.width, n - d.width);
            pending_ += int(n - d.width);
        }
        peekRune_ = ~rr;
        return Read::Ok;
    }

    void sourceUnreadRune()
    {
        switch (source_)
        {
        case Source::String:
            pos_ -= lastWidth_;
            lastWidth_ = 0;
            return;
        case Source::RuneScanner:
        {
            Slot res[2] = {};
            static const std::string unreadRune = "UnreadRune";
            if (!ctx_.callMethod(rq_.reader, unreadRune, nullptr, 0, res, 2))
                abort();
            return;
        }
        default:
            if (peekRune_ < 0)
                peekRune_ = ~peekRune_;
            return;
        }
    }

    // ---- ss ----

    // ss.ReadRune and getRune: the next rune or kEof (also after any error).
    int32_t getRune()
    {
        if (failed_ || atEOF_ || count_ >= argLimit_)
            return kEof;
        int32_t r = 0;
        GoIface err{};
        switch (sourceReadRune(r, err))
        {
        case Read::Ok:
            count_++;
            if (nlIsEnd_ && r == '\n')
                atEOF_ = true;
            return r;
        case Read::Eof: atEOF_ = true; return kEof;
        case Read::Err:
            if (!aborted_)
                error(err);
            return kEof;
        }
        return kEof;
    }

    int32_t mustReadRune()
    {
        int32_t r = getRune();
        if (r == kEof)
            error(rq_.unexpectedEOF);
        return r;
    }

    void unreadRune()
    {
        if (failed_)
            return;
        sourceUnreadRune();
        atEOF_ = false;
        count_--;
    }

    void skipSpace()
    {
        for (;;)
        {
            int32_t r = getRune();
            if (r == kEof)
                return;
            if (r == '\r' && peek("\n"))
                continue;
            if (r == '\n')
            {
                if (nlIsSpace_)
                    continue;
                errorString("unexpected newline");
                return;
            }
            if (!isSpace(r))
            {
                unreadRune();
                break;
            }
        }
    }

    // token returns the next space-delimited string from the input.
    std::string& token(bool skip)
    {
        if (skip)
            skipSpace();
        for (;;)
        {
            int32_t r = getRune();
            if (r == kEof)
                break;
            if (isSpace(r))
            {
                unreadRune();
                break;
            }
            appendRune(buf_, char32_t(r));
        }
        return buf_;
    }

    // consume reads the next rune in the input and reports whether it is in the ok string. If
    // accept is true, it puts the character into the input token.
    bool consume(std::string_view ok, bool accept)
    {
        int32_t r = getRune();
        if (r == kEof)
            return false;
        if (contains(ok, r))
        {
            if (accept)
                appendRune(buf_, char32_t(r));
            return true;
        }
        if (accept)
            unreadRune();
        return false;
    }

    // peek reports whether the next character is in the ok string, without consuming it.
    bool peek(std::string_view ok)
    {
        int32_t r = getRune();
        if (r != kEof)
            unreadRune();
        return contains(ok, r);
    }

    // notEOF: Go panics with io.EOF at the end of input, which Scan returns as it is.
    void notEOF()
    {
        if (getRune() == kEof)
        {
            error(rq_.eof);
            return;
        }
        unreadRune();
    }

    bool accept(std::string_view ok) { return consume(ok, true); }

    bool okVerb(int32_t verb, std::string_view okVerbs, std::string_view typ)
    {
        if (contains(okVerbs, verb))
            return true;
        std::string msg = "bad verb '%";
        appendRune(msg, char32_t(verb));
        msg += "' for ";
        msg += typ;
        errorString(msg);
        return false;
    }

    bool scanBool(int32_t verb)
    {
        skipSpace();
        notEOF();
        if (!okVerb(verb, "tv", "boolean"))
            return false;
        // Syntax-checking a boolean is annoying. We're not fastidious about case.
        switch (getRune())
        {
        case '0': return false;
        case '1': return true;
        case 't':
        case 'T':
            if (accept("rR") && (!accept("uU") || !accept("eE")))
                errorString("syntax error scanning boolean");
            return true;
        case 'f':
        case 'F':
            if (accept("aA") && (!accept("lL") || !accept("sS") || !accept("eE")))
                errorString("syntax error scanning boolean");
            return false;
        default: return false;
        }
    }

    // getBase returns the numeric base represented by the verb and its digit string.
    std::pair<int, std::string_view> getBase(int32_t verb)
    {
        okVerb(verb, "bdoUxXv", "integer");
        switch (verb)
        {
        case 'b': return {2, kBinaryDigits};
        case 'o': return {8, kOctalDigits};
        case 'x':
        case 'X':
        case 'U': return {16, kHexadecimalDigits};
        default: return {10, kDecimalDigits};
        }
    }

    // scanNumber returns the numerical string with specified digits starting here.
    std::string scanNumber(std::string_view digits, bool haveDigits)
    {
        if (!haveDigits)
        {
            notEOF();
            if (!accept(digits))
                errorString("expected integer");
        }
        while (accept(digits))
        {
        }
        return buf_;
    }

    // scanRune returns the next rune value in the input.
    int64_t scanRune(int bitSize)
    {
        notEOF();
        int64_t r = getRune();
        unsigned n = unsigned(bitSize);
        int64_t x = int64_t(uint64_t(r) << (64 - n)) >> (64 - n);
        if (x != r)
        {
            std::string msg = "overflow on character value ";
            appendRune(msg, char32_t(r));
            errorString(msg);
        }
        return r;
    }

    // scanBasePrefix reports whether the integer begins with a base prefix and returns the
    // base, digit string, and whether a zero was found. It is called only if the verb is %v.
    struct BasePrefix
    {
        int base;
        std::string_view digits;
        bool zeroFound;
    };
    BasePrefix scanBasePrefix()
    {
        static constexpr std::string_view decimal = "0123456789_", binary = "01_", octal = "01234567_",
                                          hexadecimal = "0123456789aAbBcCdDeEfF_";
        if (!peek("0"))
            return {0, decimal, false};
        accept("0");
        // Special cases for 0, 0b, 0o, 0x.
        if (peek("bB"))
        {
            consume("bB", true);
            return {0, binary, true};
        }
        if (peek("oO"))
        {
            consume("oO", true);
            return {0, octal, true};
        }
        if (peek("xX"))
        {
            consume("xX", true);
            return {0, hexadecimal, true};
        }
        return {0, octal, true};
    }

    // scanInt returns the value of the integer represented by the next token, checking for
    // overflow. Any error is stored in err_.
    int64_t scanInt(int32_t verb, int bitSize)
    {
        if (verb == 'c')
            return scanRune(bitSize);
        skipSpace();
        notEOF();
        auto [base, digits] = getBase(verb);
        bool haveDigits = false;
        if (verb == 'U')
        {
            if (!consume("U", false) || !consume("+", false))
                errorString("bad unicode format ");
        }
        else
        {
            accept(kSign); // If there's a sign, it will be left in the token buffer.
            if (verb == 'v')
            {
                BasePrefix p = scanBasePrefix();
                base = p.base, digits = p.digits, haveDigits = p.zeroFound;
            }
        }
        std::string tok = scanNumber(digits, haveDigits);
        if (failed_)
            return 0;
        Conv<int64_t> i = detail::parseInt(tok, base);
        if (i.err)
        {
            error(*i.err);
            return 0;
        }
        unsigned n = unsigned(bitSize);
        int64_t x = int64_t(uint64_t(i.value) << (64 - n)) >> (64 - n);
        if (x != i.value)
            errorString("integer overflow on token " + tok);
        return i.value;
    }

    // scanUint returns the value of the unsigned integer represented by the next token,
    // checking for overflow. Any error is stored in err_.
    uint64_t scanUint(int32_t verb, int bitSize)
    {
        if (verb == 'c')
            return uint64_t(scanRune(bitSize));
        skipSpace();
        notEOF();
        auto [base, digits] = getBase(verb);
        bool haveDigits = false;
        if (verb == 'U')
        {
            if (!consume("U", false) || !consume("+", false))
                errorString("bad unicode format ");
        }
        else if (verb == 'v')
        {
            BasePrefix p = scanBasePrefix();
            base = p.base, digits = p.digits, haveDigits = p.zeroFound;
        }
        std::string tok = scanNumber(digits, haveDigits);
        if (failed_)
            return 0;
        Conv<uint64_t> i = detail::parseUint(tok, base);
        if (i.err)
        {
            error(*i.err);
            return 0;
        }
        unsigned n = unsigned(bitSize);
        uint64_t x = (i.value << (64 - n)) >> (64 - n);
        if (x != i.value)
            errorString("unsigned integer overflow on token " + tok);
        return i.value;
    }

    // floatToken returns the floating-point number starting here, no longer than wid_ if the
    // width is specified. It's not rigorous about syntax because it doesn't check that we have
    // at least some digits, but Atof will do that.
    std::string floatToken()
    {
        buf_.clear();
        // NaN?
        if (accept("nN") && accept("aA") && accept("nN"))
            return buf_;
        // leading sign?
        accept(kSign);
        // Inf?
        if (accept("iI") && accept("nN") && accept("fF"))
            return buf_;
        std::string_view digits = "0123456789_";
        std::string_view exp = kExponent;
        if (accept("0") && accept("xX"))
        {
            digits = "0123456789aAbBcCdDeEfF_";
            exp = "pP";
        }
        // digits?
        while (accept(digits))
        {
        }
        // decimal point?
        if (accept(kPeriod))
        {
            // fraction?
            while (accept(digits))
            {
            }
        }
        // exponent?
        if (accept(exp))
        {
            // leading sign?
            accept(kSign);
            // digits?
            while (accept("0123456789_"))
            {
            }
        }
        return buf_;
    }

    // convertFloat converts the string to a float64 value.
    double convertFloat(const std::string& str, int n)
    {
        if (failed_)
            return 0;
        // strconv.ParseFloat will handle "+0x1.fp+2", but we have to implement our
        // non-standard decimal+binary exponent mix (1.2p4) ourselves.
        size_t p = str.find('p');
        if (p != std::string::npos && str.find_first_of("xX") == std::string::npos)
        {
            // Atof understands base-2 exponents (1.2p4) only in hexadecimal form.
            Conv<double> f = detail::parseFloat(std::string_view(str).substr(0, p), n);
            if (f.err)
            {
                f.err->num = str;
                error(*f.err);
                return 0;
            }
            Conv<int64_t> m = detail::atoi(std::string_view(str).substr(p + 1));
            if (m.err)
            {
                m.err->num = str;
                error(*m.err);
                return 0;
            }
            return std::ldexp(f.value, int(std::clamp<int64_t>(m.value, -100000, 100000)));
        }
        Conv<double> f = detail::parseFloat(str, n);
        if (f.err)
            error(*f.err);
        return f.value;
    }

    // convertString returns the string represented by the next input characters. The format
    // of the input is determined by the verb.
    std::string convertString(int32_t verb)
    {
        if (!okVerb(verb, "svqxX", "string"))
            return {};
        skipSpace();
        notEOF();
        switch (verb)
        {
        case 'q': return quotedString();
        case 'x':
        case 'X': return hexString();
        default: return token(true); // %s and %v just return the next word
        }
    }

    // quotedString returns the double- or back-quoted string represented by the next input
    // characters.
    std::string quotedString()
    {
        notEOF();
        int32_t quote = getRune();
        switch (quote)
        {
        case '`':
            // Back-quoted: Anything goes until EOF or back quote.
            for (;;)
            {
                int32_t r = mustReadRune();
                if (r == quote || failed_)
                    break;
                appendRune(buf_, char32_t(r));
            }
            return buf_;
        case '"':
        {
            // Double-quoted: Include the quotes and let strconv.Unquote do the backslash escapes.
            buf_ += '"';
            for (;;)
            {
                int32_t r = mustReadRune();
                if (failed_)
                    return {};
                appendRune(buf_, char32_t(r));
                if (r == '\\')
                {
                    // In a legal backslash escape, no matter how long, only the character
                    // immediately after the escape can itself be a backslash or quote. Thus
                    // we only need to protect the first character after the backslash.
                    appendRune(buf_, char32_t(mustReadRune()));
                }
                else if (r == '"')
                    break;
            }
            if (failed_)
                return {};
            Conv<std::string> result = detail::unquote(buf_);
            if (result.err)
            {
                error(*result.err);
                return {};
            }
            return result.value;
        }
        default: errorString("expected quoted string");
        }
        return {};
    }

    static int hexDigit(int32_t d)
    {
        if (d >= '0' && d <= '9')
            return d - '0';
        if (d >= 'a' && d <= 'f')
            return 10 + d - 'a';
        if (d >= 'A' && d <= 'F')
            return 10 + d - 'A';
        return -1;
    }

    // hexByte returns the next hex-encoded (two-character) byte from the input. It returns
    // false if the next two characters in the input do not encode a hex byte.
    bool hexByte(uint8_t& b)
    {
        int32_t rune1 = getRune();
        if (rune1 == kEof)
            return false;
        int value1 = hexDigit(rune1);
        if (value1 < 0)
        {
            unreadRune();
            return false;
        }
        int value2 = hexDigit(mustReadRune());
        if (value2 < 0)
        {
            errorString("illegal hex digit");
            return false;
        }
        b = uint8_t(value1 << 4 | value2);
        return true;
    }

    // hexString returns the space-delimited hexpair-encoded string.
    std::string hexString()
    {
        notEOF();
        for (uint8_t b; hexByte(b);)
            buf_ += char(b);
        if (buf_.empty())
        {
            errorString("no hex data for %x string");
            return {};
        }
        return buf_;
    }

    // scanPercent scans a literal percent character.
    void scanPercent()
    {
        skipSpace();
        notEOF();
        if (!accept("%"))
            errorString("missing literal %");
    }

    // ---- operands ----

    void storeString(void* target, std::string_view s)
    {
        GoString g = ctx_.newString(s);
        std::memcpy(target, &g, sizeof g);
    }

    void storeBytes(void* target, std::string_view s)
    {
        // []byte(str): a new array, even when empty (not a nil slice).
        void* p = ctx_.allocate(s.size(), nullptr);
        if (ctx_.failed())
            return;
        std::memcpy(p, s.data(), s.size());
        GoSlice g{p, int64_t(s.size()), int64_t(s.size())};
        std::memcpy(target, &g, sizeof g);
    }

    static void storeInt(void* target, const TypeDesc* t, uint64_t v) { std::memcpy(target, &v, t->size); }

    // scanOne scans a single value, deriving the scanner from the type of the argument.
    void scanOne(int32_t verb, GoIface arg)
    {
        buf_.clear();
        const TypeDesc* pt = dynamicType(arg.type);
        if (!pt || pt->kind != TypeKind8::Pointer)
        {
            errorString("type not a pointer: " + (pt ? pt->name : std::string("<nil>")));
            return;
        }
        const TypeDesc* t = pt->elem;
        void* target = arg.data.p;
        auto nilCheck = [&] {
            if (target)
                return true;
            ctx_.panicRuntimeError("invalid memory address or nil pointer dereference");
            abort();
            return false;
        };
        switch (t->kind)
        {
        case TypeKind8::Bool:
        {
            bool v = scanBool(verb);
            if (!failed_ && nilCheck())
                *static_cast<uint8_t*>(target) = v;
            return;
        }
        case TypeKind8::Int:
        case TypeKind8::Int8:
        case TypeKind8::Int16:
        case TypeKind8::Int32:
        case TypeKind8::Int64:
        {
            int64_t v = scanInt(verb, int(t->size * 8));
            if (!failed_ && nilCheck())
                storeInt(target, t, uint64_t(v));
            return;
        }
        case TypeKind8::Uint:
        case TypeKind8::Uint8:
        case TypeKind8::Uint16:
        case TypeKind8::Uint32:
        case TypeKind8::Uint64:
        case TypeKind8::Uintptr:
        {
            uint64_t v = scanUint(verb, int(t->size * 8));
            if (!failed_ && nilCheck())
                storeInt(target, t, v);
            return;
        }
        case TypeKind8::Float32:
        case TypeKind8::Float64:
        {
            if (!okVerb(verb, kFloatVerbs, t->kind == TypeKind8::Float32 ? "float32" : "float64"))
                return;
            skipSpace();
            notEOF();
            int bits = t->kind == TypeKind8::Float32 ? 32 : 64;
            double v = convertFloat(floatToken(), bits);
            if (failed_ || !nilCheck())
                return;
            if (bits == 32)
            {
                float f = float(v);
                std::memcpy(target, &f, 4);
            }
            else
                std::memcpy(target, &v, 8);
            return;
        }
        case TypeKind8::String:
        {
            std::string s = convertString(verb);
            if (!failed_ && nilCheck())
                storeString(target, s);
            return;
        }
        case TypeKind8::Slice:
            if (t->elem->kind == TypeKind8::Uint8)
            {
                std::string s = convertString(verb);
                if (!failed_ && nilCheck())
                    storeBytes(target, s);
                return;
            }
            break;
        default: break;
        }
        errorString("can't scan type: " + pt->name);
    }

    // doScan does the real work for scanning without a format string. At the last item, it
    // looks for a newline, if the ln form is used.
    int64_t doScan(std::span<const GoIface> a)
    {
        int64_t numProcessed = 0;
        for (GoIface arg : a)
        {
            scanOne('v', arg);
            if (failed_)
                return numProcessed;
            numProcessed++;
        }
        // Check for newline (or EOF) if required (Scanln etc.).
        if (nlIsEnd_)
        {
            for (;;)
            {
                int32_t r = getRune();
                if (r == '\n' || r == kEof)
                    break;
                if (!isSpace(r))
                {
                    errorString("expected newline");
                    break;
                }
            }
        }
        return numProcessed;
    }

    // advance determines whether the next characters in the input match those of the format.
    // It returns the number of bytes consumed in the format. All runs of space characters in
    // either input or format behave as a single space. Newlines are special, though: newlines
    // in the format must match those in the input and vice versa. This routine also handles
    // the %% case. If the return value is zero, either format starts with a % (with no
    // following %) or the input is empty. If it is negative, the input did not match the
    // string.
    int64_t advance(std::string_view format)
    {
        size_t i = 0;
        while (i < format.size() && !failed_)
        {
            DecodedRune d = decodeRune(format.substr(i));
            int32_t fmtc = int32_t(d.rune);
            size_t w = d.width;

            // Space processing.
            if (isSpace(fmtc))
            {
                int newlines = 0;
                bool trailingSpace = false;
                while (isSpace(fmtc) && i < format.size())
                {
                    if (fmtc == '\n')
                    {
                        newlines++;
                        trailingSpace = false;
                    }
                    else
                        trailingSpace = true;
                    i += w;
                    d = decodeRune(format.substr(i));
                    fmtc = int32_t(d.rune), w = d.width;
                }
                for (int j = 0; j < newlines; j++)
                {
                    int32_t inputc = getRune();
                    while (isSpace(inputc) && inputc != '\n')
                        inputc = getRune();
                    if (inputc != '\n' && inputc != kEof)
                        errorString("newline in format does not match input");
                }
                if (trailingSpace)
                {
                    int32_t inputc = getRune();
                    if (newlines == 0)
                    {
                        // If the trailing space stood alone (did not follow a newline), we
                        // need to find at least one space to consume.
                        if (!isSpace(inputc) && inputc != kEof)
                            errorString("expected space in input to match format");
                        if (inputc == '\n')
                            errorString("newline in input does not match format");
                    }
                    while (isSpace(inputc) && inputc != '\n')
                        inputc = getRune();
                    if (inputc != kEof)
                        unreadRune();
                }
                continue;
            }

            // Verbs.
            if (fmtc == '%')
            {
                // % at end of string is an error.
                if (i + w == format.size())
                {
                    errorString("missing verb: % at end of format string");
                    return 0;
                }
                // %% acts like a real percent
                int32_t nextc = int32_t(decodeRune(format.substr(i + w)).rune);
                if (nextc != '%')
                    return int64_t(i);
                i += w; // skip the first %
            }

            // Literals.
            int32_t inputc = mustReadRune();
            if (failed_)
                return int64_t(i);
            if (fmtc != inputc)
            {
                unreadRune();
                return -1;
            }
            i += w;
        }
        return int64_t(i);
    }

    // parsenum converts ASCII to integer. num is 0 (and isnum is false) if no number present.
    static size_t parsenum(std::string_view s, size_t start, size_t end, int64_t& num, bool& isnum)
    {
        num = 0;
        isnum = false;
        if (start >= end)
            return end;
        size_t newi = start;
        for (; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++)
        {
            if (num > 1000000 || num < -1000000)
            {
                num = 0;
                isnum = false;
                return end; // Overflow; crazy long number most likely.
            }
            num = num * 10 + (s[newi] - '0');
            isnum = true;
        }
        return newi;
    }

    // doScanf does the real work when scanning with a format string. At the moment, it handles
    // only pointers to basic types.
    int64_t doScanf(std::string_view format, std::span<const GoIface> a)
    {
        int64_t numProcessed = 0;
        if (format.empty())
        {
            if (!a.empty())
                errorString("too many operands");
            return 0;
        }
        size_t end = format.size() - 1;
        // We process one item per non-trivial format
        for (size_t i = 0; i <= end && !failed_;)
        {
            int64_t w = advance(format.substr(i));
            if (failed_)
                break;
            if (w > 0)
            {
                i += size_t(w);
                continue;
            }
            // Either we failed to advance, we have a percent character, or we ran out of input.
            if (format[i] != '%')
            {
                // Can't advance format. Why not?
                if (w < 0)
                    errorString("input does not match format");
                // Otherwise at EOF; "too many operands" error handled below
                break;
            }
            i++; // % is one byte

            // do we have 20 (width)?
            bool widPresent;
            i = parsenum(format, i, end, maxWid_, widPresent);
            if (!widPresent)
                maxWid_ = kHugeWid;

            DecodedRune d = decodeRune(format.substr(i));
            int32_t c = int32_t(d.rune);
            i += d.width;

            if (c != 'c')
                skipSpace();
            if (c == '%')
            {
                scanPercent();
                continue; // Do not consume an argument.
            }
            argLimit_ = limit_;
            if (int64_t f = count_ + maxWid_; f < argLimit_)
                argLimit_ = f;

            if (size_t(numProcessed) >= a.size())
            {
                // out of operands
                errorString("too few operands for format '%" + std::string(format.substr(i - d.width)) + "'");
                break;
            }
            scanOne(c, a[size_t(numProcessed)]);
            if (failed_)
                break;
            numProcessed++;
            argLimit_ = limit_;
        }
        if (size_t(numProcessed) < a.size())
            errorString("too many operands");
        return numProcessed;
    }

    NativeContext& ctx_;
    const ScanRequest& rq_;
    Source source_;
    // The string source.
    size_t pos_ = 0, lastWidth_ = 0;
    // readRune, for standard input and plain readers.
    int pending_ = 0;
    uint8_t pendBuf_[4] = {};
    int32_t peekRune_ = -1; // if >= 0 next rune; when < 0 is ^(previous Rune)
    // ss
    std::string buf_;         // token accumulator
    int64_t count_ = 0;       // runes consumed so far.
    bool atEOF_ = false;      // already read EOF
    bool nlIsEnd_ = false;    // whether newline terminates scan
    bool nlIsSpace_ = false;  // whether newline counts as white space
    int64_t argLimit_ = kHugeWid; // max value of count_ for this arg; argLimit_ <= limit_
    int64_t limit_ = kHugeWid;    // max value of count_.
    int64_t maxWid_ = kHugeWid;   // width of this arg.
    // The first error; aborted_: a script panic is pending instead.
    bool failed_ = false, aborted_ = false;
    GoIface err_{};
};

} // namespace

ScanResult scan(NativeContext& ctx, const ScanRequest& request)
{
    Scanner s(ctx, request);
    return s.run();
}

} // namespace weft::fmt
