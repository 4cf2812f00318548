#pragma once
// The embedding API's engine: the internal side of include/weft/weft.hpp. The public classes
// (weft::v1::Interpreter, Program) hold an Engine and a CompiledProgram and forward to them;
// this header names nothing of the public API and nothing internal that would clash with it
// (weft::Interpreter, Program, Diagnostic exist in both), so api/Weft.cpp can include both.
#include "vm/HostAccess.h"
#include "vm/HostValue.h"

#include <cstddef>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>
#include <functional>
#include <map>
#include <unordered_map>
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
    int64_t timeLimitMs = 0; // 0: none
    int64_t callTimeLimitMs = 0; // each call from the host (Engine::invoke); 0: none
    HostAccess access;       // the sandbox (Options::capabilities)
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
    std::set<std::string> wrapped; // functions compiled with a wrapper for host calls (api/ScriptCalls.h)
    // For a func type of main's parameters: the function making a Go func of a C++ one.
    std::map<std::string, std::string> funcMakers;
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
    bool interrupted = false; // Engine::interrupt or the time limit ended the program
};

// A value crossing the API (vm/HostValue.h: scalars, strings, slices of them, with their Go
// types).
using EngineValue = HostValue;

// A C++ function a host package provides: its parameters' and results' kinds and Go types, and
// the callable (which may throw: the exception becomes a Go panic with its what()).
class Engine;
struct HostPackages; // api/Compile.h

// A call from the script into C++ with the engine's values.
using EngineCall = std::function<void(std::vector<EngineValue>& args, std::vector<EngineValue>& results)>;

struct HostFunction
{
    const Engine* engine = nullptr; // set by addFunction
    std::string name;
    std::string receiver; // a method's: the Go type ("DB"), its first parameter the receiver
    bool blocking = false; // may block its thread: the worker lets the others run meanwhile
    std::vector<EngineValue> params, results;
    std::function<void(std::vector<EngineValue>& args, std::vector<EngineValue>& results)> call;
    // The same for a function of scalars: the registers as 64-bit words (null: none).
    std::function<void(const uint64_t* args, uint64_t* results)> scalar;
};

class Engine
{
public:
    explicit Engine(EngineOptions options);
    ~Engine();
    // Adds a function to the host package at `path` (imported by scripts loaded after this);
    // an error text, or empty.
    std::string addFunction(const std::string& path, HostFunction f);
    // The program, or null with `failure` filled.
    std::shared_ptr<CompiledProgram> compile(const std::string& name, std::string source, CompileFailure& failure);
    // The Engine keeps the program alive while its goroutines may run (until it is destroyed).
    RunOutcome run(std::shared_ptr<CompiledProgram> program, const std::string& name, const std::vector<std::string>& args);
    // The program's package-level function `name`, checked against the parameters' and
    // results' Go types, as a handle for invoke; null with `error` (no such function, another
    // signature, main not run yet, the program ended).
    const void* resolve(const CompiledProgram& program, const std::string& name, const std::vector<EngineValue>& params,
                        const std::vector<EngineValue>& results, std::string& error);
    // Calls it (or a func value the script gave: its closure, held) with args; results holds
    // the expected results and receives them. False when the program ended (before or under
    // the call: outcome filled) or, called back from a host function, the callee panicked.
    // Host objects among args are handles (addObject); those among results are handles too, and
    // their objects go to resultObjects (by position) when given. A func value among the results
    // is held (hold) on return: the caller lets it go once it holds it its own way.
    bool invoke(const void* fn, const std::vector<EngineValue>& args, std::vector<EngineValue>& results,
                RunOutcome& outcome, std::vector<std::shared_ptr<void>>* resultObjects = nullptr);
    // The same for scalar arguments and results, one 64-bit register word each (the API's
    // fast path: the public header packs them).
    bool invokeScalar(const void* fn, const uint64_t* args, size_t nargs, uint64_t* results, size_t nresults,
                      RunOutcome& outcome);
    bool ran() const { return ran_; }
    // The Interpreter is shut down, or its program ended (inline: every call asks).
    bool ended() const
    {
        return shutdown_.load(std::memory_order_acquire) ||
               (poolStarted_.load(std::memory_order_acquire) && exiting_->load(std::memory_order_acquire));
    }
    // Ends the program (if it runs) and everything the host holds: Interpreter's destructor.
    // Handles that outlive it (channels) keep the Engine, whose operations then fail.
    void shutdown();
    // Stops the program from any thread (Runtime::interrupt); false if it had ended already.
    bool interrupt();
    bool interrupted() const;

