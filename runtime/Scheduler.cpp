// Goroutines and the scheduler: creation, run queues, parking and waking, idle workers, work
// stealing and the deadlock report. Go's runtime/proc.go is the model; the goroutine states are
// documented at GStatus (runtime/Goroutine.h), a worker's queue at RunQueue (Worker.h).
//
// Lost wake-ups. A worker that finds nothing to do goes to sleep; a worker that makes work
// (queues a goroutine others may steal) wakes a sleeper. The two race as Go's do, and are
// ordered the same way (proc.go, "Worker thread parking/unparking"): the maker publishes the
// work (RunQueue::size, a timer) and then reads nidle and nspinning; the sleeper increments
// nidle (or decrements nspinning) and then reads the queues again before it sleeps. All of these
// are seq_cst, so at least one side sees the other: the work is found or the sleeper is woken.
#include "runtime/Worker.h"

#include <sched.h>

#include <algorithm>
#include <chrono>

namespace weft {

namespace detail {
constinit thread_local Worker* tCurrentWorker = nullptr;
void setCurrentWorker(Worker* w) { tCurrentWorker = w; }
} // namespace detail

using detail::tCurrentWorker;

namespace {

int64_t nowNanos()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Rounds of stealing a worker makes before it sleeps (Go's spinning M): a goroutine readied on
// another worker a moment later is found without a sleep and a wake-up.
constexpr int kSpinRounds = 64;

} // namespace

int availableCpus()
{
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) == 0)
    {
        const int n = CPU_COUNT(&set);
        if (n > 0)
            return n;
    }
    return int(std::max(1u, std::thread::hardware_concurrency()));
}

HeapCache& Runtime::threadCache()
{
    Worker* w = tCurrentWorker;
    if (w && &w->rt == this)
        return w->cache;
    // A thread unwinding a callback without a worker after the program ended (Machine.cpp).
    if (Machine* m = detail::tCurrentMachine; m && m->exitCache && m->exitCache->heap() == &heap)
        return *m->exitCache;
    return cache;
}

// Go's gfget/gfput: a dead goroutine's object, with its vectors' memory, is kept for the next
// `go` on this worker; a worker with too many gives half to the shared list, and one with none
// takes a batch from it. As in Go, a kept goroutine stays on allg (status Dead, skipped by
// everything that walks the list), so neither its end nor its reuse takes allgMu.
constexpr size_t kLocalFreeGs = 64;
// The shared list's bound: a burst of a million goroutines does not keep a million objects.
constexpr size_t kSharedFreeGs = 4096;

G* Runtime::reuseGoroutine()
{
    Worker* w = tCurrentWorker;
    if (!w || &w->rt != this)
        return nullptr;
    if (w->freeGs.empty())
    {
        std::lock_guard lock(freeGsMu);
        const size_t n = std::min(freeGs.size(), kLocalFreeGs / 2);
        w->freeGs.insert(w->freeGs.end(), freeGs.end() - std::ptrdiff_t(n), freeGs.end());
        freeGs.resize(freeGs.size() - n);
    }
    if (w->freeGs.empty())
        return nullptr;
    G* g = w->freeGs.back();
    w->freeGs.pop_back();
    return g;
}

void Runtime::unlinkAndDelete(G* g)
{
    {
        std::lock_guard lock(allgMu);
        if (g->prevAll)
            g->prevAll->nextAll = g->nextAll;
        else
            allg = g->nextAll;
        if (g->nextAll)
            g->nextAll->prevAll = g->prevAll;
    }
    exec.deleteGoroutine(g);
}

namespace {
// A worker's own count: only its holder writes it.
void addLive(Worker& w, int64_t d)
{
    w.liveGoroutines.store(w.liveGoroutines.load(std::memory_order_relaxed) + d, std::memory_order_relaxed);
}
} // namespace

