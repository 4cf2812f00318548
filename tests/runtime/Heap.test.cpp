// The heap without the collector's graph logic: size classes, layouts, allocation, zeroing,
// interior pointers, large objects, the hard limit, the page heap and several heaps at once.
#include "runtime/GcLayout.h"
#include "runtime/Heap.h"
#include "runtime/SizeClasses.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <limits>
#include <set>
#include <vector>

using namespace weft;

namespace {

constexpr size_t kTestLimit = size_t{1} << 30;

HeapConfig testConfig(size_t limit = kTestLimit)
{
    HeapConfig config;
    config.limitBytes = limit;
    return config;
}

struct NoRoots final : GcRootEnumerator
{
    void enumerateRoots(GcRootVisitor&) override {}
};

GcLayout layoutOf(std::initializer_list<GcWordKind> words)
{
    std::vector<GcWordKind> v(words);
    auto layout = GcLayout::fromWords(v);
    REQUIRE(layout.has_value());
    return *layout;
}

bool allZero(const void* p, size_t n)
{
    const auto* b = static_cast<const unsigned char*>(p);
    for (size_t i = 0; i < n; ++i)
        if (b[i] != 0)
            return false;
    return true;
}

const char* bytes(const void* p)
{
    return static_cast<const char*>(p);
}

} // namespace

TEST_CASE("size classes are Go's and the lookups agree with them")
{
    CHECK(kClassToSize[1] == 8);
    CHECK(kClassToSize[kNumSizeClasses - 1] == kMaxSmallSize);
    for (int c = 2; c < kNumSizeClasses; ++c)
    {
        CHECK(kClassToSize[c] > kClassToSize[c - 1]);
        CHECK(kClassToSize[c] % 8 == 0);
        CHECK(kClassToPages[c] >= 1);
        // A span of the class holds at least one object and at most kMaxObjectsPerSpan.
        const size_t n = kClassToPages[c] * kPageSize / kClassToSize[c];
        CHECK(n >= 1);
        CHECK(n <= kMaxObjectsPerSpan);
    }
    // sizeToClass is the smallest class that fits.
    for (size_t size = 1; size <= kMaxSmallSize; ++size)
    {
        const uint8_t c = sizeToClass(size);
        REQUIRE(c >= 1);
        REQUIRE(kClassToSize[c] >= size);
        REQUIRE(kClassToSize[c - 1] < size);
    }
    // The divide-by-multiply is exact for every offset inside a span of every class.
    for (int c = 1; c < kNumSizeClasses; ++c)
    {
        const uint32_t size = kClassToSize[c];
        const uint64_t magic = divMagicFor(size);
        const size_t spanBytes = kClassToPages[c] * kPageSize;
        for (size_t off = 0; off < spanBytes; ++off)
            if ((off * magic) >> 32 != off / size)
                FAIL("divMagic inexact for class ", c, " offset ", off);
    }
}

