// A host thread running its own call (runtime/HostThread.h): Go's cgocallback and exitsyscall,
// where a thread calling into Go takes an idle P and runs the goroutine itself.
//
// A call from the host is a goroutine. Queued for the pool (Runtime::hostCallWait), it costs two
// thread wake-ups: an idle worker's, and the host's when it returns. When a worker is asleep,
// the host thread borrows it instead and runs the goroutine on its own stack:
//  - Borrowing (schedMu held): an active worker asleep in findRunnable becomes `lent`; it counts
//    as running (nrunning, not nidle), so collections wait for the host thread at its
//    safepoints and the deadlock check never sees it idle. Its own thread stays asleep: it waits
//    while the worker is lent, even as the program ends (Scheduler.cpp), so only one thread ever
//    touches the worker's unguarded fields.
//  - Running: the host thread is a machine (not on `machines`: the pool never hands it a worker
//    unasked) holding a worker, like any pool thread: what the call readies or starts goes to that worker's queue,
//    its allocations to that worker's cache, and a callback that parks hands the worker on and
//    waits for one (Machine.cpp; a lent worker goes back to its own thread then).
//  - A goroutine that parks, or that is preempted while others wait, goes on in the pool as a
//    queued host call would: the call is linked to it (g.hostCall, hostCalls) before it can be
//    found, and the worker that sees it return copies the results.
//  - Giving back (schedMu held): a lent worker sleeps on if nothing is left for it, without its
//    thread waking; else its thread is woken and looks. A worker handed to this thread by a
//    locked goroutine's taker goes to an idle thread (startMachineLocked).
//  - pendingHostCalls counts the call once it migrates (until the pool's worker or the end
//    takes it off), or while a callback of it parks on this thread (Machine.cpp), so an idle
//    pool with the call waiting is a deadlock, reported as for a queued call. Otherwise the
//    call's worker runs, and no check can find the pool idle.
//
// Keeping the worker between calls (Go's P left in _Psyscall, taken back by exitsyscallfast):
// a host thread that calls again and again would take schedMu twice a call. Instead, when its
// call ends with nothing left for the worker, it keeps it: Worker::kept set, still lent and
// counted running, its thread still asleep; its next call takes it back with one CAS. Anyone
// who needs the worker reclaims it under schedMu with the same CAS (reclaimKeptLocked: it
// becomes an ordinary sleeping worker), so a kept worker is never lost:
//  - wakers with work (wakeIdle, timerAdded) and every search for a sleeping worker take a kept
//    one when none sleeps (sleepingWorkerLocked); wakeAll (the end, GOMAXPROCS) takes them all;
//  - a collection takes them all after setting gcWaiting; a host that took its worker back
//    first is counted running, so the collection waits for it at its first safepoint;
//  - the deadlock check counts kept workers as idle (allIdleLocked), and takes them before it
//    reports.
// Lost wake-ups, as in Scheduler.cpp: the host publishes `kept` and then reads the queues,
// timers, gcWaiting, exiting and pendingHostCalls; each waker publishes its change and then reads
// `kept` (seq_cst all). One sees the other: the host takes the worker back and gives it back the
// slow way, or the waker reclaims it.
#include "runtime/HostThread.h"
#include "runtime/Worker.h"

#include <algorithm>
#include <chrono>
#include <memory>

