#include "api/Engine.h"

#include "api/Compile.h"
#include "vm/Interpreter.h"

#include <cstdio>
#include <unistd.h>

namespace weft {

namespace {
void writeFd(int fd, std::string_view s)
{
    while (!s.empty())
    {
        const ssize_t n = ::write(fd, s.data(), s.size());
        if (n <= 0)
            return; // the host's descriptor is gone: the output is dropped, the script goes on
        s.remove_prefix(size_t(n));
    }
}
} // namespace

Engine::Engine(EngineOptions options) : options_(std::move(options)) {}
Engine::~Engine() = default;

std::shared_ptr<CompiledProgram> Engine::compile(const std::string& name, std::string source, CompileFailure& failure)
{
    std::vector<SourceText> sources;
    sources.push_back({name, std::move(source)});
    auto c = std::make_shared<Compiled>(compileSources(std::move(sources)));
    if (!c->module)
    {
        failure.report = c->report;
        for (const Diagnostic& d : c->diagnostics)
            failure.diagnostics.push_back({d.file, int(d.pos.line), int(d.pos.column), d.message});
        return nullptr;
    }
    auto p = std::make_shared<CompiledProgram>();
    p->compiled = std::move(c);
    p->engine = this;
    return p;
}

RunOutcome Engine::run(const CompiledProgram& program, const std::string& name, const std::vector<std::string>& args)
{
    finished_ = true;
    RunOutcome outcome;
    InterpreterConfig config;
    config.writeStdout = options_.onStdout ? options_.onStdout : [](std::string_view s) { writeFd(1, s); };
    config.writeStderr = options_.onStderr ? options_.onStderr : [](std::string_view s) { writeFd(2, s); };
    // A failure's report is the host's to see through ScriptError, not the script's stderr.
    config.writeReport = [&outcome](std::string_view s) { outcome.report.append(s); };
    config.args.push_back(name);
    config.args.insert(config.args.end(), args.begin(), args.end());
    config.procs = options_.procs;
    config.heapLimitBytes = options_.heapLimit;
    config.gcPercent = options_.gcPercent;
    Interpreter interp(std::move(config));
    outcome.code = interp.run(*program.compiled->module);
    return outcome;
}

} // namespace weft
