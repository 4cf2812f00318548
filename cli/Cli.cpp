#include "cli/Cli.h"

#include "cli/SourceReader.h"
#include "compiler/Codegen.h"
#include "compiler/TypeChecker.h"
#include "vm/Interpreter.h"
#include "parser/AstPrinter.h"
#include "parser/Parser.h"
#include "stdlib/StdlibNatives.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cerrno>
#include <unistd.h>
#include <cstdlib>
#include <ostream>

namespace weft {

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
        std::unique_ptr<File> file = parseFile(path, std::move(*source), diags);
        checkProgram(std::move(file), diags);
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
    std::unique_ptr<File> file = parseFile(path, std::move(*source), diags);
    out << dumpAst(*file);
    if (!diags.empty())
    {
        err << diags.report();
        return 1;
    }
    return 0;
}

int runFile(const std::string& path, const std::vector<std::string>& scriptArgs, std::ostream& out, std::ostream& err)
{
    std::string error;
    std::optional<std::string> source = readSourceFile(path, error);
    if (!source)
    {
        err << error << "\n";
        return 2;
    }
    DiagnosticList diags;
    std::unique_ptr<File> file = parseFile(path, std::move(*source), diags);
    std::unique_ptr<Program> program = checkProgram(std::move(file), diags);
    if (!diags.empty() || !program)
    {
        err << diags.report();
        return 1;
    }
    NativeRegistry natives;
    registerStdlibNatives(natives);
    std::unique_ptr<Module> module = generateCode(*program, natives, diags);
    if (!module)
    {
        err << diags.report();
        return 1;
    }
    InterpreterConfig config;
    config.writeStdout = [&out](std::string_view s) { out.write(s.data(), std::streamsize(s.size())); out.flush(); };
    config.writeStderr = [&err](std::string_view s) { err.write(s.data(), std::streamsize(s.size())); err.flush(); };
    config.readStdin = [](char* buf, size_t n) -> size_t {
        for (;;)
        {
            ssize_t got = ::read(0, buf, n);
            if (got >= 0)
                return size_t(got);
            if (errno != EINTR)
                return 0;
        }
    };
    config.args.push_back(path);
    config.args.insert(config.args.end(), scriptArgs.begin(), scriptArgs.end());
    if (const char* stress = std::getenv("WEFT_GCSTRESS"); stress && *stress && std::string(stress) != "0")
        config.gcStress = true;
    Interpreter interp(std::move(config));
    return interp.run(*module);
}

int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    CLI::App app{"weft runs Go programs as scripts.", "weft"};
    app.set_version_flag("--version", std::string("weft ") + WEFT_VERSION);
    app.require_subcommand(1);

    std::vector<std::string> checkPaths;
    CLI::App* check = app.add_subcommand("check", "Type-check Go files and scripts without running them");
    check->add_option("files", checkPaths, "Go files or scripts (- for standard input)")->required();

    std::string parsePath;
    CLI::App* parse = app.add_subcommand("parse", "Print the syntax tree of a file");
    parse->add_option("file", parsePath, "A Go file or script")->required();

    std::string runPath;
    std::vector<std::string> runArgs;
    CLI::App* run = app.add_subcommand("run", "Run a Go program or script");
    run->add_option("file", runPath, "A Go file or script")->required();
    run->add_option("args", runArgs, "Arguments for the program (os.Args[1:])");

    try
    {
        // CLI11 consumes its argument vector from the back.
        std::vector<std::string> reversed(args.rbegin(), args.rend());
        app.parse(reversed);
    }
    catch (const CLI::ParseError& e)
    {
        // --help and --version are "errors" that exit 0 and print to `out`.
        int code = app.exit(e, out, err);
        return code == 0 ? 0 : 2;
    }

    if (check->parsed())
        return checkFiles(checkPaths, err);
    if (parse->parsed())
        return parseToAst(parsePath, out, err);
    if (run->parsed())
        return runFile(runPath, runArgs, out, err);
    return 2;
}

} // namespace weft