TEST_CASE("GcLayout: word kinds, validation, arrays")
{
    using K = GcWordKind;
    const GcLayout str = layoutOf({K::Pointer, K::Scalar});
    CHECK(str.size() == 16);
    CHECK(str.hasPointers());
    CHECK_FALSE(str.allPointers());
    CHECK_FALSE(str.isArray());
    CHECK(str.wordKind(0) == K::Pointer);
    CHECK(str.wordKind(1) == K::Scalar);

    const GcLayout iface = layoutOf({K::Scalar, K::InterfaceType, K::InterfaceData});
    CHECK(iface.wordKind(1) == K::InterfaceType);
    CHECK(iface.wordKind(2) == K::InterfaceData);
    CHECK(iface.hasPointers());
    CHECK(iface.interfaceBits()[0] == 0b010);
    CHECK(iface.pointerBits()[0] == 0);

    // Malformed interface words are refused.
    const std::vector<K> typeAtEnd{K::Scalar, K::InterfaceType};
    const std::vector<K> dataAlone{K::InterfaceData, K::Scalar};
    const std::vector<K> typeThenPointer{K::InterfaceType, K::Pointer};
    CHECK_FALSE(GcLayout::fromWords(typeAtEnd).has_value());
    CHECK_FALSE(GcLayout::fromWords(dataAlone).has_value());
    CHECK_FALSE(GcLayout::fromWords(typeThenPointer).has_value());

    const GcLayout scalars = layoutOf({K::Scalar, K::Scalar});
    CHECK_FALSE(scalars.hasPointers());
    CHECK(layoutOf({K::Pointer, K::Pointer}).allPointers());

    // [1000000]string costs the bits of one string.
    auto strings = GcLayout::array(str, 1000000);
    REQUIRE(strings.has_value());
    CHECK(strings->isArray());
    CHECK(strings->count() == 1000000);
    CHECK(strings->elementWords() == 2);
    CHECK(strings->size() == 16000000);
    CHECK(strings->wordKind(2 * 999999) == K::Pointer);
    CHECK(strings->wordKind(2 * 999999 + 1) == K::Scalar);
    CHECK(strings->wordKind(2 * 1000000) == K::Scalar); // out of range reads as scalar

    // [3][4]string == [12]string.
    auto inner = GcLayout::array(str, 4);
    REQUIRE(inner.has_value());
    auto outer = GcLayout::array(*inner, 3);
    REQUIRE(outer.has_value());
    CHECK(outer->count() == 12);
    CHECK(outer->elementWords() == 2);

    // [0]T has nothing to scan; overflowing sizes are refused.
    auto empty = GcLayout::array(str, 0);
    REQUIRE(empty.has_value());
    CHECK(empty->size() == 0);
    CHECK_FALSE(empty->hasPointers());
    CHECK_FALSE(GcLayout::array(str, std::numeric_limits<size_t>::max() / 8).has_value());

    // A struct { p *T; a [3]string; i interface{} } built from its fields' words.
    std::vector<K> words{K::Pointer};
    GcLayout::array(str, 3)->appendWords(words);
    words.push_back(K::InterfaceType);
    words.push_back(K::InterfaceData);
    auto record = GcLayout::fromWords(words);
    REQUIRE(record.has_value());
    CHECK(record->words() == 9);
    CHECK(record->pointerBits()[0] == 0b0'0010'1011);
    CHECK(record->interfaceBits()[0] == 0b0'1000'0000);

    // Large flat layouts span several bitmap words.
    std::vector<K> many(130, K::Scalar);
    many[64] = K::Pointer;
    many[128] = K::InterfaceType;
    many[129] = K::InterfaceData;
    auto big = GcLayout::fromWords(many);
    REQUIRE(big.has_value());
    CHECK(big->pointerBits()[1] == 1);
    CHECK(big->interfaceBits()[2] == 1);
    CHECK(big->wordKind(129) == K::InterfaceData);
}

TEST_CASE("the interface type-word contract: flags is the descriptor's first word")
{
    struct TypeDescriptor
    {
        uint32_t flags;
        uint32_t kind;
        const char* name;
    };
    const TypeDescriptor pointerType{kTypePointerShaped, 22, "*T"};
    const TypeDescriptor intType{0, 2, "int"};
    const TypeDescriptor otherBits{~kTypePointerShaped, 2, "int"};
    CHECK(gcTypeIsPointerShaped(&pointerType));
    CHECK_FALSE(gcTypeIsPointerShaped(&intType));
    CHECK_FALSE(gcTypeIsPointerShaped(&otherBits));
    CHECK_FALSE(gcTypeIsPointerShaped(nullptr));
}

TEST_CASE("every size class, scan and noscan, gives aligned, zeroed, resolvable objects")
{
    Heap heap(testConfig());
    REQUIRE(heap.ok());
    HeapCache cache(heap);
    const GcLayout ptr = layoutOf({GcWordKind::Pointer});
    for (int c = 1; c < kNumSizeClasses; ++c)
    {
        const size_t classSize = kClassToSize[c];
        for (bool scan : {false, true})
        {
            if (scan && classSize < 16)
                continue;
            const size_t size = scan ? classSize - kGcHeaderBytes : classSize;
            const GcLayout* layout = scan ? &ptr : nullptr;
            // Enough objects to fill more than one span of the class.
            const size_t perSpan = kClassToPages[c] * kPageSize / classSize;
            std::set<const char*> seen;
            for (size_t i = 0; i < perSpan + 2; ++i)
            {
                char* p = static_cast<char*>(heap.allocate(cache, size, layout));
                REQUIRE(p != nullptr);
                CHECK(reinterpret_cast<uintptr_t>(p) % 8 == 0);
                CHECK(heap.contains(p));
                CHECK(allZero(p, size));
                CHECK(heap.objectBase(p) == p);
                CHECK(heap.objectBase(p + size / 2) == p);
                CHECK(heap.objectBase(p + size - 1) == p);
                if (scan)
                {
                    const GcLayout* header;
                    std::memcpy(&header, p - kGcHeaderBytes, sizeof header);
                    CHECK(header == &ptr);
                    CHECK(heap.objectBase(p - 1) == p); // the header belongs to the object
                }
                std::memset(p, 0xA5, size);
                CHECK(seen.insert(p).second);
            }
        }
    }
    CHECK(heap.verify());
}

