#pragma once
// The runtime: what Go's runtime package owns. Goroutines and the scheduler with its workers and
// threads (Scheduler.cpp, RunQueue.cpp, Machine.cpp), stopping the world (World.cpp), channels
// and select (Channel.cpp), timers (Timers.cpp), the semaphores and notify lists under sync
// (Semaphore.cpp), the heap and its collector (Heap.h), and the program's output and end.
//
// It runs goroutines it does not understand: what a goroutine executes is the interpreter's,
// reached through GoroutineExecutor (runtime/Executor.h, where the seam and the locks across it
// are written down). The interpreter derives from Runtime and calls these members directly.
#include "runtime/Channel.h"
#include "runtime/Executor.h"
#include "runtime/Goroutine.h"
#include "runtime/Heap.h"
#include "runtime/HostCall.h"
#include "runtime/SpinLock.h"
#include "runtime/TimerHeap.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace weft {

struct Worker;
struct Machine;

// Go's NumCPU: the CPUs this process may run on (its affinity mask).
int availableCpus();

struct RuntimeConfig
{
    // Where the program's output goes (buffered here, flushed after every time slice that
    // printed and at the end).
    std::function<void(std::string_view)> writeStdout;
    std::function<void(std::string_view)> writeStderr;
    // Where the report of a failure goes (a panic, a fatal error, a deadlock: Go's text with
    // the goroutines' stacks); unset, to writeStderr as in Go. An embedding host keeps it.
    std::function<void(std::string_view)> writeReport;
    bool gcStress = false; // collect at every safepoint that allocates (WEFT_GCSTRESS)
    int gcPercent = 100;   // GOGC (WEFT_GOGC)
    size_t heapLimitBytes = 0; // the heap's hard limit (0: HeapConfig's default)
    // Embedded (the embedding API): the pool runs until stopPool, goroutines started by host
    // calls; main's return does not end the program, and a deadlock is one only while a host
    // call waits (nothing else can wake an idle pool but the host).
    bool embedded = false;
};

class Runtime : public GcRootEnumerator
{
public:
    Runtime(RuntimeConfig config, GoroutineExecutor& exec);
    // Virtual: the last owner of the state (runtime/Machine.cpp: a thread detached while blocked
    // in a native) deletes it through this base.
    virtual ~Runtime();
    Runtime(const Runtime&) = delete;
    Runtime& operator=(const Runtime&) = delete;

    RuntimeConfig runtimeConfig;
    GoroutineExecutor& exec;
    Heap heap;
    HeapCache cache; // for a thread that is not a worker (set-up before run starts the workers)

    // ---- Goroutines (Scheduler.cpp) ----
    // Lock order (outer first): semaMu -> freeGsMu -> allgMu; schedMu; timerMu and globalMu are
    // leaves. (A worker's ring takes no lock.)
    // A channel's lock is taken with no other lock held (select takes several, in address
    // order); ready() may be called holding any of them.
    std::mutex allgMu;               // guards allg and the links of every goroutine on it
    // Every goroutine, linked through prevAll/nextAll: the live ones, and the Dead ones kept on
    // free lists for reuse (everything that walks the list skips those).
    G* allg = nullptr;
    // The live goroutines are counted here and in each worker's liveGoroutines (Go's gcount is
    // a sum too): a worker's thread counts those it makes and ends without an atomic
    // read-modify-write, other threads here. Ids are handed out here, to workers in batches
    // (Go's p.goidcache).
    std::atomic<int64_t> goroutineCount{0};
    std::atomic<int64_t> lastGoid{0};
    static constexpr int64_t kGoidBatch = 16; // Go's _GoidCacheBatch
    int64_t numGoroutine() const; // runtime.NumGoroutine
    // The main goroutine's id, set before the workers start (compared by id: a goroutine's
    // object is reused once it ends, main's too after runtime.Goexit).
    int64_t mainGoid = 0;
    std::atomic<bool> mainGoexited{false}; // main called runtime.Goexit: the program lives on