int64_t Runtime::numGoroutine() const
{
    int64_t n = goroutineCount.load(std::memory_order_relaxed);
    for (const auto& w : workers)
        n += w->liveGoroutines.load(std::memory_order_relaxed);
    return std::max<int64_t>(n, 1);
}

void Runtime::addGoroutine(G* g, bool fresh)
{
    if (Worker* w = tCurrentWorker; w && &w->rt == this)
    {
        if (w->goidNext == w->goidEnd)
        {
            w->goidNext = lastGoid.fetch_add(kGoidBatch, std::memory_order_relaxed) + 1;
            w->goidEnd = w->goidNext + kGoidBatch;
        }
        g->id = w->goidNext++;
        addLive(*w, 1);
    }
    else
    {
        g->id = lastGoid.fetch_add(1, std::memory_order_relaxed) + 1;
        goroutineCount.fetch_add(1, std::memory_order_relaxed);
    }
    g->status.store(GStatus::Runnable, std::memory_order_relaxed);
    if (fresh)
    {
        std::lock_guard lock(allgMu);
        g->nextAll = allg;
        if (allg)
            allg->prevAll = g;
        allg = g;
    }
}

void Runtime::discardGoroutine(G* g, bool fresh)
{
    if (fresh)
        exec.deleteGoroutine(g);
    else
        unlinkAndDelete(g);
}

void Runtime::freeGoroutine(G* g)
{
    Worker* const holder = tCurrentWorker;
    if (holder && &holder->rt == this)
        addLive(*holder, -1);
    else
        goroutineCount.fetch_sub(1, std::memory_order_relaxed);
    // Everything a new goroutine must not inherit; vectors keep their capacity.
    g->status.store(GStatus::Dead, std::memory_order_relaxed);
    g->wake = WakeState::None;
    g->waitReason = "";
    g->selectCase = -1;
    g->selectDone.store(false, std::memory_order_relaxed);
    g->worker = nullptr;
    g->nativeDepth = g->callbackDepth = 0;
    g->lockedTo = nullptr;
    g->gcRequested = g->yieldRequested = g->goexiting = g->runsFinalizer = false;
    g->waiters.clear();
    exec.clearGoroutine(*g);
    Worker* w = tCurrentWorker;
    if (!w || &w->rt != this)
    {
        unlinkAndDelete(g);
        return;
    }
    w->freeGs.push_back(g);
    if (w->freeGs.size() <= kLocalFreeGs)
        return;
    std::vector<G*> excess;
    {
        std::lock_guard lock(freeGsMu);
        for (size_t i = kLocalFreeGs / 2; i < w->freeGs.size(); i++)
            (freeGs.size() < kSharedFreeGs ? freeGs : excess).push_back(w->freeGs[i]);
    }
    w->freeGs.resize(kLocalFreeGs / 2);
    for (G* e : excess)
        unlinkAndDelete(e);
}

void Runtime::park(G& g, const char* reason)
{
    g.waitReason = reason;
    if (g.wake == WakeState::None)
        g.wake = WakeState::Parked;
    g.status.store(GStatus::Parking, std::memory_order_release);
}

// Go's goready, with the park handshake: a goroutine still on its way off its worker is left for
// that worker to queue.
void Runtime::ready(G* g)
{
    GStatus s = g->status.load(std::memory_order_acquire);
    for (;;)
    {
        if (s == GStatus::Parking)
        {
            if (g->status.compare_exchange_weak(s, GStatus::WokenEarly, std::memory_order_acq_rel))
                return;
        }
        else if (s == GStatus::Waiting)
        {
            if (g->status.compare_exchange_weak(s, GStatus::Runnable, std::memory_order_acq_rel))
                break;
        }
        else
            return; // not parked (cannot happen: a waiter is queued only while its goroutine parks)
    }
    queueHere(g);
}

void Runtime::start(G* g)
{
    g->status.store(GStatus::Runnable, std::memory_order_relaxed);
    queueHere(g);
}