TEST_CASE("a layout without pointers allocates a noscan object")
{
    Heap heap(testConfig());
    HeapCache cache(heap);
    const GcLayout scalars = layoutOf({GcWordKind::Scalar, GcWordKind::Scalar});
    void* a = heap.allocate(cache, 16, &scalars);
    void* b = heap.allocate(cache, 16, nullptr);
    REQUIRE(a != nullptr);
    REQUIRE(b != nullptr);
    // Both come from the 16-byte noscan span, one after the other, with no header.
    CHECK(bytes(b) - bytes(a) == 16);
}

TEST_CASE("large objects get whole pages, are zeroed and resolve interior pointers")
{
    Heap heap(testConfig());
    HeapCache cache(heap);
    const GcLayout ptr = layoutOf({GcWordKind::Pointer});
    for (size_t size : {kMaxSmallSize + 1, size_t{100000}, size_t{1} << 20, (size_t{10} << 20) + 3})
    {
        for (const GcLayout* layout : {static_cast<const GcLayout*>(nullptr), &ptr})
        {
            char* p = static_cast<char*>(heap.allocate(cache, size, layout));
            REQUIRE(p != nullptr);
            CHECK(allZero(p, size));
            CHECK(heap.objectBase(p) == p);
            CHECK(heap.objectBase(p + size - 1) == p);
            CHECK(heap.objectBase(p + size / 3) == p);
            if (layout == nullptr)
                CHECK(reinterpret_cast<uintptr_t>(p) % kPageSize == 0);
            else
                CHECK(reinterpret_cast<uintptr_t>(p) % kPageSize == kGcHeaderBytes);
            std::memset(p, 0x5A, size);
        }
    }
    // The largest scan object that is still small, and the smallest that is large.
    char* small = static_cast<char*>(heap.allocate(cache, kMaxSmallSize - kGcHeaderBytes, &ptr));
    char* large = static_cast<char*>(heap.allocate(cache, kMaxSmallSize - kGcHeaderBytes + 1, &ptr));
    REQUIRE(small != nullptr);
    REQUIRE(large != nullptr);
    CHECK(heap.objectBase(small + kMaxSmallSize - kGcHeaderBytes - 1) == small);
    CHECK(heap.objectBase(large + kMaxSmallSize - kGcHeaderBytes) == large);
    CHECK(heap.verify());
}

TEST_CASE("pointers that are not into allocated objects resolve to nothing")
{
    Heap heap(testConfig());
    HeapCache cache(heap);
    int onStack = 0;
    static const int kStatic = 0;
    CHECK_FALSE(heap.contains(&onStack));
    CHECK(heap.objectBase(&onStack) == nullptr);
    CHECK(heap.objectBase(&kStatic) == nullptr);
    CHECK(heap.objectBase(nullptr) == nullptr);

    // The free objects after an allocated one in the same span are not objects.
    char* p = static_cast<char*>(heap.allocate(cache, 48, nullptr));
    REQUIRE(p != nullptr);
    CHECK(heap.objectBase(p + 48) == nullptr);
    CHECK(heap.objectBase(p + 48 * 10) == nullptr);
    // Tail waste: class 48 spans hold 170 objects in 8192 bytes; the last 32 bytes are no object.
    const uintptr_t spanBase = reinterpret_cast<uintptr_t>(p) & ~(kPageSize - 1);
    for (int i = 0; i < 200; ++i)
        REQUIRE(heap.allocate(cache, 48, nullptr) != nullptr);
    CHECK(heap.objectBase(reinterpret_cast<void*>(spanBase + 169 * 48)) != nullptr);
    CHECK(heap.objectBase(reinterpret_cast<void*>(spanBase + 170 * 48)) == nullptr);
    CHECK(heap.objectBase(reinterpret_cast<void*>(spanBase + kPageSize - 1)) == nullptr);

    // Past the end of a large object but inside its last page.
    char* big = static_cast<char*>(heap.allocate(cache, 40000, nullptr));
    REQUIRE(big != nullptr);
    CHECK(heap.objectBase(big + 39999) == big);
    CHECK(heap.objectBase(big + 40000) == nullptr);
}

