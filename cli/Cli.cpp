#include "cli/Cli.h"

#include "api/Compile.h"
#include "cli/SourceReader.h"
#include "compiler/TypeChecker.h"
#include "lexer/Lexer.h"
#include "lexer/MachineStack.h"
#include "parser/AstPrinter.h"
#include "parser/Parser.h"
#include "vm/Disassembler.h"
#include "vm/Interpreter.h"
#include "vm/Verifier.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <ostream>
#include <unistd.h>

namespace weft {

namespace {

ptrdiff_t readFd0(char* buf, size_t n)
{
    for (;;)
    {
        ssize_t got = ::read(0, buf, n);
        if (got >= 0)
            return got;
        if (errno != EINTR)
            return -errno;
    }
}

// The source of `path`, or of standard input for "-".
std::optional<std::string> readProgram(const std::string& path, const CliIO& io, std::string& error)
{
    if (path != "-")
        return readSourceFile(path, error);
    std::string text;
    char buf[65536];
    for (;;)
    {
        const ptrdiff_t n = io.readStdin ? io.readStdin(buf, sizeof buf) : 0;
        if (n < 0)
        {
            error = std::string("read standard input: ") + std::strerror(int(-n));
            return std::nullopt;
        }
        if (n == 0)
            return text;
        text.append(buf, size_t(n));
    }
}

// A program that takes no more files after it: standard input, a script (no package clause) or
// a file run as a command through its #! line.
bool runsAlone(const std::string& path, std::string_view source)
{
    if (path == "-" || source.starts_with("#!"))
        return true;
    DiagnosticList ignored;
    return Lexer(source, path, ignored).next().kind != Tok::Package;
}

bool envFlag(const char* name)
{
    const char* v = std::getenv(name);
    return v && *v && std::string(v) != "0";
}

// compileSources (api/Compile.h), its report printed to `err`: null with `status` its exit
// code (1: errors in the program, 3: an internal compiler error) when it fails.
std::unique_ptr<Module> compileSources(std::vector<SourceText> sources, std::ostream& err,
                                       std::unique_ptr<Program>& program, int& status, bool verify = true)
{
    Compiled c = weft::compileSources(std::move(sources), verify);
    program = std::move(c.program);
    status = c.status;
    err << c.report;
    return std::move(c.module);
}

const char* const kUsageFooter = R"(Running programs:
  weft FILE.go [args...]        run a Go program or script (#!/usr/bin/env weft works)
  weft a.go b.go... [args...]   run a program of several files (one package main), as go run
  weft run FILE.go|- [args...]  the same; - reads the program from standard input
  weft -e 'code' [args...]      run a script given on the command line

  --procs N (before the program, or after run) sets the worker threads (GOMAXPROCS)

Environment: WEFT_PROCS=N sets the worker threads (default: the CPUs); WEFT_GCSTRESS=1 collects
garbage at every allocation; WEFT_GOGC=N sets GOGC; WEFT_VERIFY=1 checks the compiled bytecode
before it runs (internal compiler error, exit 3, if it is malformed).)";

} // namespace

int checkFiles(const std::vector<std::string>& files, std::ostream& err)
{
    int status = 0;
    for (const std::string& path : files)
    {
        std::string error;
        std::optional<std::string> source = readSourceFile(path, error);
        if (!source)
        {
            err << error << "\n";
            status = 2;
            continue;
        }
        DiagnosticList diags;
        onLargeStack([&] { checkProgram(parseFile(path, std::move(*source), diags), diags); });
        if (!diags.empty())
        {
            err << diags.report();
            status = std::max(status, 1);
        }
    }
    return status;
}

int parseToAst(const std::string& path, std::ostream& out, std::ostream& err)
{
    std::string error;
    std::optional<std::string> source = readSourceFile(path, error);
    if (!source)
    {
        err << error << "\n";
        return 2;
    }
    DiagnosticList diags;
    onLargeStack([&] { out << dumpAst(*parseFile(path, std::move(*source), diags)); });
    if (!diags.empty())
    {
        err << diags.report();
        return 1;
    }
    return 0;
}

int runSource(const std::string& path, std::string source, const std::vector<std::string>& args, const CliIO& io,
              int procs)
{
    std::vector<SourceText> sources;
    sources.push_back({path, std::move(source)});
    return runSources(std::move(sources), args, io, procs);
}

int runSources(std::vector<SourceText> sources, const std::vector<std::string>& args, const CliIO& io, int procs)
{
    const std::string path = sources.empty() ? std::string() : sources[0].path;
    std::unique_ptr<Program> program;
    int status = 0;
    std::unique_ptr<Module> module = compileSources(std::move(sources), io.err, program, status);
    if (!module)
        return status;
    InterpreterConfig config;
    std::ostream& out = io.out;
    std::ostream& err = io.err;
    config.writeStdout = [&out](std::string_view s) { out.write(s.data(), std::streamsize(s.size())); out.flush(); };
    config.writeStderr = [&err](std::string_view s) { err.write(s.data(), std::streamsize(s.size())); err.flush(); };
    config.readStdin = io.readStdin;
    config.args.push_back(path);
    config.args.insert(config.args.end(), args.begin(), args.end());
    config.gcStress = envFlag("WEFT_GCSTRESS");
    if (const char* gogc = std::getenv("WEFT_GOGC"); gogc && *gogc)
        config.gcPercent = std::string(gogc) == "off" ? -1 : std::atoi(gogc);
    config.procs = procs;
    if (const char* p = std::getenv("WEFT_PROCS"); procs == 0 && p && *p)
        config.procs = std::atoi(p); // Go ignores a GOMAXPROCS that is not a positive number: so does weft
    Interpreter interp(std::move(config));
    return interp.run(*module);
}

int disassembleFile(const std::string& path, std::ostream& out, std::ostream& err)
{
    std::string error;
    std::optional<std::string> source = readSourceFile(path, error);
    if (!source)
    {
        err << error << "\n";
        return 2;
    }
    std::unique_ptr<Program> program;
    // The listing is printed even when the verifier refuses it: it is what one debugs with.
    int status = 0;
    std::vector<SourceText> sources;
    sources.push_back({path, std::move(*source)});
    std::unique_ptr<Module> module = compileSources(std::move(sources), err, program, status, false);
    if (!module)
        return status;
    out << disassemble(*module, path);
    if (verifierEnabled())
        if (std::optional<VerifyError> e = verifyModule(*module))
        {
            err << e->format() << "\n";
            return 3;
        }
    return 0;
}

int runCli(const std::vector<std::string>& args, const CliIO& io)
{
    // Running is dispatched by hand: everything after the program's path belongs to the program
    // (os.Args[1:]), flags included, which a general option parser would try to interpret.
    // --procs N (or --procs=N) may come first, and after `run`.
    int procs = 0;
    size_t at = 0;
    auto takeProcs = [&]() -> int {
        while (at < args.size() && args[at].rfind("--procs", 0) == 0)
        {
            std::string value;
            if (args[at] == "--procs" && at + 1 < args.size())
                value = args[at + 1], at += 2;
            else if (args[at].rfind("--procs=", 0) == 0)
                value = args[at].substr(8), at += 1;
            else
                break;
            char* end = nullptr;
            const long n = std::strtol(value.c_str(), &end, 10);
            if (value.empty() || *end || n < 1 || n > 256)
            {
                io.err << "weft: --procs needs a number of worker threads from 1 to 256, not \"" << value << "\"\n";
                return 2;
            }
            procs = int(n);
        }
        return 0;
    };
    if (takeProcs() != 0)
        return 2;
    // `weft` alone with standard input not a terminal runs it as a program, as python3 and lua do.
    const bool programOnStdin = at == args.size() && io.stdinIsTerminal && !io.stdinIsTerminal();
    if (at < args.size() || programOnStdin)
    {
        const std::string first = programOnStdin ? std::string("-") : args[at];
        auto rest = [&](size_t from) {
            return std::vector<std::string>(args.begin() + std::ptrdiff_t(std::min(from, args.size())), args.end());
        };
        // As `go run a.go b.go args...`: the leading arguments ending in .go are the program's
        // files, unless the first is a script or runs as a command (#!), whose arguments all are.
        // `path` is args[argsFrom - 1].
        auto runPath = [&](const std::string& path, size_t argsFrom) {
            std::vector<SourceText> sources;
            auto read = [&](const std::string& p) {
                for (const SourceText& s : sources)
                    if (s.path == p)
                    {
                        io.err << "weft: " << p << " is named twice\n";
                        return false;
                    }
                std::string error;
                std::optional<std::string> source = readProgram(p, io, error);
                if (!source)
                    io.err << error << "\n";
                else
                    sources.push_back({p, std::move(*source)});
                return bool(source);
            };
            if (!read(path))
                return 2;
            if (!runsAlone(path, sources[0].text))
                for (; argsFrom < args.size() && args[argsFrom].ends_with(".go"); argsFrom++)
                    if (!read(args[argsFrom]))
                        return 2;
            return runSources(std::move(sources), rest(argsFrom), io, procs);
        };
        if (programOnStdin)
            return runPath(first, at);
        if (first == "-e")
        {
            if (args.size() < at + 2)
            {
                io.err << "weft: -e needs the code to run\n";
                return 2;
            }
            return runSource("-e", args[at + 1], rest(at + 2), io, procs);
        }
        if (first == "run")
        {
            at++;
            if (takeProcs() != 0)
                return 2;
            size_t i = at;
            if (i < args.size() && args[i] == "--")
                i++;
            if (i >= args.size())
            {
                io.err << "weft run: no program given\nRun with --help for more information.\n";
                return 2;
            }
            return runPath(args[i], i + 1);
        }
        if (first == "-" || (first[0] != '-' && first != "check" && first != "parse" && first != "disasm" &&
                             first != "help"))
            return runPath(first, at + 1);
    }

    CLI::App app{"weft runs Go programs as scripts.", "weft"};
    app.set_version_flag("--version", std::string("weft ") + WEFT_VERSION);
    app.footer(kUsageFooter);
    app.require_subcommand(1);

    std::vector<std::string> checkPaths;
    CLI::App* check = app.add_subcommand("check", "Type-check Go files and scripts without running them");
    check->add_option("files", checkPaths, "Go files or scripts (- for standard input)")->required();

    std::string parsePath;
    CLI::App* parse = app.add_subcommand("parse", "Print the syntax tree of a file");
    parse->add_option("file", parsePath, "A Go file or script")->required();

    std::string disasmPath;
    CLI::App* disasm = app.add_subcommand("disasm", "Print the bytecode of a file's functions");
    disasm->add_option("file", disasmPath, "A Go file or script")->required();

    app.add_subcommand("run", "Run a Go program or script: weft run FILE.go|- [args...]");

    try
    {
        // CLI11 consumes its argument vector from the back.
        std::vector<std::string> reversed(args.rbegin(), args.rend());
        app.parse(reversed);
    }
    catch (const CLI::ParseError& e)
    {
        // --help and --version are "errors" that exit 0 and print to `out`.
        int code = app.exit(e, io.out, io.err);
        return code == 0 ? 0 : 2;
    }

    if (check->parsed())
        return checkFiles(checkPaths, io.err);
    if (parse->parsed())
        return parseToAst(parsePath, io.out, io.err);
    if (disasm->parsed())
        return disassembleFile(disasmPath, io.out, io.err);
    return 2;
}

int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    return runCli(args, CliIO{&readFd0, out, err, [] { return isatty(0) == 1; }});
}

} // namespace weft
