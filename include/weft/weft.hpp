#pragma once
// weft embedded in a C++ program: the only header a host includes.
//
//     weft::Interpreter vm;                              // a runtime with its own heap and threads
//     weft::Program program = vm.loadString("main.go", source);  // weft::CompileError on errors
//     int code = vm.run(program);                        // main's exit code; weft::ScriptError on a panic
//
// Ownership, threading and lifetime (docs/design.md, "Embedding"):
//  - An Interpreter owns everything its programs make: heap, goroutines, worker threads. Two
//    Interpreters share nothing and may run in parallel on different threads.
//  - A Program is what load* compiled; it keeps what it needs alive and may be run by the
//    Interpreter that loaded it.
//  - Nothing a script does ends the host: os.Exit(n) makes run return n; a panic, a fatal error
//    (a deadlock, a stack overflow, concurrent map writes) or the heap limit throw ScriptError
//    with Go's report. An Interpreter runs one program once; after that (or a failure) it is
//    finished and says so (finished(), and a std::logic_error from run).
//  - Output goes to Options::onStdout / onStderr when set, else to the process's stdout and
//    stderr.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace weft {
// The public API's names are versioned (weft::v1::Interpreter), so they never collide with
// weft's internal classes of the same short names; hosts write weft::Interpreter.
inline namespace v1 {

struct Options
{
    int procs = 0;           // worker threads for goroutines (GOMAXPROCS); 0: one per CPU
    size_t heapLimit = 0;    // bytes of heap; past it the script fails (ScriptError), the host goes on; 0: 64 GiB
    int gcPercent = 100;     // GOGC; negative: no collection by pacing
    std::function<void(std::string_view)> onStdout; // the script's standard output (default: std::cout's fd)
    std::function<void(std::string_view)> onStderr; // its standard error, panics' reports excepted
};

// One diagnostic of a program that does not compile, as Go prints it: file:line:col: message.
struct Diagnostic
{
    std::string file;
    int line = 0;
    int column = 0; // 0: unknown (after a //line directive without one)
    std::string message;
};

// Every error weft throws.
class Exception : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The program does not compile: what() is the report Go's compiler gives (one line per error).
class CompileError : public Exception
{
public:
    CompileError(const std::string& report, std::vector<Diagnostic> diagnostics)
        : Exception(report), diagnostics_(std::move(diagnostics)) {}
    const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

private:
    std::vector<Diagnostic> diagnostics_;
};

// The script failed: an unrecovered panic or a fatal error (deadlock, stack overflow, out of
// memory past Options::heapLimit...). what() is Go's whole report ("panic: ..." or "fatal
// error: ...", then the goroutines' stacks); message() its first line.
class ScriptError : public Exception
{
public:
    explicit ScriptError(const std::string& report) : Exception(report) {}
    std::string message() const
    {
        std::string_view r = what();
        return std::string(r.substr(0, r.find('\n')));
    }
};

class Interpreter;

// A compiled program, ready to run on the Interpreter that loaded it.
class Program
{
public:
    Program();
    ~Program();
    Program(Program&&) noexcept;
    Program& operator=(Program&&) noexcept;

private:
    friend class Interpreter;
    struct Impl;
    std::shared_ptr<Impl> impl_;
};

class Interpreter
{
public:
    explicit Interpreter(Options options = {});
    ~Interpreter();
    Interpreter(const Interpreter&) = delete;
    Interpreter& operator=(const Interpreter&) = delete;

    // Parses, checks and compiles a program of one file (a package main, or a script without a
    // package clause). CompileError on errors; std::runtime_error if the file cannot be read.
    Program load(const std::string& path);
    Program loadString(const std::string& name, std::string source);

    // Runs the program's main (after package initialization) with os.Args = {name, args...} and
    // returns its exit code: 0 when main returns, n for os.Exit(n). ScriptError on a panic or a
    // fatal error. The Interpreter is finished afterwards.
    int run(const Program& program, const std::vector<std::string>& args = {});
    bool finished() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace v1
} // namespace weft
