#pragma once
// The Interpreter: runs a Module. Everything a running program owns (heap, globals, goroutines,
// output buffers, method-table caches) hangs off one Interpreter; two never share anything.
#include "vm/HostAccess.h"
#include "vm/HostValue.h"
#include "vm/Module.h"

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace weft {

class NativeContext;

struct ChanObject;

struct InterpreterConfig
{
    // Where the program's output goes (buffered by the interpreter, flushed at exit).
    std::function<void(std::string_view)> writeStdout;
    std::function<void(std::string_view)> writeStderr;
    // Where a failure's report goes (panic, fatal error, deadlock); unset: writeStderr.
    std::function<void(std::string_view)> writeReport;
    // Reads up to n bytes of standard input into buf; returns the count, 0 at end of input,
    // -errno when the read fails (a closed descriptor 0 is EBADF, as Go reports it).
    std::function<ptrdiff_t(char* buf, size_t n)> readStdin;
    std::vector<std::string> args; // os.Args (args[0] is the script path)
    HostAccess access;              // the sandbox: what the program may reach of the host
    bool gcStress = false;          // WEFT_GCSTRESS: collect at every safepoint that allocates
    int gcPercent = 100;            // WEFT_GOGC
    size_t heapLimitBytes = 0;      // the heap's hard limit; 0: the default (64 GiB)
    size_t maxStackBytes = 1000000000; // Go's default 1 GB; beyond it: fatal error: stack overflow
    int procs = 0;                  // worker threads (GOMAXPROCS): --procs, WEFT_PROCS; 0: availableCpus()
    bool embedded = false;          // start/call/stop instead of run (RuntimeConfig::embedded)
    uint64_t seed = 0x9e3779b97f4a7c15ull; // seeds the workers' generators (select order, map seeds)
};

class Interpreter
{
public:
    explicit Interpreter(InterpreterConfig config);
    ~Interpreter();
    Interpreter(const Interpreter&) = delete;
    Interpreter& operator=(const Interpreter&) = delete;

    // Runs the module's entry (package initialisation, then main). Returns the exit code: 0,
    // os.Exit's argument, or 2 after an unrecovered panic or a fatal error (their messages go to
    // stderr as Go prints them).
    int run(const Module& module);

    // ---- Embedding (vm/HostCalls.cpp): the pool runs from start to stop, and host threads call
    // the module's functions, each call a goroutine the host waits for. Requires
    // InterpreterConfig::embedded.
    bool start(const Module& module); // false: the pool could not start (a fatal error)
    // Calls the module's function named `name` (as Go names it: "main.Square") with args and
    // waits: true with its results (as many and of the kinds `results` holds on entry), false
    // when the program ended under it (a panic, a fatal error, os.Exit: exitCode()).
    bool call(const Function& fn, const std::vector<HostValue>& args, std::vector<HostValue>& results);
    // The same for a func value (its closure: the host holds it, hostHold). Past the deadline
    // (steady-clock nanoseconds; 0: none) the program is interrupted.
    bool callClosure(void* closure, const std::vector<HostValue>& args, std::vector<HostValue>& results,
                     int64_t deadline = 0);
    // The same calls made from a native of this interpreter (a host function the script called):
    // a callback on the native's own goroutine, as natives call func values. False if it
    // panicked (panicText: the panic's value as Go prints it; the panic stays pending and goes
    // on once the native returns) or the program ended.
    bool callFromNative(NativeContext& ctx, const void* closure, const std::vector<HostValue>& args,
                        std::vector<HostValue>& results, std::string& panicText);
    // The same two calls with arguments and results as register slots, for scalars only (no
    // heap pointer crosses): the embedding API's fast path, with no conversion.
    bool callSlots(void* closure, const Slot* args, uint32_t nargs, Slot* results, uint32_t nresults,
                   int64_t deadline = 0);
    bool callFromNativeSlots(NativeContext& ctx, const void* closure, const Slot* args, uint32_t nargs, Slot* results,
                             uint32_t nresults, std::string& panicText);
    static const void* closureOf(const Function& fn) { return fn.selfClosure.data(); }
    const Function* findFunction(std::string_view name) const;
    // Channels a host holds (weft::Chan): made with elements like `elem` (a scalar or a string),
    // kept alive until released; operations from host threads. Ended: the program ended (or
    // was stopped) while it waited.
    enum class HostChanResult : uint8_t { Done, Closed, NotReady, Ended };
    ChanObject* hostMakeChan(const HostValue& elem, int64_t cap);
    void hostReleaseChan(ChanObject* c);
    // A heap object the host keeps (a func value a host function was given): a root until
    // released, as many times as held.
    void hostHold(const void* p);
    void hostRelease(const void* p);
    HostChanResult hostChanSend(ChanObject* c, const HostValue& v, bool block);
    HostChanResult hostChanRecv(ChanObject* c, HostValue& v, bool& ok, bool block);
    bool hostChanClose(ChanObject* c); // false: it was already closed
    // Sets the package-level variable `name` ("host.Jobs") to the pointer p, after start and
    // before the program's entry runs; false if the program has no such variable.
    bool setGlobalPointer(std::string_view name, void* p);
    void setArgs(std::vector<std::string> args); // os.Args, before start
    bool interrupt();          // Runtime::interrupt, from any thread
    bool interrupted() const;
    int stop();            // ends what still runs and joins the threads; the exit code
    bool ended() const;    // the program ended (stop, or a failure, or os.Exit)
    const std::atomic<bool>& endedFlag() const; // what ended() reads, for a caller that asks often
    int exitCode() const;

    struct Impl;
    Impl& impl() { return *impl_; }

private:
    std::unique_ptr<Impl> impl_;
};

} // namespace weft
