#pragma once
#include "runtime/SizeClasses.h"

#include <cstddef>
#include <cstdint>

namespace weft {

struct Span;

// The heap's address space (Go's heapArena, one per Heap instead of many per process): one
// contiguous range reserved at construction and the page map over it.
//
// Invariants kept here:
//   - [base, base + reservedBytes) is reserved with PROT_NONE; the prefix of `committedPages`
//     pages is PROT_READ|PROT_WRITE. Commitment only grows, from the bottom (grow()), so the
//     mapping is two VMAs however the heap is used. Pages released with madvise(MADV_DONTNEED)
//     stay committed and read as zero on their next touch.
//   - Pages at or above committedPages have never been handed out, and their page-map entries
//     are nullptr.
//   - The page map is a flat array, one Span* per reserved page, indexed by
//     (address - base) >> kPageShift. It is itself mapped with MAP_NORESERVE and filled lazily by
//     the kernel, so it costs memory only for the part of the arena in use, and it never moves:
//     spanOf() needs no bounds on anything but the arena. (A std::vector would have to be
//     resized as the heap grows, which would move it under a concurrent reader.)
//   - What the entries hold is HeapPages' invariant (see HeapPages.h); the arena only stores them.
//
// The arena is guarded by Heap::mutex_ for writes (grow, release, setSpan); spanOf() reads are
// made under that mutex or with the world stopped (marking, debug queries).
class HeapArena
{
public:
    // Reserves `bytes` (rounded up to whole pages) of address space. On failure the arena is
    // empty (reservedPages() == 0) and every grow() fails.
    explicit HeapArena(size_t bytes);
    ~HeapArena();
    HeapArena(const HeapArena&) = delete;
    HeapArena& operator=(const HeapArena&) = delete;

    uintptr_t base() const { return base_; }
    size_t reservedPages() const { return reservedPages_; }
    size_t committedPages() const { return committedPages_; }

    bool contains(const void* p) const
    {
        return reinterpret_cast<uintptr_t>(p) - base_ < reservedPages_ * kPageSize;
    }
    size_t pageOf(uintptr_t address) const { return (address - base_) >> kPageShift; }
    uintptr_t addressOf(size_t page) const { return base_ + (page << kPageShift); }

    // The span recorded for the page holding p, or nullptr (also for p outside the arena).
    Span* spanOf(const void* p) const
    {
        const uintptr_t offset = reinterpret_cast<uintptr_t>(p) - base_;
        if (offset >= reservedPages_ * kPageSize)
            return nullptr;
        return pageMap_[offset >> kPageShift];
    }
    Span* spanAtPage(size_t page) const { return pageMap_[page]; }
    void setSpan(size_t firstPage, size_t npages, Span* s);

    // Commits `npages` more pages at the top of the committed prefix. False when the reservation
    // is exhausted or the kernel refuses (the heap then reports out of memory).
    bool grow(size_t npages);

    // Returns the pages' memory to the kernel; they stay usable. True if they now read as zero.
    bool release(size_t firstPage, size_t npages);

private:
    uintptr_t base_ = 0;
    size_t reservedPages_ = 0;
    size_t committedPages_ = 0;
    Span** pageMap_ = nullptr;
    size_t pageMapBytes_ = 0;
};

} // namespace weft
