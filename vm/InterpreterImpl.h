#pragma once
// The Interpreter's internals, shared by vm/Interpreter.cpp, vm/Execute.cpp and
// vm/RuntimeOps.cpp.
#include "vm/Channel.h"
#include "runtime/Heap.h"
#include "vm/Liveness.h"
#include "vm/Interpreter.h"
#include "vm/MapObject.h"
#include "vm/NativeContext.h"
#include "runtime/SpinLock.h"
#include "runtime/TimerHeap.h"

#include <array>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <shared_mutex>
#include <queue>
#include <string>
#include <unordered_map>
#include <vector>

namespace weft {

// Frame flags.
inline constexpr uint8_t kFrameDeferCall = 1;     // a deferred call run by RunDefers
inline constexpr uint8_t kFrameDeferPanic = 2;    // a deferred call run while panicking
inline constexpr uint8_t kFrameNativeBoundary = 4; // the outermost frame of a nested run (callFunction)

struct Frame
{
    const Function* fn = nullptr;
    uint32_t pc = 0;          // resume point (word index) while not running
    uint32_t base = 0;        // index of r[0] in the goroutine's stack
    uint32_t resultDest = 0;  // absolute stack index where Return copies the results
    uint8_t flags = 0;
    void* closure = nullptr;  // the running closure (captures), or null
    uint32_t deferBase = 0;   // this frame's deferred calls are g.deferStack[deferBase..]
    // A deferred call a panic runs (kFrameDeferPanic): the index of the frame that deferred it.
    // The frames above that one stay while it runs, as Go's do (runtime.Caller sees them).
    uint32_t deferOwner = 0;
};

struct PanicRecord
{
    GoIface value{};
    bool recovered = false;
    bool runtimeError = false;
    size_t depth = 0; // frames on the goroutine's stack when it began
};

// One frame of a stack trace: the function and the source line it was executing.
struct TraceFrame
{
    const Function* fn;
    int32_t line;
    const std::string* file; // fn->file, or another that a //line directive named
    uint32_t pc = 0; // the word it is at, printed as Go prints a frame's pc offset
};

// A goroutine's states and who may change them (Go's _Grunnable, _Grunning, _Gwaiting; the
// park handshake replaces gopark's unlock-after-switch). Transitions marked CAS race with a waker
// on another worker; the others are made by the one thread that owns the goroutine at that point.
//   Runnable    in a run queue. Set by `go`, by ready() (a waker), and by its worker when it
//               preempts or yields it.
//   Running     executing on g.worker. Set by the worker that took it from a queue.
//   Parking     it queued itself on what it waits for (a channel, a timer, a semaphore), under
//               that thing's lock, and is returning to its worker's scheduler: a waker may
//               already complete its operation but must not queue it (it is still on a thread).
//   Waiting     parked and off its worker: CAS Parking -> Waiting by its worker once execute()
//               has returned. A waker's CAS Waiting -> Runnable then queues it.
//   WokenEarly  a waker came while it was Parking (CAS Parking -> WokenEarly); its worker's CAS
//               fails and that worker queues it itself.
//   Dead        returned from its function; its worker frees it.
// waitReason and the wake fields are written before the state change that publishes them.
enum class GStatus : uint8_t { Runnable, Running, Parking, Waiting, WokenEarly, Dead };

// How the instruction that parked a goroutine finds things when it runs again: parking leaves
// the pc on that instruction, which is executed a second time to complete.
enum class WakeState : uint8_t
{
    None,     // not parked: the instruction runs from the start
    Parked,   // waiting; its partner has not come yet (only seen by the partner)
    Done,     // a channel partner completed the operation (selectCase says which case)
    Closed,   // the channel was closed under it (a sender then panics; a receiver gets zero)
    Resumed,  // a park made by a native ended (sleep, semaphore): it resumes after the call
};

struct Worker;
struct Machine;

struct Goroutine
{
    int64_t id = 1;
    std::atomic<GStatus> status{GStatus::Runnable};
    WakeState wake = WakeState::None;
    const char* waitReason = ""; // Go's words: "chan receive", "select", "sleep"...
    int32_t selectCase = -1;      // the case a partner completed
    // A partner has claimed this goroutine's select: the first waker to CAS it false -> true
    // completes a case, the others skip its waiters (select.go's selectDone).
    std::atomic<bool> selectDone{false};
    Worker* worker = nullptr;     // the worker running it (while Running)
    int nativeDepth = 0;          // natives of this goroutine on its worker's C++ stack
    int callbackDepth = 0;        // nested runs (a native's callFunction/callMethod) under way
    // While it is parked or queued inside a callback: the thread whose C++ stack holds the
    // callback (vm/Machine.h). Written by that thread before the state change or queueing that
    // publishes the goroutine; read by the worker that takes it from a queue.
    Machine* lockedTo = nullptr;
    bool gcRequested = false;     // runtime.GC: collect once its native returns
    bool yieldRequested = false;  // runtime.Gosched: give the worker up after the native
    bool goexiting = false;       // runtime.Goexit: unwinding (deferred calls run) with no panic
    std::vector<ChannelWaiter> waiters; // one for a send or receive, one per case for select
    Goroutine* schedLink = nullptr; // the next goroutine on the global run queue
    Goroutine* prevAll = nullptr; // every live goroutine is on the interpreter's list
    Goroutine* nextAll = nullptr;
    std::vector<Slot> stack;
    std::vector<Frame> frames;
    std::vector<PanicRecord> panics;
    // Deferred func values of all frames, most recent last; each frame owns the part from its
    // deferBase up (a frame runs or discards its own before it is popped).
    std::vector<void*> deferStack;
    bool panicking = false; // a panic is unwinding this goroutine now
    // Calling the Error or String method of a panic value that is being reported (its frames
    // are gone): a panic in it ends that call instead of being reported in turn.
    bool printingPanic = false;
    bool runsFinalizer = false; // started by startFinalizer: its end starts the next one
    // The frames as they were when the latest panic started (innermost first): unwinding pops
    // frames before an unrecovered panic is reported, and Go prints the stack where it began.
    std::vector<TraceFrame> panicTrace;
    // time.Sleep's entry of the timer heap (Go's g.timer), on it while the goroutine sleeps.
    Timer sleepTimer;
};

// What the interpreter loop returns to its caller.
// Done: the goroutine's frames dropped to the stop depth (it returned). Parked: it is Waiting.
// Yield: it is still runnable but gave the worker up (preemption, Gosched).
enum class ExecResult : uint8_t { Done, Panicked, Exit, Parked, Yield };

struct Interpreter::Impl final : public GcRootEnumerator, public MapAllocator
{
    explicit Impl(InterpreterConfig c);
    ~Impl();

