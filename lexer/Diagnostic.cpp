#include "lexer/Diagnostic.h"

#include <algorithm>

namespace weft {

std::string Diagnostic::format() const
{
    return file + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column) + ": " + message;
}

void DiagnosticList::add(std::string file, Position pos, std::string message)
{
    items_.push_back(Diagnostic{std::move(file), pos, std::move(message)});
}

std::vector<Diagnostic> DiagnosticList::sorted() const
{
    std::vector<Diagnostic> out = items_;
    // Stable: two errors at one position keep the order they were found in.
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        if (a.file != b.file)
            return a.file < b.file;
        return a.pos < b.pos;
    });
    out.erase(std::unique(out.begin(), out.end(),
                  [](const Diagnostic& a, const Diagnostic& b) {
                      return a.file == b.file && a.pos == b.pos && a.message == b.message;
                  }),
        out.end());
    return out;
}

std::string DiagnosticList::report(size_t limit) const
{
    std::string out;
    std::vector<Diagnostic> all = sorted();
    for (size_t i = 0; i < all.size(); ++i)
    {
        if (i == limit)
        {
            out += all[i].file + ":" + std::to_string(all[i].pos.line) + ":" + std::to_string(all[i].pos.column) +
                   ": too many errors\n";
            break;
        }
        out += all[i].format() + "\n";
    }
    return out;
}

} // namespace weft
