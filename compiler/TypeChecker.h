#pragma once
#include "lexer/Diagnostic.h"
#include "parser/Ast.h"

#include <memory>

namespace weft {

// Everything the checker produced for one program: the user's file, the standard packages it
// imports (parsed from their embedded declarations), and the types, objects and constants the
// AST nodes point to. Defined in compiler/Program.h; the AST stays valid as long as this lives.
class Program;

// Type-checks a program: `file` (a Go file or a script) and, transitively, the standard packages
// it uses. Every error goes to `diags` with Go's wording; returns the program even when there
// are errors (nodes that failed are marked ExprMode::Invalid).
std::unique_ptr<Program> checkProgram(std::unique_ptr<File> file, DiagnosticList& diags);

} // namespace weft
