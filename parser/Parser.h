#pragma once
#include "lexer/Diagnostic.h"
#include "parser/Ast.h"

#include <memory>
#include <string>

namespace weft {

// Parses one file: Go's grammar without type parameters. A file whose first token is not
// `package` is a script (see File). Syntax errors go to `diags` with Go's wording
// ("syntax error: unexpected newline, expected comma or )"); the parser recovers and goes on,
// and always returns a File (possibly with Bad nodes).
std::unique_ptr<File> parseFile(std::string name, std::string source, DiagnosticList& diags);

} // namespace weft
