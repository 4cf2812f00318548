#include "lexer/Lexer.h"

#include "lexer/Quote.h"
#include "lexer/UnicodeTables.h"
#include "lexer/Utf8.h"

namespace weft {

// The scanner follows Go's compiler (cmd/compile/internal/syntax/scanner.go and source.go)
// closely, so that its tokens, error messages and error positions are Go's.
class LexerImpl
{
public:
    explicit LexerImpl(Lexer& lexer) : lx_(lexer) {}

    Token scan();
    void nextch();

private:
    static constexpr int32_t kEof = -1;

    Lexer& lx_;
    size_t tokStart_ = 0;
    // Where the last consumed character ends: a token's text excludes bytes skipped after it.
    size_t consumedEnd_ = 0;
    Position tokPos_;

    int32_t ch() const { return lx_.ch_; }
    Position pos() const
    {
        return {lx_.line_, static_cast<uint32_t>(lx_.offset_ - lx_.lineStart_ + 1)};
    }
    void errorAt(Position at, std::string message) { lx_.diags_.add(lx_.file_, at, std::move(message)); }
    // At the current character.
    void error(std::string message) { errorAt(pos(), std::move(message)); }
    // At a byte offset from the start of the current token (which must not span lines there).
    void errorAtTokenOffset(size_t offset, std::string message)
    {
        errorAt({tokPos_.line, tokPos_.column + static_cast<uint32_t>(offset)}, std::move(message));
    }

    void start()
    {
        tokStart_ = lx_.offset_;
        consumedEnd_ = lx_.offset_;
        tokPos_ = pos();
    }
    std::string_view segment() const { return lx_.src_.substr(tokStart_, consumedEnd_ - tokStart_); }
    Token make(Tok kind) const { return Token{kind, tokPos_, segment()}; }
    Token makeLiteral(Tok kind)
    {
        lx_.insertSemicolon_ = true;
        return make(kind);
    }
    // An operator optionally followed by '=' (x and x=).
    Token operatorOrAssign(Tok op, Tok assign)
    {
        if (ch() == '=')
        {
            nextch();
            return make(assign);
        }
        return make(op);
    }