    InterpreterConfig config;
    Interpreter* owner = nullptr;
    const Module* module = nullptr;
    Heap heap;
    HeapCache cache; // for a thread that is not a worker (set-up before run starts the workers)
    void* globals = nullptr;

    // Layouts made at run time (closures of n captures, channel buffers). Closure creation is
    // hot: the layouts of small closures are published through atomics and read without a lock.
    std::mutex layoutMu; // guards closureLayouts and bufferLayouts
    std::map<uint32_t, std::unique_ptr<GcLayout>> closureLayouts;
    std::array<std::atomic<const GcLayout*>, 64> smallClosureLayouts{};
    const GcLayout* closureLayout(uint32_t captures);
    const GcLayout* closureLayoutSlow(uint32_t captures);

    // ---- Goroutines (Scheduler.cpp) ----
    // Lock order (outer first): timerMu, semaMu -> freeGsMu -> allgMu; schedMu; globalMu is a
    // leaf. (A worker's ring takes no lock.)
    // A channel's lock is taken with no other lock held (select takes several, in address
    // order) but timerMu (a timer's send: see Timers); ready() may be called holding any of them.
    std::mutex allgMu;               // guards allg and the links of every goroutine on it
    // Every goroutine, linked through prevAll/nextAll: the live ones, and the Dead ones kept on
    // free lists for reuse (everything that walks the list skips those).
    Goroutine* allg = nullptr;
    std::atomic<size_t> goroutineCount{0}; // the live ones
    std::atomic<int64_t> lastGoid{0};
    // The main goroutine's id, set before the workers start (compared by id: a goroutine's
    // object is reused once it ends, main's too after runtime.Goexit).
    int64_t mainGoid = 0;
    std::atomic<bool> mainGoexited{false}; // main called runtime.Goexit: the program lives on