TEST_CASE("zero-size allocations share one address outside the heap")
{
    Heap heap(testConfig());
    HeapCache cache(heap);
    void* a = heap.allocate(cache, 0, nullptr);
    void* b = heap.allocate(cache, 0, nullptr);
    REQUIRE(a != nullptr);
    CHECK(a == b);
    CHECK_FALSE(heap.contains(a));
    CHECK_FALSE(heap.isLiveObject(a));
}

TEST_CASE("sizes that cannot be represented or exceed the limit return nullptr")
{
    Heap heap(testConfig(size_t{64} << 20));
    HeapCache cache(heap);
    const GcLayout ptr = layoutOf({GcWordKind::Pointer});
    const size_t max = std::numeric_limits<size_t>::max();
    for (size_t size : {max, max - 1, max - 7, max - kPageSize, (max >> 1) + 1, size_t{65} << 20})
    {
        CHECK(heap.allocate(cache, size, nullptr) == nullptr);
        CHECK(heap.allocate(cache, size, &ptr) == nullptr);
    }
    // The heap still works.
    CHECK(heap.allocate(cache, 100, &ptr) != nullptr);
    CHECK(heap.verify());
}

TEST_CASE("the hard limit: allocation fails cleanly, and works again after a collection")
{
    const size_t limit = size_t{16} << 20;
    Heap heap(testConfig(limit));
    HeapCache cache(heap);
    CHECK(heap.limitBytes() == limit);

    // 1 MiB noscan objects are 128 pages each: exactly 16 fit in 2048 pages.
    size_t large = 0;
    while (heap.allocate(cache, size_t{1} << 20, nullptr) != nullptr)
        ++large;
    CHECK(large == 16);
    CHECK(heap.stats().heapInUse == limit);
    CHECK(heap.allocate(cache, 8, nullptr) == nullptr);

    NoRoots none;
    heap.collect(none);
    CHECK(heap.stats().heapInUse == 0);
    CHECK(heap.verify());

    // Small objects fill the same pages: 8 objects of 1 KiB per page.
    size_t small = 0;
    while (heap.allocate(cache, 1024, nullptr) != nullptr)
        ++small;
    CHECK(small == 8 * limit / kPageSize);
    CHECK(heap.stats().heapInUse == limit);
    CHECK(heap.allocate(cache, 1 << 20, nullptr) == nullptr);

    heap.collect(none);
    CHECK(heap.verify());
    size_t again = 0;
    while (heap.allocate(cache, size_t{1} << 20, nullptr) != nullptr)
        ++again;
    CHECK(again == 16);
    CHECK(heap.stats().heapSys <= limit);
}

TEST_CASE("the default configuration reserves the default address space")
{
    Heap heap;
    REQUIRE(heap.ok());
    CHECK(heap.limitBytes() == HeapConfig::kDefaultLimitBytes);
    CHECK(heap.gcPercent() == 100);
    CHECK_FALSE(heap.stressMode());
    HeapCache cache(heap);
    void* p = heap.allocate(cache, 1000, nullptr);
    REQUIRE(p != nullptr);
    CHECK(heap.isLiveObject(p));
    // Committed memory is what was used, not the reservation.
    CHECK(heap.stats().heapSys <= size_t{1} << 20);
}

TEST_CASE("a reservation that fails leaves a heap that refuses every allocation")
{
    HeapConfig config;
    config.limitBytes = 0;
    Heap heap(config);
    CHECK_FALSE(heap.ok());
    HeapCache cache(heap);
    CHECK(heap.allocate(cache, 8, nullptr) == nullptr);
    CHECK(heap.allocate(cache, 1 << 20, nullptr) == nullptr);
    NoRoots none;
    heap.collect(none);
    CHECK(heap.verify());
}

