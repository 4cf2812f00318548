#include "api/Engine.h"
#include "api/FlatGo.h"

#include "api/Compile.h"
#include "api/ScriptCalls.h"
#include "compiler/Object.h"
#include "compiler/Scope.h"
#include "compiler/Types.h"
#include "compiler/ImportPath.h"
#include "compiler/StdlibSources.h"
#include "vm/Interpreter.h"
#include "vm/NativeContext.h"

#include <algorithm>
#include <map>
#include <cctype>

#include <cstdio>
#include <cstring>
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

// The host function this thread runs for a script, if any. A call back into the script from
// it (Engine::invoke) runs on the same goroutine, as natives call func values; as a goroutine
// of its own, the worker running this one would wait for it, with one worker forever.
struct HostFrame
{
    const Engine* engine = nullptr;
    NativeContext* ctx = nullptr;
    bool blocking = false; // a blocking host function: its worker is out of the world
};
thread_local HostFrame tHostFrame;

// An API call (a call back into the script, a channel operation) from a blocking host function
// takes part in the world for its duration: the worker comes back (exitBlocking, which waits
// for a collection under way) and leaves again after.
struct InWorld
{
    explicit InWorld(const Engine* engine)
    {
        if (tHostFrame.engine == engine && tHostFrame.blocking)
        {
            ctx = tHostFrame.ctx;
            ctx->exitBlocking();
        }
    }
    ~InWorld()
    {
        if (ctx)
            tHostFrame.blocking = ctx->enterBlocking(); // false: the program is ending
    }
    InWorld(const InWorld&) = delete;
    InWorld& operator=(const InWorld&) = delete;
    NativeContext* ctx = nullptr;
};

constexpr uint32_t kMaxScalarArgs = 16; // more: the general path

// The native every host function binds to: its HostFunction is the function's nativeData.
void hostNative(NativeContext& ctx, Slot* a, Slot* r)
{
    const auto* f = static_cast<const HostFunction*>(ctx.currentFunction()->nativeData);
    std::vector<HostValue> args, results;
    const bool scalar = f->scalar && ctx.currentFunction()->paramSlots <= kMaxScalarArgs;
    if (!scalar)
    {
        args = f->params;
        results = f->results;
        slotsToHostValues(a, ctx.currentFunction()->paramSlots, args);
    }
    const HostFrame outer = tHostFrame;
    // A blocking host function lets the other goroutines run meanwhile (as a native reading
    // stdin does: Go's entersyscall); the heap is not touched until it is back.
    tHostFrame = {f->engine, &ctx, f->blocking && ctx.enterBlocking()};
    std::string failure;
    try
    {
        if (scalar)
        {
            uint64_t in[kMaxScalarArgs], out[1] = {0};
            std::memcpy(in, a, ctx.currentFunction()->paramSlots * sizeof(Slot));
            f->scalar(in, out);
            std::memcpy(r, out, ctx.currentFunction()->resultSlots * sizeof(Slot));
        }
        else
            f->call(args, results);
    }
    catch (const std::exception& e)
    {
        failure = e.what();
        if (failure.empty())
            failure = "a C++ exception";
    }
    catch (...)
    {
        failure = "a C++ exception of an unknown type";
    }
    if (tHostFrame.blocking)
        ctx.exitBlocking();
    tHostFrame = outer;
    if (!failure.empty())
    {
        // A panic of the script under a call back into it is already on its way (the host
        // function unwound from its ScriptError): it goes on as it was.
        if (!ctx.failed())
            ctx.panicError(failure); // a Go panic the script can recover
        return;
    }
    if (ctx.failed() || scalar)
        return; // (a callback's ScriptError caught by the host function: the panic goes on)
    std::vector<Slot> slots;
    hostValuesToSlots(results, slots,
                      HostMemory{[&ctx](std::string_view text) { return ctx.newString(text); },
                                 [&ctx](size_t bytes, const GcLayout* layout) { return ctx.allocate(bytes, layout); }});
    std::copy(slots.begin(), slots.end(), r);
}

bool goIdentifier(const std::string& s)
{
    if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_'))
        return false;
    for (char c : s)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_'))
            return false;
    return true;
}

std::string signatureText(const std::vector<EngineValue>& args, const std::vector<EngineValue>& results)
{
    std::string s = "func(";
    for (size_t i = 0; i < args.size(); i++)
        s += (i ? ", " : "") + args[i].goType;
    s += ")";
    if (results.size() == 1)
        s += " " + results[0].goType;
    else if (!results.empty())
    {
        s += " (";
        for (size_t i = 0; i < results.size(); i++)
            s += (i ? ", " : "") + results[i].goType;
        s += ")";
    }
    return s;
}

// A host function's Go declaration, bound to hostNative. A map crosses as two slices (its keys
// and its values) and an error as its message and whether it is not nil: the native is
// declared with those, and a Go wrapper with the C++ signature's own types makes and reads the
// maps and errors, so they are Go's own (errors.New's, iterated in Go's order).
// Whether every value crosses in its own Go type's registers (not through a wrapper).
bool allInRegisters(const std::vector<EngineValue>& params, const std::vector<EngineValue>& results)
{
    auto inRegisters = [](const EngineValue& v) {
        return !crossesFlattened(v) && v.kind != HostValue::Kind::Error && v.kind != HostValue::Kind::Struct &&
               v.kind != HostValue::Kind::Object;
    };
    return std::all_of(params.begin(), params.end(), inRegisters) &&
           std::all_of(results.begin(), results.end(), inRegisters);
}