// Runs g next on this thread's worker; from a thread that is not a worker (none does so today),
// at the tail of the global queue. A worker firing timers is busy for the rest of its round:
// what it readies goes to its ring, where an idle worker steals it (Go lets a thief take a busy
// P's runnext instead).
void Runtime::queueHere(G* g)
{
    Worker* w = tCurrentWorker;
    if (w && &w->rt == this)
        runqPut(*w, g, !w->firingTimers);
    else
        globalPutOne(g);
}

void Runtime::wakeIdle()
{
    if (nspinning.load(std::memory_order_seq_cst) != 0 || (nidle.load(std::memory_order_seq_cst) == 0 && !anyKept()))
        return;
    std::lock_guard lock(schedMu);
    if (Worker* w = sleepingWorkerLocked())
    {
        w->sleeping = false;
        nidle.fetch_sub(1, std::memory_order_seq_cst);
        w->wake.notify_one();
    }
}

Worker* Runtime::sleepingWorkerLocked()
{
    const int active = activeWorkers();
    for (auto& w : workers)
        if (w->sleeping && w->id < active)
            return w.get();
    // None: one a host thread keeps between calls, reclaimed (HostThread.cpp).
    if (hostKeeps.load(std::memory_order_seq_cst))
        for (auto& w : workers)
            if (w->id < active && reclaimKeptLocked(*w))
                return w.get();
    return nullptr;
}

// The first timer may now be due sooner than the sleeping worker that waits for timers wakes:
// it looks again (it stays asleep). With no such worker, a sleeping one becomes it. Running
// workers fire timers whenever they look for work, so with none asleep there is nothing to do
// (a worker that goes to sleep after the nidle read below reads the new nextTimerWhen: see
// "lost wake-ups").
void Runtime::timerAdded(int64_t when)
{
    if (nidle.load(std::memory_order_seq_cst) == 0 && !anyKept())
        return;
    std::lock_guard lock(schedMu);
    if (timerWaiter)
    {
        if (when < timerWaiterUntil)
            timerWaiter.load()->wake.notify_one();
    }
    else if (Worker* w = sleepingWorkerLocked())
        w->wake.notify_one();
}

void Runtime::wakeAll()
{
    std::lock_guard lock(schedMu);
    wakeAllLocked();
}

void Runtime::wakeAllLocked()
{
    reclaimAllKeptLocked();
    for (auto& w : workers)
        if (w->sleeping)
        {
            w->sleeping = false;
            nidle.fetch_sub(1, std::memory_order_seq_cst);
            w->wake.notify_one();
        }
    // Threads waiting for a worker see the end (an idle thread, or one whose goroutine waits
    // inside a callback).
    if (exiting.load(std::memory_order_relaxed))
    {
        for (auto& m : machines)
            m->cv.notify_one();
        for (Machine* m : hostMachines)
            m->cv.notify_one();
    }
    worldCv.notify_all();
}

