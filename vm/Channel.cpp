// Channel operations and select, after Go's runtime/chan.go and select.go. The invariants are
// written at the top of Channel.h.
#include "vm/InterpreterImpl.h"

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
        // selectDone); its other waiters are skipped here and dequeued when it wakes.
        if (w->caseIndex >= 0)
        {
            if (w->g->selectDone)
                continue;
            w->g->selectDone = true;
        }
        return w;
    }
    return nullptr;
}

const GcLayout* Interpreter::Impl::bufferLayout(const TypeDesc* elem)
{
    auto it = bufferLayouts.find(elem);
    if (it != bufferLayouts.end())
        return it->second.get();
    std::unique_ptr<GcLayout> l;
    if (std::any_of(elem->slotKinds.begin(), elem->slotKinds.end(), [](GcWordKind k) { return k != GcWordKind::Scalar; }))
        l = std::make_unique<GcLayout>(*GcLayout::fromWords(elem->slotKinds));
    const GcLayout* r = l.get();
    bufferLayouts[elem] = std::move(l);
    return r;
}

ChanObject* Interpreter::Impl::makeChan(const TypeDesc* chanType, int64_t size)
{
    static const GcWordKind kWords[sizeof(ChanObject) / 8] = {GcWordKind::Scalar, GcWordKind::Pointer};
    static const GcLayout kLayout = *GcLayout::fromWords(kWords);
    const TypeDesc* elem = chanType->elem;
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
        c->buf = static_cast<Slot*>(allocate(size_t(size) * elem->slots * sizeof(Slot), bufferLayout(elem)));
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
static void zeroValue(Interpreter::Impl& vm, const TypeDesc* elem, Slot* dst, uint32_t n)
{
    if (!dst)
        return;
    if (elem->kind == TypeKind8::Struct || elem->kind == TypeKind8::Array)
        dst[0].p = vm.allocType(elem);
    else
        copySlots(dst, nullptr, n);
}

// Go's send: a parked receiver takes the value directly; else the buffer; else park.
bool Interpreter::Impl::chanSend(Goroutine& g, ChanObject* c, Slot* value, bool block)
{
    if (ChannelWaiter* r = c->recvq.dequeue())
    {
        copySlots(r->data, value, c->elemSlots);
        if (r->okSlot)
            r->okSlot->i = 1;
        r->success = true;
        r->g->selectCase = r->caseIndex;
        r->g->wake = WakeState::Done;
        ready(r->g);
        return true;
    }
    if (c->count < c->cap)
    {
        copySlots(c->buf + c->sendx * c->elemSlots, value, c->elemSlots);
        if (++c->sendx == c->cap)
            c->sendx = 0;
        c->count++;
        return true;
    }
    if (!block)
        return false;
    ChannelWaiter& w = g.waiters.emplace_back();
    w = ChannelWaiter{};
    w.g = &g;
    w.chan = c;
    w.data = value;
    w.isSend = true;
    c->sendq.push(&w);
    park(g, "chan send");
    return false;
}

// Go's recv: a parked sender (unbuffered: take its value; buffered and full: take the head of
// the buffer and put the sender's value at the tail), else the buffer, else closed (zero
// value, ok false), else park.
bool Interpreter::Impl::chanRecv(Goroutine& g, ChanObject* c, Slot* dest, Slot* ok, bool block)
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
        s->g->selectCase = s->caseIndex;
        s->g->wake = WakeState::Done;
        ready(s->g);
        return true;
    }
    if (c->count > 0)
    {
        Slot* head = c->buf + c->recvx * n;
        copySlots(dest, head, n);
        for (uint32_t i = 0; i < n; i++)
            head[i].u = 0; // the collector must not keep the element alive
        if (++c->recvx == c->cap)
            c->recvx = 0;
        c->count--;
        if (ok)
            ok->i = 1;
        return true;
    }
    if (c->closed)
    {
        zeroValue(*this, c->elem, dest, n);
        if (ok)
            ok->i = 0;
        return true;
    }
    if (!block)
        return false;
    ChannelWaiter& w = g.waiters.emplace_back();
    w = ChannelWaiter{};
    w.g = &g;
    w.chan = c;
    w.data = dest;
    w.okSlot = ok;
    c->recvq.push(&w);
    park(g, "chan receive");
    return false;
}

// Go's closechan: every parked receiver gets the zero value and ok false; every parked sender
// wakes to panic. (The caller has checked nil and already-closed channels.)
void Interpreter::Impl::chanClose(ChanObject* c)
{
    c->closed = 1;
    while (ChannelWaiter* r = c->recvq.dequeue())
    {
        zeroValue(*this, c->elem, r->data, c->elemSlots);
        if (r->okSlot)
            r->okSlot->i = 0;
        r->success = false;
        r->g->selectCase = r->caseIndex;
        r->g->wake = WakeState::Done;
        ready(r->g);
    }
    while (ChannelWaiter* s = c->sendq.dequeue())
    {
        s->success = false;
        s->g->selectCase = s->caseIndex;
        s->g->wake = WakeState::Closed;
        ready(s->g);
    }
}

// Go's selectgo. The cases were laid out in g.waiters by the instruction. Poll them in a random
// order (fairness); the first ready one wins. Otherwise the default case, or a waiter on every
// channel and park: the first partner completes one case and claims the select.
int Interpreter::Impl::chanSelect(Goroutine& g, size_t ncases, bool hasDefault)
{
    // pollorder: a Fisher-Yates shuffle with the interpreter's generator.
    uint32_t order[64];
    std::vector<uint32_t> bigOrder;
    uint32_t* po = order;
    if (ncases > 64)
    {
        bigOrder.resize(ncases);
        po = bigOrder.data();
    }
    for (uint32_t i = 0; i < ncases; i++)
    {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        uint32_t j = uint32_t((seed >> 33) % (i + 1));
        po[i] = po[j];
        po[j] = i;
    }
    for (size_t k = 0; k < ncases; k++)
    {
        ChannelWaiter& w = g.waiters[po[k]];
        ChanObject* c = w.chan;
        if (!c)
            continue; // a nil channel's case is never ready
        if (w.isSend)
        {
            if (c->closed)
                return -3; // the caller panics: send on closed channel
            if (chanSend(g, c, w.data, false))
                return w.caseIndex;
        }
        else if (chanRecv(g, c, w.data, w.okSlot, false))
            return w.caseIndex;
    }
    if (hasDefault)
        return -2;
    g.selectDone = false;
    for (size_t i = 0; i < ncases; i++)
    {
        ChannelWaiter& w = g.waiters[i];
        if (!w.chan)
            continue;
        (w.isSend ? w.chan->sendq : w.chan->recvq).push(&w);
    }
    park(g, ncases == 0 ? "select (no cases)" : "select");
    return -1;
}

void Interpreter::Impl::selectDequeue(Goroutine& g)
{
    for (ChannelWaiter& w : g.waiters)
        if (w.chan)
            (w.isSend ? w.chan->sendq : w.chan->recvq).remove(&w);
}

} // namespace weft
