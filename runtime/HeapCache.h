#pragma once
#include "runtime/GcLayout.h"
#include "runtime/SizeClasses.h"
#include "runtime/Span.h"

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace weft {

class Heap;

// A per-worker-thread allocation cache (Go's mcache): one current span per span class, from
// which small objects are allocated with no lock and no atomic operation.
//
// Ownership and locking:
//   - A HeapCache is used by one thread at a time (its worker). allocate() touches only the
//     cache and its current spans, which no other thread touches while they are cached (see
//     Span.h), so the fast path needs no synchronisation.
//   - When a current span is full, refill goes to the Heap and takes Heap::mutex_.
//   - collect() (world stopped) takes every cache's spans back and resets the cache to empty;
//     the VM's stop-the-world handshake orders that with the worker's next allocation.
//   - The cache registers with its heap at construction and gives its spans back at
//     destruction (under the mutex). A cache outliving its heap is detached by ~Heap and then
//     returns nullptr for every allocation.
//
// Invariants:
//   - current_[sc] is either &empty_ (nelems 0, never written: nextFree() on it fails without
//     writing) or an in-use span of span class sc with cached set, held by no other cache and
//     in no HeapCentral list.
//   - mallocs_ and allocatedBytes_ count allocations not yet added to the heap's statistics;
//     they are flushed at refill, at collect() and at destruction.
class HeapCache
{
public:
    explicit HeapCache(Heap& heap);
    ~HeapCache();
    HeapCache(const HeapCache&) = delete;
    HeapCache& operator=(const HeapCache&) = delete;

    // Heap::allocate's contract: zeroed memory for `size` bytes, or nullptr at the hard limit.
    // `layout` null (or a layout without pointers) makes a noscan object.
    void* allocate(size_t size, const GcLayout* layout)
    {
        const bool scan = layout != nullptr && layout->hasPointers();
        const size_t header = scan ? kGcHeaderBytes : 0;
        // 0 < size <= kMaxSmallSize - header; size 0 wraps around and takes the slow path.
        if (size - 1 < kMaxSmallSize - header)
        {
            const int sc = spanClassOf(sizeToClass(size + header), !scan);
            Span* s = current_[sc];
            const uint32_t index = s->nextFree();
            if (index != Span::kNoFree) [[likely]]
                return finishSmall(s, index, scan ? layout : nullptr);
            return refillAndAllocate(sc, scan ? layout : nullptr);
        }
        return allocateOther(size, layout);
    }

    // The heap this cache allocates from (nullptr once the heap is gone).
    Heap* heap() const { return heap_; }

    // For runtime.ReadMemStats, on the cache's own thread: the allocations not yet added to the
    // heap's statistics, and the free space of the current spans, which the heap's heapLive
    // already counts as allocated (it charges a span's free space when the span is cached).
    uint64_t pendingMallocs() const { return mallocs_; }
    uint64_t pendingBytes() const { return allocatedBytes_; }
    uint64_t cachedFreeBytes() const
    {
        uint64_t n = 0;
        for (const Span* s : current_)
            n += uint64_t{s->freeObjects()} * s->elemSize;
        return n;
    }

private:
    friend class Heap;

    void* finishSmall(Span* s, uint32_t index, const GcLayout* layout)
    {
        char* slot = reinterpret_cast<char*>(s->objectAddress(index));
        if (s->needZero)
            std::memset(slot, 0, s->elemSize);
        ++mallocs_;
        allocatedBytes_ += s->elemSize;
        if (layout == nullptr)
            return slot;
        std::memcpy(slot, &layout, sizeof layout);
        return slot + kGcHeaderBytes;
    }

    void* refillAndAllocate(int sc, const GcLayout* layout);
    // Size 0, large objects, and sizes too large to represent.
    void* allocateOther(size_t size, const GcLayout* layout);
    void resetToEmpty();

    Heap* heap_;
    Span* current_[kNumSpanClasses];
    uint64_t mallocs_ = 0;
    uint64_t allocatedBytes_ = 0;
    // Registration in the heap's list of caches, guarded by Heap::mutex_.
    HeapCache* next_ = nullptr;
    HeapCache* prev_ = nullptr;
    // The read-only sentinel every empty slot of current_ points to.
    Span empty_;
};

} // namespace weft
