#include "api/Compile.h"

#include "compiler/Codegen.h"
#include "compiler/TypeChecker.h"
#include "lexer/MachineStack.h"
#include "parser/Parser.h"
#include "stdlib/StdlibNatives.h"
#include "vm/Verifier.h"

namespace weft {

Compiled compileSources(std::vector<SourceText> sources, bool verify, bool allFunctions, const HostPackages* host)
{
    Compiled c;
    c.status = 1;
    DiagnosticList diags;
    // On a thread with a large stack: the passes recurse over the tree, and generated code nests
    // deeper (a 100,000-term sum) than the calling thread's stack would take.
    onLargeStack([&] {
        std::vector<std::unique_ptr<File>> files;
        for (SourceText& s : sources)
            files.push_back(parseFile(s.path, std::move(s.text), diags));
        c.program = checkProgram(std::move(files), diags, false, host ? &host->sources : nullptr);
        if (!diags.empty() || !c.program)
            return;
        NativeRegistry natives;
        registerStdlibNatives(natives);
        if (host)
            for (const auto& [name, entry] : host->natives)
                natives.add(name, entry.fn, entry.data);
        c.module = generateCode(*c.program, natives, diags, allFunctions);
    });
    if (!c.program || !c.module || !diags.empty())
    {
        c.module.reset();
        c.report = diags.report();
        c.diagnostics = diags.sorted();
        return c;
    }
    if (verify && verifierEnabled())
        if (std::optional<VerifyError> e = verifyModule(*c.module))
        {
            c.module.reset();
            c.report = e->format() + "\n";
            c.status = 3;
            return c;
        }
    c.status = 0;
    return c;
}

} // namespace weft
