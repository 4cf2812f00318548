#pragma once
#include "compiler/StdlibSources.h"
#include "compiler/Program.h"
#include "lexer/Diagnostic.h"
#include "parser/Ast.h"

#include <memory>

namespace weft {

// Everything the checker produced for one program (compiler/Program.h): the user's files, the
// standard packages it imports (parsed from their embedded declarations), and the types, objects
// and constants the AST nodes point to. The AST stays valid as long as the Program lives.

// Type-checks a program: `file` (a Go file or a script) and, transitively, the standard packages
// it uses. Every error goes to `diags` with Go's wording; returns the program even when there
// are errors (nodes that failed are marked ExprMode::Invalid).
//
// As Go's compiler, a file with syntax errors (in `diags` on entry) is not type-checked
// unless `checkDespiteErrors` (the fuzzer uses it: the checker must survive any AST).
std::unique_ptr<Program> checkProgram(std::unique_ptr<File> file, DiagnosticList& diags, bool checkDespiteErrors = false);

// A program of several files, as `go run a.go b.go` builds it: one package main, its files in
// the order given (which is the order of their init functions). A script (a file without a
// package clause) is a program by itself and cannot be one of several files.
// hostPackages: packages an embedding host provides (declarations in Go, bodiless functions
// bound to the host's natives), importable like the standard ones; they must outlive the check.
std::unique_ptr<Program> checkProgram(std::vector<std::unique_ptr<File>> files, DiagnosticList& diags,
                                      bool checkDespiteErrors = false,
                                      const std::vector<StdlibSource>* hostPackages = nullptr);

} // namespace weft