bool needsWrapper(const HostFunction& f)
{
    // A func result is a C++ function: a handle the wrapper makes a Go func of.
    auto isFunc = [](const EngineValue& v) { return v.kind == HostValue::Kind::Func; };
    return !f.receiver.empty() || !allInRegisters(f.params, f.results) ||
           std::any_of(f.results.begin(), f.results.end(), isFunc);
}

// A func value crosses as is (its closure): its own parameters and results must be in registers,
// and not funcs (a map in its signature would be read as something else).
bool funcCrosses(const EngineValue& v)
{
    auto isFunc = [](const EngineValue& e) { return e.kind == HostValue::Kind::Func; };
    return allInRegisters(v.elems, v.vals) && std::none_of(v.elems.begin(), v.elems.end(), isFunc) &&
           std::none_of(v.vals.begin(), v.vals.end(), isFunc);
}

// A type's Go text in its host package's own file: its structs without their qualifier
// ("[]host.Point" is "[]Point" there).
FlatGo::TypeText localText(const std::string& qualifier)
{
    return [qualifier](const std::string& goType) {
        std::string out;
        for (size_t i = 0; i < goType.size();)
        {
            const bool starts = goType.compare(i, qualifier.size(), qualifier) == 0 &&
                                (i == 0 || !(std::isalnum(static_cast<unsigned char>(goType[i - 1])) || goType[i - 1] == '_'));
            if (starts)
                i += qualifier.size();
            else
                out += goType[i++];
        }
        return out;
    };
}

// A host function's value types with their structs' field names (for the wrapper's Go code).
HostValue withFieldNames(HostValue t, const std::function<std::vector<std::string>(const std::string&)>& fieldNames)
{
    if (t.kind == HostValue::Kind::Struct)
    {
        const std::vector<std::string> names = fieldNames(t.goType);
        for (size_t k = 0; k < t.elems.size() && k < names.size(); k++)
            t.elems[k].field = names[k];
    }
    for (auto* list : {&t.elems, &t.elemType, &t.valType})
        for (HostValue& e : *list)
            e = withFieldNames(std::move(e), fieldNames);
    return t;
}

// The native's parameters and results, maps, errors and structs flattened.
std::string flatSignature(const HostFunction& f, const std::string& qualifier)
{
    std::string s = "(";
    auto add = [&s](const std::string& part) { s += (s.size() > 1 ? ", " : "") + part; };
    for (size_t i = 0; i < f.params.size(); i++)
    {
        const EngineValue& p = f.params[i];
        const std::string n = "p" + std::to_string(i);
        if (crossesFlattened(p))
        {
            const std::vector<std::string> types = FlatGo(localText(qualifier)).types(p);
            for (size_t j = 0; j < types.size(); j++)
                add(n + "_" + std::to_string(j) + " " + types[j]);
        }
        else if (p.kind == HostValue::Kind::Error)
            add(n + "m string, " + n + "e bool");
        else if (p.kind == HostValue::Kind::Struct)
            for (size_t k = 0; k < p.elems.size(); k++)
                add(n + "_" + std::to_string(k) + " " + p.elems[k].goType);
        else if (p.kind == HostValue::Kind::Object)
            add(n + "h int64");
        else
            add(n + " " + p.goType);
    }
    s += ")";
    std::vector<std::string> rs;
    for (const EngineValue& r : f.results)
    {
        if (crossesFlattened(r))
            for (std::string& t : FlatGo(localText(qualifier)).types(r))
                rs.push_back(std::move(t));
        else if (r.kind == HostValue::Kind::Error)
        {
            rs.push_back("string");
            rs.push_back("bool");
        }
        else if (r.kind == HostValue::Kind::Struct)
            for (const EngineValue& field : r.elems)
                rs.push_back(field.goType);
        else if (r.kind == HostValue::Kind::Object || r.kind == HostValue::Kind::Func)
            rs.push_back("int64");
        else
            rs.push_back(r.goType);
    }
    if (rs.size() == 1)
        s += " " + rs[0];
    else if (!rs.empty())
    {
        s += " (";
        for (size_t i = 0; i < rs.size(); i++)
            s += (i ? ", " : "") + rs[i];
        s += ")";
    }
    return s;
}