// Go's findRunnable: the local queue, due timers, stealing (spinning a little), and then sleep
// until woken or the next timer. Returns null when the program is ending.
G* Runtime::findRunnable(Worker& w)
{
    // This worker left its sleep as the timer waiter: if it runs a goroutine now, another
    // sleeping worker takes the timers over (it finds no waiter when it looks), so that they fire
    // on time meanwhile; if it sleeps again, it waits for them again itself, with no extra wake.
    bool wasTimerWaiter = false;
    auto run = [&](G* g) {
        if (wasTimerWaiter && nextTimerWhen.load(std::memory_order_relaxed) != INT64_MAX)
        {
            std::lock_guard lock(schedMu);
            if (!timerWaiter)
                if (Worker* o = sleepingWorkerLocked())
                    o->wake.notify_one();
        }
        return g;
    };
    for (;;)
    {
        if (exiting.load(std::memory_order_acquire))
            return nullptr;
        if (gcWaiting.load(std::memory_order_relaxed))
            stopForWorld();
        const bool active = w.id < activeWorkers();
        if (active)
        {
            if (timerDue())
                pollTimers(w);
            if (G* g = runqGet(w))
                return run(g);
            if (G* g = globalGet(w, RunQueue::kSize))
                return run(g);
            // Spinning pays off while another worker runs goroutines (it may ready one in a
            // moment). With the others asleep or looking too, one round will do (Go's stealWork
            // makes four quick passes): a timer firing on an idle pool then costs no yields.
            const int othersBusy = int(workers.size()) - 1 - nidle.load(std::memory_order_relaxed) -
                                   nspinning.load(std::memory_order_relaxed) - nblocked.load(std::memory_order_relaxed);
            const int rounds = othersBusy > 0 ? kSpinRounds : 1;
            nspinning.fetch_add(1, std::memory_order_seq_cst);
            G* found = nullptr;
            for (int round = 0; round < rounds && !found; round++)
            {
                if (exiting.load(std::memory_order_relaxed) || gcWaiting.load(std::memory_order_relaxed))
                    break;
                found = steal(w);
                if (!found)
                    found = globalGet(w, RunQueue::kSize);
                if (!found && timerDue() && pollTimers(w))
                    found = runqGet(w);
                if (!found)
                {
                    if (round < kSpinRounds / 2)
                        cpuRelax();
                    else
                        std::this_thread::yield();
                }
            }
            nspinning.fetch_sub(1, std::memory_order_seq_cst);
            if (found)
            {
                // Go's resetspinning: this worker stops spinning with work in hand, and there
                // may be more: another idle worker looks.
                if (anyStealable())
                    wakeIdle();
                return run(found);
            }
        }
        else if (G* g = runqGet(w))
        {
            // GOMAXPROCS was lowered: hand this worker's goroutines to the active ones.
            globalPutOne(g);
            continue;
        }

        std::unique_lock lock(schedMu);
        if (exiting.load(std::memory_order_relaxed) || gcWaiting.load(std::memory_order_relaxed))
            continue;
        nidle.fetch_add(1, std::memory_order_seq_cst);
        const int64_t next = nextTimerWhen.load(std::memory_order_seq_cst);
        const bool work = anyStealable() || w.runq.next || (next != INT64_MAX && next <= nowNanos());
        if (active && work)
        {
            nidle.fetch_sub(1, std::memory_order_seq_cst);
            continue;
        }
        if (work)
        {
            // The spare worker (inactive) cannot run it, and it is no deadlock: an active
            // sleeping worker runs it. (Its queuer wakes one too, after this lock; the spare
            // going idle last once took queued work for a deadlock: a host call's goroutine in
            // the global queue.)
            if (Worker* o = sleepingWorkerLocked())
            {
                o->sleeping = false;
                nidle.fetch_sub(1, std::memory_order_seq_cst);
                o->wake.notify_one();
            }
        }
        // Go's checkdead: every worker is asleep and nothing can wake one. (A worker blocked in
        // a native may still ready something when it returns.)
        // Embedded, an idle pool waits for the host unless a host call waits for the pool and no
        // goroutine waits on a channel the host holds (a host thread may still send on it).
        // Workers host threads keep between calls count as idle, and are taken first (a host
        // that took its worker back meanwhile runs: no deadlock).
        else if (allIdleLocked() && nblocked.load() == 0 && liveTimers.load(std::memory_order_seq_cst) == 0 &&
                 (!runtimeConfig.embedded || (pendingHostCalls > 0 && !goroutineWaitsOnHostChannel())) &&
                 (reclaimAllKeptLocked(), nidle.load(std::memory_order_seq_cst) == int(workers.size())))
        {
            nidle.fetch_sub(1, std::memory_order_seq_cst);
            lock.unlock();
            reportDeadlock();
            wakeAll();
            return nullptr;
        }
        // Nobody waits for this nrunning: no collection is under way (seen above under this
        // lock), and one that starts later reads it. (Notifying worldCv would wake schedule()'s
        // thread at every idle transition: twice a millisecond with a ticker.)
        w.sleeping = true;
        nrunning--;
        for (;;)
        {
            if (w.lent)
            {
                // A host thread holds this worker (HostThread.cpp): it is not this thread's to
                // run, even as the program ends, until the host gives it back and wakes it.
                w.wake.wait(lock);
                continue;
            }
            if (!w.sleeping || exiting.load(std::memory_order_relaxed))
                break;
            // One sleeping worker waits for the first timer, the others until woken (Go's single
            // netpoll sleeper): with every worker idle, a timer wakes one thread, not all.
            const int64_t when = active ? nextTimerWhen.load(std::memory_order_seq_cst) : INT64_MAX;
            if (when != INT64_MAX && (!timerWaiter || timerWaiter == &w))
            {
                const int64_t now = nowNanos();
                if (when <= now)
                    break;
                timerWaiter = &w;
                timerWaiterUntil = when;
                w.wake.wait_for(lock, std::chrono::nanoseconds(when - now));
                continue;
            }
            if (timerWaiter == &w)
                timerWaiter = nullptr; // no timer left
            w.wake.wait(lock);
        }
        if (w.sleeping)
        {
            w.sleeping = false;
            nidle.fetch_sub(1, std::memory_order_seq_cst);
        }
        if (timerWaiter == &w)
        {
            timerWaiter = nullptr;
            wasTimerWaiter = true;
        }
        // Running again: not while a collection has the world stopped.
        worldCv.wait(lock, [&] { return !gcWaiting.load(std::memory_order_relaxed); });
        nrunning++;
    }
}

