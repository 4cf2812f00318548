#include "runtime/Heap.h"

#include "runtime/GcMarker.h"
#include "runtime/GcSweeper.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <limits>

namespace weft {

Heap::Heap(const HeapConfig& config)
    : arena_(config.limitBytes),
      pages_(arena_, spanPool_, config.limitBytes / kPageSize),
      stressMode_(config.stressMode),
      gcPercent_(config.gcPercent < 0 ? -1 : config.gcPercent)
{
    setNextGCLocked();
}

Heap::~Heap()
{
    // Caches still alive are detached: their spans vanish with the arena, and from now on they
    // allocate nothing.
    std::lock_guard lock(mutex_);
    for (HeapCache* c = caches_; c != nullptr; c = c->next_)
    {
        c->heap_ = nullptr;
        c->resetToEmpty();
    }
    caches_ = nullptr;
}

void Heap::registerCache(HeapCache& cache)
{
    std::lock_guard lock(mutex_);
    cache.prev_ = nullptr;
    cache.next_ = caches_;
    if (caches_ != nullptr)
        caches_->prev_ = &cache;
    caches_ = &cache;
}

void Heap::unregisterCache(HeapCache& cache)
{
    std::lock_guard lock(mutex_);
    releaseCacheLocked(cache);
    if (cache.prev_ != nullptr)
        cache.prev_->next_ = cache.next_;
    else
        caches_ = cache.next_;
    if (cache.next_ != nullptr)
        cache.next_->prev_ = cache.prev_;
    cache.next_ = cache.prev_ = nullptr;
    cache.heap_ = nullptr;
}

void Heap::releaseCacheLocked(HeapCache& cache)
{
    for (Span*& s : cache.current_)
    {
        if (s != &cache.empty_)
            uncacheSpanLocked(s);
        s = &cache.empty_;
    }
    flushCacheStatsLocked(cache);
}

void Heap::uncacheSpanLocked(Span* s)
{
    // The cache was charged for the span's free objects when it took the span (Go's
    // mcentral.cacheSpan); what it did not use is uncharged.
    s->cached = false;
    heapLive_.store(heapLive_.load(std::memory_order_relaxed) - uint64_t{s->freeObjects()} * s->elemSize,
                    std::memory_order_relaxed);
    central_.file(s);
}

void Heap::flushCacheStatsLocked(HeapCache& cache)
{
    mallocs_ += cache.mallocs_;
    totalAlloc_ += cache.allocatedBytes_;
    cache.mallocs_ = 0;
    cache.allocatedBytes_ = 0;
}

Span* Heap::refill(HeapCache& cache, int sc)
{
    std::lock_guard lock(mutex_);
    Span*& current = cache.current_[sc];
    if (current != &cache.empty_)
        uncacheSpanLocked(current);
    current = &cache.empty_;
    flushCacheStatsLocked(cache);

    Span* s = central_.takePartial(sc);
    if (s == nullptr)
    {
        const uint8_t sizeClass = static_cast<uint8_t>(sc / 2);
        s = pages_.allocSpan(kClassToPages[sizeClass]);
        if (s == nullptr)
            return nullptr;
        s->initSmall(sizeClass, (sc & 1) != 0);
    }
    s->cached = true;
    // Charge the whole free space now, so heapLive needs no update on the fast path.
    heapLive_.store(heapLive_.load(std::memory_order_relaxed) + uint64_t{s->freeObjects()} * s->elemSize,
                    std::memory_order_relaxed);
    current = s;
    return s;
}

void* Heap::allocateLarge(size_t size, const GcLayout* layout)
{
    const bool scan = layout != nullptr && layout->hasPointers();
    const size_t header = scan ? kGcHeaderBytes : 0;
    // Beyond the limit it cannot succeed; checking first also keeps the arithmetic below from
    // overflowing (the limit is far below SIZE_MAX).
    if (size > limitBytes())
        return nullptr;
    const size_t objectBytes = (size + header + 7) & ~size_t{7};
    const size_t npages = (objectBytes + kPageSize - 1) >> kPageShift;
    Span* s;
    bool needZero;
    {
        std::lock_guard lock(mutex_);
        s = pages_.allocSpan(npages);
        if (s == nullptr)
            return nullptr;
        s->initLarge(objectBytes, !scan);
        central_.large().pushFront(s);
        heapLive_.store(heapLive_.load(std::memory_order_relaxed) + s->bytes(), std::memory_order_relaxed);
        ++mallocs_;
        totalAlloc_ += s->bytes();
        needZero = s->needZero;
    }
    // Zeroing happens outside the lock. No collection can run meanwhile: this thread is not at
    // a safepoint.
    char* object = reinterpret_cast<char*>(s->base);
    if (needZero)
        std::memset(object, 0, objectBytes);
    if (!scan)
        return object;
    std::memcpy(object, &layout, sizeof layout);
    return object + kGcHeaderBytes;
}

void Heap::collect(GcRootEnumerator& roots)
{
    using Clock = std::chrono::steady_clock;
    auto nanosSince = [](Clock::time_point t) {
        return static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - t).count());
    };
    const Clock::time_point start = Clock::now();
    std::lock_guard lock(mutex_);
    // Every span goes back to central_, so the sweeper sees them all and the caches start
    // afresh (Go's mcache flush at the start of a cycle).
    for (HeapCache* c = caches_; c != nullptr; c = c->next_)
        releaseCacheLocked(*c);

    GcMarker marker(arena_);
    roots.enumerateRoots(marker);
    finalizers_.markRoots(marker);
    marker.drain();
    finalizers_.queueUnreachable(marker);
    lastMarkNs_ = nanosSince(start);

    const Clock::time_point sweepStart = Clock::now();
    const SweepResult swept = GcSweeper(central_, pages_).sweepAll();
    lastSweepNs_ = nanosSince(sweepStart);
    frees_ += swept.freedObjects;
    heapMarked_ = swept.liveBytes;
    heapLive_.store(swept.liveBytes, std::memory_order_relaxed);
    ++numGC_;
    setNextGCLocked();
    pauseTotalNs_ += nanosSince(start);
}