std::string goWrapper(const HostFunction& f, const std::string& native, const std::string& qualifier,
                      const std::function<std::vector<std::string>(const std::string&)>& fieldNames,
                      const std::function<std::string(const std::string&)>& funcMaker, bool& usesErrors)
{
    // A struct of this package is named without its qualifier here.
    const FlatGo::TypeText local = localText(qualifier);
    FlatGo flat(local);
    std::string params, body, args, results, returns, gots;
    for (size_t i = 0; i < f.params.size(); i++)
    {
        const EngineValue& p = f.params[i];
        const std::string n = "p" + std::to_string(i);
        if (i > 0 || f.receiver.empty())
            params += (params.empty() ? "" : ", ") + n + " " + local(p.goType);
        auto arg = [&args](const std::string& part) { args += (args.empty() ? "" : ", ") + part; };
        if (crossesFlattened(p))
            for (const std::string& part : flat.decompose(n, withFieldNames(p, fieldNames), body))
                arg(part);
        else if (p.kind == HostValue::Kind::Error)
        {
            body += "\tvar " + n + "m string\n\t" + n + "e := " + n + " != nil\n\tif " + n + "e {\n\t\t" + n + "m = " + n +
                    ".Error()\n\t}\n";
            arg(n + "m, " + n + "e");
        }
        else if (p.kind == HostValue::Kind::Struct)
        {
            const std::vector<std::string> names = fieldNames(p.goType);
            for (size_t k = 0; k < names.size(); k++)
                arg(n + "." + names[k]);
        }
        else if (p.kind == HostValue::Kind::Object)
        {
            body += "\tvar " + n + "h int64\n\tif " + n + " != nil {\n\t\t" + n + "h = " + n + ".h\n\t}\n";
            arg(n + "h");
        }
        else
            arg(n);
    }
    std::string after;
    for (size_t i = 0; i < f.results.size(); i++)
    {
        const EngineValue& r = f.results[i];
        const std::string n = "r" + std::to_string(i);
        results += (i ? ", " : "") + local(r.goType);
        returns += (i ? ", " : "") + n;
        std::string got;
        if (crossesFlattened(r))
        {
            std::vector<std::string> parts;
            for (size_t j = 0; j < flat.types(r).size(); j++)
            {
                parts.push_back(n + "_" + std::to_string(j));
                got += (j ? ", " : "") + parts.back();
            }
            size_t at = 0;
            const std::string value = flat.compose(withFieldNames(r, fieldNames), parts, at, after);
            after += "\t" + n + " := " + value + "\n";
        }
        else if (r.kind == HostValue::Kind::Error)
        {
            usesErrors = true;
            got = n + "m, " + n + "e";
            after += "\tvar " + n + " error\n\tif " + n + "e {\n\t\t" + n + " = errors.New(" + n + "m)\n\t}\n";
        }
        else if (r.kind == HostValue::Kind::Struct)
        {
            const std::vector<std::string> names = fieldNames(r.goType);
            std::string literal;
            for (size_t k = 0; k < names.size(); k++)
            {
                const std::string field = n + "_" + std::to_string(k);
                got += (k ? ", " : "") + field;
                literal += (k ? ", " : "") + names[k] + ": " + field;
            }
            after += "\t" + n + " := " + local(r.goType) + "{" + literal + "}\n";
        }
        else if (r.kind == HostValue::Kind::Object)
        {
            got = n + "h";
            after += "\t" + n + " := hostNew" + local(r.goType).substr(1) + "(" + n + "h)\n";
        }
        else if (r.kind == HostValue::Kind::Func)
        {
            got = n + "h";
            after += "\t" + n + " := " + funcMaker(r.goType) + "(" + n + "h)\n";
        }
        else
            got = n;
        if (!got.empty()) // (a struct without fields has no registers)
            gots += (gots.empty() ? "" : ", ") + got;
    }
    body += "\t" + (gots.empty() ? std::string() : gots + " := ");
    body += native + "(" + args + ")\n" + after;
    if (!f.results.empty())
        body += "\treturn " + returns + "\n";
    std::string resultList = f.results.size() > 1 ? " (" + results + ")" : f.results.empty() ? "" : " " + results;
    const std::string receiver = f.receiver.empty() ? "" : "(p0 *" + f.receiver + ") ";
    return "func " + receiver + f.name + "(" + params + ")" + resultList + " {\n" + body + "}\n";
}
} // namespace

struct Engine::Running
{
    explicit Running(InterpreterConfig config) : interp(std::move(config)) {}
    Interpreter interp;
};

Engine::Engine(EngineOptions options) : options_(std::move(options))
{
    InterpreterConfig config;
    config.writeStdout = options_.onStdout ? options_.onStdout : [](std::string_view s) { writeFd(1, s); };
    config.writeStderr = options_.onStderr ? options_.onStderr : [](std::string_view s) { writeFd(2, s); };
    // A failure's report is the host's to see through ScriptError, not the script's stderr.
    config.writeReport = [this](std::string_view s) { report_.append(s); };
    config.procs = options_.procs;
    config.heapLimitBytes = options_.heapLimit;
    config.gcPercent = options_.gcPercent;
    config.access = options_.access;
    config.embedded = true;
    running_ = std::make_unique<Running>(std::move(config));
}

Engine::~Engine() { shutdown(); }

void Engine::shutdown()
{
    // Whatever still runs (goroutines the program left behind, blocked or not) ends here.
    // (Also when no program ran: a host thread may wait on a channel the host made.)
    if (!shutdown_.exchange(true))
    {
        {
            std::lock_guard lock(watchMu_);
            watchCv_.notify_all();
        }
        if (watchdog_.joinable())
            watchdog_.join();
        running_->interp.stop();
    }
}

bool Engine::interrupt() { return running_->interp.interrupt(); }
bool Engine::interrupted() const { return running_->interp.interrupted(); }


std::string Engine::checkName(const std::string& path, const std::string& name) const
{
    const std::string pkgName = path.substr(path.rfind('/') + 1);
    if (!goIdentifier(pkgName) || path.find("//") != std::string::npos || path.back() == '/')
        return "\"" + path + "\" is not a package path weft can give a host package";
    if (importPathError(path))
        return "\"" + path + "\" is not a valid import path";
    for (const StdlibSource& std : stdlibSources())
        if (path == std.path)
            return "\"" + path + "\" is a standard package";
    if (!goIdentifier(name) || !std::isupper(static_cast<unsigned char>(name[0])))
        return "\"" + name + "\" is not an exported Go name";
    auto it = packages_.find(path);
    if (it != packages_.end())
    {
        for (const auto& g : it->second.functions)
            if (g->name == name)
                return path + "." + name + " is already declared";
        for (const HostVar& v : it->second.vars)
            if (v.name == name)
                return path + "." + name + " is already declared";
        for (const HostType& t : it->second.types)
            if (t.name == name)
                return path + "." + name + " is already declared";
    }
    return {};
}

