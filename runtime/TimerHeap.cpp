// The timer heap's operations: a 4-ary min-heap, as Go's (runtime/time.go siftupTimer and
// siftdownTimer), with each timer's index kept in it.
#include "runtime/TimerHeap.h"

namespace weft {

void TimerHeap::push(Timer* t)
{
    heap_.push_back(Entry{t->when, t->seq, t});
    t->index = uint32_t(heap_.size() - 1);
    siftUp(heap_.size() - 1);
}

void TimerHeap::remove(Timer* t)
{
    const size_t i = t->index;
    const Entry last = heap_.back();
    heap_.pop_back();
    t->index = Timer::kNotInHeap;
    if (last.t == t)
        return;
    place(last, i);
    // The moved timer may belong above or below its new place.
    siftUp(i);
    siftDown(last.t->index);
}

void TimerHeap::fix(Timer* t)
{
    Entry& e = heap_[t->index];
    e.when = t->when;
    e.seq = t->seq;
    siftUp(t->index);
    siftDown(t->index);
}

void TimerHeap::siftUp(size_t i)
{
    const Entry e = heap_[i];
    while (i > 0)
    {
        const size_t parent = (i - 1) / 4;
        if (!e.before(heap_[parent]))
            break;
        place(heap_[parent], i);
        i = parent;
    }
    place(e, i);
}

void TimerHeap::siftDown(size_t i)
{
    const size_t n = heap_.size();
    const Entry e = heap_[i];
    for (;;)
    {
        const size_t first = i * 4 + 1;
        if (first >= n)
            break;
        size_t best = first;
        for (size_t c = first + 1; c < first + 4 && c < n; c++)
            if (heap_[c].before(heap_[best]))
                best = c;
        if (!heap_[best].before(e))
            break;
        place(heap_[best], i);
        i = best;
    }
    place(e, i);
}

} // namespace weft
