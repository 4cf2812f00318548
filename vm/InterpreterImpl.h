#pragma once
// The Interpreter's internals, shared by vm/Interpreter.cpp, vm/Execute.cpp and
// vm/RuntimeOps.cpp.
#include "vm/Channel.h"
#include "vm/Heap.h"
#include "vm/Interpreter.h"
#include "vm/MapObject.h"
#include "vm/NativeContext.h"

#include <deque>
#include <map>
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
};

struct PanicRecord
{
    GoIface value{};
    bool recovered = false;
    bool runtimeError = false;
};

// One frame of a stack trace: the function and the source line it was executing.
struct TraceFrame
{
    const Function* fn;
    int32_t line;
};

// A goroutine's states and who changes them (one worker thread runs them all today):
//   Runnable  in the run queue (or runnext). Set by `go`, by a channel partner or a timer that
//             wakes it (ready), and by the scheduler when it preempts or Gosched yields it.
//   Running   executing. Set by the scheduler when it takes the goroutine from the queue.
//   Waiting   parked: on a channel operation or select (its waiters are queued on channels),
//             on a timer (sleep), or forever (nil channel, select {}); waitReason says which.
//             Set by the goroutine itself as it parks.
//   Dead      returned from its function; the scheduler frees it.
enum class GStatus : uint8_t { Runnable, Running, Waiting, Dead };

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

struct Goroutine
{
    int64_t id = 1;
    GStatus status = GStatus::Runnable;
    WakeState wake = WakeState::None;
    const char* waitReason = ""; // Go's words: "chan receive", "select", "sleep"...
    int32_t selectCase = -1;      // the case a partner completed
    bool selectDone = false;      // a partner has claimed this goroutine's select
    bool yieldRequested = false;  // runtime.Gosched: give the worker up after the native
    bool goexiting = false;       // runtime.Goexit: unwinding (deferred calls run) with no panic
    std::vector<ChannelWaiter> waiters; // one for a send or receive, one per case for select
    Goroutine* prevAll = nullptr; // every live goroutine is on the interpreter's list
    Goroutine* nextAll = nullptr;
    std::vector<Slot> stack;
    std::vector<Frame> frames;
    std::vector<PanicRecord> panics;
    // Deferred func values of all frames, most recent last; each frame owns the part from its
    // deferBase up (a frame runs or discards its own before it is popped).
    std::vector<void*> deferStack;
    bool panicking = false; // a panic is unwinding this goroutine now
    // The frames as they were when the latest panic started (innermost first): unwinding pops
    // frames before an unrecovered panic is reported, and Go prints the stack where it began.
    std::vector<TraceFrame> panicTrace;
};

// What the interpreter loop returns to its caller.
// Done: the goroutine's frames dropped to the stop depth (it returned). Parked: it is Waiting.
// Yield: it is still runnable but gave the worker up (preemption, Gosched).
enum class ExecResult : uint8_t { Done, Panicked, Exit, Parked, Yield };

// An entry of the timer heap, due at `when` (steady-clock nanoseconds); seq keeps equal times
// FIFO. Either a sleeping goroutine, or (g null) the runtime timer `timerId` (time.Timer,
// Ticker, AfterFunc), whose entry is stale unless its seq still matches.
struct SleepTimer
{
    int64_t when;
    uint64_t seq;
    Goroutine* g;
    int64_t timerId = 0;
    bool operator>(const SleepTimer& o) const { return when != o.when ? when > o.when : seq > o.seq; }
};

struct Interpreter::Impl : public GcRootEnumerator, public MapAllocator
{
    explicit Impl(InterpreterConfig c);
    ~Impl();

    InterpreterConfig config;
    Interpreter* owner = nullptr;
    std::map<uint32_t, std::unique_ptr<GcLayout>> closureLayouts;
    const GcLayout* closureLayout(uint32_t captures);
    const Module* module = nullptr;
    Heap heap;
    HeapCache cache;
    void* globals = nullptr;

    // Goroutines and the scheduler (Scheduler.cpp). One worker thread runs them all for now.
    Goroutine* allg = nullptr;       // every goroutine not Dead, linked through prevAll/nextAll
    size_t goroutineCount = 0;
    int64_t lastGoid = 0;
    Goroutine* mainG = nullptr;
    bool mainGoexited = false;       // main called runtime.Goexit: the program lives on
    Goroutine* runnext = nullptr;    // runs next: the goroutine just made or just woken
    std::deque<Goroutine*> runq;
    std::priority_queue<SleepTimer, std::vector<SleepTimer>, std::greater<SleepTimer>> sleepers;
    uint64_t timerSeq = 0;
    // Back-edges a goroutine runs before it yields (preemption of `for {}`); each call of
    // execute() from the scheduler is one such slice.
    static constexpr int32_t kBudget = 1 << 16;

    Goroutine* newGoroutine(const Function* fn, void* closure);
    void freeGoroutine(Goroutine* g);
    void ready(Goroutine* g);          // Waiting -> Runnable, queued to run next
    void park(Goroutine& g, const char* reason); // Running -> Waiting
    int schedule();                    // runs goroutines until the program ends; its exit code
    void reportDeadlock();
    void sleep(Goroutine& g, int64_t ns);
    // The runtime semaphore under package sync (Go's sema.go): acquire takes a token from *addr
    // or parks in FIFO order; release hands tokens to parked goroutines first.
    std::unordered_map<const void*, std::deque<Goroutine*>> semaWaiters;
    void semacquire(Goroutine& g, uint32_t* addr, const char* reason);
    void semrelease(uint32_t* addr, int64_t n);
    bool pollTimers(bool block);       // readies sleepers whose time has come
    bool firstTimers(bool block);      // one round of pollTimers

