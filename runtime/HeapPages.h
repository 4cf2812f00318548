#pragma once
#include "runtime/HeapArena.h"
#include "runtime/Span.h"

#include <cstddef>
#include <set>
#include <utility>

namespace weft {

// The page heap (the page-allocating half of Go's mheap): hands out runs of pages as spans and
// takes them back, coalescing free neighbours, under the heap's hard limit.
//
// Invariants (all under Heap::mutex_, or with the world stopped):
//   - Every committed page belongs to exactly one span: an in-use span or a free run.
//   - Page map: for an in-use span s, every page of s maps to s, so any address inside s,
//     interior or not, resolves to s in O(1). For a free run r, its first and last pages map to
//     r (so a freed span finds its free neighbours in O(1)) and its other pages map to nullptr.
//     A Span object is recycled only after every entry naming it was overwritten. Hence: if
//     spanOf(p) is an InUse span, p lies inside it.
//   - No two free runs are adjacent (freeing coalesces at once).
//   - freeRuns_ holds exactly the free runs, keyed (npages, first page): allocation takes the
//     best fit, lowest address first, which keeps the heap compact at the bottom of the arena.
//   - A run's needZero is false only if all its memory reads as zero: never handed out since
//     commit, or released with madvise and not reused since. Merging keeps needZero if either
//     part has it.
//   - inUsePages_ <= limitPages_: the hard limit counts pages of in-use spans (objects and
//     their size-class rounding), not committed memory.
class HeapPages
{
public:
    // A freed span at least this large is returned to the kernel at once.
    static constexpr size_t kReleaseBytes = 64 * 1024;
    // The arena is committed in steps of at least this many pages (1 MiB).
    static constexpr size_t kGrowPages = 128;

    HeapPages(HeapArena& arena, SpanPool& pool, size_t limitPages);
    HeapPages(const HeapPages&) = delete;
    HeapPages& operator=(const HeapPages&) = delete;

    // An InUse span of `npages` pages with base, npages and needZero set (the caller initialises
    // it for its objects), or nullptr if the hard limit would be exceeded or no run of that size
    // can be found or committed.
    Span* allocSpan(size_t npages);

    // Returns an in-use span's pages: the span becomes (part of) a free run.
    void freeSpan(Span* s);

    size_t inUsePages() const { return inUsePages_; }
    size_t limitPages() const { return limitPages_; }
    size_t releasedPages() const { return releasedPages_; }

    // Checks every invariant above by walking the committed pages (tests and debugging).
    bool verify() const;

private:
    bool grow(size_t npages);
    void insertFree(Span* run);
    void removeFree(Span* run);
    // Frees `run` (not in freeRuns_, entries possibly stale), merging it with free neighbours.
    void coalesceAndInsert(Span* run);

    HeapArena& arena_;
    SpanPool& pool_;
    size_t limitPages_;
    size_t inUsePages_ = 0;
    size_t releasedPages_ = 0; // cumulative pages madvised
    std::set<std::pair<size_t, size_t>> freeRuns_;
};

} // namespace weft
