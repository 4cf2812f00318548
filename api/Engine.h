#pragma once
// The embedding API's engine: the internal side of include/weft/weft.hpp. The public classes
// (weft::v1::Interpreter, Program) hold an Engine and a CompiledProgram and forward to them;
// this header names nothing of the public API and nothing internal that would clash with it
// (weft::Interpreter, Program, Diagnostic exist in both), so api/Weft.cpp can include both.
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace weft {

struct Compiled;

struct EngineOptions
{
    int procs = 0;
    size_t heapLimit = 0;
    int gcPercent = 100;
    std::function<void(std::string_view)> onStdout, onStderr;
};

struct EngineDiagnostic
{
    std::string file;
    int line = 0, column = 0;
    std::string message;
};

// A program compiled by Engine::compile: the module and the checked program its types point into.
struct CompiledProgram
{
    std::shared_ptr<Compiled> compiled;
    const void* engine = nullptr; // the Engine that made it
};

struct CompileFailure
{
    std::string report;
    std::vector<EngineDiagnostic> diagnostics;
};

struct RunOutcome
{
    int code = 0;
    std::string report; // a failure's report (panic, fatal error); empty when none
};

class Engine
{
public:
    explicit Engine(EngineOptions options);
    ~Engine();
    // The program, or null with `failure` filled.
    std::shared_ptr<CompiledProgram> compile(const std::string& name, std::string source, CompileFailure& failure);
    RunOutcome run(const CompiledProgram& program, const std::string& name, const std::vector<std::string>& args);
    bool finished() const { return finished_; }

private:
    EngineOptions options_;
    bool finished_ = false;
};

} // namespace weft