    // Runtime timers (Go's runtime timers behind package time): when one fires, its func value
    // runs in a new goroutine (time.go's func sends the time on the timer's channel, or is
    // AfterFunc's f); a periodic one (Ticker) is then due again a period later.
    struct RuntimeTimer
    {
        int64_t when = 0;
        int64_t period = 0;
        void* fn = nullptr; // a func value: a root while the timer is pending
        uint64_t seq = 0;
    };
    std::unordered_map<int64_t, RuntimeTimer> timers; // the pending ones
    int64_t lastTimerId = 0;
    int64_t startTimer(int64_t d, int64_t period, void* fn);
    bool stopTimer(int64_t id);
    bool resetTimer(int64_t id, int64_t d, int64_t period, void* fn);

    // Channels (Channel.cpp). Each returns true when the operation completed and false when
    // the goroutine must park (its waiter is queued; the instruction runs again when woken).
    ChanObject* makeChan(const TypeDesc* chanType, int64_t size);
    const GcLayout* bufferLayout(const TypeDesc* elem);
    std::map<const TypeDesc*, std::unique_ptr<GcLayout>> bufferLayouts;
    // With block false they never park: false then means "not ready" (select's polling).
    bool chanSend(Goroutine& g, ChanObject* c, Slot* value, bool block = true);
    bool chanRecv(Goroutine& g, ChanObject* c, Slot* dest, Slot* ok, bool block = true);
    void chanClose(ChanObject* c);
    // select: cases in the goroutine's waiters (chan, isSend, data, okSlot, caseIndex filled);
    // returns the chosen case, -1 to park, -2 for the default case.
    int chanSelect(Goroutine& g, size_t ncases, bool hasDefault);
    void selectDequeue(Goroutine& g); // after a select wakes: take its other waiters off their queues
    std::string out; // buffered stdout
    int exitCode = 0;
    bool exiting = false;   // os.Exit or a fatal error: stop everything
    int nativeDepth = 0;    // natives on the stack: no collection while > 0
    uint64_t seed = 0x9e3779b97f4a7c15ull;
    std::map<std::pair<const TypeDesc*, const TypeDesc*>, Itab*> itabCache;
    std::vector<std::unique_ptr<Itab>> ownedItabs;
    std::vector<std::unique_ptr<TypeDesc>> ownedTypes;
    std::vector<std::unique_ptr<Function>> ownedFunctions;
    const TypeDesc* runtimeErrorType = nullptr;
    const TypeDesc* errorStringType = nullptr;
    // The runtime package (NativeTypes.cpp). runtime.GC sets gcRequested; the interpreter loop
    // collects when the native that set it returns to bytecode outside any native.
    bool gcRequested = false;
    uint32_t forcedGCs = 0;
    int maxProcs = 0; // runtime.GOMAXPROCS's setting, 0 until one is made

    // Memory.
    void* allocate(size_t bytes, const GcLayout* layout) override;
    void* allocType(const TypeDesc* t) { return allocate(t->size ? t->size : 1, t->layout); }
    // Collection happens only here: at an allocating instruction or a call of the interpreter
    // loop, never inside a native (natives keep heap pointers in C++ variables). Inline: it is
    // on every call's path.
    void maybeCollect()
    {
        if (nativeDepth == 0 && heap.shouldCollect()) [[unlikely]]
            collectNow();
    }
    void collectNow();
    void enumerateRoots(GcRootVisitor& v) override;
    GoString newString(const char* p, size_t n);
    GoString newString(std::string_view s) { return newString(s.data(), s.size()); }

    // Execution (Execute.cpp): runs g until its frame count drops to stopDepth.
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
    void flushOut();
    void writeErr(std::string_view s);

    // Values (RuntimeOps.cpp).
    GoIface box(const void* typeWord, const Slot* value);
    void unbox(const TypeDesc* t, const GoIface& v, Slot* out);
    bool valuesEqual(const TypeDesc* t, const void* a, const void* b, bool& ok); // memory layout
    bool regsEqual(const TypeDesc* t, const Slot* a, const Slot* b, bool& ok);   // register layout
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

// Hash and equality for map keys in register layout (MapKeyOps for Generic keys): ctx is the
// key's TypeDesc.
bool hashKeyRegs(const void* key, const void* ctx, uint64_t seed, uint64_t* out);
// Go's panic text for a key (register layout) of a map of layout m that cannot be hashed.
std::string unhashableKeyMessage(const MapLayout* m, const Slot* key);
// Go's bounds-failure texts (runtime/error.go boundsError): x is the offending index, y the
// length, capacity or other bound it was checked against; a negative x shows no y.
enum class BoundsKind : uint8_t { Index, SliceAlen, SliceAcap, SliceB, Slice3Alen, Slice3Acap, Slice3B, Slice3C };
std::string boundsError(BoundsKind kind, int64_t x, int64_t y);
inline std::string indexOutOfRange(int64_t i, int64_t len) { return boundsError(BoundsKind::Index, i, len); }
bool equalKeyRegs(const void* a, const void* b, const void* ctx);

} // namespace weft