    // A new goroutine running fn (with `args` in its parameter registers), not yet queued.
    Goroutine* newGoroutine(const Function* fn, void* closure, const Slot* args = nullptr, uint32_t nargs = 0);
    void freeGoroutine(Goroutine* g);
    // Finalizers (Finalizers.cpp): one goroutine at a time runs the heap's queued finalizers,
    // oldest first, as Go's single finalizer goroutine does. startFinalizer starts the next one
    // unless one is running; it is called after each collection and when a finalizer ends.
    std::atomic<bool> finalizerRunning{false};
    void startFinalizer();
    std::mutex freeGsMu;               // guards freeGs
    std::vector<Goroutine*> freeGs;    // dead goroutines for reuse, beyond what workers keep
    Goroutine* reuseGoroutine();
    void unlinkAndDelete(Goroutine* g);
    void park(Goroutine& g, const char* reason); // Running -> Parking: call under the lock of what g waits on
    void ready(Goroutine* g);                    // a waker: Parking/Waiting -> queued to run next
    void start(Goroutine* g);                    // a new goroutine: queued to run next
    void queueHere(Goroutine* g);
    void reportDeadlock();

    // ---- Workers and the scheduler (Scheduler.cpp) ----
    // Fixed once run() starts them: GOMAXPROCS of them, and one spare that runs goroutines only
    // while another worker is blocked in a native (Go's handoffp), so that a goroutine reading
    // stdin does not stop the others even with one worker.
    std::vector<std::unique_ptr<Worker>> workers;
    std::atomic<int> procs{1};       // GOMAXPROCS (at most the pool without its spare)
    std::atomic<int> gomaxprocs{1};  // what runtime.GOMAXPROCS reports (may exceed the pool)
    // The scheduler lock: guards the idle workers (Worker::sleeping), nrunning, nblocked and the
    // world-stop handshake. Taken on idle/wake transitions and collections, never per instruction.
    std::mutex schedMu;
    std::condition_variable worldCv; // nrunning changed, or the world restarted
    int nrunning = 0;                // workers executing (not idle, not stopped, not blocked in a native)
    std::atomic<int> nblocked{0};    // workers blocked in a native call (stdin); written under schedMu
    // ---- Threads (Machine.cpp; vm/Machine.h). Guarded by schedMu: machines only grows (a
    // thread is kept until the program ends), idleMachines holds those waiting for a worker.
    std::vector<std::unique_ptr<Machine>> machines;
    std::vector<Machine*> idleMachines;
    static constexpr size_t kMaxMachines = 10000; // Go's default debug.SetMaxThreads
    void threadMain(Machine& m, Worker* w); // a thread's body: machineMain, then its release
    void machineMain(Machine& m, Worker* w);
    // Gives w to an idle thread or a new one, which runs it (schedMu held). False when the
    // program is ending (w stays with the caller) or no thread could be made (a fatal error).
    bool startMachineLocked(Worker* w, std::unique_lock<std::mutex>& lock);
    void reportNoThread(const char* text);      // Go's fatal error when no thread can be made
    Worker* waitIdle(Machine& m);               // an idle thread's wait: a worker, or null at the end
    void handOffLocked(Worker& w, Goroutine* g); // w's thread took locked g: w goes to g's thread
    // A goroutine inside a callback parked (Parking, or WokenEarly) or yields: its thread gives
    // its worker up and waits until the goroutine runs again (true) or the program ends (false:
    // unwind). Only on a worker thread.
    bool parkInCallback(Goroutine& g);
    bool yieldInCallback(Goroutine& g);
    bool releaseAndWait(Goroutine& g, bool parked);

