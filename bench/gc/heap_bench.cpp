// Microbenchmarks of the heap (not a test): allocation cost on the HeapCache fast path and mark
// throughput. Build with -DWEFT_BENCH=ON (a Release build) and run weft_heap_bench.
//
// Allocation: ns per object, refills included: paced by GOGC with collections (memory reused,
// so zeroed on allocation), and on fresh pages with GC off (page faults, no zeroing); malloc
// and free for scale. Marking: live bytes marked per second for a long list (pointer chasing,
// one object at a time), a wide tree, and large pointer arrays; the sweep time is shown apart.
#include "runtime/GcLayout.h"
#include "runtime/Heap.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

using namespace weft;

namespace {

// Times are this thread's CPU time, so that other processes on the machine (the benchmark ran
// next to fuzzers) inflate them less than wall-clock time would.
double cpuSeconds()
{
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

GcLayout layoutOf(std::initializer_list<GcWordKind> words)
{
    std::vector<GcWordKind> v(words);
    return *GcLayout::fromWords(v);
}

struct Roots final : GcRootEnumerator
{
    std::vector<const void*> pointers;
    void enumerateRoots(GcRootVisitor& visitor) override
    {
        for (const void* p : pointers)
            visitor.pointer(p);
    }
};

HeapConfig benchConfig()
{
    HeapConfig config;
    config.limitBytes = size_t{8} << 30;
    config.gcPercent = -1; // the benchmark decides when to collect
    return config;
}

// Allocates `n` objects of `size` bytes and writes their first word, keeping none. With
// `paced`, collects (no roots) whenever pacing asks, as a program would: the heap stays at a
// few MiB and its memory is reused (and so zeroed on allocation). Returns ns per allocation,
// collections included.
double allocLoop(size_t n, size_t size, const GcLayout* layout, bool paced)
{
    HeapConfig config = benchConfig();
    config.gcPercent = paced ? 100 : -1;
    Heap heap(config);
    HeapCache cache(heap);
    Roots none;
    const double t = cpuSeconds();
    for (size_t i = 0; i < n; ++i)
    {
        auto* p = static_cast<size_t*>(heap.allocate(cache, size, layout));
        *p = i;
        if (paced && (i & 255) == 0 && heap.shouldCollect())
            heap.collect(none);
    }
    const double s = cpuSeconds() - t;
    if (paced && heap.stats().numGC == 0)
        std::printf("no collection ran\n");
    return s * 1e9 / static_cast<double>(n);
}

double mallocLoop(size_t n, size_t size)
{
    std::vector<size_t*> ptrs(1 << 16);
    const double t = cpuSeconds();
    for (size_t i = 0; i < n; i += ptrs.size())
    {
        for (size_t*& p : ptrs)
        {
            p = static_cast<size_t*>(std::malloc(size));
            *p = i;
        }
        for (size_t* p : ptrs)
            std::free(p);
    }
    return (cpuSeconds() - t) * 1e9 / static_cast<double>(n);
}

void benchAllocation()
{
    const size_t n = 20'000'000;
    const GcLayout node = layoutOf({GcWordKind::Pointer, GcWordKind::Scalar});
    const GcLayout record = layoutOf({GcWordKind::Pointer, GcWordKind::Scalar, GcWordKind::Scalar,
                                      GcWordKind::Scalar, GcWordKind::Scalar, GcWordKind::Scalar});
    struct Case
    {
        const char* name;
        size_t size;
        const GcLayout* layout;
    };
    const Case cases[] = {
        {"noscan 16 B", 16, nullptr},
        {"noscan 64 B", 64, nullptr},
        {"scan 16 B (+8 header)", 16, &node},
        {"scan 48 B (+8 header)", 48, &record},
    };
    std::printf("allocation, %zu objects per run, ns/op\n", n);
    std::printf("  %-22s %16s %16s %16s\n", "", "paced (GOGC=100)", "fresh pages", "malloc+free");
    for (const Case& c : cases)
    {
        const double paced = allocLoop(n, c.size, c.layout, true);
        const double fresh = allocLoop(n, c.size, c.layout, false);
        const double viaMalloc = mallocLoop(n, c.size + (c.layout != nullptr ? kGcHeaderBytes : 0));
        std::printf("  %-22s %16.2f %16.2f %16.2f\n", c.name, paced, fresh, viaMalloc);
    }
}

// One collection; the mark and sweep phases are the collection's CPU time split in the ratio
// of the heap's own (wall-clock) phase timings.
void reportCollect(const char* name, Heap& heap, Roots& roots)
{
    const double t = cpuSeconds();
    heap.collect(roots);
    const double cpu = cpuSeconds() - t;
    const HeapStats s = heap.stats();
    const double phases = static_cast<double>(s.lastMarkNs + s.lastSweepNs);
    const double markS = cpu * static_cast<double>(s.lastMarkNs) / phases;
    const double sweepS = cpu - markS;
    const double mb = static_cast<double>(s.heapMarked) / 1e6;
    std::printf("  %-28s live %7.1f MB %9llu objects  mark %7.1f ms = %6.0f MB/s %5.1f ns/object  sweep %5.1f ms\n",
                name, mb, static_cast<unsigned long long>(s.heapObjects), markS * 1e3, mb / markS,
                markS * 1e9 / static_cast<double>(s.heapObjects), sweepS * 1e3);
}

void benchMark()
{
    std::printf("mark throughput (live bytes marked per second, one collection each)\n");
    {
        Heap heap(benchConfig());
        HeapCache cache(heap);
        const GcLayout layout = layoutOf({GcWordKind::Pointer, GcWordKind::Scalar});
        void* head = nullptr;
        for (int i = 0; i < 10'000'000; ++i)
        {
            auto** n = static_cast<void**>(heap.allocate(cache, 16, &layout));
            n[0] = head;
            head = n;
        }
        Roots roots;
        roots.pointers = {head};
        reportCollect("list, 10M x 24 B", heap, roots);
    }
    {
        Heap heap(benchConfig());
        HeapCache cache(heap);
        // struct { left, right *T; payload [6]int64 }: 64 B + header = 80 B class.
        const GcLayout layout = layoutOf({GcWordKind::Pointer, GcWordKind::Pointer, GcWordKind::Scalar,
                                          GcWordKind::Scalar, GcWordKind::Scalar, GcWordKind::Scalar,
                                          GcWordKind::Scalar, GcWordKind::Scalar});
        // A complete binary tree of 2^22 - 1 nodes, built bottom-up without recursion.
        std::vector<void**> level;
        for (int i = 0; i < (1 << 21); ++i)
            level.push_back(static_cast<void**>(heap.allocate(cache, 64, &layout)));
        while (level.size() > 1)
        {
            std::vector<void**> up;
            for (size_t i = 0; i + 1 < level.size(); i += 2)
            {
                auto** n = static_cast<void**>(heap.allocate(cache, 64, &layout));
                n[0] = level[i];
                n[1] = level[i + 1];
                up.push_back(n);
            }
            level.swap(up);
        }
        Roots roots;
        roots.pointers = {level[0]};
        reportCollect("binary tree, 4M x 80 B", heap, roots);
    }
    {
        Heap heap(benchConfig());
        HeapCache cache(heap);
        const GcLayout pointer = layoutOf({GcWordKind::Pointer});
        // 64 arrays of 64K pointers ([]*[]byte), each element a 32-byte noscan object.
        Roots roots;
        for (int a = 0; a < 64; ++a)
        {
            auto** array = static_cast<void**>(heap.allocate(cache, 65536 * 8, &pointer));
            for (int i = 0; i < 65536; ++i)
                array[i] = heap.allocate(cache, 32, nullptr);
            roots.pointers.push_back(array);
        }
        reportCollect("pointer arrays, 4M x 32 B", heap, roots);
    }
    {
        Heap heap(benchConfig());
        HeapCache cache(heap);
        // Noscan data is marked but never read: 512 MiB of []byte in 1 MiB pieces.
        Roots roots;
        for (int i = 0; i < 512; ++i)
            roots.pointers.push_back(heap.allocate(cache, 1 << 20, nullptr));
        reportCollect("noscan, 512 x 1 MiB", heap, roots);
    }
}

} // namespace

int main()
{
    benchAllocation();
    benchMark();
    return 0;
}
