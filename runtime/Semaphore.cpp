// The runtime semaphore and notify lists that package sync is built on (Go's runtime/sema.go).
//
// A semaphore is a uint32 count in the program's memory (a field of a sync.Mutex, WaitGroup...)
// plus a FIFO of goroutines parked on its address, kept here under semaMu. The count is only
// changed atomically. Invariant: a goroutine is queued on an address only while the count is 0
// as seen under semaMu; so semrelease, which looks for a waiter under semaMu, either hands its
// token to that waiter directly (the count is not incremented) or increments the count, and no
// wake-up is lost. The waker sets WakeState::Resumed: the native that parked returns normally
// once its goroutine runs again.
//
// A notify list (Go's notifyList, under sync.Cond) is two uint32 counters in the program's
// memory, {wait, notify}: Add takes ticket wait++ (atomically, in Go code); Wait(t) parks until
// notify has passed t. Parked waiters are kept here, keyed by the list's address, under semaMu.
#include "runtime/Worker.h"

namespace weft {

namespace {

// Go's cansemacquire: take a token if there is one.
bool tryAcquire(uint32_t* addr)
{
    std::atomic_ref<uint32_t> v(*addr);
    uint32_t n = v.load(std::memory_order_acquire);
    while (n > 0)
        if (v.compare_exchange_weak(n, n - 1, std::memory_order_acq_rel))
            return true;
    return false;
}

} // namespace

void Runtime::semacquire(G& g, uint32_t* addr, bool lifo, const char* reason)
{
    if (tryAcquire(addr))
        return;
    std::lock_guard lock(semaMu);
    if (tryAcquire(addr))
        return;
    auto& q = semaWaiters[addr];
    if (lifo)
        q.push_front(&g);
    else
        q.push_back(&g);
    park(g, reason);
}

void Runtime::semrelease(uint32_t* addr, int64_t n)
{
    std::vector<G*> woken;
    {
        std::lock_guard lock(semaMu);
        auto it = semaWaiters.find(addr);
        for (; n > 0; n--)
        {
            if (it == semaWaiters.end() || it->second.empty())
            {
                std::atomic_ref<uint32_t>(*addr).fetch_add(1, std::memory_order_acq_rel);
                continue;
            }
            G* g = it->second.front();
            it->second.pop_front();
            g->wake = WakeState::Resumed;
            woken.push_back(g);
        }
        if (it != semaWaiters.end() && it->second.empty())
            semaWaiters.erase(it);
    }
    for (G* g : woken)
        ready(g);
}

void Runtime::notifyListWait(G& g, uint32_t* list, uint32_t ticket)
{
    std::lock_guard lock(semaMu);
    // Already notified (Signal or Broadcast came between Add and Wait): no need to park.
    if (int32_t(ticket - std::atomic_ref<uint32_t>(list[1]).load(std::memory_order_relaxed)) < 0)
        return;
    notifyWaiters[list].emplace_back(ticket, &g);
    park(g, "sync.Cond.Wait");
}

// Go's notifyListNotifyOne/All. list[0] is the ticket counter (every ticket below it has been
// handed out), list[1] the notify counter (every ticket below it has been notified).
void Runtime::notifyListNotify(uint32_t* list, bool all)
{
    std::atomic_ref<uint32_t> wait(list[0]), notify(list[1]);
    if (wait.load(std::memory_order_acquire) == notify.load(std::memory_order_acquire))
        return; // nobody waits
    std::vector<G*> woken;
    {
        std::lock_guard lock(semaMu);
        const uint32_t w = wait.load(std::memory_order_relaxed), n = notify.load(std::memory_order_relaxed);
        if (w == n)
            return;
        const uint32_t upTo = all ? w : n + 1;
        notify.store(upTo, std::memory_order_relaxed);
        // A notified ticket's holder that has not called Wait yet sees it there and does not park.
        auto it = notifyWaiters.find(list);
        if (it == notifyWaiters.end())
            return;
        auto& q = it->second;
        for (auto e = q.begin(); e != q.end();)
        {
            if (int32_t(e->first - upTo) < 0)
            {
                e->second->wake = WakeState::Resumed;
                woken.push_back(e->second);
                e = q.erase(e);
            }
            else
                ++e;
        }
        if (q.empty())
            notifyWaiters.erase(it);
    }
    for (G* g : woken)
        ready(g);
}

} // namespace weft