    // Workers with a smaller id run goroutines: GOMAXPROCS of them, plus one for each worker
    // blocked in a native.
    int activeWorkers() const
    {
        return std::min(procs.load(std::memory_order_relaxed) + nblocked.load(std::memory_order_relaxed),
                        int(workers.size()));
    }
    // Workers asleep in findRunnable and workers looking for work to steal. Written under
    // schedMu (nidle) or not (nspinning); both seq_cst: see Scheduler.cpp, "lost wake-ups".
    std::atomic<int> nidle{0};
    std::atomic<int> nspinning{0};
    // A collection wants the world stopped: running workers stop at their next safepoint.
    std::atomic<bool> gcWaiting{false};
    static constexpr int kMaxProcs = 256;
    // Back-edges and calls a goroutine makes before it yields (preemption of `for {}` and of a
    // recursion); each call of execute() from the scheduler is one such slice.
    static constexpr int32_t kBudget = 1 << 16;

    int schedule();                         // runs the program on every worker; its exit code
    // Why a thread's worker loop returned: the program ended (it holds its worker, or it unwound
    // a callback without one), or it handed its worker to a goroutine's locked thread.
    enum class LoopEnd : uint8_t { Ended, HandedOff };
    LoopEnd workerLoop();                   // runs goroutines on this thread's worker
    Goroutine* findRunnable(Worker& w);
    // Run queues (RunQueue.cpp). The global queue (Go's sched.runq) takes what overflows a
    // worker's ring and what a worker cannot keep (preempted goroutines, GOMAXPROCS lowered).
    SpinLock globalMu;                 // guards globalHead/globalTail and their schedLinks
    Goroutine* globalHead = nullptr;
    Goroutine* globalTail = nullptr;
    std::atomic<uint32_t> globalSize{0}; // written under globalMu; seq_cst (lost wake-ups)
    void runqPut(Worker& w, Goroutine* g, bool next); // w: this thread's worker
    Goroutine* runqGet(Worker& w);                   // runnext, the ring, the global queue now and then
    Goroutine* globalGet(Worker& w, uint32_t max);   // one to run; up to max-1 more into w's ring
    void globalPut(Goroutine* first, Goroutine* last, uint32_t n); // a chain linked by schedLink
    void globalPutOne(Goroutine* g);                                // and wakes an idle worker
    Goroutine* steal(Worker& w);
    void wakeIdle();                        // an idle worker, if any and none is spinning, looks for work
    Worker* sleepingWorkerLocked();         // an active worker asleep in findRunnable, or null
    // Guarded by schedMu: the sleeping worker that waits for the first timer (until
    // timerWaiterUntil), or null; the other sleeping workers wait until woken.
    Worker* timerWaiter = nullptr;
    int64_t timerWaiterUntil = 0;
    void timerAdded(int64_t when);          // a timer was armed: the timer waiter wakes in time
    void wakeAll();                         // exiting: every idle worker returns
    void wakeAllLocked();                   // the same, schedMu held
    bool anyStealable() const;
    void stopForWorld();                    // this worker stops until the collection ends (under no lock)
    void setProcs(int n);
    // A native about to block its thread (reading stdin) lets the world go on without it.
    // enterBlocking is false when the program is ending: the native must not block then.
    bool enterBlocking();
    // Go's sync_runtime_canSpin: whether a goroutine that found a Mutex locked should spin
    // (iteration `iter`) rather than park: only briefly, on a multicore pool with another
    // worker running (the holder may be about to unlock) and nothing queued here.
    bool canSpin(int iter);
    void exitBlocking();
    // Owners of this state: the Interpreter, and each worker thread detached while blocked in a
    // native when the program ended (schedule()). The last one to let go deletes it.
    std::atomic<int> references{1};

