// The interpreter loop: one function that runs a goroutine's frames (stackless: a script call
// pushes a Frame and continues the loop; nothing recurses on the C++ stack except natives that
// call back into script code).
#include "runtime/MemoryMove.h"
#include "runtime/Worker.h"
#include "vm/InterpreterImpl.h"
#include "lexer/Utf8.h"
#include "runtime/SizeClasses.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace weft {

namespace {

struct Closure
{
    const Function* fn;
    uint64_t count;
    Slot caps[1];
};
// Function::selfClosure is a Closure without captures.
static_assert(sizeof(const Function*) == 8 && sizeof(uint64_t) == 8 && sizeof(Slot) == 8);

} // namespace

// Pushes a frame for fn: `nprefix` slots from prefix and `nargs` slots copied from stack index
// argsAbs as the parameters, the results zeroed (named results start as zero values) and, when
// the frame has pointer registers, every other register zeroed too (the collector scans them).
// Scalar locals need no zeroing: the code generator initialises every variable it declares.
static inline bool pushFrame(Interpreter::Impl& vm, Goroutine& g, const Function* fn, void* closure, const Slot* prefix,
                      uint32_t nprefix, uint32_t argsAbs, uint32_t nargs, uint32_t resultDest, uint8_t flags)
{
    uint32_t base = 0;
    if (!g.frames.empty())
        base = g.frames.back().base + g.frames.back().fn->numRegs;
    size_t need = size_t(base) + fn->numRegs + 1;
    if (need > g.stack.size())
    {
        if ((need + g.frames.size() * 8) * sizeof(Slot) > vm.config.maxStackBytes)
            return false;
        size_t n = std::max(need, g.stack.size() * 2);
        g.stack.resize(n);
    }
    // Frames are small: plain loops beat calls to memmove/memset here. The arguments lie below
    // the new frame (in the caller's registers), so copying upwards is safe.
    Slot* r = g.stack.data() + base;
    for (uint32_t i = 0; i < nprefix; i++)
        r[i] = prefix[i];
    const Slot* args = g.stack.data() + argsAbs;
    for (uint32_t i = 0; i < nargs; i++)
        r[nprefix + i] = args[i];
    const uint32_t from = nprefix + nargs;
    const uint32_t to = fn->frameLayout ? fn->numRegs : std::max(from, fn->paramSlots + fn->resultSlots);
    for (uint32_t i = from; i < to; i++)
        r[i].u = 0;
    // Filled in place: building a Frame on the C++ stack and copying it in stalled on
    // store-to-load forwarding (a third of binarytrees' time).
    Frame& f = g.frames.emplace_back();
    f.fn = fn;
    f.base = base;
    f.resultDest = resultDest;
    f.flags = flags;
    f.closure = closure;
    f.deferBase = uint32_t(g.deferStack.size());
    return true;
}

bool Interpreter::Impl::pushCall(Goroutine& g, const Function* fn, void* closure, const Slot* args, uint32_t nargs,
                                 uint32_t resultDest, uint8_t flags)
{
    return pushFrame(*this, g, fn, closure, args, nargs, 0, 0, resultDest, flags);
}

static inline int64_t sdiv(int64_t a, int64_t b) { return b == -1 ? int64_t(0 - uint64_t(a)) : a / b; }
static inline int64_t srem(int64_t a, int64_t b) { return b == -1 ? 0 : a % b; }

static int64_t f2i(double f)
{
    if (std::isnan(f) || f >= 9223372036854775808.0 || f < -9223372036854775808.0)
        return INT64_MIN;
    return int64_t(f);
}

static uint64_t f2u(double f)
{
    if (f < 9223372036854775808.0)
        return uint64_t(f2i(f));
    return uint64_t(f2i(f - 9223372036854775808.0)) | (uint64_t(1) << 63);
}

static int cmpStr(const GoString& a, const GoString& b)
{
    int64_t n = std::min(a.len, b.len);
    int c = n ? std::memcmp(a.ptr, b.ptr, size_t(n)) : 0;
    if (c != 0)
        return c;
    return a.len < b.len ? -1 : a.len > b.len ? 1 : 0;
}

// string(r) for an integer r of any width: out-of-range values are U+FFFD, as in Go.
static void appendRuneValue(std::string& out, int64_t r)
{
    appendRune(out, (r < 0 || r > int64_t(kMaxRune)) ? kRuneError : char32_t(r));
}

static int32_t decodeAt(const uint8_t* p, int64_t n, int* width)
{
    DecodedRune d = decodeRune(std::string_view(reinterpret_cast<const char*>(p), size_t(n)));
    *width = int(d.width);
    return int32_t(d.rune);
}

bool Interpreter::Impl::growSlice(GoSlice& s, int64_t add, const TypeDesc* elem)
{
    int64_t newLen = s.len + add;
    if (newLen <= s.cap)
    {
        s.len = newLen;
        return true;
    }
    // Go 1.19's growslice.
    int64_t old = s.cap, newcap = old, dbl = old + old;
    if (newLen > dbl)
        newcap = newLen;
    else if (old < 256)
        newcap = dbl;
    else
    {
        while (0 < newcap && newcap < newLen)
            newcap += (newcap + 3 * 256) / 4;
        if (newcap <= 0)
            newcap = newLen;
    }
    int64_t es = elem->size;
    size_t bytes = size_t(newcap * es);
    if (es > 0)
    {
        if (bytes <= kMaxSmallSize)
            bytes = kClassToSize[sizeToClass(std::max<size_t>(bytes, 1))];
        else
            bytes = (bytes + kPageSize - 1) / kPageSize * kPageSize;
        newcap = int64_t(bytes / size_t(es));
    }
    void* p = allocate(bytes ? bytes : 1, elem->layout);
    if (!p)
        return false;
    if (s.len && es)
        moveMemory(p, s.ptr, size_t(s.len * es));
    s.ptr = p;
    s.len = newLen;
    s.cap = newcap;
    return true;
}

// Go's hashWriting check. A writer takes the map's `writing` flag with an atomic exchange for
// the length of its operation (the value's store included): a second writer finds it set and
// ends the program, so two goroutines never change a table together, whatever the script does.
// Readers only look, at the start, as Go's do: a read racing with a write that began after the
// look is not detected (a racing program may read stale values, as in Go; a table being rebuilt
// is a new array, stored before its mask, and the old one stays allocated until the next
// collection, which cannot come in the middle of an instruction).
static bool mapBeingWritten(const MapObject* m)
{
    return std::atomic_ref<uint16_t>(const_cast<MapObject*>(m)->writing).load(std::memory_order_relaxed) != 0;
}

bool Interpreter::Impl::beginMapWrite(MapObject* m)
{
    return std::atomic_ref<uint16_t>(m->writing).exchange(1, std::memory_order_acquire) == 0;
}

void Interpreter::Impl::fatalIn(Goroutine& g, const std::string& msg)
{
    fatal(msg, {}, "goroutine " + std::to_string(g.id) + " [running]:\n" + goroutineTrace(g, captureTrace(g)), &g);
}

static void endMapWrite(MapObject* m) { std::atomic_ref<uint16_t>(m->writing).store(0, std::memory_order_release); }

// Dispatch. With GCC and Clang every handler ends by jumping straight to the next handler
// through a table of label addresses (computed goto): one indirect branch per instruction, which
// the processor predicts per handler. Elsewhere the switch below is the dispatcher.
// A computed goto does not run destructors of the scope it leaves: a handler's locals with
// destructors (strings, vectors, a NativeContext) live in an inner block that ends before its
// NEXT(). (`goto unwind` and `return` are ordinary and do run them.)
#if defined(__GNUC__) && !defined(WEFT_SWITCH_DISPATCH)
#define WEFT_COMPUTED_GOTO 1
#define NEXT()                                                                                                         \
    do                                                                                                                 \
    {                                                                                                                  \
        ins = code[pc++];                                                                                              \
        goto* kDispatch[uint16_t(ins)];                                                                                \
    } while (0)
#define CASE(name)                                                                                                     \
    L_##name:                                                                                                          \
    case Op::name
