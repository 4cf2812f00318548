// Run queues: a worker's runnext and lock-free ring (RunQueue, Worker.h), the global queue,
// and stealing. Go's runqput, runqget, runqputslow, runqgrab and runqsteal, globrunqput and
// globrunqget (runtime/proc.go) are the model.
//
// Order of service, as Go's schedule() and findRunnable():
//   1. every 61st pick: the global queue's head, else the ring's head (neither a goroutine
//      parked in the global queue nor one in the ring waits forever behind busy runnext pairs);
//   2. runnext, then the ring;
//   3. a batch from the global queue (its fair share: size / active workers + 1);
//   4. half of another worker's ring.
// Lock order: globalMu is a leaf (nothing is taken while it is held).
#include "runtime/Worker.h"

#include <algorithm>

namespace weft {

namespace {

// Owner only: the ring's head, or null if it is empty. Thieves may race for the same slot: the
// CAS on head decides.
G* ringGet(RunQueue& q)
{
    uint32_t h = q.head.load(std::memory_order_acquire);
    for (;;)
    {
        const uint32_t t = q.tail.load(std::memory_order_relaxed); // only this thread writes it
        if (t == h)
            return nullptr;
        G* g = q.ring[h % RunQueue::kSize].load(std::memory_order_relaxed);
        if (q.head.compare_exchange_weak(h, h + 1, std::memory_order_acq_rel, std::memory_order_acquire))
            return g;
    }
}

// Thief: half of v's ring (the oldest, rounded up) copied into the empty ring `into` at its
// tail, which only this thread writes; the slots beyond its tail are invisible to everyone else
// until the tail moves. Returns how many.
uint32_t ringGrab(RunQueue& v, RunQueue& into)
{
    const uint32_t t = into.tail.load(std::memory_order_relaxed);
    for (;;)
    {
        uint32_t h = v.head.load(std::memory_order_acquire);
        const uint32_t vt = v.tail.load(std::memory_order_acquire);
        uint32_t n = vt - h;
        n -= n / 2;
        if (n == 0)
            return 0;
        if (n > RunQueue::kSize / 2)
            continue; // h and vt were read at different times: read again
        for (uint32_t i = 0; i < n; i++)
            into.ring[(t + i) % RunQueue::kSize].store(v.ring[(h + i) % RunQueue::kSize].load(std::memory_order_relaxed),
                                                       std::memory_order_relaxed);
        if (v.head.compare_exchange_strong(h, h + n, std::memory_order_acq_rel))
            return n;
    }
}

} // namespace

// `next` puts g in runnext (w must be this thread's worker), and the goroutine it displaces goes
// to the ring's tail; otherwise g goes there. A full ring sends its older half, and g, to the
// global queue. Wakes an idle worker for what others may now steal.
void Runtime::runqPut(Worker& w, G* g, bool next)
{
    RunQueue& q = w.runq;
    if (next)
    {
        G* old = q.next;
        q.next = g;
        if (!old)
            return; // only this worker can run it: nobody to wake
        g = old;
    }
    for (;;)
    {
        const uint32_t h = q.head.load(std::memory_order_acquire);
        const uint32_t t = q.tail.load(std::memory_order_relaxed);
        if (t - h < RunQueue::kSize)
        {
            q.ring[t % RunQueue::kSize].store(g, std::memory_order_relaxed);
            q.tail.store(t + 1, std::memory_order_seq_cst); // publishes the slot; see "lost wake-ups"
            break;
        }
        const uint32_t n = (t - h) / 2;
        std::array<G*, RunQueue::kSize / 2 + 1> batch;
        for (uint32_t i = 0; i < n; i++)
            batch[i] = q.ring[(h + i) % RunQueue::kSize].load(std::memory_order_relaxed);
        uint32_t expected = h;
        if (!q.head.compare_exchange_strong(expected, h + n, std::memory_order_acq_rel))
            continue; // thieves took some: there is room now
        batch[n] = g;
        for (uint32_t i = 0; i < n; i++)
            batch[i]->schedLink = batch[i + 1];
        g->schedLink = nullptr;
        globalPut(batch[0], g, n + 1);
        break;
    }
    wakeIdle();
}

G* Runtime::runqGet(Worker& w)
{
    RunQueue& q = w.runq;
    // Fairness (Go's schedtick % 61): a pair of goroutines handing off to each other through
    // runnext would otherwise run forever, each waking the other before its time slice ends,
    // while the queues wait.
    if (++w.schedTick % 61 == 0)
    {
        if (globalSize.load(std::memory_order_relaxed) != 0)
            if (G* g = globalGet(w, 1))
                return g;
        if (G* g = ringGet(q))
            return g;
    }
    if (G* g = q.next)
    {
        q.next = nullptr;
        return g;
    }
    return ringGet(q);
}

void Runtime::globalPut(G* first, G* last, uint32_t n)
{
    std::lock_guard lock(globalMu);
    if (globalTail)
        globalTail->schedLink = first;
    else
        globalHead = first;
    globalTail = last;
    globalSize.store(globalSize.load(std::memory_order_relaxed) + n, std::memory_order_seq_cst);
}

// One goroutine to the global queue's tail; an idle worker, if any, comes for it.
void Runtime::globalPutOne(G* g)
{
    g->schedLink = nullptr;
    globalPut(g, g, 1);
    wakeIdle();
}

// Go's globrunqget: a fair share of the global queue, at most max and half a ring; the first is
// returned, the rest go to w's ring (which has room: w takes from here only when it is empty,
// or takes one).
G* Runtime::globalGet(Worker& w, uint32_t max)
{
    if (globalSize.load(std::memory_order_seq_cst) == 0)
        return nullptr;
    G* first;
    uint32_t n;
    {
        std::lock_guard lock(globalMu);
        const uint32_t size = globalSize.load(std::memory_order_relaxed);
        if (size == 0)
            return nullptr;
        n = std::min({size, size / uint32_t(std::max(activeWorkers(), 1)) + 1, max, RunQueue::kSize / 2});
        first = globalHead;
        G* last = first;
        for (uint32_t i = 1; i < n; i++)
            last = last->schedLink;
        globalHead = last->schedLink;
        if (!globalHead)
            globalTail = nullptr;
        last->schedLink = nullptr;
        globalSize.store(size - n, std::memory_order_seq_cst);
    }
    G* rest = first->schedLink;
    first->schedLink = nullptr;
    if (!rest)
        return first;
    RunQueue& q = w.runq;
    uint32_t t = q.tail.load(std::memory_order_relaxed);
    while (rest)
    {
        G* g = rest;
        rest = g->schedLink;
        g->schedLink = nullptr;
        q.ring[t++ % RunQueue::kSize].store(g, std::memory_order_relaxed);
    }
    q.tail.store(t, std::memory_order_seq_cst);
    wakeIdle(); // the batch can be shared
    return first;
}

// Go's runqsteal: half of a victim's ring, starting from a random victim. Returns one goroutine
// to run; the rest are in w's ring. (runnext is never stolen: see RunQueue.)
G* Runtime::steal(Worker& w)
{
    const size_t n = workers.size();
    const size_t start = w.random() % n;
    for (size_t i = 0; i < n; i++)
    {
        Worker& v = *workers[(start + i) % n];
        if (&v == &w)
            continue;
        uint32_t k = ringGrab(v.runq, w.runq);
        if (k == 0)
            continue;
        k--;
        const uint32_t t = w.runq.tail.load(std::memory_order_relaxed);
        G* g = w.runq.ring[(t + k) % RunQueue::kSize].load(std::memory_order_relaxed);
        if (k != 0)
            w.runq.tail.store(t + k, std::memory_order_seq_cst);
        return g;
    }
    return nullptr;
}

bool Runtime::anyStealable() const
{
    if (globalSize.load(std::memory_order_seq_cst) != 0)
        return true;
    for (const auto& w : workers)
        if (!w->runq.empty())
            return true;
    return false;
}

} // namespace weft