std::string Engine::addFunction(const std::string& path, HostFunction f)
{
    if (f.receiver.empty())
    {
        if (std::string err = checkName(path, f.name); !err.empty())
            return err;
    }
    else
    {
        if (!goIdentifier(f.name) || !std::isupper(static_cast<unsigned char>(f.name[0])))
            return "\"" + f.name + "\" is not an exported Go name";
        for (const auto& g : packages_[path].functions)
            if (g->receiver == f.receiver && g->name == f.name)
                return path + "." + f.receiver + "." + f.name + " is already declared";
    }
    const std::string qualifier = path.substr(path.rfind('/') + 1) + ".";
    // A func value crosses as is: its parameters and results must be in registers too (a map in
    // its signature would be read as something else).
    for (const EngineValue& v : f.results)
        if (v.kind == HostValue::Kind::Func && !funcCrosses(v))
            return "not supported in weft: " + f.name + " returns a " + v.goType +
                   "; maps, errors, structs, host objects and funcs do not cross in the signature of a func value";
    for (const EngineValue& v : f.params)
        if (v.kind == HostValue::Kind::Func && !funcCrosses(v))
            return "not supported in weft: " + f.name + " takes a " + v.goType +
                   "; maps, errors, structs, host objects and funcs do not cross in the signature of a func parameter";
    for (const auto* list : {&f.params, &f.results})
        for (const EngineValue& v : *list)
            if (flattensToNothing(v))
                return "not supported in weft: " + f.name + " uses " + v.goType +
                       ", a slice or map of structs without fields";
    // (Also inside slices and maps.)
    std::function<const EngineValue*(const EngineValue&)> foreign = [&](const EngineValue& v) -> const EngineValue* {
        if ((v.kind == HostValue::Kind::Struct && v.goType.rfind(qualifier, 0) != 0) ||
            (v.kind == HostValue::Kind::Object && v.goType.rfind("*" + qualifier, 0) != 0))
            return &v;
        if (v.kind == HostValue::Kind::Slice || v.kind == HostValue::Kind::Map)
            for (const auto* types : {&v.elemType, &v.valType})
                for (const EngineValue& t : *types)
                    if (const EngineValue* found = foreign(t))
                        return found;
        return nullptr;
    };
    for (const auto* list : {&f.params, &f.results})
        for (const EngineValue& v : *list)
            if (const EngineValue* other = foreign(v))
                return f.name + " uses " + other->goType + ", a struct of another host package: declare it in " + path;
    f.engine = this;
    packages_[path].functions.push_back(std::make_unique<HostFunction>(std::move(f)));
    return {};
}

std::string Engine::addType(const std::string& path, const std::string& name, const std::string& fields, bool fresh,
                            bool object)
{
    auto& types = packages_[path].types;
    for (HostType& t : types)
        if (t.name == name && !fresh)
        {
            t.fields = fields;
            t.object = t.object || object;
            return {};
        }
    if (std::string err = checkName(path, name); !err.empty())
        return err;
    types.push_back({name, fields, object});
    return {};
}

int64_t Engine::addObject(std::shared_ptr<void> object)
{
    if (!object)
        return 0;
    std::lock_guard lock(objectsMu_);
    objects_.emplace(++lastObject_, std::move(object));
    return lastObject_;
}

std::shared_ptr<void> Engine::object(int64_t handle)
{
    std::lock_guard lock(objectsMu_);
    auto it = objects_.find(handle);
    return it == objects_.end() ? nullptr : it->second;
}

void Engine::releaseObject(int64_t handle)
{
    std::shared_ptr<void> last; // destroyed after the lock is let go: its destructor is the host's
    std::lock_guard lock(objectsMu_);
    if (auto it = objects_.find(handle); it != objects_.end())
    {
        last = std::move(it->second);
        objects_.erase(it);
    }
}

std::string Engine::addVar(const std::string& path, const std::string& name, const std::string& goType, void* pointer)
{
    if (std::string err = checkName(path, name); !err.empty())
        return err;
    if (started_)
        return "the program already runs: declare " + path + "." + name + " before loading it";
    packages_[path].vars.push_back({name, goType, pointer});
    return {};
}

void* Engine::makeChan(const HostValue& elem, int64_t cap)
{
    InWorld world(this);
    return shutdown_ ? nullptr : running_->interp.hostMakeChan(elem, cap);
}

void Engine::hold(const void* p)
{
    InWorld world(this);
    if (!shutdown_)
        running_->interp.hostHold(p);
}

void Engine::release(const void* p)
{
    InWorld world(this);
    if (!shutdown_)
        running_->interp.hostRelease(p);
}

void Engine::releaseChan(void* c)
{
    InWorld world(this);
    if (!shutdown_)
        running_->interp.hostReleaseChan(static_cast<ChanObject*>(c));
}

Engine::ChanResult Engine::send(void* c, const HostValue& v, bool block)
{
    InWorld world(this);
    if (shutdown_ || ended())
        return ChanResult::Ended;
    return ChanResult(int(running_->interp.hostChanSend(static_cast<ChanObject*>(c), v, block)));
}

Engine::ChanResult Engine::recv(void* c, HostValue& v, bool& ok, bool block)
{
    InWorld world(this);
    if (shutdown_ || ended())
        return ChanResult::Ended;
    return ChanResult(int(running_->interp.hostChanRecv(static_cast<ChanObject*>(c), v, ok, block)));
}

bool Engine::close(void* c)
{
    InWorld world(this);
    return !shutdown_ && running_->interp.hostChanClose(static_cast<ChanObject*>(c));
}

