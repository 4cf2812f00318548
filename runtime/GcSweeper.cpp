#include "runtime/GcSweeper.h"

namespace weft {

SweepResult GcSweeper::sweepAll()
{
    SweepResult result;
    for (int sc = 0; sc < kNumSpanClasses; ++sc)
    {
        Span* chain = central_.takeAll(sc);
        while (chain != nullptr)
        {
            Span* s = chain;
            chain = s->next;
            s->next = nullptr;
            const uint32_t freed = s->sweep();
            result.freedObjects += freed;
            result.freedBytes += uint64_t{freed} * s->elemSize;
            if (s->allocCount == 0)
            {
                pages_.freeSpan(s);
                ++result.freedSpans;
                continue;
            }
            result.liveObjects += s->allocCount;
            result.liveBytes += uint64_t{s->allocCount} * s->elemSize;
            central_.file(s);
        }
    }

    SpanList& large = central_.large();
    for (Span* s = large.first(); s != nullptr;)
    {
        Span* next = s->next;
        if (s->isMarked(0))
        {
            s->markBits[0] = 0;
            ++result.liveObjects;
            result.liveBytes += s->bytes();
        }
        else
        {
            large.remove(s);
            ++result.freedObjects;
            result.freedBytes += s->bytes();
            ++result.freedSpans;
            pages_.freeSpan(s);
        }
        s = next;
    }
    return result;
}

} // namespace weft
