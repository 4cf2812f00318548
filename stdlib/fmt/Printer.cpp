// Go's print.go (Go 1.19): the format string (pp.doPrintf and its argument indexes, widths and
// precisions), Sprint's and Sprintln's operand spacing, and the public entry points. Ported
// function by function; comments are Go's where they state a rule.
#include "stdlib/fmt/PrinterImpl.h"

#include "lexer/Utf8.h"

namespace weft::fmt {

bool FormatState::flag(int c) const
{
    switch (c)
    {
    case '-': return minus;
    case '+': return plus || plusV;
    case '#': return sharp || sharpV;
    case ' ': return space;
    case '0': return zero;
    default: return false;
    }
}

bool Value::fieldExported(size_t i) const
{
    std::string_view name = fieldName(i);
    return !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
}

namespace detail {

namespace {

bool isSignedKind(Kind k) { return k >= Kind::Int && k <= Kind::Int64; }
bool isUnsignedKind(Kind k) { return k >= Kind::Uint && k <= Kind::Uintptr; }

// tooLarge reports whether the magnitude of the integer is too large to be used as a
// formatting width or precision.
bool tooLarge(int64_t x)
{
    constexpr int64_t max = 1000000;
    return x > max || x < -max;
}

struct ParsedNum
{
    int num = 0;
    bool isnum = false;
    size_t newi = 0;
};

// parsenum converts ASCII to integer. num is 0 (and isnum is false) if no number present.
ParsedNum parsenum(std::string_view s, size_t start, size_t end)
{
    if (start >= end)
        return {0, false, end};
    int64_t num = 0;
    bool isnum = false;
    size_t newi = start;
    for (; newi < end && '0' <= s[newi] && s[newi] <= '9'; ++newi)
    {
        if (tooLarge(num))
            return {0, false, end}; // Overflow; crazy long number most likely.
        num = num * 10 + (s[newi] - '0');
        isnum = true;
    }
    return {static_cast<int>(num), isnum, newi};
}

} // namespace

// intFromArg gets the argNum'th element of a. isInt reports whether the argument has integer type.
Printer::IntArg Printer::intFromArg(std::span<const Value* const> a, size_t argNum)
{
    IntArg r;
    r.newArgNum = argNum;
    if (argNum < a.size())
    {
        const Value* v = a[argNum];
        if (v != nullptr && isSignedKind(v->kind()))
        {
            r.num = 0;
            int64_t n = v->intValue();
            r.isInt = true;
            if (tooLarge(n))
                r.isInt = false;
            else
                r.num = static_cast<int>(n);
        }
        else if (v != nullptr && isUnsignedKind(v->kind()))
        {
            uint64_t n = v->uintValue();
            r.isInt = static_cast<int64_t>(n) >= 0;
            if (!r.isInt || tooLarge(static_cast<int64_t>(n)))
                r.isInt = false;
            else
                r.num = static_cast<int>(n);
        }
        r.newArgNum = argNum + 1;
        if (!r.isInt)
            r.num = 0;
    }
    return r;
}

// parseArgNumber returns the value of the bracketed number, minus 1 (explicit argument numbers
// are one-indexed but we want zero-indexed). The opening bracket is known to be present at
// format[0]. The returned values are the index, the number of bytes to consume up to the
// closing paren, if present, and whether the number parsed ok. The bytes to consume will be 1
// if no closing paren is present.
struct ArgIndex
{
    int index;
    size_t wid;
    bool ok;
};
ArgIndex parseArgNumber(std::string_view format)
{
    // There must be at least 3 bytes: [n].
    if (format.size() < 3)
        return {0, 1, false};
    // Find closing bracket.
    for (size_t i = 1; i < format.size(); ++i)
    {
        if (format[i] == ']')
        {
            ParsedNum n = parsenum(format, 1, i);
            if (!n.isnum || n.newi != i)
                return {0, i + 1, false};
            return {n.num - 1, i + 1, true}; // arg numbers are one-indexed and skip paren.
        }
    }
    return {0, 1, false};
}

// argNumber returns the next argument to evaluate, which is either the value of the passed-in
// argNum or the value of the bracketed integer that begins format[i:]. It also returns the new
// value of i, that is, the index of the next byte of the format to process.
Printer::ArgNumber Printer::argNumber(size_t argNum, std::string_view format, size_t i, size_t numArgs)
{
    if (format.size() <= i || format[i] != '[')
        return {argNum, i, false};
    reordered_ = true;
    ArgIndex r = parseArgNumber(format.substr(i));
    if (r.ok && 0 <= r.index && static_cast<size_t>(r.index) < numArgs)
        return {static_cast<size_t>(r.index), i + r.wid, true};
    goodArgNum_ = false;
    return {argNum, i + r.wid, r.ok};
}

void Printer::badArgNum(char32_t verb)
{
    buf_ += "%!";
    writeRune(verb);
    buf_ += "(BADINDEX)";
}

void Printer::missingArg(char32_t verb)
{
    buf_ += "%!";
    writeRune(verb);
    buf_ += "(MISSING)";
}

void Printer::doPrintf(std::string_view format, std::span<const Value* const> a)
{
    size_t end = format.size();
    size_t argNum = 0;       // we process one argument per non-trivial format
    bool afterIndex = false; // previous item in format was an index like [3].
    reordered_ = false;
    auto printArgAt = [&](size_t n, char32_t verb) {
        argIndex_ = n;
        printArg(a[n], verb);
    };
    for (size_t i = 0; i < end;)
    {
        goodArgNum_ = true;
        size_t lasti = i;
        while (i < end && format[i] != '%')
            ++i;
        if (i > lasti)
            buf_ += format.substr(lasti, i - lasti);
        if (i >= end)
            break; // done processing format string

        // Process one verb
        ++i;

        // Do we have flags?
        fmt_.clearflags();
        bool simple = false;
        for (; i < end; ++i)
        {
            char c = format[i];
            bool isFlag = true;
            switch (c)
            {
            case '#': fmt_.flags.sharp = true; break;
            case '0': fmt_.flags.zero = !fmt_.flags.minus; break; // Only allow zero padding to the left.
            case '+': fmt_.flags.plus = true; break;
            case '-':
                fmt_.flags.minus = true;
                fmt_.flags.zero = false; // Do not pad with zeros to the right.
                break;
            case ' ': fmt_.flags.space = true; break;
            default: isFlag = false; break;
            }
            if (isFlag)
                continue;
            // Fast path for common case of ascii lower case simple verbs without precision or
            // width or argument indices.
            if ('a' <= c && c <= 'z' && argNum < a.size())
            {
                if (c == 'v')
                {
                    // Go syntax
                    fmt_.flags.sharpV = fmt_.flags.sharp;
                    fmt_.flags.sharp = false;
                    // Struct-field syntax
                    fmt_.flags.plusV = fmt_.flags.plus;
                    fmt_.flags.plus = false;
                }
                printArgAt(argNum, static_cast<char32_t>(c));
                ++argNum;
                ++i;
                simple = true;
            }
            // Format is more complex than simple flags and a verb or is malformed.
            break;
        }
        if (simple)
            continue;

        // Do we have an explicit argument index?
        ArgNumber an = argNumber(argNum, format, i, a.size());
        argNum = an.argNum;
        i = an.i;
        afterIndex = an.found;

        // Do we have width?
        if (i < end && format[i] == '*')
        {
            ++i;
            IntArg w = intFromArg(a, argNum);
            fmt_.wid = w.num;
            fmt_.flags.widPresent = w.isInt;
            argNum = w.newArgNum;
            if (!fmt_.flags.widPresent)
                buf_ += "%!(BADWIDTH)";
            // We have a negative width, so take its value and ensure that the minus flag is set
            if (fmt_.wid < 0)
            {
                fmt_.wid = -fmt_.wid;
                fmt_.flags.minus = true;
                fmt_.flags.zero = false; // Do not pad with zeros to the right.
            }
            afterIndex = false;
        }
        else
        {
            ParsedNum n = parsenum(format, i, end);
            fmt_.wid = n.num;
            fmt_.flags.widPresent = n.isnum;
            i = n.newi;
            if (afterIndex && fmt_.flags.widPresent) // "%[3]2d"
                goodArgNum_ = false;
        }

        // Do we have precision?
        if (i + 1 < end && format[i] == '.')
        {
            ++i;
            if (afterIndex) // "%[3].2d"
                goodArgNum_ = false;
            an = argNumber(argNum, format, i, a.size());
            argNum = an.argNum;
            i = an.i;
            afterIndex = an.found;
            if (i < end && format[i] == '*')
            {
                ++i;
                IntArg p = intFromArg(a, argNum);
                fmt_.prec = p.num;
                fmt_.flags.precPresent = p.isInt;
                argNum = p.newArgNum;
                // Negative precision arguments don't make sense
                if (fmt_.prec < 0)
                {
                    fmt_.prec = 0;
                    fmt_.flags.precPresent = false;
                }
                if (!fmt_.flags.precPresent)
                    buf_ += "%!(BADPREC)";
                afterIndex = false;
            }
            else
            {
                ParsedNum n = parsenum(format, i, end);
                fmt_.prec = n.num;
                fmt_.flags.precPresent = n.isnum;
                i = n.newi;
                if (!fmt_.flags.precPresent)
                {
                    fmt_.prec = 0;
                    fmt_.flags.precPresent = true;
                }
            }
        }

        if (!afterIndex)
        {
            an = argNumber(argNum, format, i, a.size());
            argNum = an.argNum;
            i = an.i;
            afterIndex = an.found;
        }

        if (i >= end)
        {
            buf_ += "%!(NOVERB)";
            break;
        }

        char32_t verb = static_cast<unsigned char>(format[i]);
        size_t size = 1;
        if (verb >= 0x80)
        {
            DecodedRune d = decodeRune(format.substr(i));
            verb = d.rune;
            size = d.width;
        }
        i += size;

        if (verb == '%')
            buf_ += '%'; // Percent does not absorb operands and ignores f.wid and f.prec.
        else if (!goodArgNum_)
            badArgNum(verb);
        else if (argNum >= a.size())
            missingArg(verb); // No argument left over to print for the current verb.
        else
        {
            if (verb == 'v')
            {
                // Go syntax
                fmt_.flags.sharpV = fmt_.flags.sharp;
                fmt_.flags.sharp = false;
                // Struct-field syntax
                fmt_.flags.plusV = fmt_.flags.plus;
                fmt_.flags.plus = false;
            }
            printArgAt(argNum, verb);
            ++argNum;
        }
    }

    // Check for extra arguments unless the call accessed the arguments out of order, in which
    // case it's too expensive to detect if they've all been used and arguably OK if they're not.
    if (!reordered_ && argNum < a.size())
    {
        fmt_.clearflags();
        buf_ += "%!(EXTRA ";
        for (size_t k = argNum; k < a.size(); ++k)
        {
            if (k > argNum)
                buf_ += ", ";
            const Value* arg = a[k];
            if (isNilValue(arg))
                buf_ += kNilAngle;
            else
            {
                auto dynamic = arg->kind() == Kind::Interface ? arg->elem() : nullptr;
                const Value* shown = dynamic ? dynamic.get() : arg;
                if (isNilValue(shown))
                    buf_ += kNilAngle;
                else
                {
                    buf_ += shown->typeString();
                    buf_ += '=';
                    printArgAt(k, 'v');
                }
            }
        }
        buf_ += ')';
    }
}

void Printer::doPrint(std::span<const Value* const> a)
{
    bool prevString = false;
    for (size_t argNum = 0; argNum < a.size(); ++argNum)
    {
        const Value* arg = a[argNum];
        std::unique_ptr<Value> dynamic;
        if (!isNilValue(arg) && arg->kind() == Kind::Interface)
        {
            dynamic = arg->elem();
            arg = dynamic.get();
        }
        bool isString = !isNilValue(arg) && arg->kind() == Kind::String;
        // Add a space between two non-string arguments.
        if (argNum > 0 && !isString && !prevString)
            buf_ += ' ';
        argIndex_ = argNum;
        printArg(arg, 'v');
        prevString = isString;
    }
}

// doPrintln is like doPrint but always adds a space between arguments and a newline after the
// last argument.
void Printer::doPrintln(std::span<const Value* const> a)
{
    for (size_t argNum = 0; argNum < a.size(); ++argNum)
    {
        if (argNum > 0)
            buf_ += ' ';
        argIndex_ = argNum;
        printArg(a[argNum], 'v');
    }
    buf_ += '\n';
}

} // namespace detail

std::string sprint(std::span<const Value* const> args)
{
    detail::Printer p;
    p.doPrint(args);
    return p.take();
}

std::string sprintln(std::span<const Value* const> args)
{
    detail::Printer p;
    p.doPrintln(args);
    return p.take();
}

SprintfResult sprintf(std::string_view format, std::span<const Value* const> args, bool allowWrap)
{
    detail::Printer p;
    p.wrapErrs = allowWrap;
    p.doPrintf(format, args);
    SprintfResult result;
    result.text = p.take();
    if (p.wrappedErr)
        result.wrapped.push_back(*p.wrappedErr);
    return result;
}

} // namespace weft::fmt