Runtime::LoopEnd Runtime::workerLoop()
{
    for (;;)
    {
        // Re-read every round: a goroutine that parked inside a callback may have come back to
        // this thread with another worker (Machine.cpp).
        Worker* const cur = tCurrentWorker;
        if (!cur)
            return LoopEnd::Ended; // unwound a callback without a worker: the program ended
        Worker& w = *cur;
        G* g = findRunnable(w);
        if (!g)
            break;
        if (g->lockedTo)
        {
            // Parked inside a callback: it runs on the thread holding that callback, which
            // takes this worker; this thread waits, idle (Go's startlockedm and stopm). As the
            // program ends it is left where it is.
            std::lock_guard lock(schedMu);
            if (exiting.load(std::memory_order_acquire))
                continue;
            handOffLocked(w, g);
            return LoopEnd::HandedOff;
        }
        g->status.store(GStatus::Running, std::memory_order_relaxed);
        g->worker = &w;
        if (g->wake == WakeState::Resumed)
            g->wake = WakeState::None; // a sleep resumes after its call, nothing to complete
        w.running = g;
        const ExecResult r = exec.runSlice(*g);
        if (Worker* now = tCurrentWorker)
            now->running = nullptr; // (another worker, if g parked in a callback)
        switch (r)
        {
        case ExecResult::Done:
            if (g->hostCall)
            {
                // A host thread may wait for it (runtime/HostCall.h): its results go to the call
                // (kept as roots until the host has read them), and it ends like any goroutine.
                HostCall* call = nullptr;
                {
                    std::lock_guard lock(schedMu);
                    std::swap(call, g->hostCall); // null if the host gave the call up
                    if (call)
                    {
                        call->state = HostCall::State::Returning;
                        pendingHostCalls--;
                    }
                }
                if (call)
                {
                    // What the call printed is out before the host hears it returned.
                    if (outPending.load(std::memory_order_acquire))
                        flushOut();
                    if (!g->goexiting)
                        exec.copyResults(*g, call->results, call->resultSlots);
                    std::lock_guard lock(call->wait->mu);
                    call->wait->returned = true;
                    call->wait->cv.notify_one(); // under the lock: the host may free the call once it sees returned
                }
                g->status.store(GStatus::Dead, std::memory_order_relaxed);
                freeGoroutine(g);
                break;
            }
            if (g->id == mainGoid && !g->goexiting && !runtimeConfig.embedded)
            {
                // main returned: the program ends without waiting for other goroutines.
                {
                    std::lock_guard lock(outMu);
                    beginExitLocked(0);
                }
                wakeAll();
                break;
            }
            if (g->id == mainGoid)
                mainGoexited.store(true, std::memory_order_relaxed);
            g->status.store(GStatus::Dead, std::memory_order_relaxed);
            if (g->runsFinalizer)
            {
                freeGoroutine(g);
                finalizerRunning.store(false, std::memory_order_release);
                exec.startFinalizer();
                break;
            }
            freeGoroutine(g);
            break;
        case ExecResult::Yield:
            // Preempted or runtime.Gosched: to the global queue, as in Go (goschedImpl), so
            // that it yields to every worker's goroutines, not only this one's.
            g->status.store(GStatus::Runnable, std::memory_order_relaxed);
            globalPutOne(g);
            break;
        case ExecResult::Parked:
        {
            GStatus s = GStatus::Parking;
            if (!g->status.compare_exchange_strong(s, GStatus::Waiting, std::memory_order_acq_rel))
            {
                // Woken while still on this worker: it runs next here.
                g->status.store(GStatus::Runnable, std::memory_order_relaxed);
                runqPut(*tCurrentWorker, g, true);
            }
            break;
        }
        case ExecResult::Panicked:
        case ExecResult::Exit: wakeAll(); break;
        }
        // What the slice printed is written now: another goroutine, a sleep or the user may be
        // waiting for it (Go writes at every Print; a slice is at most ~65,536 back-edges).
        if (outPending.load(std::memory_order_acquire))
            flushOut();
    }
    return LoopEnd::Ended;
}