TEST_CASE("freed pages coalesce, are reused, and large ones go back to the kernel")
{
    Heap heap(testConfig());
    HeapCache cache(heap);
    NoRoots none;
    // Eight adjacent large objects of 5 pages (40 KiB: freed without madvise).
    const size_t objectBytes = 5 * kPageSize;
    std::vector<char*> objects;
    for (int i = 0; i < 8; ++i)
        objects.push_back(static_cast<char*>(heap.allocate(cache, objectBytes, nullptr)));
    for (size_t i = 0; i < objects.size(); ++i)
    {
        REQUIRE(objects[i] != nullptr);
        CHECK(objects[i] == objects[0] + i * objectBytes);
        std::memset(objects[i], 1, objectBytes);
    }
    const HeapStats before = heap.stats();
    CHECK(before.mallocs == 8);
    heap.collect(none);
    CHECK(heap.verify());
    const HeapStats after = heap.stats();
    CHECK(after.heapInUse == 0);
    CHECK(after.frees == 8);
    CHECK(after.heapReleased == 0);
    // The eight spans became one run: an object of all their pages fits where they were.
    char* merged = static_cast<char*>(heap.allocate(cache, 8 * objectBytes, nullptr));
    REQUIRE(merged == objects[0]);
    CHECK(heap.stats().heapSys == after.heapSys);
    CHECK(allZero(merged, 8 * objectBytes)); // the old contents were cleared
    std::memset(merged, 2, 8 * objectBytes);

    // A freed span of >= 64 KiB is released with madvise, and reads as zero when reused.
    heap.collect(none);
    CHECK(heap.stats().heapReleased == 8 * objectBytes);
    char* reused = static_cast<char*>(heap.allocate(cache, 8 * objectBytes, nullptr));
    REQUIRE(reused == objects[0]);
    CHECK(allZero(reused, 8 * objectBytes));
    CHECK(heap.verify());
}

TEST_CASE("statistics count allocations once the cache flushes")
{
    Heap heap(testConfig());
    NoRoots none;
    {
        HeapCache cache(heap);
        for (int i = 0; i < 100; ++i)
            REQUIRE(heap.allocate(cache, 24, nullptr) != nullptr);
        REQUIRE(heap.allocate(cache, 100000, nullptr) != nullptr); // large: counted at once
        HeapStats s = heap.stats();
        CHECK(s.mallocs == 1);
        CHECK(s.heapLive >= 100000);
        heap.collect(none); // flushes the cache
        s = heap.stats();
        CHECK(s.mallocs == 101);
        CHECK(s.frees == 101);
        CHECK(s.heapObjects == 0);
        CHECK(s.totalAlloc == 100 * 24 + 13 * kPageSize);
        CHECK(s.numGC == 1);
        CHECK(s.heapLive == 0);
        REQUIRE(heap.allocate(cache, 24, nullptr) != nullptr);
    }
    // The cache's destructor flushed the last allocation.
    CHECK(heap.stats().mallocs == 102);
    CHECK(heap.verify());
}

TEST_CASE("two heaps side by side never mix")
{
    Heap a(testConfig());
    Heap b(testConfig());
    HeapCache cacheA(a);
    HeapCache cacheB(b);
    void* pa = a.allocate(cacheA, 64, nullptr);
    void* pb = b.allocate(cacheB, 64, nullptr);
    REQUIRE(pa != nullptr);
    REQUIRE(pb != nullptr);
    CHECK(a.contains(pa));
    CHECK_FALSE(a.contains(pb));
    CHECK_FALSE(b.contains(pa));
    CHECK(b.objectBase(pa) == nullptr);
    // A cache only allocates from its own heap.
    CHECK(a.allocate(cacheB, 64, nullptr) == nullptr);
    CHECK(cacheA.heap() == &a);
    // Collecting one heap leaves the other alone.
    NoRoots none;
    b.collect(none);
    CHECK(a.isLiveObject(pa));
    CHECK_FALSE(b.isLiveObject(pb));
    CHECK(a.stats().numGC == 0);
}

TEST_CASE("a cache that outlives its heap is detached and allocates nothing")
{
    auto heap = std::make_unique<Heap>(testConfig());
    HeapCache cache(*heap);
    REQUIRE(cache.allocate(32, nullptr) != nullptr);
    heap.reset();
    CHECK(cache.heap() == nullptr);
    CHECK(cache.allocate(32, nullptr) == nullptr);
    CHECK(cache.allocate(0, nullptr) == nullptr);
    CHECK(cache.allocate(1 << 20, nullptr) == nullptr);
}
