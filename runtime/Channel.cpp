// Channel operations and select, after Go's runtime/chan.go and select.go. The invariants are
// written at the top of Channel.h.
#include "runtime/Worker.h"

#include <algorithm>

namespace weft {

void WaiterQueue::push(ChannelWaiter* w)
{
    w->next = nullptr;
    w->prev = last;
    if (last)
        last->next = w;
    else
        first = w;
    last = w;
}

void WaiterQueue::remove(ChannelWaiter* w)
{
    if (w->prev)
        w->prev->next = w->next;
    else if (first == w)
        first = w->next;
    else
        return; // not queued here
    if (w->next)
        w->next->prev = w->prev;
    else
        last = w->prev;
    w->prev = w->next = nullptr;
}

ChannelWaiter* WaiterQueue::dequeue()
{
    while (ChannelWaiter* w = first)
    {
        remove(w);
        // A select parked on several channels is taken by the first partner only (select.go's
        // selectDone, a CAS: partners on other channels race for it under their own locks); its
        // other waiters are skipped here and dequeued when it wakes.
        if (w->caseIndex >= 0)
        {
            bool expected = false;
            std::atomic<bool>& done = w->g ? w->g->selectDone : w->host->selectDone;
            if (!done.compare_exchange_strong(expected, true, std::memory_order_acq_rel))
                continue;
        }
        return w;
    }
    return nullptr;
}

ChanObject* Runtime::newChan(const ChanElem* elem, int64_t size)
{
    static const GcWordKind kWords[sizeof(ChanObject) / 8] = {GcWordKind::Scalar, GcWordKind::Pointer};
    static const GcLayout kLayout = *GcLayout::fromWords(kWords);
    auto* c = static_cast<ChanObject*>(allocate(sizeof(ChanObject), &kLayout));
    if (!c)
        return nullptr;
    c->elem = elem;
    c->elemSlots = elem->slots;
    c->cap = size;
    if (size > 0 && elem->slots > 0)
    {
        // Pinned by c (reachable through its buf word) from here on; allocate may collect only
        // at the interpreter's safepoints, never in here.
        c->buf = static_cast<Slot*>(allocate(size_t(size) * elem->slots * sizeof(Slot), elem->bufferLayout));
        if (!c->buf)
            return nullptr;
    }
    return c;
}

static void copySlots(Slot* dst, const Slot* src, uint32_t n)
{
    if (!dst)
        return;
    for (uint32_t i = 0; i < n; i++)
        dst[i] = src ? src[i] : Slot{};
}

// The zero value a receive from a closed channel yields: a struct or array is a pointer to its
// block in registers, so it gets a new zeroed block.
static void zeroValue(Runtime& rt, const ChanElem* elem, Slot* dst, uint32_t n)
{
    if (!dst)
        return;
    if (elem->block)
        dst[0].p = rt.allocate(elem->blockSize ? elem->blockSize : 1, elem->blockLayout);
    else
        copySlots(dst, nullptr, n);
}

namespace {

// count and closed are read without the lock (len, cap, a closed check): written atomically.
void setCount(ChanObject* c, int64_t n) { std::atomic_ref<int64_t>(c->count).store(n, std::memory_order_relaxed); }

struct ChanLock
{
    explicit ChanLock(ChanObject* c) : c(c) { spinLock(c->lock); }
    ~ChanLock() { spinUnlock(c->lock); }
    ChanObject* c;
};

} // namespace

// Go's fast path for an operation that does not block (chansend and chanrecv with block false:
// a select with one case and a default, a timer's send): a buffered channel seen full (for a
// send) or empty (for a receive), and after that seen open, was so when it was seen open, so
// the operation fails there without the lock. Read in the other order, a close between the two
// reads would be missed (chan.go). Unbuffered channels take the lock.
bool chanSendWouldBlock(const ChanObject* c)
{
    auto* m = const_cast<ChanObject*>(c);
    return c->cap > 0 && std::atomic_ref<int64_t>(m->count).load(std::memory_order_acquire) == c->cap &&
           std::atomic_ref<uint32_t>(m->closed).load(std::memory_order_relaxed) == 0;
}

bool chanRecvWouldBlock(const ChanObject* c)
{
    auto* m = const_cast<ChanObject*>(c);
    return c->cap > 0 && std::atomic_ref<int64_t>(m->count).load(std::memory_order_acquire) == 0 &&
           std::atomic_ref<uint32_t>(m->closed).load(std::memory_order_relaxed) == 0;
}

int64_t chanLen(const ChanObject* c)
{
    return c ? std::atomic_ref<int64_t>(const_cast<ChanObject*>(c)->count).load(std::memory_order_relaxed) : 0;
}

// The partner's side of a handoff or a close: the waiter's owner runs again (a goroutine,
// whose instruction then completes from its wake fields) or is signalled (a host thread).
void Runtime::wakeWaiter(ChannelWaiter* w, WakeState state)
{
    if (G* g = w->g)
    {
        g->selectCase = w->caseIndex;
        g->wake = state;
        ready(g);
    }
    else
        w->host->wake();
}

// Go's send, with c locked: a parked receiver takes the value directly; else the buffer. Park
// if neither (nothing is queued).
Runtime::ChanResult Runtime::trySendLocked(ChanObject* c, Slot* value)
{
    if (c->closed)
        return ChanResult::Closed;
    if (ChannelWaiter* r = c->recvq.dequeue())
    {
        copySlots(r->data, value, c->elemSlots);
        if (r->okSlot)
            r->okSlot->i = 1;
        r->success = true;
        wakeWaiter(r, WakeState::Done);
        return ChanResult::Done;
    }
    if (c->count < c->cap)
    {
        copySlots(c->buf + c->sendx * c->elemSlots, value, c->elemSlots);
        if (++c->sendx == c->cap)
            c->sendx = 0;
        setCount(c, c->count + 1);
        return ChanResult::Done;
    }
    return ChanResult::Park;
}

// trySendLocked, or (block) g queues itself and parks.
Runtime::ChanResult Runtime::sendLocked(G& g, ChanObject* c, Slot* value, bool block)
{
    const ChanResult r = trySendLocked(c, value);
    if (r != ChanResult::Park || !block)
        return r;
    ChannelWaiter& w = g.waiters.emplace_back();
    w = ChannelWaiter{};
    w.g = &g;
    w.chan = c;
    w.data = value;
    w.isSend = true;
    c->sendq.push(&w);
    park(g, "chan send");
    return ChanResult::Park;
}

Runtime::ChanResult Runtime::chanSend(G& g, ChanObject* c, Slot* value, bool block)
{
    if (!block && chanSendWouldBlock(c))
        return ChanResult::Park;
    ChanLock lock(c);
    return sendLocked(g, c, value, block);
}

Runtime::ChanResult Runtime::chanTrySend(ChanObject* c, Slot* value)
{
    if (chanSendWouldBlock(c))
        return ChanResult::Park;
    ChanLock lock(c);
    return trySendLocked(c, value);
}

// Go's recv, with c locked: a parked sender (unbuffered: take its value; buffered and full: take
// the head of the buffer and put the sender's value at the tail), else the buffer, else closed
// (zero value, ok false). Park if none of these (nothing is queued).
Runtime::ChanResult Runtime::tryRecvLocked(ChanObject* c, Slot* dest, Slot* ok)
{
    const uint32_t n = c->elemSlots;
    if (ChannelWaiter* s = c->sendq.dequeue())
    {
        if (c->cap == 0)
            copySlots(dest, s->data, n);
        else
        {
            Slot* head = c->buf + c->recvx * n;
            copySlots(dest, head, n);
            copySlots(head, s->data, n);
            if (++c->recvx == c->cap)
                c->recvx = 0;
            c->sendx = c->recvx;
        }
        if (ok)
            ok->i = 1;
        s->success = true;
        wakeWaiter(s, WakeState::Done);
        return ChanResult::Done;
    }
    if (c->count > 0)
    {
        Slot* head = c->buf + c->recvx * n;
        copySlots(dest, head, n);
        for (uint32_t i = 0; i < n; i++)
            head[i].u = 0; // the collector must not keep the element alive
        if (++c->recvx == c->cap)
            c->recvx = 0;
        setCount(c, c->count - 1);
        if (ok)
            ok->i = 1;
        return ChanResult::Done;
    }
    if (c->closed)
    {
        zeroValue(*this, c->elem, dest, n);
        if (ok)
            ok->i = 0;
        return ChanResult::Done;
    }
    return ChanResult::Park;
}

// tryRecvLocked, or (block) g queues itself and parks.
Runtime::ChanResult Runtime::recvLocked(G& g, ChanObject* c, Slot* dest, Slot* ok, bool block)
{
    const ChanResult r = tryRecvLocked(c, dest, ok);
    if (r != ChanResult::Park || !block)
        return r;
    ChannelWaiter& w = g.waiters.emplace_back();
    w = ChannelWaiter{};
    w.g = &g;
    w.chan = c;
    w.data = dest;
    w.okSlot = ok;
    c->recvq.push(&w);
    park(g, "chan receive");
    return ChanResult::Park;
}

Runtime::ChanResult Runtime::chanRecv(G& g, ChanObject* c, Slot* dest, Slot* ok, bool block)
{
    if (!block && chanRecvWouldBlock(c))
        return ChanResult::Park;
    ChanLock lock(c);
    return recvLocked(g, c, dest, ok, block);
}

// Go's closechan: every parked receiver gets the zero value and ok false; every parked sender
// wakes to panic. False (and nothing changes) if c was already closed.
bool Runtime::chanClose(ChanObject* c)
{
    ChanLock lock(c);
    if (c->closed)
        return false;
    std::atomic_ref<uint32_t>(c->closed).store(1, std::memory_order_relaxed);
    while (ChannelWaiter* r = c->recvq.dequeue())
    {
        zeroValue(*this, c->elem, r->data, c->elemSlots);
        if (r->okSlot)
            r->okSlot->i = 0;
        r->success = false;
        wakeWaiter(r, WakeState::Done);
    }
    while (ChannelWaiter* s = c->sendq.dequeue())
    {
        s->success = false;
        wakeWaiter(s, WakeState::Closed);
    }
    return true;
}

namespace {

// select.go's lockorder: the distinct channels of the cases, by address.
struct SelectLocks
{
    ChanObject* small[16];
    std::vector<ChanObject*> big;
    ChanObject** chans = small;
    size_t n = 0;

