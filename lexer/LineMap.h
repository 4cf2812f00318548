#pragma once
#include "lexer/Position.h"

#include <string>
#include <string_view>
#include <vector>

namespace weft {

// One `//line file:line[:col]` or `/*line file:line[:col]*/` directive: from `at` (a position in
// the file as written) on, positions are reported as in `file` from `line` (and `column`, 0
// when the directive gives none: columns are then unknown until the next directive).
struct LineDirective
{
    Position at;
    std::string file;
    uint32_t line = 0;
    uint32_t column = 0;
};

// A position as reported: the file and line (and column, 0 when unknown) that //line directives
// say it has.
struct ReportedPos
{
    std::string_view file;
    Position pos;
};

// The //line directives of one file, in source order, and how they relabel positions (Go's
// cmd/compile/internal/syntax: PosBase, RelLine, RelCol). Empty for almost every file, which then
// costs nothing.
class LineMap
{
public:
    bool empty() const { return directives_.empty(); }
    const std::vector<LineDirective>& directives() const { return directives_; }
    void add(LineDirective d) { directives_.push_back(std::move(d)); }

    // How `pos` of the file named `file` is reported: `file` and `pos` themselves before the
    // first directive.
    ReportedPos resolve(std::string_view file, Position pos) const;

private:
    const LineDirective* directiveAt(Position pos) const;

    std::vector<LineDirective> directives_;
};

// A directive's text after "line " (Go's updateBase): "file:line" or "file:line:col", the file
// name possibly containing ':' and empty; `previousFile` is what an empty name means in the form
// with a column. Not a directive (no ':'): false with `error` empty. A malformed number: false,
// `error` says what ("invalid line number: x") and `errorOffset` where in `text` it starts.
bool parseLineDirective(std::string_view text, std::string_view previousFile, LineDirective& out,
                        std::string& error, size_t& errorOffset);

} // namespace weft
