#pragma once
#include "compiler/Program.h"
#include "lexer/Diagnostic.h"
#include "parser/Ast.h"

#include <memory>

namespace weft {

// Everything the checker produced for one program (compiler/Program.h): the user's file, the
// standard packages it imports (parsed from their embedded declarations), and the types, objects
// and constants the AST nodes point to. The AST stays valid as long as the Program lives.

// Type-checks a program: `file` (a Go file or a script) and, transitively, the standard packages
// it uses. Every error goes to `diags` with Go's wording; returns the program even when there
// are errors (nodes that failed are marked ExprMode::Invalid).
//
// As Go's compiler, a file with syntax errors (in `diags` on entry) is not type-checked
// unless `checkDespiteErrors` (the fuzzer uses it: the checker must survive any AST).
std::unique_ptr<Program> checkProgram(std::unique_ptr<File> file, DiagnosticList& diags, bool checkDespiteErrors = false);

} // namespace weft
