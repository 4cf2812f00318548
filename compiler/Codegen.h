#pragma once
// Code generation: a checked Program to a Module of register bytecode (vm/Opcodes.h).
#include "compiler/Program.h"
#include "lexer/Diagnostic.h"
#include "vm/Module.h"
#include "vm/NativeRegistry.h"

#include <memory>

namespace weft {

// Compiles every function reachable from the program (the user's package and the standard
// packages it imports). Bodiless standard functions bind to `natives` by "pkg.Name" or
// "pkg.Type.Method"; one that is missing compiles to a call that fails at run time with
// "not supported in weft: pkg.Name". Returns null (with diagnostics) only for programs the
// code generator refuses.
// allFunctions: compile every package-level function of main, called or not (an embedding host
// may call any); otherwise only what the program reaches.
std::unique_ptr<Module> generateCode(Program& program, const NativeRegistry& natives, DiagnosticList& diags,
                                     bool allFunctions = false);

} // namespace weft