    // A dead goroutine kept for reuse by this thread's worker, or null: the interpreter then
    // makes a new one. Either way it is set up by the interpreter and given to addGoroutine.
    G* reuseGoroutine();
    // g, set up to run (fresh: a new object, else one from reuseGoroutine), becomes live with
    // the next id: it is on allg and counted, not yet queued.
    void addGoroutine(G* g, bool fresh);
    // g could not be set up after all: it is freed (fresh) or unlinked and freed.
    void discardGoroutine(G* g, bool fresh);
    void freeGoroutine(G* g);
    // Finalizers: one goroutine at a time runs the heap's queued finalizers, oldest first, as
    // Go's single finalizer goroutine does (the interpreter's startFinalizer sets this).
    std::atomic<bool> finalizerRunning{false};
    std::mutex freeGsMu;       // guards freeGs
    std::vector<G*> freeGs;    // dead goroutines for reuse, beyond what workers keep
    void unlinkAndDelete(G* g);
    void park(G& g, const char* reason); // Running -> Parking: call under the lock of what g waits on
    void ready(G* g);                    // a waker: Parking/Waiting -> queued to run next
    void start(G* g);                    // a new goroutine: queued to run next
    void queueHere(G* g);
    void reportDeadlock();

    // ---- Workers and the scheduler (Scheduler.cpp) ----
    // Fixed once run() starts them: GOMAXPROCS of them, and one spare that runs goroutines only
    // while another worker is blocked in a native (Go's handoffp), so that a goroutine reading
    // stdin does not stop the others even with one worker.
    std::vector<std::unique_ptr<Worker>> workers;
    std::atomic<int> procs{1};       // GOMAXPROCS (at most the pool without its spare)
    std::atomic<int> gomaxprocs{1};  // what runtime.GOMAXPROCS reports (may exceed the pool)
    // Makes the pool: procs workers and the spare, their generators seeded from `seed`.
    void makeWorkers(int procs, uint64_t seed);
    // The scheduler lock: guards the idle workers (Worker::sleeping), nrunning, nblocked and the
    // world-stop handshake. Taken on idle/wake transitions and collections, never per instruction.
    std::mutex schedMu;
    std::condition_variable worldCv; // nrunning changed, or the world restarted
    int nrunning = 0;                // workers executing (not idle, not stopped, not blocked in a native)
    std::atomic<int> nblocked{0};    // workers blocked in a native call (stdin); written under schedMu
    // ---- Threads (Machine.cpp; runtime/Machine.h). Guarded by schedMu: machines only grows (a
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
    void handOffLocked(Worker& w, G* g);        // w's thread took locked g: w goes to g's thread
    // A goroutine inside a callback parked (Parking, or WokenEarly) or yields: its thread gives
    // its worker up and waits until the goroutine runs again (true) or the program ends (false:
    // unwind). Only on a thread holding a worker (a pool thread, or a host thread running its
    // call: HostThread.cpp).
    bool parkInCallback(G& g);
    bool yieldInCallback(G& g);
    bool releaseAndWait(G& g, bool parked);

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
    // recursion); each runSlice is one such slice.
    static constexpr int32_t kBudget = 1 << 16;

