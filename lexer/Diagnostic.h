#pragma once
#include "lexer/LineMap.h"
#include "lexer/Position.h"

#include <string>
#include <vector>

namespace weft {

// An error found in a program: a value, never an exception thrown across layers.
struct Diagnostic
{
    std::string file;
    Position pos;
    std::string message;

    // "file:line:col: message", as Go prints it ("file:line: message" when the column is unknown,
    // after a //line directive without one).
    std::string format() const;
};

// The diagnostics of one run. Layers append; the caller sorts and prints.
class DiagnosticList
{
public:
    void add(std::string file, Position pos, std::string message);
    bool empty() const { return items_.empty(); }
    size_t size() const { return items_.size(); }
    const std::vector<Diagnostic>& items() const { return items_; }

    // Positions in the file named `file` are reported as its //line directives say.
    void setLineMap(const std::string& file, const LineMap& lines);

    // Relabeled by the line maps, sorted by file and position; exact duplicates (same place and
    // text) removed.
    std::vector<Diagnostic> sorted() const;

    // The report Go's compiler gives: sorted, at most `limit` lines, then "too many errors".
    std::string report(size_t limit = 10) const;

private:
    std::vector<Diagnostic> items_;
    std::vector<std::pair<std::string, LineMap>> lineMaps_; // only files with directives
};

} // namespace weft