void Heap::setNextGCLocked()
{
    // Go's gcControllerState.heapGoal without the concurrent-mark slack:
    // nextGC = marked * (1 + GOGC/100), at least kMinimumNextGC; off when GOGC < 0.
    uint64_t goal = std::numeric_limits<uint64_t>::max();
    if (gcPercent_ >= 0)
    {
        const unsigned __int128 wanted =
            static_cast<unsigned __int128>(heapMarked_) * (100 + static_cast<unsigned>(gcPercent_)) / 100;
        if (wanted < goal)
            goal = static_cast<uint64_t>(wanted);
        goal = std::max(goal, kMinimumNextGC);
    }
    nextGC_.store(goal, std::memory_order_relaxed);
}

int Heap::setGcPercent(int percent)
{
    std::lock_guard lock(mutex_);
    const int old = gcPercent_;
    gcPercent_ = percent < 0 ? -1 : percent;
    setNextGCLocked();
    return old;
}

int Heap::gcPercent() const
{
    std::lock_guard lock(mutex_);
    return gcPercent_;
}

HeapStats Heap::stats() const
{
    std::lock_guard lock(mutex_);
    HeapStats st;
    st.heapLive = heapLive_.load(std::memory_order_relaxed);
    st.heapMarked = heapMarked_;
    st.heapObjects = mallocs_ - frees_;
    st.numGC = numGC_;
    st.totalAlloc = totalAlloc_;
    st.mallocs = mallocs_;
    st.frees = frees_;
    st.nextGC = nextGC_.load(std::memory_order_relaxed);
    st.heapInUse = pages_.inUsePages() * kPageSize;
    st.heapSys = arena_.committedPages() * kPageSize;
    st.heapReleased = pages_.releasedPages() * kPageSize;
    st.pauseTotalNs = pauseTotalNs_;
    st.lastMarkNs = lastMarkNs_;
    st.lastSweepNs = lastSweepNs_;
    return st;
}

