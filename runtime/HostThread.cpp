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
//  - pendingHostCalls counts the call from borrowing to its return (or, once migrated, until
//    the pool's worker or the end takes it off), so an idle pool with the call parked is a
//    deadlock, reported as for a queued call.
#include "runtime/HostThread.h"
#include "runtime/Worker.h"

#include <algorithm>
#include <chrono>
#include <memory>

namespace weft {

using detail::setCurrentWorker;
using detail::tCurrentMachine;
using detail::tCurrentWorker;

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
        return nullptr;
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
                      anyStealable() || timerDue() ||
                      (nidle.load(std::memory_order_seq_cst) == int(workers.size()) && pendingHostCalls > 0);
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
} // namespace

HostThread::HostThread(Runtime& rt)
    : rt_(rt), previousMachine_(tCurrentMachine), previousWorker_(tCurrentWorker)
{
    // Already on one of this runtime's workers: not a host thread's call.
    if ((previousWorker_ && &previousWorker_->rt == &rt) || rt.nidle.load(std::memory_order_relaxed) == 0)
        return;
    Worker* w;
    {
        std::lock_guard lock(rt.schedMu);
        w = rt.borrowWorkerLocked();
        if (!w)
            return;
        borrowed_ = true;
        rt.pendingHostCalls++;
    }
    machine_ = tSpareMachine ? tSpareMachine.release() : new Machine(-1);
    detail::setCurrentMachine(machine_);
    setCurrentWorker(w);
}

HostThread::~HostThread()
{
    if (!borrowed_)
        return;
    {
        std::unique_lock lock(rt_.schedMu);
        if (!migrated_)
            rt_.pendingHostCalls--;
        if (Worker* w = tCurrentWorker; w && &w->rt == &rt_)
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
        if (rt.outPending.load(std::memory_order_relaxed))
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
        call.wait.emplace();
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
    if (!parked)
        rt.globalPut(g, g, 1);
    migrated_ = true;
    rt.giveBackWorkerLocked(tCurrentWorker, lock);
    setCurrentWorker(nullptr);
    return true;
}

} // namespace weft