// The pool: a thread for every worker is started here; the calling thread waits for the
// program to end. Every thread then leaves its loop at its next safepoint, except one blocked
// in a native (reading a terminal may never return): Go's exit does not wait for it, and
// neither does weft. That thread is detached and holds a reference to the interpreter's state
// (`references`), so the state outlives the Interpreter until the thread's call returns and it
// finds the program ended. Threads made later (Machine.cpp) are joined the same way.
int Runtime::schedule()
{
    startPool();
    return joinPool();
}

bool Runtime::startPool()
{
    std::unique_lock lock(schedMu);
    nrunning += int(workers.size());
    for (size_t i = 0; i < workers.size(); i++)
    {
        Machine* m = machines.emplace_back(std::make_unique<Machine>(int(machines.size()))).get();
        if (!m->thread.start([this, m, w = workers[i].get()] { threadMain(*m, w); }))
        {
            // The workers left without a thread never run: the others see the end.
            machines.pop_back();
            nrunning -= int(workers.size() - i);
            lock.unlock();
            reportNoThread("runtime: failed to create new OS thread\nfatal error: newosproc\n");
            lock.lock();
            wakeAllLocked();
            return false;
        }
    }
    return true;
}

int Runtime::stopPool()
{
    {
        std::lock_guard lock(outMu);
        beginExitLocked(exitCode);
    }
    wakeAll();
    return joinPool();
}

int Runtime::joinPool()
{
    std::vector<Machine*> finished, blocked;
    {
        std::unique_lock lock(schedMu);
        // (Every thread blocked in a native is not the end: the program waits for input.)
        worldCv.wait(lock, [&] {
            return exiting.load() &&
                   std::all_of(machines.begin(), machines.end(), [](const auto& m) { return m->finished || m->blocked; });
        });
        for (auto& m : machines)
        {
            if (m->joined)
                continue;
            m->joined = true;
            (m->finished ? finished : blocked).push_back(m.get());
            if (!m->finished)
            {
                m->detached = true;
                references.fetch_add(1, std::memory_order_relaxed);
            }
        }
    }
    for (Machine* m : finished)
        m->thread.join();
    for (Machine* m : blocked)
        m->thread.detach();
    return exitCode;
}

