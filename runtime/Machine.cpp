// Threads (Go's M) and goroutines locked to them while parked inside a callback; runtime/Machine.h
// describes the scheme, docs/design.md why it was chosen.
//
// Invariants (every handoff is made under schedMu):
//  - A worker is held by one thread, or is in flight in one Machine::handoff, which its
//    receiver takes. Only its holder touches the worker's unguarded fields (tCurrentWorker).
//  - nrunning counts the holders that run (not asleep in findRunnable, stopped for a collection
//    or blocked in a native), plus threads unwinding a callback without a worker after the
//    program ended. A handoff moves the count from the giver to the receiver.
//  - A thread waiting for a worker (idle, or its goroutine parked in a callback) holds none and
//    touches no heap memory, so collections and the deadlock check need not count it: the
//    parked goroutine's frames, the nested ones too, are in its stack like any parked
//    goroutine's, and the natives below the callback already allow a collection during it
//    (vm/NativeContext.h).
//  - g.lockedTo is set by g's thread before g can be found (Waiting, or queued) and cleared by
//    that thread when it runs g again; a locked goroutine is never executed by another thread.
//  - g is findable before its thread gives its worker away (the deadlock check counts sleeping
//    workers only), so that thread may be handed a worker while it still holds one: it gives
//    its own away first, then takes the other.
// Lock order: schedMu is taken inside every lock but globalMu (ready() runs under channel locks
// and semaMu), so nothing here takes another lock while holding it (a thread that could not be
// made is reported after releasing it).
#include "runtime/Worker.h"

#include <algorithm>

