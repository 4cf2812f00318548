#include "lexer/LineMap.h"

#include <algorithm>

namespace weft {

namespace {

constexpr uint64_t kPosMax = uint64_t(1) << 30; // Go's syntax.PosMax

// Go's trailingDigits: the index after the last ':' (0 when there is none), and the decimal
// number after it (ok false when it is not one: strconv.ParseUint(s, 10, 0) fails).
size_t trailingDigits(std::string_view text, uint64_t& n, bool& ok)
{
    size_t colon = text.rfind(':');
    if (colon == std::string_view::npos)
        return 0;
    std::string_view digits = text.substr(colon + 1);
    n = 0;
    ok = !digits.empty();
    for (char c : digits)
    {
        if (c < '0' || c > '9' || n > (UINT64_MAX - uint64_t(c - '0')) / 10)
        {
            ok = false;
            break;
        }
        n = n * 10 + uint64_t(c - '0');
    }
    return colon + 1;
}

} // namespace

bool parseLineDirective(std::string_view text, std::string_view previousFile, LineDirective& out,
                        std::string& error, size_t& errorOffset)
{
    error.clear();
    uint64_t n = 0;
    bool ok = false;
    size_t i = trailingDigits(text, n, ok);
    if (i == 0)
        return false;
    if (!ok)
    {
        error = "invalid line number: " + std::string(text.substr(i));
        errorOffset = i;
        return false;
    }
    uint64_t n2 = 0;
    bool ok2 = false;
    size_t i2 = trailingDigits(text.substr(0, i - 1), n2, ok2);
    uint64_t line = n, col = 0;
    if (ok2)
    {
        // file:line:col
        std::swap(i, i2);
        line = n2;
        col = n;
        if (col == 0 || col > kPosMax)
        {
            error = "invalid column number: " + std::string(text.substr(i2));
            errorOffset = i2;
            return false;
        }
        text = text.substr(0, i2 - 1);
    }
    if (line == 0 || line > kPosMax)
    {
        error = "invalid line number: " + std::string(text.substr(i));
        errorOffset = i;
        return false;
    }
    std::string_view file = text.substr(0, i - 1);
    // With a column, an empty file name keeps the previous one.
    out.file = std::string(file.empty() && ok2 ? previousFile : file);
    out.line = uint32_t(line);
    out.column = uint32_t(col);
    return true;
}

const LineDirective* LineMap::directiveAt(Position pos) const
{
    auto it = std::upper_bound(directives_.begin(), directives_.end(), pos,
                               [](Position p, const LineDirective& d) { return p < d.at; });
    return it == directives_.begin() ? nullptr : &*(it - 1);
}

ReportedPos LineMap::resolve(std::string_view file, Position pos) const
{
    const LineDirective* d = directiveAt(pos);
    if (!d || !pos.valid())
        return {file, pos};
    Position rel;
    rel.line = d->line + (pos.line - d->at.line);
    // Columns are relative to the directive only on its own line; unknown after a line-only one.
    if (d->column == 0)
        rel.column = 0;
    else if (pos.line == d->at.line)
        rel.column = d->column + (pos.column - d->at.column);
    else
        rel.column = pos.column;
    return {d->file, rel};
}

} // namespace weft