    int schedule();                         // runs the program on every worker; its exit code
    int joinPool();                         // waits for the end, joins the threads; the exit code
    // Why a thread's worker loop returned: the program ended (it holds its worker, or it unwound
    // a callback without one), or it handed its worker to a goroutine's locked thread.
    enum class LoopEnd : uint8_t { Ended, HandedOff };
    LoopEnd workerLoop();                   // runs goroutines on this thread's worker
    G* findRunnable(Worker& w);
    // Run queues (RunQueue.cpp). The global queue (Go's sched.runq) takes what overflows a
    // worker's ring and what a worker cannot keep (preempted goroutines, GOMAXPROCS lowered).
    SpinLock globalMu;                 // guards globalHead/globalTail and their schedLinks
    G* globalHead = nullptr;
    G* globalTail = nullptr;
    std::atomic<uint32_t> globalSize{0}; // written under globalMu; seq_cst (lost wake-ups)
    void runqPut(Worker& w, G* g, bool next); // w: this thread's worker
    G* runqGet(Worker& w);                   // runnext, the ring, the global queue now and then
    G* globalGet(Worker& w, uint32_t max);   // one to run; up to max-1 more into w's ring
    void globalPut(G* first, G* last, uint32_t n); // a chain linked by schedLink
    void globalPutOne(G* g);                        // and wakes an idle worker
    G* steal(Worker& w);
    void wakeIdle();                        // an idle worker, if any and none is spinning, looks for work
    Worker* sleepingWorkerLocked();         // an active worker asleep in findRunnable, or null
    // Guarded by schedMu: the sleeping worker that waits for the first timer (until
    // timerWaiterUntil), or null; the other sleeping workers wait until woken.
    // Atomic only so that a host thread may read it without the lock (HostThread.cpp, keep).
    std::atomic<Worker*> timerWaiter{nullptr};
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
    bool onOwnWorker() const; // this thread holds one of this runtime's workers
    // Go's sync_runtime_canSpin: whether a goroutine that found a Mutex locked should spin
    // (iteration `iter`) rather than park: only briefly, on a multicore pool with another
    // worker running (the holder may be about to unlock) and nothing queued here.
    bool canSpin(int iter);
    void exitBlocking();
    // ---- Host calls (embedding; Runtime.cpp) ----
    // startPool starts a thread for every worker and returns; stopPool ends the program if
    // nothing ended it, wakes everything and joins the threads (schedule() is both, waiting for
    // the end between them). Lock order: hostMu -> schedMu -> globalMu.
    bool startPool();
    int stopPool();
    // A host thread takes part in the world while it makes a goroutine or reads its results
    // (it allocates, and links goroutines): a collection waits for it, as for a running worker.
    // hostMu keeps it to one host thread at a time (they share `cache`).
    std::mutex hostMu;
    void hostEnter(); // hostMu held
    void hostLeave(); // hostMu held
    // Queues g (made by the host, g.hostCall set) and waits, with hostMu not held, until it
    // returns (true: its results are in the call) or the program ends (false). Past the
    // deadline (steady-clock nanoseconds; 0: none) the program is interrupted.
    bool hostCallWait(G* g, HostCall& call, int64_t deadline = 0);
    // The host has read the call's results (entered, hostMu held): they are roots no more.
    void endHostCall(HostCall& call);
    // Waits until the call's goroutine, queued or parked with g.hostCall set, returns (true)
    // or the program ends (false). Past the deadline the program is interrupted.
    bool waitHostCall(HostCall& call, int64_t deadline);
    std::vector<HostCall*> hostCalls; // guarded by schedMu: the calls waiting (their results are roots)
    // Host calls waiting for the pool (queued, migrated from a host thread, or parked inside a
    // callback on the host's thread: Machine.cpp): an idle pool with one waiting is deadlocked. Changed under schedMu; read without it by a host thread
    // deciding whether to keep its worker (seq_cst, as nidle).
    std::atomic<int> pendingHostCalls{0};
    // ---- A host thread running its call itself (HostThread.cpp, runtime/HostThread.h) ----
    // Host threads waiting for a worker inside a callback, guarded by schedMu: woken as the
    // program ends.
    std::vector<Machine*> hostMachines;
    // An active worker asleep in findRunnable, now lent to this host thread (counted running),
    // or null. schedMu held.
    Worker* borrowWorkerLocked();
    // This thread gives w up: a lent worker goes back to its sleeping thread (asleep still when
    // there is nothing to do), another to an idle thread (Machine.cpp). schedMu held.
    void giveBackWorkerLocked(Worker* w, std::unique_lock<std::mutex>& lock);
    // Workers kept by host threads between calls (Worker::kept; HostThread.cpp has the scheme).
    // Reclaiming one (schedMu held) makes it an ordinary sleeping worker: false if its host took
    // it back first. Wakers look for kept workers only once some host has kept one (hostKeeps).
    std::atomic<bool> hostKeeps{false};
    const uint64_t serial = nextSerial(); // tells this runtime from a later one at its address
    static uint64_t nextSerial();
    bool reclaimKeptLocked(Worker& w);
    void reclaimAllKeptLocked();
    bool anyKept() const;
    // Every worker asleep or kept (schedMu held): the deadlock check's "nothing runs".
    bool allIdleLocked() const;
    // Heap objects the host holds (a weft::Chan's channel: counted, roots) and register buffers
    // of host threads in a channel operation (scanned conservatively: a partner may write a
    // pointer into one at any time). Changed only with hostMu held and the host taking part in
    // the world (hostEnter), so never during a collection; the deadlock check reads hostHeld
    // under schedMu, which changes take too.
    std::unordered_map<const void*, int> hostHeld;
    std::vector<std::pair<const Slot*, size_t>> hostRegions;
    void holdForHost(const void* p);   // hostMu held, entered
    void releaseForHost(const void* p);
    void addHostRegion(const Slot* regs, size_t n); // hostMu held, entered
    void removeHostRegion(const Slot* regs);
    // Some goroutine waits on a channel the host holds (schedMu held; the pool is idle).
    bool goroutineWaitsOnHostChannel();

