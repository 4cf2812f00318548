#include "runtime/HeapArena.h"

#include <sys/mman.h>

namespace weft {

HeapArena::HeapArena(size_t bytes)
{
    const size_t pages = bytes / kPageSize + (bytes % kPageSize != 0 ? 1 : 0);
    if (pages == 0 || pages > (SIZE_MAX >> kPageShift) / sizeof(Span*))
        return;
    const size_t arenaBytes = pages * kPageSize;
    void* arena = mmap(nullptr, arenaBytes, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (arena == MAP_FAILED)
        return;
    const size_t mapBytes = (pages * sizeof(Span*) + kPageSize - 1) & ~(kPageSize - 1);
    void* map = mmap(nullptr, mapBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (map == MAP_FAILED)
    {
        munmap(arena, arenaBytes);
        return;
    }
    base_ = reinterpret_cast<uintptr_t>(arena);
    reservedPages_ = pages;
    pageMap_ = static_cast<Span**>(map);
    pageMapBytes_ = mapBytes;
}

HeapArena::~HeapArena()
{
    if (reservedPages_ == 0)
        return;
    munmap(reinterpret_cast<void*>(base_), reservedPages_ * kPageSize);
    munmap(pageMap_, pageMapBytes_);
}

void HeapArena::setSpan(size_t firstPage, size_t npages, Span* s)
{
    for (size_t i = 0; i < npages; ++i)
        pageMap_[firstPage + i] = s;
}

bool HeapArena::grow(size_t npages)
{
    if (npages > reservedPages_ - committedPages_)
        return false;
    void* start = reinterpret_cast<void*>(addressOf(committedPages_));
    if (mprotect(start, npages * kPageSize, PROT_READ | PROT_WRITE) != 0)
        return false;
    committedPages_ += npages;
    return true;
}

bool HeapArena::release(size_t firstPage, size_t npages)
{
    // MADV_DONTNEED on private anonymous memory drops the pages at once; the next touch maps a
    // zero page. Failure leaves the memory as it was, which is still correct, just not zero.
    return madvise(reinterpret_cast<void*>(addressOf(firstPage)), npages * kPageSize, MADV_DONTNEED) == 0;
}

} // namespace weft