    // ---- Timers (Timers.cpp) ----
    // One heap for the whole interpreter, not one per worker as Go has: sleeping goroutines
    // (each its own Goroutine::sleepTimer) and the runtime timers behind package time. timerMu
    // guards timerHeap, timers, timerSeq, lastTimerId and every Timer on the heap; it is held
    // while due timers fire, sends included, so a Stop that returns true means no send happened
    // or will happen (Go 1.19's deltimer waits for a running timer to the same end). Lock order:
    // timerMu -> a channel's lock (a timer's send; ready() below it as usual), timerMu -> the
    // heap's (the time sent is allocated), timerMu -> freeGsMu -> allgMu (AfterFunc's
    // goroutine), timerMu -> outMu (a fatal error); nothing takes timerMu holding another lock.
    // nextTimerWhen (the heap's first `when`, INT64_MAX when empty) and liveTimers (entries on
    // the heap: what can still wake something) are published for lock-free checks.
    std::mutex timerMu;
    TimerHeap timerHeap;
    // The pending runtime timers by id (package time holds the id). A timer that fired (once) or
    // was stopped is erased, so the runtime keeps nothing of it and its channel and func can be
    // collected; Reset arms it again under the same id. Invariant: every timer here is on the
    // heap (and no other runtime timer is). Nodes do not move: the heap points to them.
    std::unordered_map<int64_t, Timer> timers;
    uint64_t timerSeq = 0;
    int64_t lastTimerId = 0;
    std::atomic<int64_t> nextTimerWhen{INT64_MAX};
    std::atomic<int64_t> liveTimers{0};
    // What time.Now needs to make the times the timers send (registered once by package time's
    // initialization): the monotonic origin (time.startNano) and the address of time.Local.
    int64_t timeStartNano = 0;
    void** timeLocal = nullptr;
    void sleep(Goroutine& g, int64_t ns);
    // Fires what is due (sleepers, receivers of the times sent and AfterFunc's goroutines go to
    // w's run queue); true if w has something to run: the spinning findRunnable then takes it
    // before it steals, which needs an empty ring. Skips the round if another worker is firing.
    bool pollTimers(Worker& w);
    bool timerDue() const;
    void publishTimersLocked();
    // Fires t, which is off the heap or rescheduled on it (timerMu held): an AfterFunc's
    // goroutine goes to `made`; spare is a block for a time.Time, kept when not sent; sent is
    // the time.Time that the round's sends carry, read at the first.
    struct SentTime
    {
        bool read = false;
        uint64_t words[3]; // time.Time in memory: wall, ext, loc
    };
    void fireTimerLocked(Timer& t, std::vector<Goroutine*>& made, void*& spare, SentTime& sent);
    bool armTimerLocked(int64_t id, int64_t when, int64_t period, ChanObject* c, void* fn);
    int64_t startTimer(int64_t d, int64_t period, ChanObject* c, void* fn);
    bool stopTimer(int64_t id);
    bool resetTimer(int64_t id, int64_t d, int64_t period, ChanObject* c, void* fn);

    // ---- The runtime semaphore and notify lists under package sync (Semaphore.cpp) ----
    std::mutex semaMu;
    std::unordered_map<const void*, std::deque<Goroutine*>> semaWaiters;
    void semacquire(Goroutine& g, uint32_t* addr, bool lifo, const char* reason);
    void semrelease(uint32_t* addr, int64_t n);
    std::unordered_map<const uint32_t*, std::deque<std::pair<uint32_t, Goroutine*>>> notifyWaiters;
    void notifyListWait(Goroutine& g, uint32_t* list, uint32_t ticket);
    void notifyListNotify(uint32_t* list, bool all);

