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
Program::Program(const Program&) = default;
Program& Program::operator=(const Program&) = default;
Program::Program(Program&&) noexcept = default;
Program& Program::operator=(Program&&) noexcept = default;

struct Interpreter::Impl
{
    explicit Impl(const Options& o)
        : enginePtr(std::make_shared<Engine>(
              EngineOptions{o.procs, o.heapLimit, o.gcPercent, o.onStdout, o.onStderr, int64_t(o.timeLimit.count()),
                            int64_t(o.callTimeLimit.count()),
                            HostAccess{o.capabilities.files, o.capabilities.env, o.capabilities.processes,
                                       o.capabilities.exit}})),
          engine(*enginePtr)
    {
    }
    // Channels the host still holds keep the Engine (not the program: it ends here).
    ~Impl() { engine.shutdown(); }
    std::shared_ptr<Engine> enginePtr;
    Engine& engine;
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

namespace {
EngineValue toEngine(const detail::Value& v)
{
    EngineValue e;
    e.kind = EngineValue::Kind(int(v.kind));
    e.goType = v.goType;
    e.i = v.i, e.u = v.u, e.f = v.f, e.b = v.b, e.s = v.s;
    e.elemKind = EngineValue::Kind(int(v.elemKind));
    e.elemSize = v.elemSize;
    e.valKind = EngineValue::Kind(int(v.valKind));
    e.valSize = v.valSize;
    for (const detail::Value& x : v.elems)
        e.elems.push_back(toEngine(x));
    for (const detail::Value& x : v.vals)
        e.vals.push_back(toEngine(x));
    for (const detail::Value& x : v.elemType)
        e.elemType.push_back(toEngine(x));
    for (const detail::Value& x : v.valType)
        e.valType.push_back(toEngine(x));
    return e;
}

std::vector<EngineValue> toEngine(const std::vector<detail::Value>& vs)
{
    std::vector<EngineValue> out;
    for (const detail::Value& v : vs)
        out.push_back(toEngine(v));
    return out;
}

// The value the script gave (its kinds as `to` has them on entry).
void fromEngine(EngineValue& e, detail::Value& to)
{
    to.i = e.i, to.u = e.u, to.f = e.f, to.b = e.b, to.s = std::move(e.s);
    auto elements = [](std::vector<EngineValue>& from, std::vector<detail::Value>& into) {
        into.clear();
        for (EngineValue& x : from)
        {
            detail::Value d;
            d.kind = d.elemKind = detail::Value::Kind(int(x.kind));
            d.elemSize = x.elemSize;
            fromEngine(x, d);
            into.push_back(std::move(d));
        }
    };
    elements(e.elems, to.elems);
    elements(e.vals, to.vals);
}

[[noreturn]] void throwEnded(const RunOutcome& outcome)
{
    if (outcome.interrupted)
        throw Interrupted("weft: the program was interrupted");
    if (!outcome.report.empty())
        throw ScriptError(outcome.report);
    throw ScriptError("exit status " + std::to_string(outcome.code)); // os.Exit under the call
}
} // namespace

int Interpreter::run(const Program& program, const std::vector<std::string>& args)
{
    if (!program.impl_)
        throw std::invalid_argument("weft::Interpreter::run: an empty Program (not loaded)");
    if (program.impl_->compiled->engine != &impl_->engine)
        throw std::invalid_argument("weft::Interpreter::run: the Program was loaded by another Interpreter");
    if (impl_->engine.ran())
        throw std::logic_error("weft::Interpreter::run: this Interpreter has already run its program's main");
    RunOutcome outcome = impl_->engine.run(program.impl_->compiled, program.impl_->name, args);
    if (outcome.interrupted || !outcome.report.empty())
        throwEnded(outcome);
    return outcome.code;
}

bool Interpreter::finished() const { return impl_->engine.ended(); }
void Interpreter::interrupt() { impl_->engine.interrupt(); }

namespace {
// A C++ function's bound call (Traits<std::function>::in) as the engine calls it: its arguments
// and results converted through the func type's parameter and result descriptions.
std::shared_ptr<void> engineCall(const detail::Value& f)
{
    using Bound = std::function<void(std::vector<detail::Value>&, std::vector<detail::Value>&)>;
    auto bound = std::static_pointer_cast<Bound>(f.obj);
    auto call = std::make_shared<EngineCall>(
        [bound, params = f.elems, results = f.vals](std::vector<EngineValue>& args, std::vector<EngineValue>& out) {
            std::vector<detail::Value> in(params), res(results);
            for (size_t i = 0; i < args.size() && i < in.size(); i++)
                fromEngine(args[i], in[i]);
            (*bound)(in, res);
            out.resize(res.size());
            for (size_t i = 0; i < res.size(); i++)
                out[i] = toEngine(res[i]);
        });
    return call;
}
} // namespace

void Package::addFunction(const std::string& name, std::vector<detail::Value> params, std::vector<detail::Value> results,
                          detail::HostCall call, detail::ScalarCall scalar, const std::string& receiver,
                          bool blocking)
{
    HostFunction f;
    f.scalar = std::move(scalar);
    f.name = name;
    f.receiver = receiver;
    f.blocking = blocking;
    f.params = toEngine(params);
    f.results = toEngine(results);
    f.call = [call = std::move(call), params = std::move(params), results = std::move(results),
              engine = std::weak_ptr<Engine>(vm_.impl_->enginePtr)](std::vector<EngineValue>& args,
                                                                     std::vector<EngineValue>& out) {
        std::vector<detail::Value> in(params), res(results);
        for (size_t i = 0; i < args.size(); i++)
        {
            if (args[i].kind == EngineValue::Kind::Func && args[i].p)
                if (auto e = engine.lock())
                    in[i].func = std::make_shared<detail::FuncRef>(std::move(e), args[i].p);
            if (args[i].kind == EngineValue::Kind::Object)
                if (auto e = engine.lock())
                    in[i].obj = e->object(args[i].i);
            fromEngine(args[i], in[i]);
        }
        call(in, res);
        for (size_t i = 0; i < out.size(); i++)
        {
            out[i] = toEngine(res[i]);
            if (res[i].kind == detail::Value::Kind::Object)
                if (auto e = engine.lock())
                    out[i].i = e->addObject(res[i].obj);
            if (res[i].kind == detail::Value::Kind::Func)
            {
                // A C++ function: a handle to its call (converting the engine's values), which
                // the script's func value calls (Engine: hostFuncN) and keeps while it lives.
                out[i].kind = EngineValue::Kind::Object;
                out[i].i = 0;
                if (res[i].obj)
                    if (auto e = engine.lock())
                        out[i].i = e->addObject(engineCall(res[i]));
            }
        }
    };
    std::string err = vm_.impl_->engine.addFunction(path_, std::move(f));
    if (!err.empty())
        throw std::invalid_argument("weft::Package::func: " + err);
}

const void* Interpreter::checkFunction(const Program& program, const std::string& name,
                                       const std::vector<detail::Value>& params, const std::vector<detail::Value>& results)
{
    if (!program.impl_)
        throw std::invalid_argument("weft::Interpreter::function: an empty Program (not loaded)");
    std::string err;
    const void* fn = impl_->engine.resolve(*program.impl_->compiled, name, toEngine(params), toEngine(results), err);
    if (!fn)
        throw std::invalid_argument("weft::Interpreter::function: " + err);
    return fn;
}

void Interpreter::callFunction(const void* fn, const std::string& name, const std::vector<detail::Value>& args,
                               std::vector<detail::Value>& results)
{
    if (impl_->engine.ended())
        throw std::logic_error("weft: calling " + name + ": the program has ended");
    std::vector<EngineValue> in = toEngine(args), out = toEngine(results);
    for (size_t i = 0; i < in.size(); i++)
        if (in[i].kind == EngineValue::Kind::Object)
            in[i].i = impl_->engine.addObject(args[i].obj); // the Go value made of it owns it
        else if (in[i].kind == EngineValue::Kind::Func)
            in[i].i = args[i].obj ? impl_->engine.addObject(engineCall(args[i])) : 0; // likewise
    RunOutcome outcome;
    std::vector<std::shared_ptr<void>> objects;
    if (!impl_->engine.invoke(fn, in, out, outcome, &objects))
        throwEnded(outcome);
    for (size_t i = 0; i < results.size(); i++)
    {
        if (out[i].kind == EngineValue::Kind::Object && i < objects.size())
            results[i].obj = std::move(objects[i]);
        if (out[i].kind == EngineValue::Kind::Func && out[i].p)
        {
            results[i].func = std::make_shared<detail::FuncRef>(impl_->enginePtr, out[i].p);
            impl_->engine.release(out[i].p); // invoke's hold: the FuncRef holds it now
        }
        fromEngine(out[i], results[i]);
    }
}

void Interpreter::callScalar(const void* fn, const std::string& name, const uint64_t* args, size_t nargs,
                             uint64_t* results, size_t nresults)
{
    if (impl_->engine.ended())
        throw std::logic_error("weft: calling " + name + ": the program has ended");
    RunOutcome outcome;
    if (!impl_->engine.invokeScalar(fn, args, nargs, results, nresults, outcome))
        throwEnded(outcome);
}

namespace detail {

// A func value of the script that a host function was given: held (a root) while a
// std::function made from it lives; it keeps the Engine (its calls fail once the Interpreter is
// gone).
class FuncRef
{
public:
    FuncRef(std::shared_ptr<Engine> engine, void* closure) : engine(std::move(engine)), closure(closure)
    {
        this->engine->hold(closure);
    }
    ~FuncRef() { engine->release(closure); }
    FuncRef(const FuncRef&) = delete;
    FuncRef& operator=(const FuncRef&) = delete;
    std::shared_ptr<Engine> engine;
    void* closure;
};

void funcCall(FuncRef& f, const std::vector<Value>& args, std::vector<Value>& results)
{
    if (!f.closure)
        throw std::logic_error("weft: call of a nil func value");
    if (f.engine->ended())
        throw std::logic_error("weft: calling a func value: the program has ended");
    std::vector<EngineValue> out = toEngine(results);
    RunOutcome outcome;
    if (!f.engine->invoke(f.closure, toEngine(args), out, outcome))
        throwEnded(outcome);
    for (size_t i = 0; i < results.size(); i++)
        fromEngine(out[i], results[i]);
}

class ChanRef
{
public:
    ChanRef(std::shared_ptr<Engine> engine, void* chan, std::string goType)
        : engine(std::move(engine)), chan(chan), goType(std::move(goType)) {}
    ~ChanRef() { engine->releaseChan(chan); }
    std::shared_ptr<Engine> engine;
    void* chan;
    std::string goType; // "chan int64"
};

namespace {
[[noreturn]] void chanEnded(const ChanRef& c)
{
    if (c.engine->interrupted())
        throw Interrupted("weft::Chan: the program was interrupted");
    const std::string& report = c.engine->report();
    throw Exception(report.empty() ? std::string("weft::Chan: the program has ended")
                                   : "weft::Chan: the program has ended: " + report.substr(0, report.find('\n')));
}
} // namespace

ChanResult chanSend(ChanRef& c, const Value& v, bool block)
{
    switch (c.engine->send(c.chan, toEngine(v), block))
    {
    case Engine::ChanResult::Done: return ChanResult::Done;
    case Engine::ChanResult::NotReady: return ChanResult::NotReady;
    case Engine::ChanResult::Closed: throw std::logic_error("weft::Chan::send: send on closed channel");
    case Engine::ChanResult::Ended: break;
    }
    chanEnded(c);
}

ChanResult chanRecv(ChanRef& c, Value& v, bool block)
{
    EngineValue e = toEngine(v);
    bool ok = false;
    switch (c.engine->recv(c.chan, e, ok, block))
    {
    case Engine::ChanResult::Done:
        if (!ok)
            return ChanResult::Closed;
        fromEngine(e, v);
        return ChanResult::Done;
    case Engine::ChanResult::NotReady: return ChanResult::NotReady;
    case Engine::ChanResult::Closed: return ChanResult::Closed;
    case Engine::ChanResult::Ended: break;
    }
    chanEnded(c);
}

void chanClose(ChanRef& c)
{
    if (c.engine->ended())
        chanEnded(c);
    if (!c.engine->close(c.chan))
        throw std::logic_error("weft::Chan::close: close of closed channel");
}

const std::string& chanGoType(const ChanRef& c) { return c.goType; }
void* chanObject(const ChanRef& c) { return c.chan; }

} // namespace detail

std::shared_ptr<detail::ChanRef> Interpreter::makeChanRef(const detail::Value& elem, size_t capacity)
{
    if (elem.kind == detail::Value::Kind::Slice)
        throw std::invalid_argument("weft::Interpreter::makeChan: channels of slices are not supported yet");
    void* c = impl_->engine.makeChan(toEngine(elem), int64_t(capacity));
    if (!c)
        throw Exception("weft::Interpreter::makeChan: out of memory, or the Interpreter has ended");
    return std::make_shared<detail::ChanRef>(impl_->enginePtr, c, "chan " + elem.goType);
}

void Package::addVar(const std::string& name, const detail::ChanRef& chan)
{
    if (chan.engine.get() != &vm_.impl_->engine)
        throw std::invalid_argument("weft::Package::var: the channel was made by another Interpreter");
    std::string err = vm_.impl_->engine.addVar(path_, name, chan.goType, chan.chan);
    if (!err.empty())
        throw std::invalid_argument("weft::Package::var: " + err);
}

void Package::addType(const std::string& name, const std::string& fields, bool fresh, bool object)
{
    std::string err = vm_.impl_->engine.addType(path_, name, fields, fresh, object);
    if (!err.empty())
        throw std::invalid_argument("weft::Package::type: " + err);
}

} // namespace v1
} // namespace weft