    explicit SelectLocks(const std::vector<ChannelWaiter>& cases)
    {
        if (cases.size() > 16)
        {
            big.resize(cases.size());
            chans = big.data();
        }
        for (const ChannelWaiter& w : cases)
            if (w.chan)
                chans[n++] = w.chan;
        std::sort(chans, chans + n);
        n = size_t(std::unique(chans, chans + n) - chans);
    }
    void lock()
    {
        for (size_t i = 0; i < n; i++)
            spinLock(chans[i]->lock);
    }
    void unlock()
    {
        for (size_t i = n; i-- > 0;)
            spinUnlock(chans[i]->lock);
    }
};

} // namespace

// Go's selectgo. The cases were laid out in g.waiters by the instruction. Lock every channel,
// poll the cases in a random order (fairness); the first ready one wins. Otherwise the default
// case, or a waiter on every channel and park: the first partner completes one case and claims
// the select.
int Runtime::chanSelect(G& g, size_t ncases, bool hasDefault)
{
    // pollorder: a Fisher-Yates shuffle with the worker's generator.
    uint32_t order[64];
    std::vector<uint32_t> bigOrder;
    uint32_t* po = order;
    if (ncases > 64)
    {
        bigOrder.resize(ncases);
        po = bigOrder.data();
    }
    Worker& wk = *g.worker;
    for (uint32_t i = 0; i < ncases; i++)
    {
        uint32_t j = uint32_t(wk.random() % (i + 1));
        po[i] = po[j];
        po[j] = i;
    }
    if (hasDefault && ncases == 1)
    {
        // Go's selectnbsend and selectnbrecv: a non-blocking operation, with its fast path.
        const ChannelWaiter& w = g.waiters[0];
        if (!w.chan || (w.isSend ? chanSendWouldBlock(w.chan) : chanRecvWouldBlock(w.chan)))
            return -2;
    }
    SelectLocks locks(g.waiters);
    locks.lock();
    for (size_t k = 0; k < ncases; k++)
    {
        ChannelWaiter& w = g.waiters[po[k]];
        ChanObject* c = w.chan;
        if (!c)
            continue; // a nil channel's case is never ready
        const ChanResult r = w.isSend ? trySendLocked(c, w.data) : tryRecvLocked(c, w.data, w.okSlot);
        if (r == ChanResult::Park)
            continue;
        locks.unlock();
        return r == ChanResult::Closed ? -3 : w.caseIndex;
    }
    if (hasDefault)
    {
        locks.unlock();
        return -2;
    }
    g.selectDone.store(false, std::memory_order_relaxed);
    for (size_t i = 0; i < ncases; i++)
    {
        ChannelWaiter& w = g.waiters[i];
        if (!w.chan)
            continue;
        (w.isSend ? w.chan->sendq : w.chan->recvq).push(&w);
    }
    park(g, ncases == 0 ? "select (no cases)" : "select");
    locks.unlock();
    return -1;
}

void Runtime::selectDequeue(G& g)
{
    SelectLocks locks(g.waiters);
    locks.lock();
    for (ChannelWaiter& w : g.waiters)
        if (w.chan)
            (w.isSend ? w.chan->sendq : w.chan->recvq).remove(&w);
    locks.unlock();
}

// A host thread blocks until its operation completes, parked on c's queues beside goroutines
// (Go's chansend/chanrecv with a HostWaiter instead of a sudog). Only Done or Closed (a send on
// a closed channel) come back. The caller keeps `value`/`dest` alive and reachable for the
// collector until then.
// A host thread's wait on a channel: until a partner wakes it (true), or the program ends
// (false: w is taken off its queue first). A partner dequeues and wakes under the channel's
// lock, so under that lock w is either still queued or already woken.
bool Runtime::hostWait(ChanObject* c, ChannelWaiter& w, HostWaiter& hw, WaiterQueue& q)
{
    for (;;)
    {
        if (hw.waitFor(std::chrono::milliseconds(5)))
            return true;
        if (!exiting.load(std::memory_order_acquire))
            continue;
        ChanLock lock(c);
        if (hw.isWoken())
            return true;
        q.remove(&w);
        return false;
    }
}

Runtime::ChanResult Runtime::hostSend(ChanObject* c, Slot* value, bool block)
{
    if (!block && chanSendWouldBlock(c))
        return ChanResult::Park;
    HostWaiter hw;
    ChannelWaiter w;
    w.host = &hw;
    w.chan = c;
    w.data = value;
    w.isSend = true;
    {
        ChanLock lock(c);
        const ChanResult r = trySendLocked(c, value);
        if (r != ChanResult::Park || !block)
            return r;
        c->sendq.push(&w);
    }
    if (!hostWait(c, w, hw, c->sendq))
        return ChanResult::Park; // the program ended
    // The partner dequeued w before waking it: nothing refers to w or hw after this.
    return w.success ? ChanResult::Done : ChanResult::Closed;
}

Runtime::ChanResult Runtime::hostRecv(ChanObject* c, Slot* dest, Slot* ok, bool block)
{
    if (!block && chanRecvWouldBlock(c))
        return ChanResult::Park;
    HostWaiter hw;
    ChannelWaiter w;
    w.host = &hw;
    w.chan = c;
    w.data = dest;
    w.okSlot = ok;
    {
        ChanLock lock(c);
        const ChanResult r = tryRecvLocked(c, dest, ok);
        if (r != ChanResult::Park || !block)
            return r;
        c->recvq.push(&w);
    }
    if (!hostWait(c, w, hw, c->recvq))
        return ChanResult::Park; // the program ended
    return ChanResult::Done;
}

} // namespace weft