    // ---- Channels (Channel.cpp) ----
    // chanSend and chanRecv lock c; they return Done when the operation completed, Park when the
    // goroutine parked (its waiter is queued; the instruction runs again when woken), Closed for
    // a send on a closed channel. With block false they never park: Park then means "not ready".
    enum class ChanResult : uint8_t { Done, Park, Closed };
    ChanObject* makeChan(const TypeDesc* chanType, int64_t size);
    const GcLayout* bufferLayout(const TypeDesc* elem);
    std::map<const TypeDesc*, std::unique_ptr<GcLayout>> bufferLayouts;
    ChanResult chanSend(Goroutine& g, ChanObject* c, Slot* value, bool block = true);
    ChanResult chanRecv(Goroutine& g, ChanObject* c, Slot* dest, Slot* ok, bool block = true);
    ChanResult chanTrySend(ChanObject* c, Slot* value); // a send that never parks (a timer's)
    // With c's lock held: try* complete the operation if they can (never queue anything);
    // *Locked also park g (block true) when they cannot.
    ChanResult trySendLocked(ChanObject* c, Slot* value);
    ChanResult tryRecvLocked(ChanObject* c, Slot* dest, Slot* ok);
    ChanResult sendLocked(Goroutine& g, ChanObject* c, Slot* value, bool block);
    ChanResult recvLocked(Goroutine& g, ChanObject* c, Slot* dest, Slot* ok, bool block);
    void wakeWaiter(ChannelWaiter* w, WakeState state); // c's lock held; w dequeued
    // A host thread (not a worker) sends or receives, blocking its OS thread (Channel.cpp).
    ChanResult hostSend(ChanObject* c, Slot* value);
    ChanResult hostRecv(ChanObject* c, Slot* dest, Slot* ok);
    bool chanClose(ChanObject* c); // false: it was already closed
    // select: cases in the goroutine's waiters (chan, isSend, data, okSlot, caseIndex filled);
    // returns the chosen case, -1 to park, -2 for the default case, -3 for a send on a closed
    // channel.
    int chanSelect(Goroutine& g, size_t ncases, bool hasDefault);
    void selectDequeue(Goroutine& g); // after a select wakes: take its other waiters off their queues

    // ---- Output and the end of the program ----
    std::mutex outMu;  // guards out, exitCode, and the order of everything written to stderr
    std::string out;   // buffered stdout
    // out is not empty. A worker flushes after every time slice that printed (the goroutine
    // yielded, parked, slept or ended), so output appears as Go's does, a slice at most late.
    std::atomic<bool> outPending{false};
    int exitCode = 0;
    std::atomic<bool> exiting{false}; // os.Exit, main's return or a fatal error: stop everything
    // Marks the program as ending with `code` if nothing ended it before; false if something
    // did (its report stands). Call with outMu held.
    bool beginExitLocked(int code);
    std::shared_mutex itabMu; // guards itabCache and ownedItabs
    std::map<std::pair<const TypeDesc*, const TypeDesc*>, Itab*> itabCache;
    std::vector<std::unique_ptr<Itab>> ownedItabs;
    std::vector<std::unique_ptr<TypeDesc>> ownedTypes;         // made before the workers start
    std::vector<std::unique_ptr<Function>> ownedFunctions;
    const TypeDesc* runtimeErrorTypes[4] = {}; // boundsError, plainError, errorString, *TypeAssertionError
    std::mutex errTypeMu;
    // Set by formatPanicValue when a panic value's method panicked: reportPanic ends the
    // program with this fatal error instead (only ever written by the goroutine reporting).
    std::string panicPrintFailure;
    const TypeDesc* errorStringType = nullptr;
    std::atomic<uint32_t> forcedGCs{0};

    // Memory.
    void* allocate(size_t bytes, const GcLayout* layout) override;
    void* allocType(const TypeDesc* t) { return allocate(t->size ? t->size : 1, t->layout); }
    // This thread's heap cache: its worker's, or `cache` on a thread that is not a worker.
    HeapCache& threadCache();
    // Collection happens only at a safepoint: an allocating instruction or a call of the
    // interpreter loop, never inside a native (natives keep heap pointers in C++ variables).
    // It is also where a worker stops for another's collection. Inline: it is on every call's
    // path.
    void maybeCollect(Goroutine& g)
    {
        if (g.nativeDepth == 0 && (gcWaiting.load(std::memory_order_relaxed) || heap.shouldCollect())) [[unlikely]]
            collectNow();
    }
    // Stops the world (or joins a stop another worker began), collects, restarts it
    // (World.cpp). Only at a safepoint of a running worker.
    void collectNow();
    void enumerateRoots(GcRootVisitor& v) override;
    // A frame's registers as roots: only those its function may still read at f.pc
    // (vm/Liveness.h), computed per function on first need and kept. Collector only.
    void scanFrame(GcRootVisitor& v, const Frame& f, const Slot* regs, bool inScriptCall);
    std::unordered_map<const Function*, std::unique_ptr<FrameLiveness>> liveness;
    std::vector<std::pair<bool, const FrameLiveness*>> livenessByIndex; // module functions: computed?
    std::vector<uint64_t> liveScratch;
    GoString newString(const char* p, size_t n);
    GoString newString(std::string_view s) { return newString(s.data(), s.size()); }