std::string Engine::funcNative(const std::string& path, size_t k, const std::string& goType,
                               const std::vector<EngineValue>& params, const std::vector<EngineValue>& results,
                               HostPackages& host)
{
    // hostFuncN(h, params...) calls the C++ function of handle h; hostMakeFuncN(h) is the Go func
    // calling it, which captures a holder whose finalizer lets the handle go.
    auto& native = *releasers_.emplace_back(std::make_unique<HostFunction>());
    native.engine = this;
    native.name = "hostFunc" + std::to_string(k);
    native.params.resize(1); // the handle (an int64)
    native.params.insert(native.params.end(), params.begin(), params.end());
    native.results = results;
    native.call = [this](std::vector<EngineValue>& args, std::vector<EngineValue>& out) {
        auto call = std::static_pointer_cast<EngineCall>(object(args[0].i));
        args.erase(args.begin());
        if (call)
            (*call)(args, out);
    };
    host.natives.push_back({path + "." + native.name, NativeEntry{&hostNative, &native}});
    std::string ps, names, rs;
    for (size_t i = 0; i < params.size(); i++)
    {
        ps += ", p" + std::to_string(i) + " " + params[i].goType;
        names += ", p" + std::to_string(i);
    }
    for (size_t i = 0; i < results.size(); i++)
        rs += (i ? ", " : "") + results[i].goType;
    if (results.size() > 1)
        rs = "(" + rs + ")";
    const std::string n = std::to_string(k);
    return "func hostFunc" + n + "(h int64" + ps + ")" + (rs.empty() ? "" : " " + rs) + "\n" + "func hostMakeFunc" + n +
           "(h int64) " + goType + " {\n\tif h == 0 {\n\t\treturn nil\n\t}\n" +
           "\thold := &hostFuncHold{h}\n\truntime.SetFinalizer(hold, func(hold *hostFuncHold) { hostRelease(hold.h) })\n" +
           "\treturn func(" + (ps.empty() ? "" : ps.substr(2)) + ")" + (rs.empty() ? "" : " " + rs) + " {\n\t\t" +
           (rs.empty() ? "" : "return ") + "hostFunc" + n + "(hold.h" + names + ")\n\t}\n}\n" +
           // Compiled even when nothing here calls it: the host makes arguments with it.
           "var _ = hostMakeFunc" + n + "\n";
}

HostFunction* Engine::releaseNative(const std::string& path, HostPackages& host)
{
    auto& release = *releasers_.emplace_back(std::make_unique<HostFunction>());
    release.engine = this;
    release.name = "hostRelease";
    release.params.resize(1); // an int64
    release.call = [this](std::vector<EngineValue>& args, std::vector<EngineValue>&) { releaseObject(args[0].i); };
    host.natives.push_back({path + ".hostRelease", NativeEntry{&hostNative, &release}});
    return &release;
}

