#pragma once
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

    // "file:line:col: message", as Go prints it.
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

    // Sorted by file and position; exact duplicates (same place and text) removed.
    std::vector<Diagnostic> sorted() const;

    // The report Go's compiler gives: sorted, at most `limit` lines, then "too many errors".
    std::string report(size_t limit = 10) const;

private:
    std::vector<Diagnostic> items_;
};

} // namespace weft