namespace weft {

namespace detail {
constinit thread_local Machine* tCurrentMachine = nullptr;
void setCurrentMachine(Machine* m) { tCurrentMachine = m; }
} // namespace detail

using detail::tCurrentMachine;
using detail::setCurrentWorker;
using detail::tCurrentWorker;

bool Runtime::startMachineLocked(Worker* w, std::unique_lock<std::mutex>& lock)
{
    if (exiting.load(std::memory_order_acquire))
        return false;
    if (!idleMachines.empty())
    {
        Machine* m = idleMachines.back();
        idleMachines.pop_back();
        m->idle = false;
        m->handoff = w;
        m->cv.notify_one();
        return true;
    }
    const char* failure = nullptr;
    if (machines.size() >= kMaxMachines)
        failure = "runtime: program exceeds 10000-thread limit\nfatal error: thread exhaustion\n";
    else
    {
        // Started under schedMu: schedule() reads the thread's handle once it has finished.
        Machine* m = machines.emplace_back(std::make_unique<Machine>(int(machines.size()))).get();
        if (m->thread.start([this, m, w] { threadMain(*m, w); }))
            return true;
        machines.pop_back();
        failure = "runtime: failed to create new OS thread\nfatal error: newosproc\n";
    }
    lock.unlock();
    reportNoThread(failure);
    lock.lock();
    wakeAllLocked();
    return false;
}

void Runtime::reportNoThread(const char* text)
{
    std::lock_guard out(outMu);
    if (beginExitLocked(2))
    {
        flushOutLocked();
        writeReport(text);
    }
}

// A thread of the pool: runs its worker's goroutines; when it gives the worker to a locked
// goroutine's thread it waits, idle, for another. The last owner of an interpreter whose
// Interpreter is gone frees it (a thread detached while blocked in a native).
void Runtime::threadMain(Machine& m, Worker* w)
{
    machineMain(m, w);
    bool wasDetached;
    {
        std::lock_guard lock(schedMu);
        wasDetached = m.detached;
    }
    if (wasDetached && references.fetch_sub(1, std::memory_order_acq_rel) == 1)
        delete this;
}

void Runtime::machineMain(Machine& m, Worker* w)
{
    Machine* const previousM = tCurrentMachine;
    Worker* const previousW = tCurrentWorker;
    tCurrentMachine = &m;
    setCurrentWorker(w);
    bool counted = true; // in nrunning: holds a worker, or unwound a callback without one
    while (workerLoop() == LoopEnd::HandedOff)
    {
        setCurrentWorker(waitIdle(m));
        if (!tCurrentWorker)
        {
            counted = false;
            break;
        }
    }
    m.exitCache.reset();
    {
        std::lock_guard lock(schedMu);
        if (counted)
            nrunning--;
        m.finished = true;
        worldCv.notify_all();
    }
    tCurrentMachine = previousM;
    setCurrentWorker(previousW);
}

Worker* Runtime::waitIdle(Machine& m)
{
    std::unique_lock lock(schedMu);
    m.idle = true;
    idleMachines.push_back(&m);
    while (!m.handoff && !exiting.load(std::memory_order_acquire))
        m.cv.wait(lock);
    if (m.idle)
    {
        idleMachines.erase(std::find(idleMachines.begin(), idleMachines.end(), &m));
        m.idle = false;
    }
    // A worker handed over as the program ends is still run: its loop sees the end and leaves.
    Worker* w = m.handoff;
    m.handoff = nullptr;
    return w;
}

void Runtime::handOffLocked(Worker& w, G* g)
{
    Machine* m = g->lockedTo;
    m->handoff = &w;
    m->cv.notify_one();
}

bool Runtime::parkInCallback(G& g) { return releaseAndWait(g, true); }

bool Runtime::yieldInCallback(G& g)
{
    if (exiting.load(std::memory_order_relaxed))
        return false;
    // Nothing else could run on this worker: go on (a due timer is fired by findRunnable).
    const Worker* w = tCurrentWorker;
    if (w && !w->runq.next && w->runq.empty() && globalSize.load(std::memory_order_relaxed) == 0 && !timerDue())
        return true;
    return releaseAndWait(g, false);
}

bool Runtime::releaseAndWait(G& g, bool parked)
{
    Machine* m = tCurrentMachine;
    Worker* w = tCurrentWorker;
    if (!m || !w || &w->rt != this)
    {
        fatal("not supported in weft: blocking in a callback on a thread that is not a worker");
        return false;
    }
    if (outPending.load(std::memory_order_acquire))
        flushOut();
    // g becomes findable (Waiting, or queued) while this thread still holds w: a worker never
    // sleeps with a goroutine hidden on a thread that holds none, or the deadlock check could
    // see every worker asleep while g is runnable. Its taker may then hand this thread a worker
    // before w is given away; it is taken below, after.
    g.lockedTo = m;
    if (parked)
    {
        GStatus s = GStatus::Parking;
        if (!g.status.compare_exchange_strong(s, GStatus::Waiting, std::memory_order_acq_rel))
        {
            // Woken before it left: it goes on here.
            g.lockedTo = nullptr;
            g.status.store(GStatus::Running, std::memory_order_relaxed);
            if (g.wake == WakeState::Resumed)
                g.wake = WakeState::None;
            return true;
        }
    }
    else
    {
        g.status.store(GStatus::Runnable, std::memory_order_relaxed);
        globalPutOne(&g);
    }
    // A host thread (HostThread.cpp) is not on `machines`: it is woken at the end through
    // hostMachines. Its call now waits for the pool, as a migrated call does: counted in
    // pendingHostCalls, so that an idle pool with it waiting is a deadlock.
    const bool host = m->id < 0;
    {
        std::unique_lock lock(schedMu);
        if (host)
            pendingHostCalls++;
        if (w->lent)
            giveBackWorkerLocked(w, lock); // (a host thread's: HostThread.cpp)
        else if (!startMachineLocked(w, lock))
        {
            // The program is ending: unwind, still holding w. A worker already handed here is
            // never run: its count leaves with it (its giver saw no end, so none comes later).
            if (m->handoff)
            {
                m->handoff = nullptr;
                nrunning--;
            }
            if (host)
                pendingHostCalls--;
            return false;
        }
    }
    // From here this thread holds no worker until one is handed to it.
    setCurrentWorker(nullptr);
    std::unique_lock lock(schedMu);
    if (host)
        hostMachines.push_back(m);
    while (!m->handoff && !exiting.load(std::memory_order_acquire))
        m->cv.wait(lock);
    if (host)
    {
        hostMachines.erase(std::find(hostMachines.begin(), hostMachines.end(), m));
        pendingHostCalls--;
    }
    if (Worker* nw = m->handoff)
    {
        m->handoff = nullptr;
        lock.unlock();
        setCurrentWorker(nw);
        nw->running = &g;
        g.lockedTo = nullptr;
        g.worker = nw;
        g.status.store(GStatus::Running, std::memory_order_relaxed);
        if (g.wake == WakeState::Resumed)
            g.wake = WakeState::None;
        return true;
    }
    // The program ended while g waited. The natives below the callback unwind without a worker,
    // counted as running so that no collection frees what they hold, with a heap cache of
    // their own.
    worldCv.wait(lock, [&] { return !gcWaiting.load(std::memory_order_relaxed); });
    nrunning++;
    lock.unlock();
    m->exitCache.emplace(heap);
    return false;
}

} // namespace weft
