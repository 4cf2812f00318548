#pragma once
#include "runtime/SizeClasses.h"
#include "runtime/Span.h"

namespace weft {

// The in-use spans that no HeapCache holds (Go's mcentral, one per span class, plus the list
// of large objects). Guarded by Heap::mutex_; collect() walks it with the world stopped.
//
// Invariants:
//   - Every in-use span is in exactly one place: a HeapCache (`cached`), or one list here.
//   - A small span not in a cache is in partial(sc) if it has a free object, else in full(sc),
//     where sc is its span class. Spans here have been swept since the last collection's mark
//     phase (sweeping is eager, inside collect()), so their allocBits are current.
//   - Every large span is in large(), from allocation until the sweep frees it. Large spans are
//     never cached.
class HeapCentral
{
public:
    HeapCentral() = default;
    HeapCentral(const HeapCentral&) = delete;
    HeapCentral& operator=(const HeapCentral&) = delete;

    // A span of span class `sc` with at least one free object, removed from the lists, or
    // nullptr.
    Span* takePartial(int sc)
    {
        Span* s = partial_[sc].first();
        if (s != nullptr)
            partial_[sc].remove(s);
        return s;
    }

    // Files a small span that is in no list (a cache gave it back, or the sweeper kept it).
    void file(Span* s)
    {
        const int sc = spanClassOf(s->sizeClass, s->noscan);
        (s->freeObjects() != 0 ? partial_[sc] : full_[sc]).pushFront(s);
    }

    // Empties both lists of span class `sc` and returns their spans as one chain linked by
    // Span::next (the sweeper re-files or frees each).
    Span* takeAll(int sc)
    {
        Span* chain = nullptr;
        for (SpanList* list : {&partial_[sc], &full_[sc]})
        {
            while (Span* s = list->first())
            {
                list->remove(s);
                s->next = chain;
                chain = s;
            }
        }
        return chain;
    }

    SpanList& partial(int sc) { return partial_[sc]; }
    SpanList& full(int sc) { return full_[sc]; }
    const SpanList& partial(int sc) const { return partial_[sc]; }
    const SpanList& full(int sc) const { return full_[sc]; }
    SpanList& large() { return large_; }
    const SpanList& large() const { return large_; }

private:
    SpanList partial_[kNumSpanClasses];
    SpanList full_[kNumSpanClasses];
    SpanList large_;
};

} // namespace weft