std::shared_ptr<CompiledProgram> Engine::compile(const std::string& name, std::string source, CompileFailure& failure)
{
    std::vector<SourceText> sources;
    sources.push_back({name, source});
    // The host packages as Go declarations: a bodiless function for each C++ one, bound to it.
    HostPackages host;
    for (const auto& [path, pkg] : packages_)
    {
        std::string text = "// Declared by the embedding host.\npackage " + path.substr(path.rfind('/') + 1) + "\n\n";
        for (const HostType& t : pkg.types)
            text += "type " + t.name + " struct {" + (t.object ? " h int64 " : t.fields.empty() ? "" : " " + t.fields + " ") + "}\n";
        for (const HostVar& v : pkg.vars)
            text += "var " + v.name + " " + v.goType + "\n";
        bool usesErrors = false;
        const std::string qualifier = path.substr(path.rfind('/') + 1) + ".";
        auto fieldNames = [&pkg = pkg, &qualifier](const std::string& goType) {
            std::vector<std::string> names;
            for (const HostType& t : pkg.types)
                if (qualifier + t.name == goType)
                    for (size_t at = 0; at < t.fields.size();)
                    {
                        const size_t space = t.fields.find(' ', at);
                        names.push_back(t.fields.substr(at, space - at));
                        const size_t semi = t.fields.find("; ", space);
                        at = semi == std::string::npos ? t.fields.size() : semi + 2;
                    }
            return names;
        };
        // C++ functions the package's functions return, one native and one maker per func type:
        // hostFuncN(h, params...) calls the C++ function of handle h; hostMakeFuncN(h) is the Go
        // func calling it, which keeps a holder whose finalizer lets the handle go.
        std::map<std::string, size_t> funcTypes;
        std::string funcText;
        auto funcMaker = [&](const std::string& goType) { return "hostMakeFunc" + std::to_string(funcTypes.at(goType)); };
        for (const auto& f : pkg.functions)
            for (const EngineValue& r : f->results)
                if (r.kind == HostValue::Kind::Func && !funcTypes.count(r.goType))
                {
                    const size_t k = funcTypes.size();
                    funcTypes[r.goType] = k;
                    funcText += funcNative(path, k, r.goType, r.elems, r.vals, host);
                }
        if (!funcTypes.empty())
            text += "type hostFuncHold struct{ h int64 }\n" + funcText;
        for (const auto& f : pkg.functions)
        {
            const bool wrapped = needsWrapper(*f);
            const std::string native = !f->receiver.empty() ? "hostMethod" + f->receiver + "_" + f->name
                                       : wrapped              ? "hostNative" + f->name
                                                              : f->name;
            text += "func " + native + flatSignature(*f, qualifier) + "\n";
            if (wrapped)
                text += goWrapper(*f, native, qualifier, fieldNames, funcMaker, usesErrors);
            host.natives.push_back({path + "." + native, NativeEntry{&hostNative, f.get()}});
        }
        // Object types: a handle the host's table keeps, let go by a finalizer.
        bool objects = false;
        for (const HostType& t : pkg.types)
            if (t.object)
            {
                objects = true;
                text += "func hostNew" + t.name + "(h int64) *" + t.name + " {\n\tif h == 0 {\n\t\treturn nil\n\t}\n\to := &" +
                        t.name + "{h}\n\truntime.SetFinalizer(o, func(o *" + t.name + ") { hostRelease(o.h) })\n\treturn o\n}\n";
                // Compiled even when nothing here calls it: the host makes the arguments of its
                // calls into the script with it (Engine::objectMaker).
                text += "var _ = hostNew" + t.name + "\n";
            }
        objects = objects || !funcTypes.empty(); // (hostRelease and package runtime for both)
        if (objects)
        {
            releaseNative(path, host);
            text += "func hostRelease(h int64)\n";
        }
        std::string imports = std::string(usesErrors ? "\t\"errors\"\n" : "") + (objects ? "\t\"runtime\"\n" : "");
        if (!imports.empty())
            text.insert(text.find("\n\n") + 2, "import (\n" + imports + ")\n\n");
        const std::string& kept = *hostTexts_.emplace_back(std::make_unique<std::string>(std::move(text)));
        const std::string& file = *hostTexts_.emplace_back(std::make_unique<std::string>("host package " + path));
        const std::string& pathKept = *hostTexts_.emplace_back(std::make_unique<std::string>(path));
        host.sources.push_back({pathKept.c_str(), file.c_str(), kept.c_str()});
    }
    auto c = std::make_shared<Compiled>(compileSources(std::move(sources), true, true, &host));
    // The host may call functions whose signatures hold maps, errors or host structs: compiled
    // again with their wrappers (api/ScriptCalls.h). Should that fail (a name of the program's
    // own), the program stands as it is, and such calls are refused when the host takes them.
    std::vector<std::string> wrapped;
    std::map<std::string, std::string> funcMakers;
    if (c->module)
    {
        std::vector<FuncParamType> funcTypes;
        const std::string wrappers = scriptCallWrappers(*c->program, [this](std::string_view path, std::string_view type) {
            auto pkg = packages_.find(std::string(path));
            if (pkg != packages_.end())
                for (const HostType& t : pkg->second.types)
                    if (t.name == type)
                        return t.object ? HostTypeKind::Object : HostTypeKind::Struct;
            return HostTypeKind::None;
        }, wrapped, funcTypes);
        std::string generated = wrappers;
        if (!funcTypes.empty())
        {
            // C++ functions as arguments: their makers in a package of their own, which the
            // generated file of main imports (its names are unexported: a script importing it
            // gets nothing).
            const std::string path = "weft/hostcalls";
            std::string text = "// Generated by the embedding API: C++ functions as arguments of calls into the script.\n"
                               "package hostcalls\n\nimport \"runtime\"\n\ntype hostFuncHold struct{ h int64 }\n\n"
                               "func hostRelease(h int64)\n";
            releaseNative(path, host);
            for (size_t k = 0; k < funcTypes.size(); k++)
            {
                text += funcNative(path, k, funcTypes[k].goType, funcTypes[k].params, funcTypes[k].results, host);
                funcMakers[funcTypes[k].goType] = path + ".hostMakeFunc" + std::to_string(k);
            }
            const std::string& kept = *hostTexts_.emplace_back(std::make_unique<std::string>(std::move(text)));
            const std::string& file = *hostTexts_.emplace_back(std::make_unique<std::string>("host package " + path));
            const std::string& pathKept = *hostTexts_.emplace_back(std::make_unique<std::string>(path));
            host.sources.push_back({pathKept.c_str(), file.c_str(), kept.c_str()});
            if (generated.empty())
                generated = "// Generated by the embedding API: calls from the host (api/ScriptCalls.h).\npackage main\n";
            generated.insert(generated.find("package main\n") + 13, "\nimport _ \"weft/hostcalls\"\n");
        }
        if (!generated.empty())
        {
            std::vector<SourceText> again;
            again.push_back({name, std::move(source)});
            again.push_back({"weft_host_calls.go", generated});
            auto withWrappers = std::make_shared<Compiled>(compileSources(std::move(again), true, true, &host));
            if (withWrappers->module)
                c = std::move(withWrappers);
            else
            {
                wrapped.clear();
                funcMakers.clear();
            }
        }
    }
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
    p->wrapped.insert(wrapped.begin(), wrapped.end());
    p->funcMakers = std::move(funcMakers);
    return p;
}

RunOutcome Engine::run(std::shared_ptr<CompiledProgram> program, const std::string& name, const std::vector<std::string>& args)
{
    ran_ = true;
    RunOutcome outcome;
    std::vector<std::string> osArgs{name};
    osArgs.insert(osArgs.end(), args.begin(), args.end());
    Interpreter& interp = running_->interp;
    interp.setArgs(std::move(osArgs));
    const Module& module = *program->compiled->module;
    if (!interp.start(module))
    {
        outcome.code = 2;
        outcome.report = report_;
        return outcome;
    }
    started_ = std::move(program);
    exiting_ = &interp.endedFlag();
    poolStarted_ = true;
    if (options_.timeLimitMs > 0)
        watchdog_ = std::thread([this, until = std::chrono::steady_clock::now() +
                                               std::chrono::milliseconds(options_.timeLimitMs)] {
            std::unique_lock lock(watchMu_);
            if (!watchCv_.wait_until(lock, until, [&] { return shutdown_.load(); }))
                running_->interp.interrupt();
        });
    // The host packages' variables hold what the host gave them before any code runs.
    for (const auto& [path, pkg] : packages_)
        for (const HostVar& v : pkg.vars)
            interp.setGlobalPointer(path + "." + v.name, v.pointer);
    std::vector<HostValue> none;
    if (!interp.call(*module.entry, {}, none))
    {
        outcome.code = interp.exitCode();
        outcome.report = report_;
        outcome.interrupted = interp.interrupted();
    }
    return outcome;
}