    // A func value a host function was given (weft::detail::FuncRef): held until released.
    void hold(const void* closure);
    void release(const void* closure);
    // Host channels (weft::Chan): made with elements like `elem`, held until released.
    void* makeChan(const HostValue& elem, int64_t cap);
    void releaseChan(void* c);
    enum class ChanResult : uint8_t { Done, Closed, NotReady, Ended };
    ChanResult send(void* c, const HostValue& v, bool block);
    ChanResult recv(void* c, HostValue& v, bool& ok, bool block);
    bool close(void* c); // false: already closed
    // A package-level variable of a host package, holding a heap pointer (a channel): an error
    // text, or empty.
    std::string addVar(const std::string& path, const std::string& name, const std::string& goType, void* pointer);
    // A struct type of a host package (fields as Go writes them: "X int64; Y float64"): made
    // (fresh), or its fields replaced as they are added. An error text, or empty.
    std::string addType(const std::string& path, const std::string& name, const std::string& fields, bool fresh,
                        bool object);
    // Host objects the script holds (a *host.T): handles to the host's shared_ptrs, taken by
    // the Go value a wrapper makes and let go by its finalizer. 0 is nil.
    int64_t addObject(std::shared_ptr<void> object);
    std::shared_ptr<void> object(int64_t handle);
    void releaseObject(int64_t handle);
    const std::string& report() const { return report_; }

private:
    int64_t callDeadline() const; // a call's deadline from callTimeLimitMs (steady-clock ns; 0: none)
    // invoke's call of fn, host objects already their Go values (on the calling goroutine when
    // called back from a host function).
    bool call(const void* fn, const std::vector<EngineValue>& args, std::vector<EngineValue>& results,
              RunOutcome& outcome);
    // The host package's hostNewT for the object type goType ("*host.DB"), or null.
    const void* objectMaker(const std::string& goType);
    // The running program's maker of Go funcs of type goType from C++ functions, or null.
    const void* funcMaker(const std::string& goType);
    // A host package's native calling C++ functions of a func type (k-th of its package), with
    // its maker: their Go source. hostRelease's native for a package.
    std::string funcNative(const std::string& path, size_t k, const std::string& goType,
                           const std::vector<EngineValue>& params, const std::vector<EngineValue>& results,
                           HostPackages& host);
    HostFunction* releaseNative(const std::string& path, HostPackages& host);
    EngineOptions options_;
    struct Running; // the VM's interpreter (named in Engine.cpp only: see the top of this file)
    std::unique_ptr<Running> running_;
    std::shared_ptr<CompiledProgram> started_; // the program the pool runs
    bool ran_ = false;
    std::string report_; // a failure's report (written by worker threads under the runtime's outMu)
    struct HostVar
    {
        std::string name, goType;
        void* pointer;
    };
    struct HostType
    {
        std::string name, fields;
        bool object = false; // methods, values held by handle
    };
    struct HostPackage
    {
        std::vector<std::unique_ptr<HostFunction>> functions;
        std::vector<HostVar> vars;
        std::vector<HostType> types;
    };
    std::string checkName(const std::string& path, const std::string& name) const;
    std::atomic<bool> shutdown_{false};
    // The time limit's watchdog: interrupts the program when its budget from run is spent.
    std::thread watchdog_;
    std::mutex watchMu_;
    std::condition_variable watchCv_;
    std::atomic<bool> poolStarted_{false}; // run started the pool (read by host threads' channel operations)
    const std::atomic<bool>* exiting_ = nullptr; // the program's end (Interpreter::endedFlag), set before poolStarted_
    std::map<std::string, HostPackage> packages_;
    std::mutex objectsMu_; // a leaf: guards objects_ and lastObject_ (any worker, any host thread)
    std::unordered_map<int64_t, std::shared_ptr<void>> objects_;
    std::unordered_map<std::string, const void*> objectMakers_; // objectMaker's, under objectsMu_
    int64_t lastObject_ = 0;
    std::vector<std::unique_ptr<HostFunction>> releasers_; // each package's hostRelease
    // The declarations made for each compile: kept for the Engine's life (the checker's files
    // are made from them, and programs point to the functions).
    std::vector<std::unique_ptr<std::string>> hostTexts_;
};

} // namespace weft