    // Owners of this state: the interpreter, and each worker thread detached while blocked in a
    // native when the program ended (schedule()). The last one to let go deletes it.
    std::atomic<int> references{1};

    // ---- Timers (Timers.cpp) ----
    // One heap for the whole runtime, not one per worker as Go has: sleeping goroutines (each
    // its own G::sleepTimer) and the runtime timers behind package time. timerMu guards
    // timerHeap, timers, timerSeq, lastTimerId, timersFiring and every Timer on the heap. It is a
    // leaf: a due timer fires with it released (pollTimers), marked `firing` meanwhile, and Stop
    // and Reset wait for that to end, so a Stop that returns means no send of it happens later
    // (Go 1.19's deltimer and modtimer wait for a running timer to the same end).
    // nextTimerWhen (the heap's first `when`, INT64_MAX when empty) and liveTimers (entries on
    // the heap: what can still wake something) are published for lock-free checks.
    std::mutex timerMu;
    // Threads waiting for timerMu outside a round (lockTimers): a round lets them in between
    // two timers, as a mutex would not (its releasing thread takes it straight back).
    std::atomic<int> timerMuWanted{0};
    std::unique_lock<std::mutex> lockTimers();
    TimerHeap timerHeap;
    // The pending runtime timers by id (package time holds the id). A timer that fired (once) or
    // was stopped is erased, so the runtime keeps nothing of it and its channel and func can be
    // collected; Reset arms it again under the same id. Invariant: every timer here is on the
    // heap or being fired (and no other runtime timer is). Nodes do not move: the heap points
    // to them.
    std::unordered_map<int64_t, Timer> timers;
    bool timersFiring = false; // a worker is in a round of pollTimers (one at a time)
    uint64_t timerSeq = 0;
    int64_t lastTimerId = 0;
    std::atomic<int64_t> nextTimerWhen{INT64_MAX};
    std::atomic<int64_t> liveTimers{0};
    // What time.Now needs to make the times the timers send (registered once by package time's
    // initialization): the monotonic origin (time.startNano) and the address of time.Local.
    int64_t timeStartNano = 0;
    void** timeLocal = nullptr;
    void sleep(G& g, int64_t ns);
    // Fires what is due (sleepers, receivers of the times sent and AfterFunc's goroutines go to
    // w's run queue); true if w has something to run: the spinning findRunnable then takes it
    // before it steals, which needs an empty ring. Skips the round if another worker is firing.
    bool pollTimers(Worker& w);
    bool timerDue() const;
    void publishTimersLocked();
    // Fires a timer that was taken off the heap or rescheduled on it (timerMu not held): sends
    // the time on c, or starts fn's goroutine, which goes to `made`. spare is a block for a
    // time.Time, kept when not sent; sent is the time.Time that the round's sends carry, read
    // at the first.
    struct SentTime
    {
        bool read = false;
        uint64_t words[3]; // time.Time in memory: wall, ext, loc
    };
    void fireTimer(ChanObject* c, void* fn, std::vector<G*>& made, void*& spare, SentTime& sent);
    Timer* settledTimerLocked(std::unique_lock<std::mutex>& lock, int64_t id);
    bool armTimerLocked(int64_t id, int64_t when, int64_t period, ChanObject* c, void* fn);
    int64_t startTimer(int64_t d, int64_t period, ChanObject* c, void* fn);
    bool stopTimer(int64_t id);
    bool resetTimer(int64_t id, int64_t d, int64_t period, ChanObject* c, void* fn);

