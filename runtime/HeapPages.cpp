#include "runtime/HeapPages.h"

#include <algorithm>

namespace weft {

HeapPages::HeapPages(HeapArena& arena, SpanPool& pool, size_t limitPages)
    : arena_(arena), pool_(pool), limitPages_(std::min(limitPages, arena.reservedPages()))
{
}

Span* HeapPages::allocSpan(size_t npages)
{
    if (npages == 0 || npages > limitPages_ - inUsePages_)
        return nullptr;
    auto it = freeRuns_.lower_bound({npages, 0});
    if (it == freeRuns_.end())
    {
        if (!grow(npages))
            return nullptr;
        it = freeRuns_.lower_bound({npages, 0});
        if (it == freeRuns_.end())
            return nullptr;
    }
    Span* run = arena_.spanAtPage(it->second);
    removeFree(run);
    if (run->npages > npages)
    {
        // Split: the front becomes the span, the rest stays a free run (same zeroed state).
        Span* rest = pool_.create();
        rest->base = run->base + npages * kPageSize;
        rest->npages = run->npages - npages;
        rest->needZero = run->needZero;
        rest->state = SpanState::Free;
        insertFree(rest);
        run->npages = npages;
    }
    run->state = SpanState::InUse;
    run->cached = false;
    run->next = run->prev = nullptr;
    arena_.setSpan(arena_.pageOf(run->base), npages, run);
    inUsePages_ += npages;
    return run;
}

void HeapPages::freeSpan(Span* s)
{
    inUsePages_ -= s->npages;
    s->state = SpanState::Free;
    s->sizeClass = 0;
    s->cached = false;
    s->next = s->prev = nullptr;
    // The objects leave old data behind, unless the pages go back to the kernel.
    s->needZero = true;
    if (s->bytes() >= kReleaseBytes && arena_.release(arena_.pageOf(s->base), s->npages))
    {
        s->needZero = false;
        releasedPages_ += s->npages;
    }
    coalesceAndInsert(s);
}

bool HeapPages::grow(size_t npages)
{
    const size_t remaining = arena_.reservedPages() - arena_.committedPages();
    if (npages > remaining)
        return false;
    size_t step = std::min(std::max(npages, kGrowPages), remaining);
    const size_t first = arena_.committedPages();
    if (!arena_.grow(step))
    {
        step = npages;
        if (!arena_.grow(step))
            return false;
    }
    Span* run = pool_.create();
    run->base = arena_.addressOf(first);
    run->npages = step;
    run->needZero = false; // fresh pages from the kernel
    run->state = SpanState::Free;
    coalesceAndInsert(run);
    return true;
}

void HeapPages::coalesceAndInsert(Span* run)
{
    size_t first = arena_.pageOf(run->base);
    // Interior pages of a free run map to nullptr; first and last are set by insertFree().
    arena_.setSpan(first, run->npages, nullptr);
    if (first > 0)
    {
        Span* before = arena_.spanAtPage(first - 1);
        if (before != nullptr && before->state == SpanState::Free)
        {
            removeFree(before);
            arena_.setSpan(first - 1, 1, nullptr); // its last page is interior now
            run->base = before->base;
            run->npages += before->npages;
            run->needZero = run->needZero || before->needZero;
            pool_.destroy(before);
            first = arena_.pageOf(run->base);
        }
    }
    const size_t end = first + run->npages;
    if (end < arena_.committedPages())
    {
        Span* after = arena_.spanAtPage(end);
        if (after != nullptr && after->state == SpanState::Free)
        {
            removeFree(after);
            arena_.setSpan(end, 1, nullptr); // its first page is interior now
            run->npages += after->npages;
            run->needZero = run->needZero || after->needZero;
            pool_.destroy(after);
        }
    }
    insertFree(run);
}

void HeapPages::insertFree(Span* run)
{
    const size_t first = arena_.pageOf(run->base);
    arena_.setSpan(first, 1, run);
    arena_.setSpan(first + run->npages - 1, 1, run);
    freeRuns_.insert({run->npages, first});
}

void HeapPages::removeFree(Span* run)
{
    freeRuns_.erase({run->npages, arena_.pageOf(run->base)});
}

bool HeapPages::verify() const
{
    size_t inUse = 0;
    size_t freeRuns = 0;
    bool previousFree = false;
    for (size_t page = 0; page < arena_.committedPages();)
    {
        Span* s = arena_.spanAtPage(page);
        if (s == nullptr || s->base != arena_.addressOf(page) || s->npages == 0 ||
            page + s->npages > arena_.committedPages())
            return false;
        const size_t last = page + s->npages - 1;
        if (s->state == SpanState::InUse)
        {
            for (size_t p = page; p <= last; ++p)
                if (arena_.spanAtPage(p) != s)
                    return false;
            inUse += s->npages;
            previousFree = false;
        }
        else
        {
            if (previousFree || arena_.spanAtPage(last) != s || !freeRuns_.count({s->npages, page}))
                return false;
            for (size_t p = page + 1; p < last; ++p)
                if (arena_.spanAtPage(p) != nullptr)
                    return false;
            ++freeRuns;
            previousFree = true;
        }
        page = last + 1;
    }
    for (size_t p = arena_.committedPages(); p < arena_.reservedPages() && p < arena_.committedPages() + kGrowPages; ++p)
        if (arena_.spanAtPage(p) != nullptr)
            return false;
    return inUse == inUsePages_ && freeRuns == freeRuns_.size() && inUsePages_ <= limitPages_;
}

} // namespace weft
