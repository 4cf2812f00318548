#pragma once
#include "api/SourceText.h"

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace weft {

// Where a command's input and output go. `readStdin` reads up to n bytes of the program's
// standard input (0 at its end, -errno on failure); runCli's overload without it reads file
// descriptor 0.
struct CliIO
{
    std::function<ptrdiff_t(char* buf, size_t n)> readStdin;
    std::ostream& out;
    std::ostream& err;
    // Whether standard input is a terminal (empty: taken as one). `weft` with no arguments runs
    // standard input as a program when it is not.
    std::function<bool()> stdinIsTerminal = {};
};

// The whole `weft` command line as a library function, so tests run it in-process.
// `args` excludes the program name. Returns the process exit code.
//
//   weft [--procs N] FILE.go [args...]  run a program (so `#!/usr/bin/env weft` scripts work);
//                                   --procs (or WEFT_PROCS) sets the worker threads (GOMAXPROCS),
//                                   by default the CPUs; it may also follow `run`
//   weft a.go b.go... [args...]     a program of several files: the leading arguments ending in .go
//                                   (not after a script, standard input or a #! file)
//   weft run FILE.go|- [args...]    the same; `-` reads the program from standard input
//   weft -e 'code' [args...]        run a script given inline
//   weft < FILE.go                  no arguments, standard input not a terminal: run it
//   weft check FILE...              type-check
//   weft parse FILE                 print the syntax tree
//   weft disasm FILE                print the bytecode of the file's functions
int runCli(const std::vector<std::string>& args, const CliIO& io);
int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// `weft check FILE...`: each file is checked as a program of its own. Diagnostics go to `err`
// in Go's format (sorted, at most 10 a file, then "too many errors"). 0 when every file is clean,
// 1 when any has errors, 2 when a file cannot be read.
int checkFiles(const std::vector<std::string>& files, std::ostream& err);

// `weft parse FILE`: the AST dump of one file on `out`; syntax errors on `err` (exit 1).
int parseToAst(const std::string& file, std::ostream& out, std::ostream& err);

// A program's file: its path (in diagnostics and stack traces) and its text.

// Runs a program given as source text. `path` names it in diagnostics, stack traces and
// os.Args[0]. Compile errors: `err`, exit 1. Otherwise the program's own exit code.
// `procs` is the number of worker threads: 0 takes WEFT_PROCS, else the CPUs.
int runSource(const std::string& path, std::string source, const std::vector<std::string>& args, const CliIO& io,
              int procs = 0);

// Runs a program of several files, one package main, as `go run a.go b.go` does: their init
// functions run in the order given; os.Args[0] is the first file's path.
int runSources(std::vector<SourceText> sources, const std::vector<std::string>& args, const CliIO& io, int procs = 0);

// `weft disasm FILE`: the bytecode of every function defined in FILE.
int disassembleFile(const std::string& path, std::ostream& out, std::ostream& err);

} // namespace weft
