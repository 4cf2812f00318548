// The public classes of include/weft/weft.hpp, over the engine (api/Engine.h).
#include <weft/weft.hpp>

#include "api/Engine.h"

#include <fstream>
#include <sstream>

namespace weft {
inline namespace v1 {

struct Program::Impl
{
    std::shared_ptr<CompiledProgram> compiled;
    std::string name;
};

Program::Program() = default;
Program::~Program() = default;
Program::Program(Program&&) noexcept = default;
Program& Program::operator=(Program&&) noexcept = default;

struct Interpreter::Impl
{
    explicit Impl(const Options& o) : engine(EngineOptions{o.procs, o.heapLimit, o.gcPercent, o.onStdout, o.onStderr}) {}
    Engine engine;
};

Interpreter::Interpreter(Options options) : impl_(std::make_unique<Impl>(options)) {}
Interpreter::~Interpreter() = default;

Program Interpreter::load(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("open " + path + ": no such file or not readable");
    std::ostringstream text;
    text << in.rdbuf();
    return loadString(path, text.str());
}

Program Interpreter::loadString(const std::string& name, std::string source)
{
    CompileFailure failure;
    std::shared_ptr<CompiledProgram> compiled = impl_->engine.compile(name, std::move(source), failure);
    if (!compiled)
    {
        std::vector<Diagnostic> diagnostics;
        for (const EngineDiagnostic& d : failure.diagnostics)
            diagnostics.push_back({d.file, d.line, d.column, d.message});
        throw CompileError(failure.report, std::move(diagnostics));
    }
    Program p;
    p.impl_ = std::make_shared<Program::Impl>();
    p.impl_->compiled = std::move(compiled);
    p.impl_->name = name;
    return p;
}

int Interpreter::run(const Program& program, const std::vector<std::string>& args)
{
    if (!program.impl_)
        throw std::invalid_argument("weft::Interpreter::run: an empty Program (not loaded)");
    if (program.impl_->compiled->engine != &impl_->engine)
        throw std::invalid_argument("weft::Interpreter::run: the Program was loaded by another Interpreter");
    if (impl_->engine.finished())
        throw std::logic_error("weft::Interpreter::run: this Interpreter has already run a program (it is finished)");
    RunOutcome outcome = impl_->engine.run(*program.impl_->compiled, program.impl_->name, args);
    if (!outcome.report.empty())
        throw ScriptError(outcome.report);
    return outcome.code;
}

bool Interpreter::finished() const { return impl_->engine.finished(); }

} // namespace v1
} // namespace weft