    bool atIdentChar(bool first);
    Token identifier();
    int digits(int base, int& invalid);
    Token number(bool seenPoint);
    Token runeLiteral();
    Token interpretedString();
    Token rawString();
    void skipLine();
    bool skipComment();
    void lineDirective(std::string_view text, Position after, uint32_t textColumn);
    // Only blanks precede the current token on its line.
    bool blankBeforeToken() const
    {
        std::string_view before = lx_.src_.substr(lx_.lineStart_, tokStart_ - lx_.lineStart_);
        return before.find_first_not_of(" \t") == std::string_view::npos;
    }
    bool escape(char quote);
};

namespace {

constexpr int32_t lower(int32_t ch) { return ('a' - 'A') | ch; }
constexpr bool isAsciiLetter(int32_t ch) { return ('a' <= lower(ch) && lower(ch) <= 'z') || ch == '_'; }
constexpr bool isDecimal(int32_t ch) { return '0' <= ch && ch <= '9'; }
constexpr bool isHex(int32_t ch) { return isDecimal(ch) || ('a' <= lower(ch) && lower(ch) <= 'f'); }

const char* baseName(int base)
{
    switch (base)
    {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
    }
}

} // namespace

int invalidDigitSeparator(std::string_view x)
{
    int32_t prefix = ' '; // only 'x' matters
    char kind = '.';      // of the previous character: '_', '0' (a digit) or '.' (anything else)
    size_t i = 0;
    // A base prefix counts as a digit.
    if (x.size() >= 2 && x[0] == '0')
    {
        prefix = lower(static_cast<unsigned char>(x[1]));
        if (prefix == 'x' || prefix == 'o' || prefix == 'b')
        {
            kind = '0';
            i = 2;
        }
    }
    for (; i < x.size(); ++i)
    {
        char previous = kind;
        int32_t c = static_cast<unsigned char>(x[i]);
        if (c == '_')
        {
            kind = '_';
            if (previous != '0')
                return static_cast<int>(i);
        }
        else if (isDecimal(c) || (prefix == 'x' && isHex(c)))
            kind = '0';
        else
        {
            if (previous == '_')
                return static_cast<int>(i) - 1;
            kind = '.';
        }
    }
    return kind == '_' ? static_cast<int>(x.size()) - 1 : -1;
}

void LexerImpl::nextch()
{
    if (lx_.ch_ == '\n')
    {
        ++lx_.line_;
        lx_.lineStart_ = lx_.offset_ + 1;
    }
    lx_.offset_ += lx_.chWidth_;
    consumedEnd_ = lx_.offset_;
    for (;;)
    {
        std::string_view rest = lx_.src_.substr(lx_.offset_);
        if (rest.empty())
        {
            lx_.ch_ = kEof;
            lx_.chWidth_ = 0;
            return;
        }
        DecodedRune d = decodeRune(rest);
        if (d.rune == 0)
            error("invalid NUL character");
        else if (d.rune == kRuneError && d.width == 1)
            error("invalid UTF-8 encoding");
        else if (d.rune == 0xFEFF)
        {
            // A byte order mark is allowed (and ignored) only as the file's first character.
            if (lx_.offset_ > 0)
                error("invalid BOM in the middle of the file");
        }
        else
        {
            lx_.ch_ = static_cast<int32_t>(d.rune);
            lx_.chWidth_ = d.width;
            return;
        }
        lx_.offset_ += d.width;
    }
}

bool LexerImpl::atIdentChar(bool first)
{
    int32_t c = ch();
    if (c == kEof)
        return false;
    if (isAsciiLetter(c) || isUnicodeLetter(static_cast<char32_t>(c)))
        return true;
    if (isDecimal(c) || (c >= 0x80 && isUnicodeDigit(static_cast<char32_t>(c))))
    {
        if (first)
            error("identifier cannot begin with digit " + formatCodePoint(static_cast<uint32_t>(c)));
        return true;
    }
    if (c >= 0x80)
    {
        error("invalid character " + formatCodePoint(static_cast<uint32_t>(c)) + " in identifier");
        return true;
    }
    return false;
}

Token LexerImpl::identifier()
{
    while (isAsciiLetter(ch()) || isDecimal(ch()))
        nextch();
    if (ch() >= 0x80)
        while (atIdentChar(false))
            nextch();

    std::string_view name = segment();
    Tok kind = name.size() >= 2 ? keywordOrIdent(name) : Tok::Ident;
    lx_.insertSemicolon_ = kind == Tok::Ident || kind == Tok::Break || kind == Tok::Continue ||
                           kind == Tok::Fallthrough || kind == Tok::Return;
    return make(kind);
}

// Accepts { digit | '_' } and returns a bit set: 1 if digits were seen, 2 if separators were.
// For base <= 10 every decimal digit is accepted, but the offset of the first one >= base is
// recorded in `invalid` (if still < 0).
int LexerImpl::digits(int base, int& invalid)
{
    int seen = 0;
    if (base <= 10)
    {
        int32_t max = '0' + base;
        while (isDecimal(ch()) || ch() == '_')
        {
            if (ch() == '_')
                seen |= 2;
            else
            {
                seen |= 1;
                if (ch() >= max && invalid < 0)
                    invalid = static_cast<int>(lx_.offset_ - tokStart_);
            }
            nextch();
        }
    }
    else
    {
        while (isHex(ch()) || ch() == '_')
        {
            seen |= ch() == '_' ? 2 : 1;
            nextch();
        }
    }
    return seen;
}

Token LexerImpl::number(bool seenPoint)
{
    bool ok = true;
    Tok kind = Tok::Int;
    int base = 10;
    char prefix = 0; // 0 (decimal), '0' (legacy octal), 'x', 'o' or 'b'
    int seen = 0;    // bit 0: a digit, bit 1: a '_'
    int invalid = -1;

    if (!seenPoint)
    {
        if (ch() == '0')
        {
            nextch();
            switch (lower(ch()))
            {
            case 'x':
                nextch();
                base = 16, prefix = 'x';
                break;
            case 'o':
                nextch();
                base = 8, prefix = 'o';
                break;
            case 'b':
                nextch();
                base = 2, prefix = 'b';
                break;
            default:
                base = 8, prefix = '0';
                seen = 1; // the leading 0
            }
        }
        seen |= digits(base, invalid);
        if (ch() == '.')
        {
            if (prefix == 'o' || prefix == 'b')
            {
                error(std::string("invalid radix point in ") + baseName(base) + " literal");
                ok = false;
            }
            nextch();
            seenPoint = true;
        }
    }

    if (seenPoint)
    {
        kind = Tok::Float;
        seen |= digits(base, invalid);
    }

    if ((seen & 1) == 0 && ok)
    {
        error(std::string(baseName(base)) + " literal has no digits");
        ok = false;
    }

    int32_t e = lower(ch());
    if (e == 'e' || e == 'p')
    {
        if (ok)
        {
            if (e == 'e' && prefix != 0 && prefix != '0')
            {
                error(quoteRune(static_cast<uint32_t>(ch())) + " exponent requires decimal mantissa");
                ok = false;
            }
            else if (e == 'p' && prefix != 'x')
            {
                error(quoteRune(static_cast<uint32_t>(ch())) + " exponent requires hexadecimal mantissa");
                ok = false;
            }
        }
        nextch();
        kind = Tok::Float;
        if (ch() == '+' || ch() == '-')
            nextch();
        int ignored = -1;
        seen = digits(10, ignored) | (seen & 2);
        if ((seen & 1) == 0 && ok)
        {
            error("exponent has no digits");
            ok = false;
        }
    }
    else if (prefix == 'x' && kind == Tok::Float && ok)
    {
        error("hexadecimal mantissa requires a 'p' exponent");
        ok = false;
    }

    if (ch() == 'i')
    {
        kind = Tok::Imag;
        nextch();
    }

    Token token = makeLiteral(kind);
    if (kind == Tok::Int && invalid >= 0 && ok)
    {
        errorAtTokenOffset(static_cast<size_t>(invalid),
            "invalid digit " + quoteRune(static_cast<unsigned char>(token.text[static_cast<size_t>(invalid)])) +
                " in " + baseName(base) + " literal");
        ok = false;
    }
    if ((seen & 2) != 0 && ok)
    {
        int at = invalidDigitSeparator(token.text);
        if (at >= 0)
            errorAtTokenOffset(static_cast<size_t>(at), "'_' must separate successive digits");
    }
    return token;
}

// After a backslash: one escape sequence of a literal quoted by `quote`. Reports a malformed
// escape and returns false; an escape cut short by the end of input is left to the caller.
bool LexerImpl::escape(char quote)
{
    int digitCount;
    uint32_t base, max;
    switch (ch())
    {
    case 'a':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
    case 'v':
    case '\\':
        nextch();
        return true;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
        digitCount = 3, base = 8, max = 255;
        break;
    case 'x':
        nextch();
        digitCount = 2, base = 16, max = 255;
        break;
    case 'u':
        nextch();
        digitCount = 4, base = 16, max = kMaxRune;
        break;
    case 'U':
        nextch();
        digitCount = 8, base = 16, max = kMaxRune;
        break;
    default:
        if (ch() == quote)
        {
            nextch();
            return true;
        }
        if (ch() == kEof)
            return true;
        error("unknown escape");
        return false;
    }

    uint32_t value = 0;
    for (int i = 0; i < digitCount; ++i)
    {
        if (ch() == kEof)
            return true;
        uint32_t d = base;
        if (isDecimal(ch()))
            d = static_cast<uint32_t>(ch() - '0');
        else if ('a' <= lower(ch()) && lower(ch()) <= 'f')
            d = static_cast<uint32_t>(lower(ch()) - 'a' + 10);
        if (d >= base)
        {
            error("invalid character " + quoteRune(static_cast<uint32_t>(ch())) + " in " +
                  baseName(static_cast<int>(base)) + " escape");
            return false;
        }
        value = value * base + d;
        nextch();
    }

    if (value > max && base == 8)
    {
        error("octal escape value " + std::to_string(value) + " > 255");
        return false;
    }
    if (value > max || (value >= 0xD800 && value < 0xE000))
    {
        error("escape is invalid Unicode code point " + formatCodePoint(value));
        return false;
    }
    return true;
}

Token LexerImpl::runeLiteral()
{
    bool ok = true;
    nextch();
    for (int count = 0;; ++count)
    {
        if (ch() == '\'')
        {
            if (ok)
            {
                if (count == 0)
                {
                    error("empty rune literal or unescaped '");
                    ok = false;
                }
                else if (count != 1)
                {
                    errorAtTokenOffset(0, "more than one character in rune literal");
                    ok = false;
                }
            }
            nextch();
            break;
        }
        if (ch() == '\\')
        {
            nextch();
            if (!escape('\''))
                ok = false;
            continue;
        }
        if (ch() == '\n')
        {
            if (ok)
            {
                error("newline in rune literal");
                ok = false;
            }
            break;
        }
        if (ch() == kEof)
        {
            if (ok)
            {
                errorAtTokenOffset(0, "rune literal not terminated");
                ok = false;
            }
            break;
        }
        nextch();
    }
    return makeLiteral(Tok::Char);
}

Token LexerImpl::interpretedString()
{
    nextch();
    for (;;)
    {
        if (ch() == '"')
        {
            nextch();
            break;
        }
        if (ch() == '\\')
        {
            nextch();
            escape('"');
            continue;
        }
        if (ch() == '\n')
        {
            error("newline in string");
            break;
        }
        if (ch() == kEof)
        {
            errorAtTokenOffset(0, "string not terminated");
            break;
        }
        nextch();
    }
    return makeLiteral(Tok::String);
}

Token LexerImpl::rawString()
{
    nextch();
    for (;;)
    {
        if (ch() == '`')
        {
            nextch();
            break;
        }
        if (ch() == kEof)
        {
            errorAtTokenOffset(0, "string not terminated");
            break;
        }
        nextch();
    }
    return makeLiteral(Tok::String);
}

// Up to (not including) the newline, which may turn into a semicolon.
void LexerImpl::skipLine()
{
    while (ch() != kEof && ch() != '\n')
        nextch();
}

// After "/*": through the closing "*/"; false (reported) when the input ends first.
bool LexerImpl::skipComment()
{
    while (ch() != kEof)
    {
        while (ch() == '*')
        {
            nextch();
            if (ch() == '/')
            {
                nextch();
                return true;
            }
        }
        nextch();
    }
    errorAtTokenOffset(0, "comment not terminated");
    return false;
}

// A comment's text starting "line ": a line directive in force from `after` on, or an error at
// the bad number (`textColumn` is where the text after "line " starts).
void LexerImpl::lineDirective(std::string_view text, Position after, uint32_t textColumn)
{
    if (!lx_.lines_)
        return;
    const auto& ds = lx_.lines_->directives();
    LineDirective d;
    std::string error;
    size_t errorOffset = 0;
    if (parseLineDirective(text, ds.empty() ? std::string_view(lx_.file_) : std::string_view(ds.back().file), d,
                           error, errorOffset))
    {
        d.at = after;
        lx_.lines_->add(std::move(d));
    }
    else if (!error.empty())
        errorAt({tokPos_.line, textColumn + uint32_t(errorOffset)}, std::move(error));
}

Token LexerImpl::scan()
{
    bool nlsemi = lx_.insertSemicolon_;
    lx_.insertSemicolon_ = false;

    for (;;)
    {
        while (ch() == ' ' || ch() == '\t' || (ch() == '\n' && !nlsemi) || ch() == '\r')
            nextch();

        start();
        if (isAsciiLetter(ch()) || (ch() >= 0x80 && atIdentChar(true)))
        {
            nextch();
            return identifier();
        }

        switch (ch())
        {
        case kEof:
            if (nlsemi)
                return Token{Tok::Semicolon, tokPos_, "EOF"};
            return Token{Tok::Eof, tokPos_, ""};
        case '\n':
            nextch();
            return Token{Tok::Semicolon, tokPos_, "newline"};
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7':
        case '8':
        case '9':
            return number(false);
        case '"':
            return interpretedString();
        case '`':
            return rawString();
        case '\'':
            return runeLiteral();
        case '(':
            nextch();
            return make(Tok::LParen);
        case '[':
            nextch();
            return make(Tok::LBrack);
        case '{':
            nextch();
            return make(Tok::LBrace);
        case ',':
            nextch();
            return make(Tok::Comma);
        case ';':
            nextch();
            return make(Tok::Semicolon);
        case ')':
            nextch();
            lx_.insertSemicolon_ = true;
            return make(Tok::RParen);
        case ']':
            nextch();
            lx_.insertSemicolon_ = true;
            return make(Tok::RBrack);
        case '}':
            nextch();
            lx_.insertSemicolon_ = true;
            return make(Tok::RBrace);
        case ':':
            nextch();
            if (ch() == '=')
            {
                nextch();
                return make(Tok::Define);
            }
            return make(Tok::Colon);
        case '.':
            nextch();
            if (isDecimal(ch()))
                return number(true);
            // ".." is two periods: take the second only as part of "...".
            if (ch() == '.' && lx_.src_.substr(lx_.offset_ + 1, 1) == ".")
            {
                nextch();
                nextch();
                return make(Tok::Ellipsis);
            }
            return make(Tok::Period);
        case '+':
            nextch();
            if (ch() == '+')
            {
                nextch();
                lx_.insertSemicolon_ = true;
                return make(Tok::Inc);
            }
            return operatorOrAssign(Tok::Add, Tok::AddAssign);
        case '-':
            nextch();
            if (ch() == '-')
            {
                nextch();
                lx_.insertSemicolon_ = true;
                return make(Tok::Dec);
            }
            return operatorOrAssign(Tok::Sub, Tok::SubAssign);
        case '*':
            nextch();
            return operatorOrAssign(Tok::Mul, Tok::MulAssign);
        case '/':
            nextch();
            if (ch() == '/')
            {
                nextch();
                skipLine();
                // `//line` directives start a line; the directive applies from the next one.
                std::string_view text = lx_.src_.substr(tokStart_ + 2, lx_.offset_ - tokStart_ - 2);
                if (text.ends_with('\r'))
                    text.remove_suffix(1);
                if (tokPos_.column == 1 && text.starts_with("line "))
                    lineDirective(text.substr(5), {tokPos_.line + 1, 1}, 8);
                else if (text.starts_with("go:") && lx_.goDirectives_ && blankBeforeToken())
                    lx_.goDirectives_->push_back(GoDirective{tokPos_, text});
                continue;
            }
            if (ch() == '*')
            {
                nextch();
                if (skipComment())
                {
                    std::string_view comment = lx_.src_.substr(tokStart_, lx_.offset_ - tokStart_);
                    if (comment.substr(2).starts_with("line "))
                        lineDirective(comment.substr(7, comment.size() - 9),
                                      {tokPos_.line, tokPos_.column + uint32_t(comment.size())}, tokPos_.column + 7);
                }
                // A comment spanning lines acts like a newline.
                if (lx_.line_ > tokPos_.line && nlsemi)
                    return Token{Tok::Semicolon, tokPos_, "newline"};
                continue;
            }
            return operatorOrAssign(Tok::Quo, Tok::QuoAssign);
        case '%':
            nextch();
            return operatorOrAssign(Tok::Rem, Tok::RemAssign);
        case '&':
            nextch();
            if (ch() == '&')
            {
                nextch();
                return make(Tok::LAnd);
            }
            if (ch() == '^')
            {
                nextch();
                return operatorOrAssign(Tok::AndNot, Tok::AndNotAssign);
            }
            return operatorOrAssign(Tok::And, Tok::AndAssign);
        case '|':
            nextch();
            if (ch() == '|')
            {
                nextch();
                return make(Tok::LOr);
            }
            return operatorOrAssign(Tok::Or, Tok::OrAssign);
        case '^':
            nextch();
            return operatorOrAssign(Tok::Xor, Tok::XorAssign);
        case '<':
            nextch();
            if (ch() == '=')
            {
                nextch();
                return make(Tok::Leq);
            }
            if (ch() == '<')
            {
                nextch();
                return operatorOrAssign(Tok::Shl, Tok::ShlAssign);
            }
            if (ch() == '-')
            {
                nextch();
                return make(Tok::Arrow);
            }
            return make(Tok::Lss);
        case '>':
            nextch();
            if (ch() == '=')
            {
                nextch();
                return make(Tok::Geq);
            }
            if (ch() == '>')
            {
                nextch();
                return operatorOrAssign(Tok::Shr, Tok::ShrAssign);
            }
            return make(Tok::Gtr);
        case '=':
            nextch();
            return operatorOrAssign(Tok::Assign, Tok::Eql);
        case '!':
            nextch();
            return operatorOrAssign(Tok::Not, Tok::Neq);
        case '~':
            nextch();
            return make(Tok::Tilde);
        default:
            error("invalid character " + formatCodePoint(static_cast<uint32_t>(ch())));
            nextch();
            continue;
        }
    }
}

Lexer::Lexer(std::string_view source, std::string file, DiagnosticList& diags, LineMap* lines,
             std::vector<GoDirective>* goDirectives)
    : src_(source), file_(std::move(file)), diags_(diags), lines_(lines), goDirectives_(goDirectives)
{
    // A "#!" first line (a script's interpreter line) is not Go: skip it, keeping its newline.
    if (src_.substr(0, 2) == "#!")
    {
        size_t newline = src_.find('\n');
        offset_ = newline == std::string_view::npos ? src_.size() : newline;
    }
    chWidth_ = 0;
    LexerImpl(*this).nextch();
}

Token Lexer::next() { return LexerImpl(*this).scan(); }

} // namespace weft
