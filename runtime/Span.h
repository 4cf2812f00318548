#pragma once
#include "runtime/SizeClasses.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace weft {

enum class SpanState : uint8_t
{
    Free,  // a run of free pages in HeapPages (its interior pages map to nullptr)
    InUse, // holds objects: one size class, or one large object
};

// A run of contiguous pages (Go's mspan). An in-use span holds either `nelems` objects of one
// size class (`sizeClass` > 0), each `elemSize` bytes, or one large object (`sizeClass` == 0,
// nelems == 1). A free span describes a run of free pages in HeapPages.
//
// Who may touch a span (the locking rule, enforced by the callers):
//   - A span in a HeapCache (`cached`) is touched only by the thread that owns that cache, with
//     no lock: nextFree() reads and writes the allocation state below.
//   - Any other span belongs to HeapCentral or HeapPages and is touched only under
//     Heap::mutex_, or by collect(), which runs with every mutator stopped.
// Moving a span between the two (HeapCache refill and release) happens under Heap::mutex_, so
// the mutex orders one owner's writes before the next owner's reads.
//
// Allocation state of a small-object span (Go's freeindex/allocCache/allocBits):
//   - allocBits: the objects that survived the last sweep (or none, for a fresh span). Bits at
//     indexes >= nelems are set, so they always read as "allocated".
//   - Every object below freeIndex is allocated: allocation hands out the lowest free index at
//     or above freeIndex and moves freeIndex past it. So object i is allocated iff
//     i < freeIndex || allocBits[i].
//   - allocCache caches the complement of allocBits for the indexes [freeIndex, cacheEnd):
//     bit k is set iff object freeIndex + k is free. Bits beyond cacheEnd - freeIndex are 0.
//     cacheEnd is a multiple of 64 (or 0 after a sweep, when the cache is empty).
//   - allocCount is the number of allocated objects.
//   - markBits are all clear except during collect(), between marking and this span's sweep.
struct Span
{
    static constexpr uint32_t kNoFree = ~uint32_t{0};
    static constexpr size_t kBitmapWords = kMaxObjectsPerSpan / 64;

    Span() = default;
    // allocBits and markBits point into the span itself.
    Span(const Span&) = delete;
    Span& operator=(const Span&) = delete;

    // The allocation fast path's fields come first.
    uint64_t allocCache = 0;
    uint32_t freeIndex = 0;
    uint32_t cacheEnd = 0;
    uint32_t nelems = 0;
    uint32_t allocCount = 0;
    uintptr_t base = 0;   // address of the first page
    size_t elemSize = 0;  // bytes per object; a large span: the object's header + size, rounded to 8
    bool needZero = false; // free objects may hold old data: zero them when handed out
    bool noscan = false;   // objects hold no pointers and have no header
    bool cached = false;   // owned by a HeapCache
    uint8_t sizeClass = 0; // 0: large object (or a free run)
    SpanState state = SpanState::Free;
    uint32_t divMagic = 0; // divMagicFor(elemSize), small spans only
    size_t npages = 0;

    uint64_t* allocBits = bitmaps_[0];
    uint64_t* markBits = bitmaps_[1];

    // Membership in one SpanList at a time.
    Span* next = nullptr;
    Span* prev = nullptr;

    uintptr_t limit() const { return base + npages * kPageSize; }
    size_t bytes() const { return npages * kPageSize; }
    bool isLarge() const { return sizeClass == 0; }

    // Prepares an in-use span over [base, base + npages pages) for objects of `sizeClass`
    // (small) or for one object of `objectBytes` (sizeClass 0). Keeps needZero as set by the
    // page allocator.
    void initSmall(uint8_t sizeClass, bool noscan);
    void initLarge(size_t objectBytes, bool noscan);

    // The index of a free object, now allocated, or kNoFree if the span is full.
    uint32_t nextFree()
    {
        if (allocCache != 0)
        {
            const unsigned bit = static_cast<unsigned>(__builtin_ctzll(allocCache));
            const uint32_t index = freeIndex + bit;
            allocCache = bit == 63 ? 0 : allocCache >> (bit + 1);
            freeIndex = index + 1;
            ++allocCount;
            return index;
        }
        return nextFreeSlow();
    }
    uint32_t nextFreeSlow();

    uint32_t freeObjects() const { return nelems - allocCount; }
    uintptr_t objectAddress(uint32_t index) const { return base + index * elemSize; }

    // The index of the object containing address p (base <= p < limit()), or nelems when p is
    // in the span's tail waste.
    uint32_t objectIndex(uintptr_t p) const
    {
        if (sizeClass == 0)
            return p - base < elemSize ? 0 : nelems;
        const uint32_t index = static_cast<uint32_t>(((p - base) * uint64_t{divMagic}) >> 32);
        return index < nelems ? index : nelems;
    }

    bool isAllocated(uint32_t index) const
    {
        return index < freeIndex || ((allocBits[index / 64] >> (index % 64)) & 1) != 0;
    }
    bool isMarked(uint32_t index) const { return ((markBits[index / 64] >> (index % 64)) & 1) != 0; }
    void setMarked(uint32_t index) { markBits[index / 64] |= uint64_t{1} << (index % 64); }

    // Go's sweep of one span: the marked objects become the allocated ones, the rest are free.
    // Resets freeIndex and the cache, clears the mark bits. Returns how many objects were freed.
    // Only with the world stopped.
    uint32_t sweep();

private:
    size_t bitmapWords() const { return (nelems + 63) / 64; }
    void resetAllocBits();

    uint64_t bitmaps_[2][kBitmapWords] = {};
};

// An intrusive doubly linked list of spans (Go's mSpanList). A span is in at most one list.
class SpanList
{
public:
    bool empty() const { return first_ == nullptr; }
    Span* first() const { return first_; }
    void pushFront(Span* s);
    void remove(Span* s);

private:
    Span* first_ = nullptr;
};

// Where Span objects come from (Go's fixalloc): chunks of C++ memory outside the GC arena,
// recycled through a free list. Guarded by Heap::mutex_.
class SpanPool
{
public:
    Span* create();
    void destroy(Span* s);

private:
    static constexpr size_t kChunk = 64;
    std::vector<std::unique_ptr<Span[]>> chunks_;
    size_t usedInLastChunk_ = kChunk;
    Span* free_ = nullptr;
};

} // namespace weft