void Runtime::setProcs(int n)
{
    procs.store(std::clamp(n, 1, int(workers.size()) - 1), std::memory_order_relaxed);
    wakeAll(); // inactive workers hand their queues on; active ones look for work
}

// Go's entersyscall + handoffp: this worker's goroutines become stealable (runnext included), the
// spare worker becomes active, and one idle worker is woken to take them.
bool Runtime::enterBlocking()
{
    Worker* w = tCurrentWorker;
    if (!w || &w->rt != this)
        return !exiting.load();
    if (G* g = w->runq.next)
    {
        w->runq.next = nullptr;
        runqPut(*w, g, false);
    }
    {
        std::lock_guard lock(schedMu);
        // Once the program is ending, schedule() may already be deciding whom to join.
        if (exiting.load(std::memory_order_acquire))
            return false;
        nrunning--;
        nblocked.fetch_add(1, std::memory_order_seq_cst);
        detail::tCurrentMachine->blocked = true;
        worldCv.notify_all();
    }
    wakeIdle();
    return true;
}

bool Runtime::onOwnWorker() const
{
    const Worker* w = tCurrentWorker;
    return w && &w->rt == this;
}

bool Runtime::canSpin(int iter)
{
    static const bool multicore = availableCpus() > 1;
    if (iter >= 4 || !multicore) // Go's active_spin
        return false;
    // Another worker is running a goroutine (the spare worker and idle ones count as idle).
    if (int(workers.size()) <= nidle.load(std::memory_order_relaxed) + nspinning.load(std::memory_order_relaxed) + 1)
        return false;
    Worker* w = tCurrentWorker;
    return w && &w->rt == this && !w->runq.next && w->runq.empty();
}

// Go's exitsyscall: running again, once no collection has the world stopped. (The spare worker,
// inactive again, hands what it still holds to worker 0.)
void Runtime::exitBlocking()
{
    std::unique_lock lock(schedMu);
    nblocked.fetch_sub(1, std::memory_order_seq_cst);
    if (Worker* w = tCurrentWorker; w && &w->rt == this)
        detail::tCurrentMachine->blocked = false;
    worldCv.wait(lock, [&] { return !gcWaiting.load(std::memory_order_relaxed); });
    nrunning++;
}

// Go's checkdead: nothing can run and no timer can wake anything. Go prints only the first
// line; weft adds each blocked goroutine with what it waits on and where. Every worker is
// asleep, so the goroutines are still.
void Runtime::reportDeadlock()
{
    std::lock_guard lock(outMu);
    const std::vector<G*> gs = liveGoroutines(nullptr);
    if (!beginExitLocked(2))
        return;
    std::string s = mainGoexited.load() && gs.empty() ? "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n"
                                                      : "fatal error: all goroutines are asleep - deadlock!\n";
    flushOutLocked();
    writeReport(s + goroutineTraces(gs));
}

std::vector<G*> Runtime::liveGoroutines(const G* except)
{
    std::vector<G*> gs;
    {
        std::lock_guard lock(allgMu);
        for (G* g = allg; g; g = g->nextAll)
            if (g != except && g->status.load(std::memory_order_relaxed) != GStatus::Dead)
                gs.push_back(g);
    }
    std::sort(gs.begin(), gs.end(), [](G* a, G* b) { return a->id < b->id; });
    return gs;
}

std::string Runtime::goroutineTraces(const std::vector<G*>& gs)
{
    // Go's tracebackothers: each with its state (what it waits on) and its frames.
    std::string s;
    for (G* g : gs)
    {
        const GStatus st = g->status.load(std::memory_order_relaxed);
        const std::string state = st == GStatus::Runnable ? "runnable" : st == GStatus::Running ? "running" : g->waitReason;
        s += "\ngoroutine " + std::to_string(g->id) + " [" + state + "]:\n" + exec.goroutineStack(*g);
    }
    return s;
}

} // namespace weft
