#pragma once
#include "runtime/GcLayout.h"
#include "runtime/GcRoots.h"
#include "runtime/HeapArena.h"
#include "runtime/HeapCache.h"
#include "runtime/HeapCentral.h"
#include "runtime/HeapFinalizers.h"
#include "runtime/HeapPages.h"
#include "runtime/Span.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <mutex>

namespace weft {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define WEFT_HEAP_UNDER_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define WEFT_HEAP_UNDER_SANITIZER 1
#endif
#endif

struct HeapConfig
{
    // The hard limit on heap memory (pages of in-use spans), and the size of the address space
    // reserved for the heap. Sanitizers reserve much address space of their own, so builds
    // under them default to less.
#ifdef WEFT_HEAP_UNDER_SANITIZER
    static constexpr size_t kDefaultLimitBytes = size_t{8} << 30;
#else
    static constexpr size_t kDefaultLimitBytes = size_t{64} << 30;
#endif
    size_t limitBytes = kDefaultLimitBytes;
    // GOGC: collect when the heap has grown by this percentage since the last collection's
    // live heap. Negative: off (pacing never asks for a collection).
    int gcPercent = 100;
    // WEFT_GCSTRESS: shouldCollect() is always true.
    bool stressMode = false;
};

// Counters for runtime.MemStats. Bytes are counted as the heap spends them: an object's size
// class (header included), or a large object's whole pages.
struct HeapStats
{
    uint64_t heapLive = 0;     // pacing's live heap: marked at the last collection, plus what
                               // was allocated since, plus free space in cached spans
    uint64_t heapMarked = 0;   // live bytes found by the last collection
    uint64_t heapObjects = 0;  // mallocs - frees
    uint64_t numGC = 0;
    uint64_t totalAlloc = 0;   // cumulative bytes allocated
    uint64_t mallocs = 0;
    uint64_t frees = 0;
    uint64_t nextGC = 0;       // shouldCollect() once heapLive reaches this
    uint64_t heapInUse = 0;    // bytes of in-use spans (what the hard limit counts)
    uint64_t heapSys = 0;      // bytes of the arena committed so far
    uint64_t heapReleased = 0; // cumulative bytes returned to the kernel with madvise
    uint64_t pauseTotalNs = 0; // time spent in collect(), all collections
    uint64_t lastMarkNs = 0;   // the last collection's mark phase (roots and drain)
    uint64_t lastSweepNs = 0;  // the last collection's sweep phase
};

// The garbage-collected heap of one Interpreter: a reserved arena, Go's size classes, per-thread
// caches, and a stop-the-world mark-sweep collector driven by the VM. Two heaps in one process
// share nothing.
//
// The pieces, bottom up (each file documents the invariants it keeps):
//   SizeClasses  Go's size classes and the page size
//   HeapArena    the reserved address space and the page map (page -> Span*)
//   Span         a run of pages holding objects of one class, with its alloc and mark bits
//   HeapPages    free page runs: span allocation, coalescing, madvise, the hard limit
//   HeapCentral  in-use spans not held by a cache (partial/full per class, large)
//   HeapCache    a worker's lock-free allocation fast path
//   GcLayout     a type's pointer map; GcRoots: how the VM names its roots
//   GcMarker     marking with an explicit stack; GcSweeper: eager sweeping
//
// The lock: mutex_ guards the central structures, arena_ (page map, commit), pages_ (free
// runs), central_ (span lists), the span pool, the statistics, the list of caches and the
// finalizers.
// Allocation takes it only to refill a cache or for a large object; collect() holds it
// throughout. heapLive_ and nextGC_ are written under it and are atomic only so that
// shouldCollect() can read them without it.
//
// Collection protocol (the VM's side): stop every mutator at a safepoint, so none is inside
// allocate(); call collect(); restart them. The VM's stop/restart handshake must synchronise
// (a mutex or condition variable), which orders the collector's writes to the caches with the
// workers' next allocations.
//
// Addresses: every address in [arena base, base + limit) is either in an in-use span, a free
// run or the uncommitted tail; see HeapArena.h and HeapPages.h. Pointers outside the arena are
// not heap pointers.
class Heap
{
public:
    explicit Heap(const HeapConfig& config = HeapConfig{});
    ~Heap();
    Heap(const Heap&) = delete;
    Heap& operator=(const Heap&) = delete;

    // False if the address space could not be reserved; every allocation then fails.
    bool ok() const { return arena_.reservedPages() != 0; }

