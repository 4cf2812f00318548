#pragma once
// A test executor: the runtime (runtime/Runtime.h) running goroutines that are C++ step functions
// instead of bytecode, through the seam the interpreter implements (runtime/Executor.h) and with
// its protocol: goroutines are made as vm/Goroutines.cpp makes them (reuseGoroutine,
// addGoroutine), the program starts as Interpreter::run starts it (makeWorkers, a main goroutine
// in worker 0's runnext, schedule), and channel operations park and complete as the Send, Recv
// and Select instructions of vm/Execute.cpp do (the operation runs again once woken and finds
// g.wake set).
#include "runtime/Runtime.h"
#include "runtime/Worker.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace weft::test {

// A goroutine: `step` runs one time slice and returns how it ended. Where it is (pc), a counter
// (n) and its registers (regs: channel values, heap pointers, receive destinations) stay in the
// object, which does not move: a partner writes a received value through a pointer into regs
// while the goroutine is parked. Every regs word is a root (scanned conservatively).
struct TestG : G
{
    std::function<ExecResult(TestG&)> step;
    std::string name;
    int pc = 0;
    int64_t n = 0;
    Slot regs[6] = {};
};

using Step = std::function<ExecResult(TestG&)>;

// One case of selectOp: a send of *data, or a receive into *data (and *ok).
struct SelectCase
{
    ChanObject* chan;
    bool isSend;
    Slot* data;
    Slot* ok = nullptr;
};

// GoroutineExecutor first: it is constructed before Runtime takes a reference to it.
class FakeExecutor final : public GoroutineExecutor, public Runtime
{
public:
    explicit FakeExecutor(RuntimeConfig config = {}) : Runtime(std::move(config), *this) {}
    ~FakeExecutor() override
    {
        // Live and kept goroutines alike (the free lists hold goroutines that are on allg).
        while (G* g = allg)
        {
            allg = g->nextAll;
            delete static_cast<TestG*>(g);
        }
    }

    // Heap objects the test holds outside any goroutine (the interpreter's globals): roots.
    std::vector<void*> globals;
    std::atomic<int> made{0}, reused{0}, cleared{0}; // newGoroutine's objects; clearGoroutine calls

    // ---- the seam ----
    ExecResult runSlice(G& g) override
    {
        auto& t = static_cast<TestG&>(g);
        return t.step(t);
    }
    // Called with the world stopped: goroutines do not change, none is added.
    void scanRoots(GcRootVisitor& v) override
    {
        for (void* p : globals)
            v.pointer(p);
        for (G* gp = allg; gp; gp = gp->nextAll)
        {
            if (gp->status.load(std::memory_order_relaxed) == GStatus::Dead)
                continue;
            for (const Slot& s : static_cast<TestG*>(gp)->regs)
                v.pointer(s.p);
        }
    }
    // time.AfterFunc's func value: here a Step outside the heap (the collector ignores it).
    // Called with timerMu held: newGoroutine takes freeGsMu and allgMu, which the seam allows.
    G* goroutineFor(void* fn) override { return newGoroutine("afterFunc", *static_cast<const Step*>(fn)); }
    void clearGoroutine(G& g) override
    {
        auto& t = static_cast<TestG&>(g);
        t.step = nullptr;
        t.name.clear();
        t.pc = 0;
        t.n = 0;
        for (Slot& s : t.regs)
            s = Slot{};
        cleared.fetch_add(1, std::memory_order_relaxed);
    }
    void deleteGoroutine(G* g) override { delete static_cast<TestG*>(g); }
    std::string goroutineStack(const G& g) override
    {
        const auto& t = static_cast<const TestG&>(g);
        return "main." + t.name + "()\n\tstep " + std::to_string(t.pc) + "\n";
    }
    void startFinalizer() override {}
    void copyResults(const G& g, Slot* out, uint32_t n) override
    {
        const auto& tg = static_cast<const TestG&>(g);
        for (uint32_t i = 0; i < n && i < 6; i++)
            out[i] = tg.regs[i];
    }