    // Execution (Execute.cpp): runs g until its frame count drops to stopDepth.
    bool beginMapWrite(MapObject* m); // false: another goroutine is writing m (a fatal error)
    ExecResult execute(Goroutine& g, size_t stopDepth);
    bool pushCall(Goroutine& g, const Function* fn, void* closure, const Slot* args, uint32_t nargs, uint32_t resultDest,
                  uint8_t flags);

    // Panics and fatal errors.
    void panicValue(Goroutine& g, GoIface v, bool runtimeError = false);
    // A runtime.Error panic: "runtime error: msg", or just msg when `plain` (Go's plainError,
    // used for "assignment to entry in nil map" and the channel panics).
    void runtimeError(Goroutine& g, const std::string& msg, bool plain = false);
    void fatal(const std::string& msg);
    void reportPanic(Goroutine& g);
    std::vector<TraceFrame> captureTrace(const Goroutine& g) const;
    static std::string formatTrace(const std::vector<TraceFrame>& trace);
    static std::string formatTraceFrame(const TraceFrame& t); // one frame, as formatTrace prints it
    void flushOut();
    void flushOutLocked(); // outMu held
    void writeErr(std::string_view s); // outMu held (stderr writes are ordered with stdout's)

    // Values (RuntimeOps.cpp).
    GoIface box(const void* typeWord, const Slot* value);
    void unbox(const TypeDesc* t, const GoIface& v, Slot* out);
    bool valuesEqual(const TypeDesc* t, const void* a, const void* b, bool& ok,
                     const TypeDesc** bad = nullptr); // memory layout
    bool regsEqual(const TypeDesc* t, const Slot* a, const Slot* b, bool& ok,
                   const TypeDesc** bad = nullptr); // register layout
    bool ifaceEqual(const GoIface& a, const GoIface& b, bool& ok, const TypeDesc** bad);
    const Itab* findItab(const TypeDesc* t, const TypeDesc* iface);
    bool implements(const TypeDesc* t, const TypeDesc* iface) { return findItab(t, iface) != nullptr; }
    std::string formatPanicValue(Goroutine& g, const GoIface& v);
    GoIface makeRuntimeError(const std::string& msg);
    GoIface makeErrorString(std::string_view msg);
    void loadRegs(const TypeDesc* t, const void* mem, Slot* out);  // memory -> registers
    void storeRegs(const TypeDesc* t, void* mem, const Slot* in);  // registers -> memory
    bool growSlice(GoSlice& s, int64_t add, const TypeDesc* elem);
    const MapLayout* mapLayoutOf(const TypeDesc* t) { return t->mapType; }
    void printValue(const TypeDesc* t, const Slot* v, std::string& out);
};

// len(c) (0 for nil), read without the channel's lock.
int64_t chanLen(const ChanObject* c);

// Hash and equality for map keys in register layout (MapKeyOps for Generic keys): ctx is the
// key's TypeDesc.
bool hashKeyRegs(const void* key, const void* ctx, uint64_t seed, uint64_t* out);
// Go's panic text for a key (register layout) of a map of layout m that cannot be hashed.
std::string unhashableKeyMessage(const MapLayout* m, const Slot* key);
// Go's bounds-failure texts (runtime/error.go boundsError): x is the offending index, y the
// length, capacity or other bound it was checked against; a negative x shows no y.
enum class BoundsKind : uint8_t { Index, SliceAlen, SliceAcap, SliceB, Slice3Alen, Slice3Acap, Slice3B, Slice3C };
// Go's boundsError text; unsignedX: x is a uint64 (a negative x is printed as one).
std::string boundsError(BoundsKind kind, int64_t x, int64_t y, bool unsignedX = false);
inline std::string indexOutOfRange(int64_t i, int64_t len, bool unsignedX = false)
{
    return boundsError(BoundsKind::Index, i, len, unsignedX);
}
bool equalKeyRegs(const void* a, const void* b, const void* ctx);

} // namespace weft