    // `size` bytes of zeroed memory from `cache` (which must belong to this heap: else nullptr),
    // or nullptr if the hard limit would be exceeded or the size cannot be represented. With a
    // layout that has pointers, the object is a scan object: it is `size / layout->size()`
    // copies of `layout` (so a slice's array is allocated with its element's layout) and is
    // traced; the header word before the returned pointer holds `layout`. Otherwise (null
    // layout) it is never scanned. Size 0 returns one fixed address outside the arena (Go's
    // zerobase). Returned memory is 8-byte aligned.
    void* allocate(HeapCache& cache, size_t size, const GcLayout* layout)
    {
        return cache.heap_ == this ? cache.allocate(size, layout) : nullptr;
    }

    // Pacing: true when heapLive has reached nextGC (GOGC), or always in stress mode. Lock-free;
    // any thread may ask.
    bool shouldCollect() const
    {
        return stressMode_.load(std::memory_order_relaxed) ||
               heapLive_.load(std::memory_order_relaxed) >= nextGC_.load(std::memory_order_relaxed);
    }

    // A full collection. Only with every mutator of this heap stopped (see above). The roots are
    // visited once; every object not reachable from them is freed.
    void collect(GcRootEnumerator& roots);

    // debug.SetGCPercent: returns the previous value; negative turns pacing off.
    int setGcPercent(int percent);
    int gcPercent() const;
    void setStressMode(bool on) { stressMode_.store(on, std::memory_order_relaxed); }
    bool stressMode() const { return stressMode_.load(std::memory_order_relaxed); }
    size_t limitBytes() const { return pages_.limitPages() * kPageSize; }
    // The smallest nextGC pacing ever sets (Go's heapminimum).
    static constexpr uint64_t kMinimumNextGC = uint64_t{4} << 20;

    // Counters; allocations still buffered in a cache appear after its next refill, collect()
    // or destruction.
    HeapStats stats() const;

    // Debug and runtime queries. They read spans that a cache may be allocating from: call them
    // with the world stopped, or from the only thread allocating.
    bool contains(const void* p) const { return arena_.contains(p); }
    // The start (the pointer allocate returned) of the allocated object containing p, which may
    // point anywhere inside it, or nullptr.
    void* objectBase(const void* p) const;
    // True if p points into an object that is allocated (not freed by a collection since).
    bool isLiveObject(const void* p) const { return objectBase(p) != nullptr; }
    // runtime.SetFinalizer. addFinalizer: Ok, or why not (Go's throws). removeFinalizer: the
    // object's finalizer, if any, is forgotten (one already queued still runs). A collection
    // queues the finalizers of objects it found unreachable (HeapFinalizers.h);
    // takeQueuedFinalizer hands them out, oldest first, to be run.
    enum class FinalizerResult { Ok, NotInHeap, NotObjectStart, AlreadySet };
    FinalizerResult addFinalizer(const Finalizer& f);
    void removeFinalizer(void* object);
    bool takeQueuedFinalizer(Finalizer* out);
    bool hasQueuedFinalizers() const;

    // Checks the page heap's and central lists' invariants (tests).
    bool verify() const;

private:
    friend class HeapCache;

    void registerCache(HeapCache& cache);
    void unregisterCache(HeapCache& cache);
    // Under mutex_: gives a cache's current spans back to central_ and flushes its counters.
    void releaseCacheLocked(HeapCache& cache);
    void uncacheSpanLocked(Span* s);
    void flushCacheStatsLocked(HeapCache& cache);
    // A span of class sc for the cache (its previous one goes back), or nullptr at the limit.
    Span* refill(HeapCache& cache, int sc);
    void* allocateLarge(size_t size, const GcLayout* layout);
    void* zeroBase() { return zeroBase_; }
    void setNextGCLocked();

    mutable std::mutex mutex_;
    HeapArena arena_;
    SpanPool spanPool_;
    HeapPages pages_;
    HeapCentral central_;
    HeapCache* caches_ = nullptr;
    HeapFinalizers finalizers_;

    std::atomic<uint64_t> heapLive_{0};
    std::atomic<uint64_t> nextGC_{kMinimumNextGC};
    std::atomic<bool> stressMode_{false};
    int gcPercent_ = 100;
    uint64_t heapMarked_ = 0;
    uint64_t numGC_ = 0;
    uint64_t totalAlloc_ = 0;
    uint64_t mallocs_ = 0;
    uint64_t frees_ = 0;
    uint64_t pauseTotalNs_ = 0;
    uint64_t lastMarkNs_ = 0;
    uint64_t lastSweepNs_ = 0;

    alignas(8) unsigned char zeroBase_[8] = {};
};

} // namespace weft
