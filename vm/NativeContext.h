#pragma once
// What a native (C++) standard-library function sees of the VM.
//
// Rules for natives:
//  - Arguments are in `args` (register layout, Value.h), results go to `results`.
//  - The collector does not run while a native runs, so a native may keep heap pointers in C++
//    variables until it returns (it must store them in `results` or in reachable memory before
//    returning). The exception is a callback (callFunction/callMethod): the script code it runs
//    may collect. Arguments stay rooted by the caller's registers, but an object the native
//    allocated itself and holds only in a C++ variable across a callback may be freed, so
//    natives that call back allocate their results after the last callback (fmt does).
//  - To fail, a native calls panic*/fatal and returns; the interpreter raises the panic after
//    the native returns. Natives never throw.
//  - A native may call back into script code with callFunction (a nested run of the
//    interpreter on the same goroutine, on this thread's C++ stack). The callback may do
//    anything Go code can: when it blocks (a channel, a Mutex, time.Sleep) or is preempted, its
//    thread gives its worker to another thread and waits until the goroutine runs again
//    (runtime/Machine.h), so the native must not hold a lock of its own across a callback.
#include "vm/HostAccess.h"
#include "vm/Module.h"

#include <string>
#include <string_view>
#include <vector>

namespace weft {

class Interpreter;
struct Goroutine;
struct ChanObject;

class NativeContext
{
public:
    NativeContext(Interpreter& vm, Goroutine& g, const Function* fn) : vm_(vm), g_(g), fn_(fn) {}

    Interpreter& interpreter() { return vm_; }
    Goroutine& goroutine() { return g_; }
    const Function* currentFunction() const { return fn_; }
    const Module& module() const;

    // Memory (zeroed; null layout: no pointers). Out of memory is a fatal error: the result is
    // then a valid dummy and the native should return promptly.
    void* allocate(size_t bytes, const GcLayout* layout);
    GoString newString(std::string_view s);
    GoSlice newSlice(const TypeDesc* elem, int64_t len, int64_t cap);

    // Failing.
    void panicRuntimeError(const std::string& msg); // panic(runtime.Error) "runtime error: msg"
    void panicError(const std::string& msg);        // panic(errors.New(msg))
    void panicValue(GoIface v);
    void fatal(const std::string& msg);              // fatal error: msg (exit 2, not recoverable)
    void stackOverflow();                            // Go's fatal error for a goroutine past its stack limit
    bool failed() const;

    // An error value (errors.New(msg)).
    GoIface newError(std::string_view msg);
    // A boxed string in an interface of type `any`.
    GoIface stringIface(std::string_view s);

    // Output of the program (buffered; flushed at exit and before fatal messages).
    void writeStdout(std::string_view s);
    void writeStderr(std::string_view s);
    // Reads up to n bytes of the program's standard input; 0 at its end, -errno on failure.
    ptrdiff_t readStdin(char* buf, size_t n);
    // os.Args as the host gave them (args()[0] is the script path).
    const std::vector<std::string>& args() const;
    // What the program may reach of the host (the sandbox): natives check it before their
    // system call.
    const HostAccess& access() const;
    // os.Exit: the program ends with `code` once the native returns; deferred calls do not run.
    void exit(int code);

    // Goroutines. yield: runtime.Gosched (the goroutine goes to the back of the run queue when
    // the native returns). sleep: time.Sleep (it parks on the runtime's timers when the native
    // returns, and resumes after the call). Neither may be used by a native that calls back.
    void yield();
    // Runtime timers (time.Timer, Ticker, AfterFunc; runtime/Timers.cpp): due d nanoseconds from
    // now, then every `period` if positive. Firing sends the current time on c without
    // blocking (Go's sendTime; c is a chan time.Time) or, with c null, runs the func value fn
    // in a new goroutine. stop and reset report whether the timer was pending; reset arms a
    // fired or stopped timer again. setTimerClock gives the runtime time.Now's monotonic origin
    // and the address of time.Local, for the times it sends.
    int64_t startTimer(int64_t d, int64_t period, ChanObject* c, void* fn);
    bool stopTimer(int64_t id);
    bool resetTimer(int64_t id, int64_t d, int64_t period, ChanObject* c, void* fn);
    void setTimerClock(int64_t startNano, void** local);
    // runtime.Goexit: the goroutine runs its deferred calls and ends once the native returns.
    void goexit();
    void sleep(int64_t nanoseconds);
    int64_t numGoroutine() const;
    int64_t goroutineId() const; // the calling goroutine's (as tracebacks number them)
    // The runtime semaphore (package sync): acquire parks when no token is left at *addr
    // (lifo: at the head of the queue, Go's SemacquireMutex for a waiter woken before).
    void semacquire(uint32_t* addr, bool lifo, const char* reason);
    void semrelease(uint32_t* addr, int64_t n);
    // sync.Cond's notify list: list points to its {wait, notify} counters (runtime/Semaphore.cpp).
    void notifyListWait(uint32_t* list, uint32_t ticket);
    void notifyListNotify(uint32_t* list, bool all);
    // sync.Mutex's active spinning (Go's runtime_canSpin and runtime_doSpin).
    bool canSpin(int iter);
    void doSpin();
    // Around a native's blocking system call (reading stdin): the worker lets collections
    // and the other workers go on without it. Between them the native must not touch the heap.
    // enterBlocking is false when the program is ending: then do not block (and skip exit).
    bool enterBlocking();
    void exitBlocking();

