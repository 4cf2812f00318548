#include "lexer/Diagnostic.h"

#include <algorithm>

namespace weft {

namespace {

std::string where(const Diagnostic& d)
{
    std::string s = d.file;
    s += ':';
    s += std::to_string(d.pos.line);
    if (d.pos.column != 0 || d.pos.line == 0)
    {
        s += ':';
        s += std::to_string(d.pos.column);
    }
    return s;
}

} // namespace

std::string Diagnostic::format() const { return where(*this) + ": " + message; }

void DiagnosticList::setLineMap(const std::string& file, const LineMap& lines)
{
    for (auto& [name, map] : lineMaps_)
        if (name == file)
        {
            map = lines;
            return;
        }
    lineMaps_.emplace_back(file, lines);
}

void DiagnosticList::add(std::string file, Position pos, std::string message)
{
    items_.push_back(Diagnostic{std::move(file), pos, std::move(message)});
}

std::vector<Diagnostic> DiagnosticList::sorted() const
{
    std::vector<Diagnostic> out = items_;
    for (const auto& [name, map] : lineMaps_)
        for (Diagnostic& d : out)
            if (d.file == name)
            {
                ReportedPos r = map.resolve(d.file, d.pos);
                d.pos = r.pos;
                d.file = std::string(r.file);
            }
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
            out += where(all[i]) + ": too many errors\n";
            break;
        }
        out += all[i].format() + "\n";
    }
    return out;
}

} // namespace weft
