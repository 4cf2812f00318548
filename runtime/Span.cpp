#include "runtime/Span.h"

#include <cstring>
#include <new>
#include <utility>

namespace weft {

void Span::initSmall(uint8_t cls, bool isNoscan)
{
    sizeClass = cls;
    noscan = isNoscan;
    elemSize = kClassToSize[cls];
    nelems = static_cast<uint32_t>(bytes() / elemSize);
    divMagic = divMagicFor(static_cast<uint32_t>(elemSize));
    state = SpanState::InUse;
    cached = false;
    allocCount = 0;
    resetAllocBits();
    std::memset(markBits, 0, sizeof(uint64_t) * kBitmapWords);
}

void Span::initLarge(size_t objectBytes, bool isNoscan)
{
    sizeClass = 0;
    noscan = isNoscan;
    elemSize = objectBytes;
    nelems = 1;
    divMagic = 0;
    state = SpanState::InUse;
    cached = false;
    allocCount = 1; // a large span is allocated whole, its one object at once
    resetAllocBits();
    allocBits[0] = ~uint64_t{0};
    std::memset(markBits, 0, sizeof(uint64_t) * kBitmapWords);
}

void Span::resetAllocBits()
{
    std::memset(allocBits, 0, sizeof(uint64_t) * kBitmapWords);
    // Indexes past the last object read as allocated, so the allocation cache never offers them.
    if (nelems % 64 != 0)
        allocBits[nelems / 64] |= ~uint64_t{0} << (nelems % 64);
    freeIndex = 0;
    cacheEnd = 0;
    allocCache = 0;
}

uint32_t Span::nextFreeSlow()
{
    // The cache is exhausted: load the complement of the next allocBits words until one has a
    // free object. Writes nothing when the span is full, so an empty sentinel span (nelems 0)
    // may be shared read-only.
    uint32_t end = cacheEnd;
    while (end < nelems)
    {
        const uint64_t freeBits = ~allocBits[end / 64];
        if (freeBits != 0)
        {
            freeIndex = end;
            cacheEnd = end + 64;
            allocCache = freeBits;
            return nextFree();
        }
        end += 64;
    }
    if (cacheEnd != end)
    {
        cacheEnd = end;
        freeIndex = nelems;
    }
    return kNoFree;
}

uint32_t Span::sweep()
{
    uint32_t live = 0;
    const size_t words = bitmapWords();
    for (size_t w = 0; w < words; ++w)
        live += static_cast<uint32_t>(__builtin_popcountll(markBits[w]));
    const uint32_t freed = allocCount - live;
    std::swap(allocBits, markBits);
    std::memset(markBits, 0, sizeof(uint64_t) * kBitmapWords);
    if (nelems % 64 != 0)
        allocBits[nelems / 64] |= ~uint64_t{0} << (nelems % 64);
    freeIndex = 0;
    cacheEnd = 0;
    allocCache = 0;
    allocCount = live;
    if (freed != 0)
        needZero = true;
    return freed;
}

void SpanList::pushFront(Span* s)
{
    s->prev = nullptr;
    s->next = first_;
    if (first_ != nullptr)
        first_->prev = s;
    first_ = s;
}

void SpanList::remove(Span* s)
{
    if (s->prev != nullptr)
        s->prev->next = s->next;
    else
        first_ = s->next;
    if (s->next != nullptr)
        s->next->prev = s->prev;
    s->next = nullptr;
    s->prev = nullptr;
}

Span* SpanPool::create()
{
    Span* s;
    if (free_ != nullptr)
    {
        s = free_;
        free_ = s->next;
        s->~Span();
        new (s) Span();
        return s;
    }
    if (usedInLastChunk_ == kChunk)
    {
        chunks_.push_back(std::make_unique<Span[]>(kChunk));
        usedInLastChunk_ = 0;
    }
    return &chunks_.back()[usedInLastChunk_++];
}

void SpanPool::destroy(Span* s)
{
    s->state = SpanState::Free;
    s->next = free_;
    free_ = s;
}

} // namespace weft
