#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace weft {

// The whole `weft` command line as a library function, so tests run it in-process.
// `args` excludes the program name. Returns the process exit code.
int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// `weft check FILE...`: each file is checked as a program of its own. Diagnostics go to `err`
// in Go's format (sorted, at most 10 a file, then "too many errors"). 0 when every file is clean,
// 1 when any has errors, 2 when a file cannot be read.
int checkFiles(const std::vector<std::string>& files, std::ostream& err);

// `weft parse FILE`: the AST dump of one file on `out`; syntax errors on `err` (exit 1).
int parseToAst(const std::string& file, std::ostream& out, std::ostream& err);

} // namespace weft