    // ---- goroutines and the program ----
    // vm/Goroutines.cpp's newGoroutine: live, not queued.
    TestG* newGoroutine(std::string name, Step step)
    {
        G* old = reuseGoroutine();
        const bool fresh = old == nullptr;
        TestG* g = fresh ? new TestG() : static_cast<TestG*>(old);
        (fresh ? made : reused).fetch_add(1, std::memory_order_relaxed);
        g->name = std::move(name);
        g->step = std::move(step);
        g->status.store(GStatus::Runnable, std::memory_order_relaxed);
        addGoroutine(g, fresh);
        return g;
    }
    // The Go instruction: from a running goroutine, runs next on its worker; `arg` (a pointer
    // argument, set before it can run) is in regs[1].
    TestG* go(std::string name, Step step, void* arg = nullptr)
    {
        TestG* g = newGoroutine(std::move(name), std::move(step));
        g->regs[1].p = arg;
        start(g);
        return g;
    }
    // Interpreter::run: `procs` workers; the program ends when main returns, or deadlocks.
    int run(int procs, Step mainStep, uint64_t seed = 1)
    {
        makeWorkers(procs, seed);
        TestG* g = newGoroutine("main", std::move(mainStep));
        mainGoid = g->id;
        runqPut(*workers[0], g, true);
        const int code = schedule();
        flushOut();
        return code;
    }

    // ---- what the interpreter's instructions do ----
    // Send: Park means parked (the step returns ExecResult::Parked and calls this again when
    // woken); Closed is a send on a closed channel (before or while parked).
    ChanResult sendOp(TestG& g, ChanObject* c, Slot* value)
    {
        if (g.wake != WakeState::None)
        {
            const WakeState w = g.wake;
            g.wake = WakeState::None;
            g.waiters.clear();
            return w == WakeState::Closed ? ChanResult::Closed : ChanResult::Done;
        }
        g.waiters.clear();
        return chanSend(g, c, value);
    }
    // Recv: once Done, *dest and *ok hold the value (zero and 0 when closed).
    ChanResult recvOp(TestG& g, ChanObject* c, Slot* dest, Slot* ok = nullptr)
    {
        if (g.wake != WakeState::None)
        {
            g.wake = WakeState::None;
            g.waiters.clear();
            return ChanResult::Done;
        }
        g.waiters.clear();
        return chanRecv(g, c, dest, ok);
    }
    // Select: the chosen case, -1 parked (call again when woken), -2 the default case, -3 a send
    // on a closed channel.
    int selectOp(TestG& g, std::initializer_list<SelectCase> cases, bool hasDefault = false)
    {
        if (g.wake != WakeState::None)
        {
            const WakeState w = g.wake;
            g.wake = WakeState::None;
            selectDequeue(g);
            g.waiters.clear();
            return w == WakeState::Closed ? -3 : g.selectCase;
        }
        g.waiters.clear();
        g.waiters.resize(cases.size());
        int32_t i = 0;
        for (const SelectCase& sc : cases)
        {
            ChannelWaiter& w = g.waiters[size_t(i)];
            w.g = &g;
            w.chan = sc.chan;
            w.isSend = sc.isSend;
            w.data = sc.data;
            w.okSlot = sc.ok;
            w.caseIndex = i++;
        }
        const int chosen = chanSelect(g, cases.size(), hasDefault);
        if (chosen != -1)
            g.waiters.clear();
        return chosen;
    }
    // A native that may park (time.Sleep, sync's semacquire): true if g goes on, false if it
    // parked (the step returns ExecResult::Parked and resumes after the call when readied).
    bool sleepOp(TestG& g, int64_t ns)
    {
        sleep(g, ns);
        return g.status.load(std::memory_order_relaxed) == GStatus::Running;
    }
    bool semacquireOp(TestG& g, uint32_t* addr)
    {
        semacquire(g, addr, false, "semacquire");
        return g.status.load(std::memory_order_relaxed) == GStatus::Running;
    }
};

// A channel element of one scalar slot (an int), and one of one pointer slot (a *T): its
// buffer is traced.
inline const ChanElem* intElem()
{
    static const ChanElem e{};
    return &e;
}

inline const ChanElem* pointerElem()
{
    static const GcWordKind kWords[] = {GcWordKind::Pointer};
    static const GcLayout kLayout = *GcLayout::fromWords(kWords);
    static const ChanElem e{.slots = 1, .bufferLayout = &kLayout};
    return &e;
}

inline Slot intSlot(int64_t i)
{
    Slot s;
    s.i = i;
    return s;
}

} // namespace weft::test