namespace weft {

using detail::setCurrentWorker;
using detail::tCurrentMachine;
using detail::tCurrentWorker;

uint64_t Runtime::nextSerial()
{
    static std::atomic<uint64_t> last{0};
    return last.fetch_add(1, std::memory_order_relaxed) + 1;
}

bool Runtime::reclaimKeptLocked(Worker& w)
{
    bool kept = true;
    if (!w.kept.compare_exchange_strong(kept, false, std::memory_order_seq_cst))
        return false;
    // As giveBackWorkerLocked, with its thread left asleep: the caller wakes it if it must.
    w.lent = false;
    nrunning--;
    if (gcWaiting.load(std::memory_order_relaxed))
        worldCv.notify_all();
    w.sleeping = true;
    nidle.fetch_add(1, std::memory_order_seq_cst);
    return true;
}

void Runtime::reclaimAllKeptLocked()
{
    if (!hostKeeps.load(std::memory_order_seq_cst))
        return;
    for (auto& w : workers)
        if (reclaimKeptLocked(*w))
            w->wake.notify_one(); // it may become the timer waiter
}

bool Runtime::anyKept() const
{
    if (!hostKeeps.load(std::memory_order_seq_cst))
        return false;
    for (const auto& w : workers)
        if (w->kept.load(std::memory_order_seq_cst))
            return true;
    return false;
}

bool Runtime::allIdleLocked() const
{
    int idle = nidle.load(std::memory_order_seq_cst);
    if (hostKeeps.load(std::memory_order_seq_cst))
        for (const auto& w : workers)
            idle += w->kept.load(std::memory_order_seq_cst);
    return idle == int(workers.size());
}

Worker* Runtime::borrowWorkerLocked()
{
    if (exiting.load(std::memory_order_relaxed) || gcWaiting.load(std::memory_order_relaxed))
        return nullptr;
    // Not the timer waiter if another sleeps: its timers would wait for the call.
    const int active = activeWorkers();
    Worker* w = nullptr;
    for (auto& c : workers)
        if (c->sleeping && c->id < active && (!w || w == timerWaiter))
            w = c.get();
    if (!w)
    {
        // One another host thread keeps: it takes the next free one, or queues its call.
        for (auto& c : workers)
            if (c->id < active && reclaimKeptLocked(*c))
            {
                w = c.get();
                break;
            }
        if (!w)
            return nullptr;
    }
    w->sleeping = false;
    w->lent = true;
    // nidle is written under schedMu only, and a decrement publishes nothing a sleeper must see
    // ("lost wake-ups" is about increments): no read-modify-write needed.
    nidle.store(nidle.load(std::memory_order_relaxed) - 1, std::memory_order_relaxed);
    nrunning++;
    if (timerWaiter == w)
    {
        timerWaiter = nullptr;
        if (Worker* o = sleepingWorkerLocked())
            o->wake.notify_one(); // takes the timers over
    }
    return w;
}

void Runtime::giveBackWorkerLocked(Worker* w, std::unique_lock<std::mutex>& lock)
{
    if (!w->lent)
    {
        if (!startMachineLocked(w, lock))
        {
            nrunning--; // the program is ending: w is left unused
            worldCv.notify_all();
        }
        return;
    }
    w->lent = false;
    nrunning--;
    if (gcWaiting.load(std::memory_order_relaxed))
        worldCv.notify_all();
    // Published, then checked, as findRunnable does before it sleeps ("lost wake-ups").
    nidle.fetch_add(1, std::memory_order_seq_cst);
    const bool look = exiting.load(std::memory_order_relaxed) || w->id >= activeWorkers() || w->runq.next ||
                      anyStealable() || timerDue() || (pendingHostCalls > 0 && allIdleLocked());
    if (!look)
    {
        w->sleeping = true;
        if (!timerWaiter && nextTimerWhen.load(std::memory_order_seq_cst) != INT64_MAX)
            w->wake.notify_one(); // its thread becomes the timer waiter again
        return;
    }
    // Its thread runs it: what the call left, a timer, the end, or the deadlock check.
    nidle.fetch_sub(1, std::memory_order_seq_cst);
    w->wake.notify_one();
}

namespace {
// A host thread's machine, kept for its next call: a call makes none (nested calls, into another
// interpreter from a host function, make their own).
thread_local std::unique_ptr<Machine> tSpareMachine;

// The worker this thread kept at the end of its last call, and whose it is: the runtime's
// address and serial (the runtime may be gone; the worker is touched only if both match).
struct KeptWorker
{
    const Runtime* rt = nullptr;
    uint64_t serial = 0;
    Worker* w = nullptr;
};
constinit thread_local KeptWorker tKept;

bool nothingFor(Runtime& rt, Worker& w)
{
    return !rt.exiting.load(std::memory_order_seq_cst) && !rt.gcWaiting.load(std::memory_order_seq_cst) &&
           w.id < rt.activeWorkers() && !rt.anyStealable() && !rt.timerDue() &&
           // A timer needs a sleeping worker to wait for it (the timer waiter; one that goes on to
           // run something hands the timers on, reclaiming a kept worker if none sleeps).
           (rt.nextTimerWhen.load(std::memory_order_seq_cst) == INT64_MAX ||
            rt.timerWaiter.load(std::memory_order_seq_cst) != nullptr) &&
           // A call waiting in an idle pool may be deadlocked: the slow way looks.
           rt.pendingHostCalls.load(std::memory_order_seq_cst) == 0;
}
} // namespace

Worker* HostThread::takeKept()
{
    Runtime& rt = rt_;
    KeptWorker k = tKept;
    if (k.rt != &rt || k.serial != rt.serial)
        return nullptr;
    tKept = {};
    bool kept = true;
    if (!k.w->kept.compare_exchange_strong(kept, false, std::memory_order_seq_cst))
        return nullptr; // reclaimed: an ordinary sleeping worker now
    // Lent and counted running all along: ours again, unless the world stops or the end came.
    if (rt.exiting.load(std::memory_order_seq_cst) || rt.gcWaiting.load(std::memory_order_seq_cst))
    {
        std::unique_lock lock(rt.schedMu);
        rt.giveBackWorkerLocked(k.w, lock);
        return nullptr;
    }
    return k.w;
}

bool HostThread::keep(Worker& w)
{
    Runtime& rt = rt_;
    if (!w.lent || w.runq.next || !w.runq.empty())
        return false;
    if (!rt.hostKeeps.load(std::memory_order_relaxed))
        rt.hostKeeps.store(true, std::memory_order_seq_cst);
    w.kept.store(true, std::memory_order_seq_cst);
    // Published, then checked (lost wake-ups): what is there is looked at the slow way.
    if (!nothingFor(rt, w))
    {
        bool kept = true;
        if (w.kept.compare_exchange_strong(kept, false, std::memory_order_seq_cst))
            return false;
        return true; // reclaimed by whoever saw it: theirs now
    }
    tKept = {&rt, rt.serial, &w};
    return true;
}

HostThread::HostThread(Runtime& rt)
    : rt_(rt), previousMachine_(tCurrentMachine), previousWorker_(tCurrentWorker)
{
    // Already on one of this runtime's workers: not a host thread's call.
    if (previousWorker_ && &previousWorker_->rt == &rt)
        return;
    Worker* w = takeKept();
    if (!w)
    {
        if (rt.nidle.load(std::memory_order_relaxed) == 0 && !rt.anyKept())
            return;
        std::lock_guard lock(rt.schedMu);
        w = rt.borrowWorkerLocked();
        if (!w)
            return;
    }
    borrowed_ = true;
    machine_ = tSpareMachine ? tSpareMachine.release() : new Machine(-1);
    detail::setCurrentMachine(machine_);
    setCurrentWorker(w);
}

HostThread::~HostThread()
{
    if (!borrowed_)
        return;
    Worker* w = tCurrentWorker;
    const bool holds = w && &w->rt == &rt_; // (not after migrating, or unwinding at the end)
    if (!holds || !keep(*w))
    {
        std::unique_lock lock(rt_.schedMu);
        if (holds)
            rt_.giveBackWorkerLocked(w, lock);
        else if (machine_->exitCache)
        {
            // It unwound a callback without a worker as the program ended (counted running).
            rt_.nrunning--;
            rt_.worldCv.notify_all();
        }
    }
    machine_->exitCache.reset();
    machine_->handoff = nullptr;
    if (tSpareMachine)
        delete machine_;
    else
        tSpareMachine.reset(machine_);
    detail::setCurrentMachine(previousMachine_);
    setCurrentWorker(previousWorker_);
}

bool HostThread::run(G* g, HostCall& call, int64_t deadline)
{
    Runtime& rt = rt_;
    for (;;)
    {
        // Re-read every slice: a callback that parked may have come back with another worker.
        Worker* const w = tCurrentWorker;
        if (!w || &w->rt != &rt)
            return false; // it unwound without one: the program ended
        g->status.store(GStatus::Running, std::memory_order_relaxed);
        g->worker = w;
        if (g->wake == WakeState::Resumed)
            g->wake = WakeState::None;
        w->running = g;
        const ExecResult r = rt.exec.runSlice(*g);
        if (Worker* now = tCurrentWorker)
            now->running = nullptr;
        if (rt.outPending.load(std::memory_order_acquire))
            rt.flushOut();
        switch (r)
        {
        case ExecResult::Done:
            if (!g->goexiting)
                rt.exec.copyResults(*g, call.results, call.resultSlots);
            g->status.store(GStatus::Dead, std::memory_order_relaxed);
            rt.freeGoroutine(g);
            return true;
        case ExecResult::Panicked:
        case ExecResult::Exit: rt.wakeAll(); return false;
        case ExecResult::Yield:
            if (rt.exiting.load(std::memory_order_acquire))
                return false; // (a time slice does not look for the end as it starts)
            if (deadline != 0 && std::chrono::duration_cast<std::chrono::nanoseconds>(
                                     std::chrono::steady_clock::now().time_since_epoch())
                                         .count() > deadline)
                rt.interrupt(); // its next slice ends at once
            if (rt.timerDue())
                rt.pollTimers(*w);
            if (!w->runq.next && w->runq.empty() && rt.globalSize.load(std::memory_order_seq_cst) == 0)
                continue; // nothing else to run here
            if (othersTakeOver(*w))
                continue;
            migrate(g, call, false);
            return rt.waitHostCall(call, deadline);
        case ExecResult::Parked:
            if (!migrate(g, call, true))
                continue; // woken before it left
            return rt.waitHostCall(call, deadline);
        }
    }
}

bool HostThread::othersTakeOver(Worker& w)
{
    Runtime& rt = rt_;
    // runnext is never stolen: it goes to the ring (and runqPut wakes an idle worker for it).
    if (G* next = w.runq.next)
    {
        w.runq.next = nullptr;
        rt.runqPut(w, next, false);
    }
    // A worker that sleeps is woken to take them. (One woken by runqPut just now is not seen
    // here: the call then makes way, which costs time, not progress.)
    std::lock_guard lock(rt.schedMu);
    Worker* o = rt.sleepingWorkerLocked();
    if (!o)
        return false;
    o->sleeping = false;
    rt.nidle.fetch_sub(1, std::memory_order_seq_cst);
    o->wake.notify_one();
    return true;
}

bool HostThread::migrate(G* g, HostCall& call, bool parked)
{
    Runtime& rt = rt_;
    std::unique_lock lock(rt.schedMu);
    call.g = g;
    call.state = HostCall::State::Waiting;
    if (!call.wait)
        call.wait = std::make_unique<HostCallWait>();
    g->hostCall = &call;
    if (parked)
    {
        GStatus s = GStatus::Parking;
        if (!g->status.compare_exchange_strong(s, GStatus::Waiting, std::memory_order_acq_rel))
        {
            g->hostCall = nullptr;
            return false;
        }
    }
    else
        g->status.store(GStatus::Runnable, std::memory_order_relaxed);
    rt.hostCalls.push_back(&call);
    rt.pendingHostCalls++;
    if (!parked)
        rt.globalPut(g, g, 1);
    migrated_ = true;
    rt.giveBackWorkerLocked(tCurrentWorker, lock);
    setCurrentWorker(nullptr);
    return true;
}

} // namespace weft