#else
#define NEXT() continue
#define CASE(name) case Op::name
#endif
#define RA (R[argA(ins)])
#define RB (R[argB(ins)])
#define RC (R[argC(ins)])
#define W (code[pc])

ExecResult Interpreter::Impl::execute(Goroutine& g, size_t stopDepth)
{
    Frame* F = nullptr;
    const Instr* code = nullptr;
    Slot* R = nullptr;
    uint32_t pc = 0;
    std::string msg;
    const auto& fns = module->functions;
    auto reload = [&] {
        F = &g.frames.back();
        code = F->fn->code.data();
        R = g.stack.data() + F->base;
        pc = F->pc;
    };
    reload();

#define PANIC_RT(text)                                                                                                  \
    do                                                                                                                 \
    {                                                                                                                  \
        F->pc = pc;                                                                                                    \
        runtimeError(g, (text));                                                                                       \
        goto unwind;                                                                                                   \
    } while (0)
// Whether the bounds check that fails here has a 64-bit unsigned index (pc: after its words).
#define UNSIGNED_BOUNDS (F->fn->unsignedBoundsAt(pc))
// A fatal error (not recoverable) with this goroutine's trace.
#define FATAL_HERE(text)                                                                                                \
    do                                                                                                                 \
    {                                                                                                                  \
        F->pc = pc;                                                                                                    \
        fatalIn(g, (text));                                                                                            \
        return ExecResult::Exit;                                                                                       \
    } while (0)

#define PANIC_PLAIN(text)                                                                                               \
    do                                                                                                                 \
    {                                                                                                                  \
        F->pc = pc;                                                                                                    \
        runtimeError(g, (text), true);                                                                                 \
        goto unwind;                                                                                                   \
    } while (0)
#define NILCHECK(p)                                                                                                     \
    if ((p) == nullptr) [[unlikely]]                                                                                   \
        PANIC_RT("invalid memory address or nil pointer dereference");
#define ALLOC_SAFEPOINT() F->pc = pc, maybeCollect(g)
// The goroutine parks on the instruction that just started: it runs again when woken, and sees
// g.wake. A nested run (a native's callback) has a C++ caller to return to: its thread waits
// for the goroutine to be woken and then goes on here (runtime/Machine.h). A plain block, not
// do/while: NEXT() is `continue` with switch dispatch.
#define PARK()                                                                                                         \
    {                                                                                                                  \
        F->pc = pc - 1;                                                                                                \
        if (!nested)                                                                                                   \
            return ExecResult::Parked;                                                                                 \
        if (!parkInCallback(g))                                                                                        \
            return ExecResult::Exit;                                                                                   \
        reload();                                                                                                      \
        budget = kBudget;                                                                                              \
        NEXT();                                                                                                        \
    }
// The time slice is spent (kBudget back-edges and calls): the goroutine yields, so neither
// `for {}` nor a recursion can starve the others (Go preempts by time; a count is the
// interpreter's equivalent). Inside a callback its thread gives its worker up until it runs again.
#define YIELD_SLICE()                                                                                                  \
    {                                                                                                                  \
        F->pc = pc;                                                                                                    \
        if (!nested)                                                                                                   \
            return ExecResult::Yield;                                                                                  \
        if (!yieldInCallback(g))                                                                                       \
            return ExecResult::Exit;                                                                                   \
        reload();                                                                                                      \
        budget = kBudget;                                                                                              \
    }
// A loop's back-edge spends the slice.
#define BACKEDGE(off)                                                                                                  \
    if ((off) < 0 && --budget <= 0) [[unlikely]]                                                                       \
        YIELD_SLICE()

// A call: it spends the time slice as a back-edge does (a recursion has no loop to be
// preempted at). The callee's frame is pushed: it resumes at its first instruction.
#define CALLBUDGET()                                                                                                   \
    if (--budget <= 0) [[unlikely]]                                                                                    \
        YIELD_SLICE()

#ifdef WEFT_COMPUTED_GOTO
    // Generated from the one opcode list. Bytecode comes only from the compiler (never loaded
    // from outside), so every opcode indexes it.
    static const void* const kDispatch[] = {
#define WEFT_OP_LABEL(name, shape, extra, doc) &&L_##name,
        WEFT_OPCODES(WEFT_OP_LABEL)
#undef WEFT_OP_LABEL
    };
#endif
    Instr ins = 0;
    // Back-edges and calls left in this time slice (a local, so the check stays in a register).
    int32_t budget = kBudget;
    // Where the unwinding looks for the next frame with deferred calls left: below the frame
    // whose deferred call just returned without recovering (those above have none), so that a
    // panic through n frames with defers costs O(n), not O(n^2).
    size_t unwindTop = SIZE_MAX;
    // A native's callback (callFunction/callMethod) rather than a run from the scheduler.
    const bool nested = g.callbackDepth > 0;
    for (;;)
    {
        ins = code[pc++];
        switch (opOf(ins))
        {
        CASE(Nop): NEXT();
        CASE(Move): RA = RB; NEXT();
        CASE(Move2): R[argA(ins)] = R[argB(ins)], R[argA(ins) + 1] = R[argB(ins) + 1]; NEXT();
        CASE(Move3):
            R[argA(ins)] = R[argB(ins)], R[argA(ins) + 1] = R[argB(ins) + 1], R[argA(ins) + 2] = R[argB(ins) + 2];
            NEXT();
        CASE(MoveN): std::memmove(&RA, &RB, sizeof(Slot) * argC(ins)); NEXT();
        CASE(LoadInt): RA.i = argSBC(ins); NEXT();
        CASE(LoadConst): RA.u = W; pc++; NEXT();
        CASE(LoadString):
        {
            const GoString& s = module->strings[argB(ins)];
            R[argA(ins)].cp = s.ptr;
            R[argA(ins) + 1].i = s.len;
            NEXT();
        }
        CASE(LoadZero): std::memset(&RA, 0, sizeof(Slot) * argB(ins)); NEXT();
        CASE(LoadType): RA.cp = module->typeWords[argB(ins)]; NEXT();
        CASE(Add): RA.u = RB.u + RC.u; NEXT();
        CASE(Sub): RA.u = RB.u - RC.u; NEXT();
        CASE(Mul): RA.u = RB.u * RC.u; NEXT();
        CASE(Div):
            if (RC.i == 0) [[unlikely]]
                PANIC_RT("integer divide by zero");
            RA.i = sdiv(RB.i, RC.i);
            NEXT();
        CASE(Rem):
            if (RC.i == 0) [[unlikely]]
                PANIC_RT("integer divide by zero");
            RA.i = srem(RB.i, RC.i);
            NEXT();
        CASE(DivU):
            if (RC.u == 0) [[unlikely]]
                PANIC_RT("integer divide by zero");
            RA.u = RB.u / RC.u;
            NEXT();
        CASE(RemU):
            if (RC.u == 0) [[unlikely]]
                PANIC_RT("integer divide by zero");
            RA.u = RB.u % RC.u;
            NEXT();
        CASE(AddImm): RA.u = RB.u + uint64_t(int64_t(argSC(ins))); NEXT();
        CASE(MulImm): RA.u = RB.u * uint64_t(int64_t(argSC(ins))); NEXT();
        CASE(DivImm): RA.i = sdiv(RB.i, argSC(ins)); NEXT();
        CASE(RemImm): RA.i = srem(RB.i, argSC(ins)); NEXT();
        CASE(And): RA.u = RB.u & RC.u; NEXT();
        CASE(Or): RA.u = RB.u | RC.u; NEXT();
        CASE(Xor): RA.u = RB.u ^ RC.u; NEXT();
        CASE(AndNot): RA.u = RB.u & ~RC.u; NEXT();
        CASE(Shl): RA.u = RC.u >= 64 ? 0 : RB.u << RC.u; NEXT();
        CASE(Shr): RA.i = RC.u >= 64 ? (RB.i < 0 ? -1 : 0) : RB.i >> RC.u; NEXT();
        CASE(ShrU): RA.u = RC.u >= 64 ? 0 : RB.u >> RC.u; NEXT();
        CASE(CheckShift):
            if (RA.i < 0) [[unlikely]]
                PANIC_RT("negative shift amount");
            NEXT();
        CASE(Neg): RA.u = 0 - RB.u; NEXT();
        CASE(BitNot): RA.u = ~RB.u; NEXT();
        CASE(Not): RA.i = !RB.i; NEXT();
        CASE(Sext8): RA.i = int8_t(RB.i); NEXT();
        CASE(Sext16): RA.i = int16_t(RB.i); NEXT();
        CASE(Sext32): RA.i = int32_t(RB.i); NEXT();
        CASE(Zext8): RA.u = uint8_t(RB.u); NEXT();
        CASE(Zext16): RA.u = uint16_t(RB.u); NEXT();
        CASE(Zext32): RA.u = uint32_t(RB.u); NEXT();
        CASE(FAdd): RA.f = RB.f + RC.f; NEXT();
        CASE(FSub): RA.f = RB.f - RC.f; NEXT();
        CASE(FMul): RA.f = RB.f * RC.f; NEXT();
        CASE(FDiv): RA.f = RB.f / RC.f; NEXT();
        CASE(FNeg): RA.f = -RB.f; NEXT();
        CASE(FRound32): RA.f = double(float(RB.f)); NEXT();
        CASE(IntToF): RA.f = double(RB.i); NEXT();
        CASE(UintToF): RA.f = double(RB.u); NEXT();
        CASE(IntToF32): RA.f = double(float(RB.i)); NEXT();
        CASE(UintToF32): RA.f = double(float(RB.u)); NEXT();
        CASE(FToInt): RA.i = f2i(RB.f); NEXT();
        CASE(FToUint): RA.u = f2u(RB.f); NEXT();
        CASE(Eq): RA.i = RB.u == RC.u; NEXT();
        CASE(Ne): RA.i = RB.u != RC.u; NEXT();
        CASE(Lt): RA.i = RB.i < RC.i; NEXT();
        CASE(Le): RA.i = RB.i <= RC.i; NEXT();
        CASE(LtU): RA.i = RB.u < RC.u; NEXT();
        CASE(LeU): RA.i = RB.u <= RC.u; NEXT();
        CASE(FEq): RA.i = RB.f == RC.f; NEXT();
        CASE(FNe): RA.i = RB.f != RC.f; NEXT();
        CASE(FLt): RA.i = RB.f < RC.f; NEXT();
        CASE(FLe): RA.i = RB.f <= RC.f; NEXT();
        CASE(SEq):
        {
            const GoString* a = reinterpret_cast<const GoString*>(&RB);
            const GoString* b = reinterpret_cast<const GoString*>(&RC);
            RA.i = a->len == b->len && (a->ptr == b->ptr || a->len == 0 || std::memcmp(a->ptr, b->ptr, size_t(a->len)) == 0);
            NEXT();
        }
        CASE(SLt):
            RA.i = cmpStr(*reinterpret_cast<const GoString*>(&RB), *reinterpret_cast<const GoString*>(&RC)) < 0;
            NEXT();
        CASE(SLe):
            RA.i = cmpStr(*reinterpret_cast<const GoString*>(&RB), *reinterpret_cast<const GoString*>(&RC)) <= 0;
            NEXT();
        CASE(IfaceEq):
        {
            bool ok = true;
            const TypeDesc* bad = nullptr;
            GoIface a{RB.cp, R[argB(ins) + 1]}, b{RC.cp, R[argC(ins) + 1]};
            bool eq = ifaceEqual(a, b, ok, &bad);
            if (!ok)
                PANIC_RT("comparing uncomparable type " + bad->name);
            RA.i = eq;
            NEXT();
        }
        CASE(MemEq):
        {
            bool ok = true;
            const TypeDesc* t = module->typeTable[W];
            const TypeDesc* bad = nullptr;
            pc++;
            bool eq = valuesEqual(t, RB.p, RC.p, ok, &bad);
            if (!ok)
                PANIC_RT(bad ? "comparing uncomparable type " + bad->name : std::string("comparing uncomparable type"));
            RA.i = eq;
            NEXT();
        }
        CASE(Jump):
            pc = uint32_t(int64_t(pc) + argSBC(ins));
            BACKEDGE(argSBC(ins));
            NEXT();
        // A conditional jump may close a loop too (for !cas(...) {}): it spends the slice.
        CASE(JumpIf):
            if (RA.i)
            {
                pc = uint32_t(int64_t(pc) + argSBC(ins));
                BACKEDGE(argSBC(ins));
            }
            NEXT();
        CASE(JumpIfNot):
            if (!RA.i)
            {
                pc = uint32_t(int64_t(pc) + argSBC(ins));
                BACKEDGE(argSBC(ins));
            }
            NEXT();
#define CJUMP(cond)                                                                                                     \
    {                                                                                                                  \
        int32_t off = int32_t(uint32_t(W));                                                                            \
        pc++;                                                                                                          \
        if (cond)                                                                                                      \
        {                                                                                                              \
            pc = uint32_t(int64_t(pc) + off);                                                                          \
            BACKEDGE(off);                                                                                             \
        }                                                                                                              \
        NEXT();                                                                                                        \
    }
        CASE(JumpLt): CJUMP(RA.i < RB.i)
        CASE(JumpGe): CJUMP(RA.i >= RB.i)
        CASE(JumpLe): CJUMP(RA.i <= RB.i)
        CASE(JumpGt): CJUMP(RA.i > RB.i)
        CASE(JumpEq): CJUMP(RA.u == RB.u)
        CASE(JumpNe): CJUMP(RA.u != RB.u)
        CASE(JumpFLt): CJUMP(RA.f < RB.f)
        CASE(JumpFLe): CJUMP(RA.f <= RB.f)
        CASE(JumpFNlt): CJUMP(!(RA.f < RB.f))
        CASE(JumpFNle): CJUMP(!(RA.f <= RB.f))
        CASE(JumpFEq): CJUMP(RA.f == RB.f)
        CASE(JumpFNe): CJUMP(RA.f != RB.f)
        CASE(JumpTable):
        {
            uint32_t n = argB(ins);
            if (RA.i >= 0 && RA.u < n)
                pc = uint32_t(int64_t(pc + n) + int32_t(uint32_t(code[pc + RA.u])));
            else
                pc += n;
            NEXT();
        }
        CASE(Concat):
        {
            GoString a = *reinterpret_cast<GoString*>(&RB), b = *reinterpret_cast<GoString*>(&RC);
            if (a.len == 0)
            {
                R[argA(ins)] = RC, R[argA(ins) + 1] = R[argC(ins) + 1];
                NEXT();
            }
            if (b.len == 0)
            {
                R[argA(ins)] = RB, R[argA(ins) + 1] = R[argB(ins) + 1];
                NEXT();
            }
            ALLOC_SAFEPOINT();
            a = *reinterpret_cast<GoString*>(&RB), b = *reinterpret_cast<GoString*>(&RC);
            uint8_t* p = static_cast<uint8_t*>(allocate(size_t(a.len + b.len), nullptr));
            if (!p)
                return ExecResult::Exit;
            std::memcpy(p, a.ptr, size_t(a.len));
            std::memcpy(p + a.len, b.ptr, size_t(b.len));
            R[argA(ins)].p = p;
            R[argA(ins) + 1].i = a.len + b.len;
            NEXT();
        }
        CASE(StrIndex):
        {
            const GoString* s = reinterpret_cast<const GoString*>(&RB);
            if (RC.u >= uint64_t(s->len)) [[unlikely]]
                PANIC_RT(indexOutOfRange(RC.i, s->len, UNSIGNED_BOUNDS));
            RA.u = s->ptr[RC.u];
            NEXT();
        }
        CASE(StrSlice):
        {
            GoString s = *reinterpret_cast<const GoString*>(&RB);
            uint64_t flags = W;
            pc++;
            int64_t lo = (flags & 1) ? R[argC(ins)].i : 0;
            int64_t hi = (flags & 2) ? R[argC(ins) + 1].i : s.len;
            if (hi < 0 || hi > s.len) [[unlikely]]
                PANIC_RT(boundsError(BoundsKind::SliceAlen, hi, s.len, UNSIGNED_BOUNDS));
            if (lo < 0 || lo > hi) [[unlikely]]
                PANIC_RT(boundsError(BoundsKind::SliceB, lo, hi, UNSIGNED_BOUNDS));
            R[argA(ins)].cp = hi - lo == 0 ? s.ptr : s.ptr + lo;
            R[argA(ins) + 1].i = hi - lo;
            NEXT();
        }
        CASE(RuneToStr):
        {
            ALLOC_SAFEPOINT();
            GoString s;
            {
                std::string buf; // destroyed before NEXT(): see the note at WEFT_COMPUTED_GOTO
                appendRuneValue(buf, RB.i);
                s = newString(buf);
            }
            R[argA(ins)].cp = s.ptr;
            R[argA(ins) + 1].i = s.len;
            NEXT();
        }
        CASE(BytesToStr):
        {
            ALLOC_SAFEPOINT();
            const GoSlice* b = reinterpret_cast<const GoSlice*>(&RB);
            GoString s = newString(static_cast<const char*>(b->ptr), size_t(b->len));
            R[argA(ins)].cp = s.ptr;
            R[argA(ins) + 1].i = s.len;
            NEXT();
        }
        CASE(StrToBytes):
        {
            ALLOC_SAFEPOINT();
            GoString s = *reinterpret_cast<const GoString*>(&RB);
            GoSlice out{nullptr, 0, 0};
            // Rounded up to the size class, as Go's rawbyteslice does (only a small size has one).
            size_t cap = size_t(s.len) > kMaxSmallSize ? size_t(s.len)
                         : s.len                       ? kClassToSize[sizeToClass(size_t(s.len))]
                                                       : 0;
            out.ptr = allocate(cap ? cap : 1, nullptr);
            if (s.len)
                std::memcpy(out.ptr, s.ptr, size_t(s.len));
            out.len = s.len;
            out.cap = int64_t(cap);
            std::memcpy(&RA, &out, sizeof out);
            NEXT();
        }
        CASE(RunesToStr):
        {
            ALLOC_SAFEPOINT();
            const GoSlice* rs = reinterpret_cast<const GoSlice*>(&RB);
            GoString s;
            {
                std::string tmp;
                for (int64_t i = 0; i < rs->len; i++)
                    appendRuneValue(tmp, static_cast<const int32_t*>(rs->ptr)[i]);
                s = newString(tmp);
            }
            R[argA(ins)].cp = s.ptr;
            R[argA(ins) + 1].i = s.len;
            NEXT();
        }
        CASE(StrToRunes):
        {
            ALLOC_SAFEPOINT();
            GoString s = *reinterpret_cast<const GoString*>(&RB);
            {
                std::vector<int32_t> rs;
                for (int64_t i = 0; i < s.len;)
                {
                    int w;
                    rs.push_back(decodeAt(s.ptr + i, s.len - i, &w));
                    i += w;
                }
                size_t bytes = rs.size() * 4;
                size_t cap = bytes ? (bytes <= kMaxSmallSize ? kClassToSize[sizeToClass(bytes)] : bytes) : 0;
                GoSlice out{allocate(cap ? cap : 1, nullptr), int64_t(rs.size()), int64_t(cap / 4)};
                if (bytes)
                    std::memcpy(out.ptr, rs.data(), bytes);
                std::memcpy(&RA, &out, sizeof out);
            }
            NEXT();
        }
        CASE(StrNext):
        {
            const GoString* s = reinterpret_cast<const GoString*>(&RB);
            int w;
            R[argA(ins)].i = decodeAt(s->ptr + RC.i, s->len - RC.i, &w);
            R[argA(ins) + 1].i = RC.i + w;
            NEXT();
        }
#define LOADOP(T, field)                                                                                                \
    {                                                                                                                  \
        NILCHECK(RB.p);                                                                                                \
        T v;                                                                                                           \
        std::memcpy(&v, static_cast<char*>(RB.p) + argC(ins), sizeof v);                                              \
        RA.field = v;                                                                                                  \
        NEXT();                                                                                                        \
    }
        CASE(Load8): LOADOP(int8_t, i)
        CASE(Load8U): LOADOP(uint8_t, u)
        CASE(Load16): LOADOP(int16_t, i)
        CASE(Load16U): LOADOP(uint16_t, u)
        CASE(Load32): LOADOP(int32_t, i)
        CASE(Load32U): LOADOP(uint32_t, u)
        CASE(Load64): LOADOP(uint64_t, u)
        CASE(LoadF32): LOADOP(float, f)
        CASE(Load2):
            NILCHECK(RB.p);
            std::memcpy(&RA, static_cast<char*>(RB.p) + argC(ins), 16);
            NEXT();
        CASE(Load3):
            NILCHECK(RB.p);
            std::memcpy(&RA, static_cast<char*>(RB.p) + argC(ins), 24);
            NEXT();
#define STOREOP(T, field)                                                                                               \
    {                                                                                                                  \
        NILCHECK(RA.p);                                                                                                \
        T v = T(RB.field);                                                                                             \
        std::memcpy(static_cast<char*>(RA.p) + argC(ins), &v, sizeof v);                                              \
        NEXT();                                                                                                        \
    }
        CASE(Store8): STOREOP(uint8_t, u)
        CASE(Store16): STOREOP(uint16_t, u)
        CASE(Store32): STOREOP(uint32_t, u)
        CASE(Store64): STOREOP(uint64_t, u)
        CASE(StoreF32): STOREOP(float, f)
        CASE(Store2):
            NILCHECK(RA.p);
            std::memcpy(static_cast<char*>(RA.p) + argC(ins), &RB, 16);
            NEXT();
        CASE(Store3):
            NILCHECK(RA.p);
            std::memcpy(static_cast<char*>(RA.p) + argC(ins), &RB, 24);
            NEXT();
        CASE(Lea):
            NILCHECK(RB.p);
            RA.p = static_cast<char*>(RB.p) + argC(ins) + W;
            pc++;
            NEXT();
        CASE(NilCheck): NILCHECK(RA.p); NEXT();
        CASE(FatalIfNil):
            if (RA.p == nullptr) [[unlikely]]
            {
                F->pc = pc;
                fatal(std::string(reinterpret_cast<const char*>(module->strings[argB(ins)].ptr),
                                  size_t(module->strings[argB(ins)].len)));
                return ExecResult::Exit;
            }
            NEXT();
        CASE(SliceToArrayPtr):
        {
            const int64_t want = int64_t(W);
            pc++;
            if (R[argB(ins) + 1].i < want) [[unlikely]]
                PANIC_RT("cannot convert slice with length " + std::to_string(R[argB(ins) + 1].i) +
                         " to pointer to array with length " + std::to_string(want));
            RA.p = RB.p;
            NEXT();
        }
        CASE(NilCheckWrap):
            if (RA.p == nullptr) [[unlikely]]
                PANIC_PLAIN(std::string(reinterpret_cast<const char*>(module->strings[argB(ins)].ptr),
                                        size_t(module->strings[argB(ins)].len)));
            NEXT();
        CASE(CopyMem):
        {
            uint64_t n = W;
            pc++;
            NILCHECK(RA.p);
            NILCHECK(RB.p);
            if (n && RA.p != RB.p)
                moveMemory(RA.p, RB.p, n);
            NEXT();
        }
        CASE(ZeroBlock):
            if (RA.p != nullptr)
                NEXT();
            goto newObject; // (a computed-goto label is no switch label for [[fallthrough]])
        CASE(New):
        newObject:
        {
            ALLOC_SAFEPOINT();
            const TypeDesc* t = module->typeTable[argB(ins)];
            void* p = allocType(t);
            if (!p)
                return ExecResult::Exit;
            RA.p = p;
            NEXT();
        }
        CASE(NewCopy):
        {
            const TypeDesc* t = module->typeTable[argC(ins)];
            NILCHECK(RB.p);
            ALLOC_SAFEPOINT();
            void* p = allocType(t);
            if (!p)
                return ExecResult::Exit;
            moveMemory(p, RB.p, t->size);
            RA.p = p;
            NEXT();
        }
        CASE(GlobalAddr): RA.p = static_cast<char*>(globals) + argSBC(ins); NEXT();
        CASE(IndexAddr):
        {
            const GoSlice* s = reinterpret_cast<const GoSlice*>(&RB);
            uint64_t es = W;
            pc++;
            if (RC.u >= uint64_t(s->len)) [[unlikely]]
                PANIC_RT(indexOutOfRange(RC.i, s->len, UNSIGNED_BOUNDS));
            RA.p = static_cast<char*>(s->ptr) + RC.u * es;
            NEXT();
        }
        CASE(ArrayAddr):
        {
            uint64_t w = W;
            pc++;
            uint64_t len = w >> 32, es = w & 0xffffffff;
            NILCHECK(RB.p);
            if (len != 0xffffffff && RC.u >= len) [[unlikely]]
                PANIC_RT(indexOutOfRange(RC.i, int64_t(len), UNSIGNED_BOUNDS));
            RA.p = static_cast<char*>(RB.p) + RC.u * es;
            NEXT();
        }
        CASE(SliceGet64):
        {
            const GoSlice* s = reinterpret_cast<const GoSlice*>(&RB);
            if (RC.u >= uint64_t(s->len)) [[unlikely]]
                PANIC_RT(indexOutOfRange(RC.i, s->len, UNSIGNED_BOUNDS));
            RA = static_cast<Slot*>(s->ptr)[RC.u];
            NEXT();
        }
        CASE(SliceSet64):
        {
            const GoSlice* s = reinterpret_cast<const GoSlice*>(&RA);
            if (RB.u >= uint64_t(s->len)) [[unlikely]]
                PANIC_RT(indexOutOfRange(RB.i, s->len, UNSIGNED_BOUNDS));
            static_cast<Slot*>(s->ptr)[RB.u] = RC;
            NEXT();
        }
        CASE(SliceGet8U):
        {
            const GoSlice* s = reinterpret_cast<const GoSlice*>(&RB);
            if (RC.u >= uint64_t(s->len)) [[unlikely]]
                PANIC_RT(indexOutOfRange(RC.i, s->len, UNSIGNED_BOUNDS));
            RA.u = static_cast<uint8_t*>(s->ptr)[RC.u];
            NEXT();
        }
        CASE(Slice):
        CASE(SliceArray):
        {
            uint64_t w = W;
            pc++;
            GoSlice s;
            uint64_t flags, es;
            bool isArr = opOf(ins) == Op::SliceArray;
            if (isArr)
            {
                NILCHECK(RB.p);
                s.ptr = RB.p;
                s.len = s.cap = int64_t((w >> 32) & 0xffffff);
                es = w & 0xffffffff;
                flags = w >> 56;
            }
            else
            {
                s = *reinterpret_cast<const GoSlice*>(&RB);
                es = w & 0xffffffff;
                flags = w >> 32;
            }
            int64_t lo = (flags & 1) ? R[argC(ins)].i : 0;
            int64_t hi = (flags & 2) ? R[argC(ins) + 1].i : s.len;
            int64_t mx = (flags & 4) ? R[argC(ins) + 2].i : s.cap;
            // An array's bound is its length; a slice's its capacity.
            const BoundsKind a3 = isArr ? BoundsKind::Slice3Alen : BoundsKind::Slice3Acap;
            const BoundsKind a2 = isArr ? BoundsKind::SliceAlen : BoundsKind::SliceAcap;
            if (flags & 4)
            {
                if (mx < 0 || mx > s.cap)
                    PANIC_RT(boundsError(a3, mx, s.cap, UNSIGNED_BOUNDS));
                if (hi < 0 || hi > mx)
                    PANIC_RT(boundsError(BoundsKind::Slice3B, hi, mx, UNSIGNED_BOUNDS));
                if (lo < 0 || lo > hi)
                    PANIC_RT(boundsError(BoundsKind::Slice3C, lo, hi, UNSIGNED_BOUNDS));
            }
            else
            {
                if (hi < 0 || hi > s.cap)
                    PANIC_RT(boundsError(a2, hi, s.cap, UNSIGNED_BOUNDS));
                if (lo < 0 || lo > hi)
                    PANIC_RT(boundsError(BoundsKind::SliceB, lo, hi, UNSIGNED_BOUNDS));
            }
            GoSlice out;
            out.len = hi - lo;
            out.cap = mx - lo;
            out.ptr = out.cap == 0 ? s.ptr : static_cast<char*>(s.ptr) + lo * int64_t(es);
            std::memcpy(&RA, &out, sizeof out);
            NEXT();
        }
        CASE(MakeSlice):
        {
            const TypeDesc* et = module->typeTable[W];
            pc++;
            int64_t len = RB.i, cap = RC.i;
            // Go's makeslice: beyond maxAlloc (2^48 bytes on amd64) a panic; below it the
            // allocation is tried, and past the heap's limit the program dies out of memory.
            constexpr int64_t kMaxAlloc = int64_t(1) << 48;
            if (len < 0 || (et->size && len > kMaxAlloc / int64_t(et->size)))
                PANIC_RT("makeslice: len out of range");
            if (cap < len || (et->size && cap > kMaxAlloc / int64_t(et->size)))
                PANIC_RT("makeslice: cap out of range");
            if (et->size && cap > int64_t(heap.limitBytes() / et->size))
                FATAL_HERE("runtime: out of memory");
            ALLOC_SAFEPOINT();
            size_t bytes = size_t(cap) * et->size;
            void* p = allocate(bytes ? bytes : 1, et->layout);
            if (!p)
                return ExecResult::Exit;
            GoSlice out{p, len, cap};
            std::memcpy(&RA, &out, sizeof out);
            NEXT();
        }
        CASE(Grow):
        {
            const TypeDesc* et = module->typeTable[W];
            pc++;
            GoSlice* s = reinterpret_cast<GoSlice*>(&RA);
            int64_t newLen;
            if (__builtin_add_overflow(s->len, RB.i, &newLen)) [[unlikely]]
                PANIC_RT("growslice: cap out of range"); // Go's growslice: the length wrapped
            if (newLen > s->cap)
            {
                ALLOC_SAFEPOINT();
                if (!growSlice(*s, RB.i, et))
                    return ExecResult::Exit;
            }
            else
                s->len += RB.i;
            NEXT();
        }
        CASE(AppendSlice):
        {
            const TypeDesc* et = module->typeTable[W];
            pc++;
            GoSlice* s = reinterpret_cast<GoSlice*>(&RA);
            const void* src = RB.p;
            int64_t n = R[argB(ins) + 1].i;
            if (n == 0)
                NEXT();
            int64_t old = s->len;
            int64_t newLen;
            if (__builtin_add_overflow(old, n, &newLen)) [[unlikely]]
                PANIC_RT("growslice: cap out of range"); // Go's growslice: the length wrapped
            if (newLen > s->cap)
            {
                ALLOC_SAFEPOINT();
                s = reinterpret_cast<GoSlice*>(&RA);
                src = RB.p;
                if (!growSlice(*s, n, et))
                    return ExecResult::Exit;
            }
            else
                s->len += n;
            moveMemory(static_cast<char*>(s->ptr) + old * et->size, src, size_t(n * et->size));
            NEXT();
        }
        CASE(CopySlice):
        {
            uint64_t es = W;
            pc++;
            const GoSlice* d = reinterpret_cast<const GoSlice*>(&RB);
            int64_t n = std::min(d->len, R[argC(ins) + 1].i);
            if (n > 0)
                moveMemory(d->ptr, RC.p, size_t(n) * es);
            RA.i = n;
            NEXT();
        }
        CASE(MakeMap):
        {
            const TypeDesc* t = module->typeTable[argB(ins)];
            ALLOC_SAFEPOINT();
            MapObject* m = mapMake(*this, t->mapType, RC.i > 0 ? size_t(RC.i) : 0, g.worker->random() * 0x9e3779b97f4a7c15ull);
            if (!m)
                FATAL_HERE("runtime: out of memory");
            RA.p = m;
            NEXT();
        }
        CASE(MapGet):
        CASE(MapGetOk):
        {
            MapObject* m = static_cast<MapObject*>(RB.p);
            const Slot* key = &RC;
            MapSlot s{nullptr, MapStatus::Ok};
            if (m)
            {
                if (mapBeingWritten(m)) [[unlikely]]
                    FATAL_HERE("concurrent map read and map write");
                s = mapLookup(m, key);
            }
            if (s.status == MapStatus::Unhashable)
                PANIC_RT(unhashableKeyMessage(m->type, key));
            // W: the value's slot count (a nil map knows no type) | ok register << 32.
            uint64_t w = W;
            pc++;
            uint32_t okReg = uint32_t(w >> 32);
            if (s.value)
                moveMemory(&RA, s.value, size_t(w & 0xffffffff) * 8);
            else
                std::memset(&RA, 0, size_t(w & 0xffffffff) * 8);
            if (opOf(ins) == Op::MapGetOk)
                R[okReg].i = s.value != nullptr;
            NEXT();
        }
        CASE(MapSet):
        {
            MapObject* m = static_cast<MapObject*>(RA.p);
            if (!m)
                PANIC_PLAIN("assignment to entry in nil map");
            ALLOC_SAFEPOINT();
            m = static_cast<MapObject*>(RA.p);
            if (!beginMapWrite(m)) [[unlikely]]
                FATAL_HERE("concurrent map writes");
            MapSlot s = mapAssign(*this, m, &RB);
            if (s.status == MapStatus::Unhashable)
            {
                endMapWrite(m);
                PANIC_RT(unhashableKeyMessage(m->type, &RB));
            }
            if (!s.value)
                FATAL_HERE("runtime: out of memory");
            moveMemory(s.value, &RC, m->type->valueSize);
            endMapWrite(m);
            NEXT();
        }
        CASE(MapDelete):
        {
            MapObject* m = static_cast<MapObject*>(RA.p);
            if (!m)
                NEXT();
            if (!beginMapWrite(m)) [[unlikely]]
                FATAL_HERE("concurrent map writes");
            const MapStatus st = mapDelete(m, &RB);
            endMapWrite(m);
            if (st == MapStatus::Unhashable)
                PANIC_RT(unhashableKeyMessage(m->type, &RB));
            NEXT();
        }
        CASE(MapLen): RA.i = int64_t(mapLen(static_cast<MapObject*>(RB.p))); NEXT();
        CASE(MapClear):
        {
            MapObject* m = static_cast<MapObject*>(RA.p);
            if (!m)
                NEXT();
            if (!beginMapWrite(m)) [[unlikely]]
                FATAL_HERE("concurrent map writes");
            mapClear(m);
            endMapWrite(m);
            NEXT();
        }
        CASE(MapIter):
        {
            ALLOC_SAFEPOINT();
            MapIterator* it = mapIterStart(*this, static_cast<MapObject*>(RB.p), g.worker->random() * 0x9e3779b97f4a7c15ull);
            if (!it)
                FATAL_HERE("runtime: out of memory");
            RA.p = it;
            NEXT();
        }
        CASE(MapNext):
        {
            MapIterator* it = static_cast<MapIterator*>(RA.p);
            int32_t off = int32_t(uint32_t(W));
            pc++;
            const void* k;
            void* v;
            if (it->map && mapBeingWritten(it->map)) [[unlikely]]
                FATAL_HERE("concurrent map iteration and map write");
            if (!mapIterNext(it, &k, &v))
            {
                pc = uint32_t(int64_t(pc) + off);
                NEXT();
            }
            const MapLayout* mt = it->map->type;
            if (argB(ins) != kNoReg)
                moveMemory(&RB, k, mt->keySize);
            if (argC(ins) != kNoReg)
                moveMemory(&RC, v, mt->valueSize);
            NEXT();
        }
        CASE(Box):
        {
            const void* word = module->typeWords[argC(ins)];
            ALLOC_SAFEPOINT();
            GoIface v = box(word, &RB);
            R[argA(ins)].cp = v.type;
            R[argA(ins) + 1] = v.data;
            NEXT();
        }
        CASE(IfaceConv):
        {
            const TypeDesc* target = module->typeTable[argC(ins)];
            const TypeDesc* dyn = dynamicType(RB.cp);
            Slot data = R[argB(ins) + 1];
            if (!dyn)
            {
                R[argA(ins)].p = nullptr;
                R[argA(ins) + 1].p = nullptr;
                NEXT();
            }
            if (target->ifaceMethods.empty())
                R[argA(ins)].cp = dyn;
            else
            {
                const Itab* tab = findItab(dyn, target);
                if (!tab)
                    PANIC_RT("interface conversion: " + dyn->name + " is not " + target->name);
                R[argA(ins)].cp = tab;
            }
            R[argA(ins) + 1] = data;
            NEXT();
        }
        CASE(Assert):
        CASE(AssertOk):
        {
            const TypeDesc* t = module->typeTable[argC(ins)];
            uint64_t w = W;
            pc++;
            GoIface v{RB.cp, R[argB(ins) + 1]};
            const TypeDesc* dyn = dynamicType(v.type);
            if (dyn != t)
            {
                if (opOf(ins) == Op::AssertOk)
                {
                    std::memset(&RA, 0, sizeof(Slot) * t->slots);
                    R[w].i = 0;
                    NEXT();
                }
                const TypeDesc* src = module->typeTable[w];
                std::string m = "interface conversion: " + src->name + " is " + (dyn ? dyn->name : "nil") + ", not " + t->name;
                if (dyn && dyn->name == t->name) // two types T declared in different functions
                    m += " (types from different scopes)";
                F->pc = pc;
                panicValue(g, makeRuntimeError(m), true);
                // Go's message for this one has no "runtime error: " prefix: it is a TypeAssertionError.
                g.panics.back().runtimeError = false;
                goto unwind;
            }
            ALLOC_SAFEPOINT();
            Slot tmp[3];
            unbox(t, GoIface{v.type, v.data}, tmp);
            std::memcpy(&RA, tmp, sizeof(Slot) * t->slots);
            if (opOf(ins) == Op::AssertOk)
                R[w].i = 1;
            NEXT();
        }
        CASE(AssertIface):
        CASE(AssertIfaceOk):
        {
            const TypeDesc* t = module->typeTable[argC(ins)];
            uint64_t w = W;
            pc++;
            const TypeDesc* dyn = dynamicType(RB.cp);
            Slot data = R[argB(ins) + 1];
            const void* word = nullptr;
            if (dyn)
                word = t->ifaceMethods.empty() ? static_cast<const void*>(dyn) : static_cast<const void*>(findItab(dyn, t));
            if (!word)
            {
                if (opOf(ins) == Op::AssertIfaceOk)
                {
                    R[argA(ins)].p = nullptr;
                    R[argA(ins) + 1].p = nullptr;
                    R[w].i = 0;
                    NEXT();
                }
                std::string m;
                if (!dyn)
                    m = "interface conversion: interface is nil, not " + t->name;
                else
                {
                    std::string missing;
                    for (auto& id : t->ifaceMethods)
                        if (!dyn->findMethod(id))
                        {
                            missing = id.name;
                            break;
                        }
                    m = "interface conversion: " + dyn->name + " is not " + t->name + ": missing method " + missing;
                }
                F->pc = pc;
                panicValue(g, makeRuntimeError(m), true);
                g.panics.back().runtimeError = false;
                goto unwind;
            }
            R[argA(ins)].cp = word;
            R[argA(ins) + 1] = data;
            if (opOf(ins) == Op::AssertIfaceOk)
                R[w].i = 1;
            NEXT();
        }
        CASE(TypeOf): RA.cp = dynamicType(RB.cp); NEXT();
        CASE(Implements):
        {
            const TypeDesc* t = static_cast<const TypeDesc*>(RB.cp);
            const TypeDesc* iface = module->typeTable[argC(ins)];
            RA.i = t != nullptr && (iface->ifaceMethods.empty() || implements(t, iface));
            NEXT();
        }
        CASE(Unbox):
        {
            const TypeDesc* t = module->typeTable[argC(ins)];
            ALLOC_SAFEPOINT();
            Slot tmp[3];
            unbox(t, GoIface{RB.cp, R[argB(ins) + 1]}, tmp);
            std::memcpy(&RA, tmp, sizeof(Slot) * t->slots);
            NEXT();
        }
        CASE(Call):
        {
            const Function* fn = fns[W].get();
            pc++;
            F->pc = pc;
            ALLOC_SAFEPOINT();
            if (!pushFrame(*this, g, fn, nullptr, nullptr, 0, F->base + argA(ins), fn->paramSlots,
                           F->base + argB(ins), 0))
            {
                stackOverflow(&g);
                return ExecResult::Exit;
            }
            reload();
            CALLBUDGET();
            NEXT();
        }
        CASE(CallNative):
        CASE(CallClosure):
        CASE(CallIface):
        {
            const Function* fn;
            void* clo = nullptr;
            Slot recv[1];
            uint32_t nrecv = 0;
            if (opOf(ins) == Op::CallNative)
            {
                fn = fns[W].get();
                pc++;
            }
            else if (opOf(ins) == Op::CallClosure)
            {
                clo = RC.p;
                NILCHECK(clo);
                fn = static_cast<Closure*>(clo)->fn;
            }
            else
            {
                const void* word = RC.cp;
                uint64_t mi = W;
                pc++;
                NILCHECK(word);
                const Itab* tab = static_cast<const Itab*>(word);
                fn = tab->fns[mi];
                if (!fn)
                    PANIC_RT("method not found");
                recv[0] = R[argC(ins) + 1];
                nrecv = 1;
            }
            F->pc = pc;
            if (fn->native)
            {
                // Natives take arguments contiguously (receiver first) in a buffer of their own:
                // a callback into script code may grow the stack and move the registers.
                // Scoped so that `big` and the context (which may hold recovered panics) are
                // destroyed before NEXT(): see the note at WEFT_COMPUTED_GOTO.
                {
                    Slot small[16];
                    std::vector<Slot> big;
                    size_t need = size_t(fn->paramSlots) + fn->resultSlots + 1;
                    Slot* args = small;
                    if (need > 16)
                    {
                        big.resize(need);
                        args = big.data();
                    }
                    Slot* results = args + fn->paramSlots;
                    if (nrecv)
                        args[0] = recv[0];
                    std::memcpy(args + nrecv, &RA, sizeof(Slot) * (fn->paramSlots - nrecv));
                    std::memset(results, 0, sizeof(Slot) * fn->resultSlots);
                    NativeContext ctx(*owner, g, fn);
                    g.nativeDepth++;
                    fn->native(ctx, args, results);
                    g.nativeDepth--;
                    if (!exiting.load(std::memory_order_relaxed))
                    {
                        reload();
                        std::memcpy(&RB, results, sizeof(Slot) * fn->resultSlots);
                    }
                }
                if (exiting.load(std::memory_order_relaxed))
                    return ExecResult::Exit;
                // runtime.GC: the collection it asked for runs here, once no native is running.
                if (g.gcRequested && g.nativeDepth == 0)
                {
                    g.gcRequested = false;
                    collectNow();
                    // Go's runtime.GC waits for the cycle parked, so other goroutines (the
                    // finalizers it queued among them) run meanwhile: yield likewise.
                    g.yieldRequested = true;
                }
                if (g.panicking)
                    goto unwind;
                // A native may park its goroutine (time.Sleep, a semaphore) or give the worker
                // up (runtime.Gosched): it then resumes after the call. (A waker may already have
                // made it WokenEarly: the scheduler, or parkInCallback, sees to that.)
                if (g.status.load(std::memory_order_relaxed) != GStatus::Running)
                {
                    if (!nested)
                        return ExecResult::Parked;
                    if (!parkInCallback(g))
                        return ExecResult::Exit;
                    reload();
                    budget = kBudget;
                }
                if (g.yieldRequested)
                {
                    g.yieldRequested = false;
                    if (!nested)
                        return ExecResult::Yield;
                    if (!yieldInCallback(g))
                        return ExecResult::Exit;
                    reload();
                    budget = kBudget;
                }
                NEXT();
            }
            ALLOC_SAFEPOINT();
            if (!pushFrame(*this, g, fn, clo, recv, nrecv, F->base + argA(ins), fn->paramSlots - nrecv,
                           F->base + argB(ins), 0))
            {
                stackOverflow(&g);
                return ExecResult::Exit;
            }
            reload();
            CALLBUDGET();
            NEXT();
        }
        CASE(RunDefers):
            if (g.deferStack.size() > F->deferBase)
            {
                void* d = g.deferStack.back();
                g.deferStack.pop_back();
                F->pc = pc - 1; // run RunDefers again after the deferred call
                const Function* fn = static_cast<Closure*>(d)->fn;
                if (!pushFrame(*this, g, fn, d, nullptr, 0, 0, 0, 0, kFrameDeferCall))
                {
                    stackOverflow(&g);
                    return ExecResult::Exit;
                }
                reload();
            }
            NEXT();
        CASE(Return):
        {
            const Function* fn = F->fn;
            uint8_t flags = F->flags;
            // The destination is in the caller's frame, below this one: no overlap.
            Slot* dest = g.stack.data() + F->resultDest;
            for (uint32_t i = 0; i < fn->resultSlots; i++)
                dest[i] = R[fn->paramSlots + i];
            const uint32_t owner = F->deferOwner;
            g.frames.pop_back();
            if (flags & kFrameDeferPanic)
            {
                if (!g.panics.empty() && g.panics.back().recovered)
                {
                    // The frames the panic went through are done; their deferred calls have run.
                    if (owner < g.frames.size())
                        g.frames.resize(owner + 1);
                    g.panics.pop_back();
                    // Panics that began in the frame that now resumes, or deeper, were aborted
                    // by this one (Go drops them from the list): a later fatal panic does not
                    // print them.
                    while (!g.panics.empty() && g.panics.back().depth >= g.frames.size())
                        g.panics.pop_back();
                    g.panicking = false;
                    // The frame that deferred the call returns normally from its epilogue.
                    g.frames.back().pc = g.frames.back().fn->epilogue;
                    reload();
                    NEXT();
                }
                g.panicking = true; // not recovered: the unwinding goes on
                unwindTop = size_t(owner) + 1;
                goto unwind;
            }
            if (g.frames.size() <= stopDepth)
                return ExecResult::Done;
            reload();
            NEXT();
        }
        CASE(Closure):
        {
            const Function* fn = fns[W].get();
            pc++;
            uint32_t n = argC(ins);
            if (n == 0 && fn->selfClosure[0] == fn)
            {
                RA.cp = fn->selfClosure.data();
                NEXT();
            }
            ALLOC_SAFEPOINT();
            Closure* c = static_cast<Closure*>(allocate(16 + 8 * std::max<uint32_t>(n, 1), closureLayout(n)));
            if (!c)
                return ExecResult::Exit;
            c->fn = fn;
            c->count = n;
            for (uint32_t i = 0; i < n; i++)
            {
                uint64_t word = code[pc + i / 4];
                c->caps[i] = R[uint16_t(word >> (16 * (i % 4)))];
            }
            pc += (n + 3) / 4;
            RA.p = c;
            NEXT();
        }
        CASE(GetCapture): RA = static_cast<Closure*>(F->closure)->caps[argB(ins)]; NEXT();
        CASE(Defer): g.deferStack.push_back(RA.p); NEXT();
        CASE(Recover):
        {
            // recover works when called by a deferred function that the panic runs: its frame
            // is the one the panic pushed (kFrameDeferPanic, a closure deferred as it is), or
            // the function the pushed thunk (a wrapper: `defer f(x)`) calls.
            // `defer recover()` is a thunk that calls recover itself: it works as a recover the
            // function deferring it makes, and so never when the panic runs the thunk (Go's
            // test/recover1.go).
            size_t n = g.frames.size();
            const size_t caller = argB(ins) ? 1 : 0;
            auto runByPanic = [&](size_t d) {
                const Frame& f = g.frames[d];
                return ((f.flags & kFrameDeferPanic) && !f.fn->wrapper) ||
                       (d > 0 && (g.frames[d - 1].flags & kFrameDeferPanic) && g.frames[d - 1].fn->wrapper);
            };
            bool ok = n >= 1 + caller && runByPanic(n - 1 - caller) &&
                      !(caller && (g.frames[n - 1].flags & kFrameDeferPanic)) && !g.panics.empty() &&
                      !g.panics.back().recovered;
            if (ok)
            {
                g.panics.back().recovered = true;
                R[argA(ins)].cp = g.panics.back().value.type;
                R[argA(ins) + 1] = g.panics.back().value.data;
            }
            else
                R[argA(ins)].p = nullptr, R[argA(ins) + 1].p = nullptr;
            NEXT();
        }
        CASE(Panic):
        {
            GoIface v{RA.cp, R[argA(ins) + 1]};
            F->pc = pc;
            // panic(nil) prints "panic: nil" as Go 1.19 does (1.21 made it a *runtime.PanicNilError).
            panicValue(g, v, false);
            goto unwind;
        }
        CASE(PanicMsg): PANIC_RT(std::string(reinterpret_cast<const char*>(module->strings[argB(ins)].ptr),
                                                size_t(module->strings[argB(ins)].len)));
        CASE(Go):
        {
            // The closure (function value and evaluated arguments) is the new goroutine's first
            // frame; like Go's newproc it runs next, once this goroutine blocks or yields.
            void* clo = RA.p;
            NILCHECK(clo);
            Goroutine* ng = newGoroutine(static_cast<Closure*>(clo)->fn, clo);
            if (!ng)
                FATAL_HERE("runtime: out of memory");
            ng->createdBy = F->fn;
            ng->createdAt = pc > 0 ? pc - 1 : 0;
            start(ng);
            NEXT();
        }
        CASE(MakeChan):
        {
            const TypeDesc* t = module->typeTable[argB(ins)];
            const int64_t size = RC.i;
            if (size < 0 || uint64_t(size) > (uint64_t(1) << 40) / std::max<uint32_t>(t->elem->slots, 1)) [[unlikely]]
                PANIC_PLAIN("makechan: size out of range");
            ALLOC_SAFEPOINT();
            ChanObject* c = makeChan(t, size);
            if (!c)
                return ExecResult::Exit;
            RA.p = c;
            NEXT();
        }
        CASE(Send):
        {
            if (g.wake != WakeState::None)
            {
                // Resumed: a receiver took the value, or the channel was closed under us.
                const WakeState w = g.wake;
                g.wake = WakeState::None;
                g.waiters.clear();
                if (w == WakeState::Closed)
                    PANIC_PLAIN("send on closed channel");
                NEXT();
            }
            ChanObject* c = static_cast<ChanObject*>(RA.p);
            if (!c)
            {
                park(g, "chan send (nil chan)");
                PARK();
            }
            g.waiters.clear();
            const ChanResult r = chanSend(g, c, &RB);
            if (r == ChanResult::Closed)
                PANIC_PLAIN("send on closed channel");
            if (r == ChanResult::Park)
                PARK();
            NEXT();
        }
        CASE(Recv):
        {
            Slot* dest = argA(ins) == kNoReg ? nullptr : &RA;
            Slot* ok = argC(ins) == kNoReg ? nullptr : &RC;
            if (g.wake != WakeState::None)
            {
                // Resumed: the sender (or close) already wrote the value and ok.
                g.wake = WakeState::None;
                g.waiters.clear();
                NEXT();
            }
            ChanObject* c = static_cast<ChanObject*>(RB.p);
            if (!c)
            {
                park(g, "chan receive (nil chan)");
                PARK();
            }
            g.waiters.clear();
            if (chanRecv(g, c, dest, ok) == ChanResult::Park)
                PARK();
            NEXT();
        }
        CASE(Close):
        {
            ChanObject* c = static_cast<ChanObject*>(RA.p);
            if (!c)
                PANIC_PLAIN("close of nil channel");
            if (!chanClose(c))
                PANIC_PLAIN("close of closed channel");
            NEXT();
        }
        CASE(ChanLen): RA.i = chanLen(static_cast<ChanObject*>(RB.p)); NEXT();
        CASE(ChanCap): RA.i = RB.p ? static_cast<ChanObject*>(RB.p)->cap : 0; NEXT();
        CASE(Select):
        {
            const uint32_t n = argB(ins);
            if (g.wake != WakeState::None)
            {
                // Resumed: a partner completed case selectCase; take the other waiters back.
                const WakeState w = g.wake;
                g.wake = WakeState::None;
                selectDequeue(g);
                g.waiters.clear();
                pc += n;
                if (w == WakeState::Closed)
                    PANIC_PLAIN("send on closed channel");
                RA.i = g.selectCase;
                NEXT();
            }
            g.waiters.clear();
            g.waiters.resize(n);
            for (uint32_t i = 0; i < n; i++)
            {
                const uint64_t word = code[pc + i];
                ChannelWaiter& w = g.waiters[i];
                w.g = &g;
                w.isSend = word & 1;
                w.chan = static_cast<ChanObject*>(R[uint16_t(word >> 16)].p);
                const uint32_t vr = uint16_t(word >> 32), okr = uint16_t(word >> 48);
                w.data = vr == kNoReg ? nullptr : &R[vr];
                w.okSlot = okr == kNoReg ? nullptr : &R[okr];
                w.caseIndex = int32_t(i);
            }
            const int chosen = chanSelect(g, n, argC(ins) & 1);
            if (chosen == -1)
                PARK();
            g.waiters.clear();
            pc += n;
            if (chosen == -3)
                PANIC_PLAIN("send on closed channel");
            RA.i = chosen == -2 ? -1 : chosen;
            NEXT();
        }

        CASE(Print):
        {
            {
                std::string s;
                if (argC(ins) & 1)
                    s += ' ';
                if (argC(ins) & 2)
                    s += '\n';
                else
                    printValue(module->typeTable[argB(ins)], &RA, s);
                std::lock_guard lock(outMu);
                flushOutLocked();
                writeErr(s);
            }
            NEXT();
        }
        default: fatal("internal error: bad opcode"); return ExecResult::Exit;
        }

    unwind:
        // Run the deferred calls of the panicking goroutine's frames, innermost first. The frames
        // stay on the stack while they run (Go's panic runs them on top of the panicking frames,
        // so runtime.Caller and Callers in a deferred call see where the panic happened); a
        // recovery pops them (Return, kFrameDeferPanic), and so does running out of deferred calls.
        for (;;)
        {
            if (exiting.load(std::memory_order_relaxed))
                return ExecResult::Exit;
            if (g.frames.size() <= stopDepth)
                return ExecResult::Panicked;
            // The topmost frame with a deferred call left owns g.deferStack.back().
            size_t owner = g.frames.size();
            const size_t top = std::min(g.frames.size(), unwindTop);
            unwindTop = SIZE_MAX;
            for (size_t i = top; i-- > stopDepth;)
                if (g.deferStack.size() > g.frames[i].deferBase)
                {
                    owner = i;
                    break;
                }
            if (owner < g.frames.size())
            {
                void* d = g.deferStack.back();
                g.deferStack.pop_back();
                const Function* fn = static_cast<Closure*>(d)->fn;
                if (!pushFrame(*this, g, fn, d, nullptr, 0, 0, 0, 0, kFrameDeferPanic))
                {
                    stackOverflow(&g);
                    return ExecResult::Exit;
                }
                g.frames.back().deferOwner = uint32_t(owner);
                // The deferred call runs as ordinary code (its natives and panics work as
                // anywhere); its Return resumes the unwinding unless it recovered.
                g.panicking = false;
                reload();
                break;
            }
            g.frames.resize(stopDepth);
            if (!g.frames.empty())
                return ExecResult::Panicked;
            if (g.printingPanic)
                return ExecResult::Panicked; // to formatPanicValue, which reports it
            {
                // runtime.Goexit ran every deferred call: the goroutine ends normally, also when
                // a deferred call recovered a panic and then called Goexit (the recovered panic
                // is over: Go drops it).
                if (g.goexiting && std::all_of(g.panics.begin(), g.panics.end(),
                                               [](const PanicRecord& p) { return p.recovered; }))
                {
                    g.panics.clear();
                    return ExecResult::Done;
                }
                reportPanic(g);
                return ExecResult::Panicked;
            }
        }
    }
}

} // namespace weft
