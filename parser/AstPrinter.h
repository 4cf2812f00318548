#pragma once
#include "parser/Ast.h"

#include <string>

namespace weft {

// An indented tree of the AST, one node a line with its position: what `weft parse` prints.
std::string dumpAst(const File& file);

// The file printed back as Go source (gofmt-like layout, not byte-identical). Parsing the
// result and printing it again gives the same text: the parser round-trip property.
std::string printSource(const File& file);

} // namespace weft