    // Types, for the reflection some packages need (errors.As, sort.Slice); vm/NativeTypes.cpp.
    // Whether type t implements the interface type iface: t's method set has each of iface's
    // methods with the same signature (always true for an empty interface).
    bool implements(const TypeDesc* t, const TypeDesc* iface);
    // reflect's AssignableTo and Set for an interface's dynamic value: if v (not nil) can be
    // assigned to a variable of type `to` (an interface type that v's dynamic type implements,
    // or that dynamic type itself), stores it, converted, into `mem`, which holds a `to` in
    // memory layout, and returns true; else stores nothing and returns false.
    bool assignTo(GoIface v, const TypeDesc* to, void* mem);

    // The runtime package; vm/NativeTypes.cpp.
    // runtime.GC: the collector cannot run inside a native (natives hold heap pointers in C++
    // variables), so this asks the interpreter to collect as soon as the native returns.
    void requestCollection();
    // runtime.SetFinalizer(obj, finalizer), with Go's checks (a failed one is a fatal error).
    void setFinalizer(GoIface obj, GoIface finalizer);
    // The heap's counters (Heap.h's HeapStats, as runtime.ReadMemStats reports them).
    struct MemStats
    {
        uint64_t heapAlloc, totalAlloc, heapSys, heapInUse, heapReleased, heapObjects, mallocs, frees, nextGC,
            pauseTotalNs, numGC, numForcedGC;
    };
    MemStats memStats() const;
    // runtime.GOMAXPROCS(n): returns the setting; n > 0 makes a new one.
    int gomaxprocs(int n);
    // The frame `skip` levels above the native's caller (0: the function that called the
    // native), as runtime.Caller reports it: false if there is no such frame.
    bool caller(int skip, const Function** fn, int* line, const std::string** file = nullptr) const;
    // The script frame `skip` frames up and the word it resumes at after its call.
    bool callerFrame(int skip, const Function** fn, uint32_t* resumePc) const;

    // Calls a func value with arguments in register layout; results are copied to `results`.
    // False if it panicked (the panic is then pending: return from the native).
    bool callFunction(const void* closure, const Slot* args, size_t nargs, Slot* results, size_t nresults);
    // Calls `method` of the interface value's dynamic type; false if none or it panicked.
    bool callMethod(GoIface v, const MethodId& method, const Slot* args, size_t nargs, Slot* results, size_t nresults);
    // Recovers the panic that made the last callFunction or callMethod return false, as a
    // deferred recover() would (fmt prints a panicking String method's panic instead): the
    // goroutine stops panicking and *value receives the panic's value. The panic stays recorded
    // on the goroutine, marked recovered, until this native returns, so that the value stays
    // reachable by the collector through later callbacks. False when no panic is pending (the
    // callback failed because the program is exiting).
    bool recoverPanic(GoIface* value);

    ~NativeContext()
    {
        if (recoveredFrom_ != kNoneRecovered)
            dropRecoveredPanics();
    }

private:
    Interpreter& vm_;
    Goroutine& g_;
    const Function* fn_;
    // The index in the goroutine's panics of the first panic recoverPanic took back.
    static constexpr size_t kNoneRecovered = ~size_t(0);
    size_t recoveredFrom_ = kNoneRecovered;
    void dropRecoveredPanics();
    bool runNested(size_t depth); // runs the frame a callback pushed (Interpreter.cpp)
    bool settleNativeCall();
};

} // namespace weft
