// Source positions of the generated code as the runtime reports them: Function::lines, and
// Function::file and fileRuns where //line directives name other files.
#include "compiler/CodegenImpl.h"

namespace weft {

namespace detail {

namespace {

// Go's runtime names a position whose directive gave no file "??" (cmd/internal/objabi.AbsFile).
std::string_view runtimeFileName(std::string_view name) { return name.empty() ? "??" : name; }

} // namespace

void Generator::placeFunction(Function* fn, const File* file, Position pos)
{
    if (!file)
        return;
    ReportedPos r = file->lines.resolve(file->name, pos);
    fn->file = std::string(file->lines.empty() ? r.file : runtimeFileName(r.file));
    fn->line = int32_t(r.pos.line);
}

void Generator::relabel(Position pos)
{
    ReportedPos r = st_->file->lines.resolve(st_->file->name, pos);
    st_->line = int32_t(r.pos.line);
    std::string_view name = runtimeFileName(r.file);
    Function* fn = st_->fn;
    if (name == (fn->fileRuns.empty() ? fn->file : fn->fileRuns.back().file))
        return;
    const uint32_t pc = uint32_t(here());
    if (!fn->fileRuns.empty() && fn->fileRuns.back().pc == pc)
        fn->fileRuns.back().file = std::string(name); // nothing was emitted in the file before
    else
        fn->fileRuns.push_back({pc, std::string(name)});
}

} // namespace detail

} // namespace weft