    // ---- The runtime semaphore and notify lists under package sync (Semaphore.cpp) ----
    std::mutex semaMu;
    std::unordered_map<const void*, std::deque<G*>> semaWaiters;
    void semacquire(G& g, uint32_t* addr, bool lifo, const char* reason);
    void semrelease(uint32_t* addr, int64_t n);
    std::unordered_map<const uint32_t*, std::deque<std::pair<uint32_t, G*>>> notifyWaiters;
    void notifyListWait(G& g, uint32_t* list, uint32_t ticket);
    void notifyListNotify(uint32_t* list, bool all);

    // ---- Channels (Channel.cpp) ----
    // chanSend and chanRecv lock c; they return Done when the operation completed, Park when the
    // goroutine parked (its waiter is queued; the instruction runs again when woken), Closed for
    // a send on a closed channel. With block false they never park: Park then means "not ready".
    enum class ChanResult : uint8_t { Done, Park, Closed };
    // A channel of `size` elements of elem (kept by the caller for the channel's life); null
    // when out of memory (a fatal error).
    ChanObject* newChan(const ChanElem* elem, int64_t size);
    ChanResult chanSend(G& g, ChanObject* c, Slot* value, bool block = true);
    ChanResult chanRecv(G& g, ChanObject* c, Slot* dest, Slot* ok, bool block = true);
    ChanResult chanTrySend(ChanObject* c, Slot* value); // a send that never parks (a timer's)
    // With c's lock held: try* complete the operation if they can (never queue anything);
    // *Locked also park g (block true) when they cannot.
    ChanResult trySendLocked(ChanObject* c, Slot* value);
    ChanResult tryRecvLocked(ChanObject* c, Slot* dest, Slot* ok);
    ChanResult sendLocked(G& g, ChanObject* c, Slot* value, bool block);
    ChanResult recvLocked(G& g, ChanObject* c, Slot* dest, Slot* ok, bool block);
    void wakeWaiter(ChannelWaiter* w, WakeState state); // c's lock held; w dequeued
    // A host thread (not a worker) sends or receives, blocking its OS thread (Channel.cpp) when
    // block; Park: not ready (block false), or the program ended while it waited.
    ChanResult hostSend(ChanObject* c, Slot* value, bool block = true);
    ChanResult hostRecv(ChanObject* c, Slot* dest, Slot* ok, bool block = true);
    bool hostWait(ChanObject* c, ChannelWaiter& w, HostWaiter& hw, WaiterQueue& q);
    bool chanClose(ChanObject* c); // false: it was already closed
    // select: cases in the goroutine's waiters (chan, isSend, data, okSlot, caseIndex filled);
    // returns the chosen case, -1 to park, -2 for the default case, -3 for a send on a closed
    // channel.
    int chanSelect(G& g, size_t ncases, bool hasDefault);
    void selectDequeue(G& g); // after a select wakes: take its other waiters off their queues

