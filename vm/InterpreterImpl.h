#pragma once
// The Interpreter's internals, shared by vm/Interpreter.cpp, vm/Execute.cpp and
// vm/RuntimeOps.cpp.
#include "runtime/Runtime.h"
#include "vm/Interpreter.h"
#include "vm/Liveness.h"
#include "vm/MapObject.h"
#include "vm/NativeContext.h"

#include <array>
#include <atomic>
#include <map>
#include <mutex>
#include <shared_mutex>
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

// A goroutine: the runtime's part (runtime/Goroutine.h) and what it executes.
struct Goroutine : G
{
    std::vector<Slot> stack;
    std::vector<Frame> frames;
    // The function and instruction of the `go` statement that made it (Go's "created by"); null
    // for goroutines the runtime or the host made (main, AfterFunc's, finalizers', host calls).
    const Function* createdBy = nullptr;
    uint32_t createdAt = 0;
    std::vector<PanicRecord> panics;
    // Deferred func values of all frames, most recent last; each frame owns the part from its
    // deferBase up (a frame runs or discards its own before it is popped).
    std::vector<void*> deferStack;
    bool panicking = false; // a panic is unwinding this goroutine now
    // Calling the Error or String method of a panic value that is being reported (its frames
    // are gone): a panic in it ends that call instead of being reported in turn.
    bool printingPanic = false;
    // The frames as they were when the latest panic started (innermost first): unwinding pops
    // frames before an unrecovered panic is reported, and Go prints the stack where it began.
    std::vector<TraceFrame> panicTrace;
};

// The interpreter: a runtime (which it derives from, calling its operations directly) and the
// executor the runtime runs goroutines with (runtime/Executor.h, the seam). Runtime is the first
// base, at offset 0, so the interpreter loop reaches the runtime's members with no adjustment of
// `this`; Runtime's constructor only keeps the reference to the executor base it is given.
struct Interpreter::Impl final : public Runtime, public GoroutineExecutor, public MapAllocator
{
    explicit Impl(InterpreterConfig c);
    ~Impl() override;

    InterpreterConfig config;
    Interpreter* owner = nullptr;
    const Module* module = nullptr;
    void* globals = nullptr;

    // Layouts made at run time (closures of n captures, channels' elements). Closure creation is
    // hot: the layouts of small closures are published through atomics and read without a lock.
    std::mutex layoutMu; // guards closureLayouts and chanElems
    std::map<uint32_t, std::unique_ptr<GcLayout>> closureLayouts;
    std::array<std::atomic<const GcLayout*>, 64> smallClosureLayouts{};
    const GcLayout* closureLayout(uint32_t captures);
    const GcLayout* closureLayoutSlow(uint32_t captures);

    // ---- The seam (runtime/Executor.h) ----
    ExecResult runSlice(G& g) override { return execute(static_cast<Goroutine&>(g), 0); }
    void scanRoots(GcRootVisitor& v) override; // the globals and every goroutine's frames
    G* goroutineFor(void* fn) override;
    void clearGoroutine(G& g) override;
    void deleteGoroutine(G* g) override { delete static_cast<Goroutine*>(g); }
    std::string goroutineStack(const G& g) override;
    // Finalizers (Finalizers.cpp): one goroutine at a time runs the heap's queued finalizers
    // (Runtime::finalizerRunning); called after each collection and when a finalizer ends.
    void startFinalizer() override;

    // Globals, run-time error types and workers for module (before the pool starts).
    bool prepare(const Module& m);
    void copyResults(const G& g, Slot* out, uint32_t n) override;

    // ---- Goroutines (Goroutines.cpp) ----
    // A new goroutine running fn (with `args` in its parameter registers), not yet queued.
    Goroutine* newGoroutine(const Function* fn, void* closure, const Slot* args = nullptr, uint32_t nargs = 0);

    // ---- Channels ----
    // A channel of chanType (its element's ChanElem made once per type, under layoutMu).
    ChanObject* makeChan(const TypeDesc* chanType, int64_t size);
    const ChanElem* chanElem(const TypeDesc* elem);
    std::map<const TypeDesc*, std::unique_ptr<ChanElem>> chanElems;
    std::vector<std::unique_ptr<GcLayout>> chanBufferLayouts;

    // ---- Types and errors ----
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

    // Memory: the runtime's (MapAllocator's, for maps, too).
    void* allocate(size_t bytes, const GcLayout* layout) override { return Runtime::allocate(bytes, layout); }
    void* allocType(const TypeDesc* t) { return allocate(t->size ? t->size : 1, t->layout); }
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
    // A fatal error of the goroutine g runs (its frames' pcs current): Go's report with g's trace.
    void fatalIn(Goroutine& g, const std::string& msg);
    ExecResult execute(Goroutine& g, size_t stopDepth);
    bool pushCall(Goroutine& g, const Function* fn, void* closure, const Slot* args, uint32_t nargs, uint32_t resultDest,
                  uint8_t flags);

    // Panics and fatal errors.
    void panicValue(Goroutine& g, GoIface v, bool runtimeError = false);
    // A runtime.Error panic: "runtime error: msg", or just msg when `plain` (Go's plainError,
    // used for "assignment to entry in nil map" and the channel panics).
    void runtimeError(Goroutine& g, const std::string& msg, bool plain = false);
    // Go's fatal error for a goroutine past the stack limit (config.maxStackBytes).
    // Go's fatal error, with g's stack (Go prints the goroutine that overflowed; null: a deep
    // comparison that does not know its goroutine prints the message only).
    void stackOverflow(const Goroutine* g);
    void reportPanic(Goroutine& g);
    std::vector<TraceFrame> captureTrace(const Goroutine& g) const;
    static std::string formatTrace(const std::vector<TraceFrame>& trace);
    // A goroutine's traceback as Go prints it: its frames (`trace`, captured from g), then where
    // the `go` statement that made it was ("created by F" and its position).
    static std::string goroutineTrace(const Goroutine& g, const std::vector<TraceFrame>& trace);
    static std::string formatTraceFrame(const TraceFrame& t); // one frame, as formatTrace prints it

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