const void* Engine::resolve(const CompiledProgram& program, const std::string& name, const std::vector<EngineValue>& params,
                            const std::vector<EngineValue>& results, std::string& error)
{
    if (&program != started_.get())
        return error = "run the program before calling its functions", nullptr;
    Interpreter& interp = running_->interp;
    if (interp.ended())
        return error = "the program has ended", nullptr;
    const Program& checked = *program.compiled->program;
    const Package* main = checked.mainPackage();
    const Object* obj = main && main->scope ? main->scope->lookup(name) : nullptr;
    const std::string want = signatureText(params, results);
    if (!obj || !obj->is<Func>())
        return error = "the program has no function " + name + " (want " + want + ")", nullptr;
    const auto* sig = static_cast<const Signature*>(obj->type);
    std::vector<EngineValue> goParams(sig->params->vars.size()), goResults(sig->results->vars.size());
    for (size_t i = 0; i < goParams.size(); i++)
        goParams[i].goType = typeString(sig->params->vars[i]->type, main);
    for (size_t i = 0; i < goResults.size(); i++)
        goResults[i].goType = typeString(sig->results->vars[i]->type, main);
    // C++'s int is int32_t: it stands for Go's int (as the API documents) and for int32.
    auto sameType = [](const std::vector<EngineValue>& go, const std::vector<EngineValue>& cpp) {
        if (go.size() != cpp.size())
            return false;
        for (size_t i = 0; i < go.size(); i++)
            if (go[i].goType != cpp[i].goType && !(cpp[i].goType == "int" && go[i].goType == "int32"))
                return false;
        return true;
    };
    if (!sameType(goParams, params) || !sameType(goResults, results) || sig->variadic)
        return error = name + " is " + signatureText(goParams, goResults) + (sig->variadic ? " (variadic)" : "") +
                       ", not " + want,
               nullptr;
    for (const EngineValue& a : params)
        if (a.kind == HostValue::Kind::Func && (!funcCrosses(a) || !program.funcMakers.count(a.goType)))
            return error = "not supported in weft: " + name + " takes a " + a.goType +
                           "; maps, errors, structs, host objects and funcs do not cross in the signature of a func value",
                   nullptr;
    for (const EngineValue& r : results)
        if (r.kind == HostValue::Kind::Func && !funcCrosses(r))
            return error = "not supported in weft: " + name + " returns a " + r.goType +
                           "; maps, errors, structs, host objects and funcs do not cross in the signature of a func value",
                   nullptr;
    for (const auto* list : {&params, &results})
        for (const EngineValue& v : *list)
            if (flattensToNothing(v))
                return error = "not supported in weft: " + name + " " + want + " uses " + v.goType +
                               ", a slice or map of structs without fields",
                       nullptr;
    auto flattened = [](const EngineValue& v) {
        return crossesFlattened(v) || v.kind == HostValue::Kind::Error || v.kind == HostValue::Kind::Struct;
    };
    if (std::any_of(params.begin(), params.end(), flattened) || std::any_of(results.begin(), results.end(), flattened))
    {
        // Maps, errors and host structs cross through the function's wrapper (api/ScriptCalls.h).
        const Function* wrapper =
            program.wrapped.count(name) ? interp.findFunction("main." + scriptCallWrapperName(name)) : nullptr;
        if (!wrapper)
            return error = "not supported in weft: " + name + " " + want +
                           " cannot be called from the host (its wrapper for maps, errors and structs did not compile: "
                           "the program declares " + scriptCallWrapperName(name) + ")",
                   nullptr;
        return Interpreter::closureOf(*wrapper);
    }
    const Function* fn = interp.findFunction("main." + name);
    if (!fn)
        return error = "the program has no function " + name, nullptr;
    return Interpreter::closureOf(*fn);
}

