#include "runtime/HeapCache.h"

#include "runtime/Heap.h"

namespace weft {

HeapCache::HeapCache(Heap& heap) : heap_(&heap)
{
    resetToEmpty();
    heap.registerCache(*this);
}

HeapCache::~HeapCache()
{
    if (heap_ != nullptr)
        heap_->unregisterCache(*this);
}

void HeapCache::resetToEmpty()
{
    for (Span*& s : current_)
        s = &empty_;
}

void* HeapCache::refillAndAllocate(int sc, const GcLayout* layout)
{
    if (heap_ == nullptr)
        return nullptr;
    Span* s = heap_->refill(*this, sc);
    if (s == nullptr)
        return nullptr;
    // A refilled span has a free object.
    const uint32_t index = s->nextFree();
    if (index == Span::kNoFree)
        return nullptr;
    return finishSmall(s, index, layout);
}

void* HeapCache::allocateOther(size_t size, const GcLayout* layout)
{
    if (heap_ == nullptr)
        return nullptr;
    if (size == 0)
        return heap_->zeroBase();
    return heap_->allocateLarge(size, layout);
}

} // namespace weft