    // ---- Output and the end of the program ----
    std::mutex outMu;  // guards out, exitCode, and the order of everything written to stderr
    std::string out;   // buffered stdout
    // out is not empty. A worker flushes after every time slice that printed (the goroutine
    // yielded, parked, slept or ended), so output appears as Go's does, a slice at most late.
    // Cleared with release after the write, read with acquire: a host thread that finds it
    // clear when its call returns sees what another worker's flush wrote (TSan).
    std::atomic<bool> outPending{false};
    int exitCode = 0;
    std::atomic<bool> exiting{false}; // os.Exit, main's return or a fatal error: stop everything
    // Marks the program as ending with `code` if nothing ended it before; false if something
    // did (its report stands). Call with outMu held.
    bool beginExitLocked(int code);
    void flushOut();
    void flushOutLocked(); // outMu held
    void writeErr(std::string_view s); // outMu held (stderr writes are ordered with stdout's)
    void writeReport(std::string_view s); // outMu held: a failure's report (RuntimeConfig::writeReport)
    // The host stops the program (the embedding API's interrupt): every goroutine stops at its
    // next safepoint (a running one within a time slice), the parked ones are dropped, host
    // calls and host channel waits fail. False if the program had already ended.
    bool interrupt();
    std::atomic<bool> interrupted{false};
    // Go's fatal error ("fatal error: msg", exit 2) unless the program is already ending;
    // `preface` is written before it (Go's line about the stack limit before a stack overflow).
    // (trace: the failing goroutine's, `failing`, written after the message as Go does; then
    // every other goroutine's, the world frozen meanwhile as Go's freezetheworld does.)
    void fatal(const std::string& msg, std::string_view preface = {}, std::string_view trace = {},
               const G* failing = nullptr);
    // The other goroutines' traces for a fatal error, the world stopped while they are read
    // (empty if it could not be stopped in time). Then the world goes on (ending).
    std::string othersForFatal(const G* failing);
    // Every goroutine not dead (but `except`), oldest first; and their traces as Go prints them
    // after a fatal error ("goroutine N [state]:" and the frames). The goroutines must be still.
    std::vector<G*> liveGoroutines(const G* except);
    std::string goroutineTraces(const std::vector<G*>& gs);

    // ---- Memory ----
    // null (after a fatal error) when the heap is exhausted.
    void* allocate(size_t bytes, const GcLayout* layout);
    // This thread's heap cache: its worker's, or `cache` on a thread that is not a worker.
    HeapCache& threadCache();
    // Collection happens only at a safepoint: an allocating instruction or a call of the
    // interpreter loop, never inside a native (natives keep heap pointers in C++ variables).
    // It is also where a worker stops for another's collection. Inline: it is on every call's
    // path.
    void maybeCollect(G& g)
    {
        if (g.nativeDepth == 0 && (gcWaiting.load(std::memory_order_relaxed) || heap.shouldCollect())) [[unlikely]]
            collectNow();
    }
    // Stops the world (or joins a stop another worker began), collects, restarts it
    // (World.cpp). Only at a safepoint of a running worker.
    void collectNow();
    std::atomic<uint32_t> forcedGCs{0}; // runtime.GC calls (MemStats.NumForcedGC)
    // The interpreter's roots (exec.scanRoots) and the runtime's: pending timers.
    void enumerateRoots(GcRootVisitor& v) final;
};

// A host thread taking part in the world for a moment: hostMu held, between hostEnter and
// hostLeave (runtime/Runtime.h, "Host calls"). On a worker of this runtime (a host function the
// script called, using the API) it does nothing: the thread takes part already, and no
// collection can start while it runs a native (entering would wait for one that waits for it).
class HostEntry
{
public:
    explicit HostEntry(Runtime& rt) : rt_(rt), onWorker_(rt.onOwnWorker())
    {
        if (onWorker_)
            return;
        rt_.hostMu.lock();
        rt_.hostEnter();
    }
    ~HostEntry()
    {
        if (onWorker_)
            return;
        rt_.hostLeave();
        rt_.hostMu.unlock();
    }
    HostEntry(const HostEntry&) = delete;
    HostEntry& operator=(const HostEntry&) = delete;

private:
    Runtime& rt_;
    const bool onWorker_;
};

} // namespace weft