void* Heap::objectBase(const void* p) const
{
    std::lock_guard lock(mutex_);
    Span* s = arena_.spanOf(p);
    if (s == nullptr || s->state != SpanState::InUse)
        return nullptr;
    const uint32_t index = s->objectIndex(reinterpret_cast<uintptr_t>(p));
    if (index >= s->nelems || !s->isAllocated(index))
        return nullptr;
    char* slot = reinterpret_cast<char*>(s->objectAddress(index));
    return s->noscan ? slot : slot + kGcHeaderBytes;
}

Heap::FinalizerResult Heap::addFinalizer(const Finalizer& f)
{
    std::lock_guard lock(mutex_);
    // Only the span's geometry is read (set under this lock): its alloc bits may be changing
    // under a cache, and the object is allocated anyway (the caller holds a pointer to it).
    Span* s = arena_.spanOf(f.object);
    if (s == nullptr || s->state != SpanState::InUse)
        return FinalizerResult::NotInHeap;
    const uintptr_t p = reinterpret_cast<uintptr_t>(f.object);
    const uint32_t index = s->objectIndex(p);
    if (index >= s->nelems)
        return FinalizerResult::NotInHeap;
    if (p != s->objectAddress(index) + (s->noscan ? 0 : kGcHeaderBytes))
        return FinalizerResult::NotObjectStart;
    return finalizers_.add(f) ? FinalizerResult::Ok : FinalizerResult::AlreadySet;
}

void Heap::removeFinalizer(void* object)
{
    std::lock_guard lock(mutex_);
    finalizers_.remove(object);
}

bool Heap::takeQueuedFinalizer(Finalizer* out)
{
    std::lock_guard lock(mutex_);
    return finalizers_.takeQueued(out);
}

bool Heap::hasQueuedFinalizers() const
{
    std::lock_guard lock(mutex_);
    return finalizers_.anyQueued();
}

namespace {

bool marksClear(const Span& s)
{
    for (size_t w = 0; w < Span::kBitmapWords; ++w)
        if (s.markBits[w] != 0)
            return false;
    return true;
}

bool allocCountMatches(const Span& s)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < s.nelems; ++i)
        n += s.isAllocated(i) ? 1 : 0;
    return n == s.allocCount;
}

} // namespace

bool Heap::verify() const
{
    std::lock_guard lock(mutex_);
    if (!pages_.verify())
        return false;
    auto smallSpanOk = [&](const Span* s, int sc, bool cached) {
        return s->state == SpanState::InUse && s->cached == cached && s->sizeClass != 0 &&
               spanClassOf(s->sizeClass, s->noscan) == sc && arena_.spanOf(reinterpret_cast<void*>(s->base)) == s &&
               marksClear(*s) && allocCountMatches(*s);
    };
    for (int sc = 0; sc < kNumSpanClasses; ++sc)
    {
        for (const Span* s = central_.partial(sc).first(); s != nullptr; s = s->next)
            if (!smallSpanOk(s, sc, false) || s->freeObjects() == 0)
                return false;
        for (const Span* s = central_.full(sc).first(); s != nullptr; s = s->next)
            if (!smallSpanOk(s, sc, false) || s->freeObjects() != 0)
                return false;
    }
    for (const Span* s = central_.large().first(); s != nullptr; s = s->next)
        if (s->state != SpanState::InUse || s->sizeClass != 0 || s->cached || !marksClear(*s))
            return false;
    for (const HeapCache* c = caches_; c != nullptr; c = c->next_)
        for (int sc = 0; sc < kNumSpanClasses; ++sc)
            if (c->current_[sc] != &c->empty_ && !smallSpanOk(c->current_[sc], sc, true))
                return false;
    return true;
}

} // namespace weft