bool Engine::invoke(const void* fn, const std::vector<EngineValue>& args, std::vector<EngineValue>& results,
                    RunOutcome& outcome, std::vector<std::shared_ptr<void>>* resultObjects)
{
    auto isObject = [](const EngineValue& v) { return v.kind == HostValue::Kind::Object; };
    auto isFunc = [](const EngineValue& v) { return v.kind == HostValue::Kind::Func; };
    if (std::none_of(args.begin(), args.end(), isObject) && std::none_of(results.begin(), results.end(), isObject) &&
        std::none_of(results.begin(), results.end(), isFunc) && std::none_of(args.begin(), args.end(), isFunc))
        return call(fn, args, results, outcome);
    // Host objects cross as their Go values (*host.T, holding the object's handle): each argument
    // is made by its package's hostNewT, as when a host function returns it, and each result's
    // handle is read from it. Both are held for the host meanwhile (Kind::Pointer).
    std::vector<EngineValue> in = args;
    std::vector<const void*> held;
    bool ok = true;
    for (EngineValue& a : in)
    {
        const bool func = a.kind == HostValue::Kind::Func;
        if (!func && a.kind != HostValue::Kind::Object)
            continue;
        // A C++ function's or object's handle (0: nil) becomes its Go value by its maker.
        const void* make = a.i == 0 ? nullptr : func ? funcMaker(a.goType) : objectMaker(a.goType);
        if (!func)
            a.kind = HostValue::Kind::Pointer;
        a.p = nullptr;
        if (a.i == 0)
            continue;
        if (!make)
        {
            outcome.code = 2;
            outcome.report = "weft: no Go value can be made for a " + a.goType + " of the host\n";
            ok = false;
            break;
        }
        std::vector<EngineValue> made(1);
        made[0].kind = HostValue::Kind::Pointer;
        EngineValue handle;
        handle.i = a.i;
        if (!(ok = call(make, {handle}, made, outcome)))
            break;
        a.p = made[0].p;
        if (a.p)
            held.push_back(a.p);
    }
    std::vector<EngineValue> out = results;
    for (EngineValue& r : out)
        if (r.kind == HostValue::Kind::Object || r.kind == HostValue::Kind::Func)
            r.kind = HostValue::Kind::Pointer;
    if (resultObjects)
        resultObjects->assign(results.size(), nullptr);
    ok = ok && call(fn, in, out, outcome);
    for (size_t i = 0; i < out.size(); i++)
        if (results[i].kind == HostValue::Kind::Object && out[i].kind == HostValue::Kind::Pointer)
        {
            // The Go value is `struct{ h int64 }` (the host package's declaration): its handle is
            // its first word. Held, it can be neither freed nor changed.
            const void* p = out[i].p;
            out[i].kind = HostValue::Kind::Object;
            out[i].i = p ? *static_cast<const int64_t*>(p) : 0;
            if (p)
                held.push_back(p);
            // Taken while the Go value is held: once it is let go, its finalizer may drop the handle.
            if (resultObjects)
                (*resultObjects)[i] = object(out[i].i);
        }
        else if (results[i].kind == HostValue::Kind::Func && out[i].kind == HostValue::Kind::Pointer)
            out[i].kind = HostValue::Kind::Func; // still held: the caller's to let go (see Engine.h)
    for (const void* p : held)
        release(p);
    if (ok)
        results = std::move(out);
    return ok;
}

const void* Engine::funcMaker(const std::string& goType)
{
    if (!started_)
        return nullptr;
    auto it = started_->funcMakers.find(goType);
    const Function* f = it == started_->funcMakers.end() ? nullptr : running_->interp.findFunction(it->second);
    return f ? Interpreter::closureOf(*f) : nullptr;
}

const void* Engine::objectMaker(const std::string& goType)
{
    std::lock_guard lock(objectsMu_);
    if (auto it = objectMakers_.find(goType); it != objectMakers_.end())
        return it->second;
    // "*host.DB": the package whose name is host and which declares DB as an object type.
    const size_t dot = goType.find('.');
    const void* make = nullptr;
    if (goType.size() > 1 && goType[0] == '*' && dot != std::string::npos)
    {
        const std::string pkgName = goType.substr(1, dot - 1), type = goType.substr(dot + 1);
        for (const auto& [path, pkg] : packages_)
            if (path.substr(path.rfind('/') + 1) == pkgName)
                for (const HostType& t : pkg.types)
                    if (t.object && t.name == type)
                        if (const Function* f = running_->interp.findFunction(path + ".hostNew" + type))
                            make = Interpreter::closureOf(*f);
    }
    objectMakers_[goType] = make;
    return make;
}

bool Engine::call(const void* fn, const std::vector<EngineValue>& args, std::vector<EngineValue>& results,
                  RunOutcome& outcome)
{
    Interpreter& interp = running_->interp;
    std::vector<HostValue> out = results;
    if (tHostFrame.engine == this && !ended())
    {
        InWorld world(this);
        std::string panicText;
        if (!interp.callFromNative(*tHostFrame.ctx, fn, args, out, panicText))
        {
            outcome.code = 2;
            outcome.report = panicText.empty() ? report_ : "panic: " + panicText + "\n";
            outcome.interrupted = interp.interrupted();
            return false;
        }
        results = std::move(out);
        return true;
    }
    if (ended() || !interp.callClosure(const_cast<void*>(fn), args, out, callDeadline()))
    {
        outcome.code = interp.exitCode();
        outcome.report = report_;
        outcome.interrupted = interp.interrupted();
        return false;
    }
    results = std::move(out);
    return true;
}

bool Engine::invokeScalar(const void* fn, const uint64_t* args, size_t nargs, uint64_t* results, size_t nresults,
                          RunOutcome& outcome)
{
    Interpreter& interp = running_->interp;
    static_assert(sizeof(Slot) == sizeof(uint64_t));
    const auto* in = reinterpret_cast<const Slot*>(args);
    auto* out = reinterpret_cast<Slot*>(results);
    if (tHostFrame.engine == this && !ended())
    {
        // Called back from a host function: on its goroutine (as invoke).
        InWorld world(this);
        std::string panicText;
        if (interp.callFromNativeSlots(*tHostFrame.ctx, fn, in, uint32_t(nargs), out, uint32_t(nresults), panicText))
            return true;
        outcome.code = 2;
        outcome.report = panicText.empty() ? report_ : "panic: " + panicText + "\n";
        outcome.interrupted = interp.interrupted();
        return false;
    }
    // (Whether the program ended was asked by the caller: a call that finds it ended fails.)
    if (interp.callSlots(const_cast<void*>(fn), in, uint32_t(nargs), out, uint32_t(nresults), callDeadline()))
        return true;
    outcome.code = interp.exitCode();
    outcome.report = report_;
    outcome.interrupted = interp.interrupted();
    return false;
}

int64_t Engine::callDeadline() const
{
    if (options_.callTimeLimitMs <= 0)
        return 0;
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch() +
                                                                 std::chrono::milliseconds(options_.callTimeLimitMs))
        .count();
}


} // namespace weft
