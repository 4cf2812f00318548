#pragma once
// Source to runnable module: parse, check, compile with the standard packages' natives, and
// (WEFT_VERIFY=1) verify. What the command line, the embedding API and the REPL share.
#include "api/SourceText.h"
#include "compiler/Program.h"
#include "lexer/Diagnostic.h"
#include "vm/Module.h"
#include "vm/NativeRegistry.h"
#include "compiler/StdlibSources.h"

#include <memory>
#include <string>
#include <vector>

namespace weft {

struct Compiled
{
    std::unique_ptr<Program> program; // the checked program (the module's types point into it)
    std::unique_ptr<Module> module;   // null on failure
    // On failure: 1 for errors in the program (diagnostics), 3 for an internal compiler error
    // (the verifier refused what the code generator made: vm/Verifier.h); report is what to print.
    int status = 0;
    std::string report;
    std::vector<Diagnostic> diagnostics;
};

// verify: run the bytecode verifier when WEFT_VERIFY asks for it.
// Packages an embedding host provides: their Go declarations, and the natives their bodiless
// functions bind to (by native name, "host.Greet").
struct HostPackages
{
    std::vector<StdlibSource> sources;
    std::vector<std::pair<std::string, NativeEntry>> natives;
};

// allFunctions: compile every function of main (generateCode's allFunctions), for a host to call.
Compiled compileSources(std::vector<SourceText> sources, bool verify = true, bool allFunctions = false,
                        const HostPackages* host = nullptr);

} // namespace weft
