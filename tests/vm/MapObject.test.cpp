// Go's map in the GC heap (vm/MapObject.h): lookups, assigns, deletes and clear against a
// reference model; tracing of keys and values through a real Heap and collections; iteration
// under deletion, growth and clear; NaN keys; unhashable keys; out of memory.
#include "runtime/GcLayout.h"
#include "runtime/Heap.h"
#include "vm/MapObject.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <map>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

using namespace weft;

namespace {

using K = GcWordKind;

struct GoStr
{
    const uint8_t* ptr;
    int64_t len;

    std::string_view view() const { return {reinterpret_cast<const char*>(ptr), static_cast<size_t>(len)}; }
};
static_assert(sizeof(GoStr) == 16);

// "prefix" + decimal n (spelled out: GCC 12's -Wrestrict misfires on "lit" + std::string at -O2).
std::string numbered(const char* prefix, long long n)
{
    std::string s(prefix);
    s += std::to_string(n);
    return s;
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

// The VM's allocation over a real heap; records what was asked, can fail on demand, and can
// collect before every allocation (allowed by MapObject.h's contract).
struct TestAllocator final : MapAllocator
{
    Heap& heap;
    HeapCache& cache;
    Roots* collectWith = nullptr;
    size_t calls = 0;
    size_t failAfter = std::numeric_limits<size_t>::max();
    std::vector<const GcLayout*> layouts;
    std::vector<size_t> sizes;

    TestAllocator(Heap& h, HeapCache& c) : heap(h), cache(c) {}

    void* allocate(size_t bytes, const GcLayout* layout) override
    {
        if (calls++ >= failAfter)
            return nullptr;
        if (collectWith != nullptr)
            heap.collect(*collectWith);
        layouts.push_back(layout);
        sizes.push_back(bytes);
        return heap.allocate(cache, bytes, layout);
    }
};

HeapConfig testConfig()
{
    HeapConfig config;
    config.limitBytes = size_t{2} << 30;
    return config;
}

std::unique_ptr<MapLayout> typeOf(uint32_t keySize, std::vector<GcWordKind> keyWords, uint32_t valueSize,
                                std::vector<GcWordKind> valueWords, MapKeyKind kind, MapKeyOps ops = {})
{
    MapLayoutSpec spec;
    spec.keySize = keySize;
    spec.valueSize = valueSize;
    spec.keyWords = std::move(keyWords);
    spec.valueWords = std::move(valueWords);
    spec.keyKind = kind;
    spec.ops = ops;
    auto t = makeMapLayout(spec);
    REQUIRE(t != nullptr);
    return t;
}

std::unique_ptr<MapLayout> intIntType() { return typeOf(8, {K::Scalar}, 8, {K::Scalar}, MapKeyKind::Memory); }
std::unique_ptr<MapLayout> stringStringType()
{
    return typeOf(16, {K::Pointer, K::Scalar}, 16, {K::Pointer, K::Scalar}, MapKeyKind::String);
}
std::unique_ptr<MapLayout> stringIntType() { return typeOf(16, {K::Pointer, K::Scalar}, 8, {K::Scalar}, MapKeyKind::String); }
std::unique_ptr<MapLayout> floatIntType() { return typeOf(8, {K::Scalar}, 8, {K::Scalar}, MapKeyKind::Float64); }

struct Fixture
{
    Heap heap{testConfig()};
    HeapCache cache{heap};
    Roots roots;
    TestAllocator alloc{heap, cache};
    uint64_t seed = 12345;

    // A string whose bytes live in the heap (noscan), as the VM's strings do.
    GoStr str(std::string_view s)
    {
        if (s.empty())
            return {nullptr, 0};
        auto* p = static_cast<uint8_t*>(heap.allocate(cache, s.size(), nullptr));
        REQUIRE(p != nullptr);
        std::memcpy(p, s.data(), s.size());
        return {p, static_cast<int64_t>(s.size())};
    }

    MapObject* make(const MapLayout* t, size_t hint = 0)
    {
        MapObject* m = mapMake(alloc, t, hint, ++seed);
        REQUIRE(m != nullptr);
        return m;
    }

    void collect()
    {
        heap.collect(roots);
        CHECK(heap.verify());
    }
};

int64_t* setInt(MapAllocator& alloc, MapObject* m, int64_t k)
{
    MapSlot s = mapAssign(alloc, m, &k);
    REQUIRE(s.status == MapStatus::Ok);
    REQUIRE(s.value != nullptr);
    return static_cast<int64_t*>(s.value);
}

const int64_t* getInt(const MapObject* m, int64_t k)
{
    MapSlot s = mapLookup(m, &k);
    REQUIRE(s.status == MapStatus::Ok);
    return static_cast<const int64_t*>(s.value);
}

// Every entry an iteration produces, as key -> value; fails if a key comes twice.
std::map<int64_t, int64_t> drainInts(MapAllocator& alloc, MapObject* m, uint64_t seed = 7)
{
    std::map<int64_t, int64_t> out;
    MapIterator* it = mapIterStart(alloc, m, seed);
    REQUIRE(it != nullptr);
    const void* k;
    void* v;
    while (mapIterNext(it, &k, &v))
    {
        int64_t key, value;
        std::memcpy(&key, k, 8);
        std::memcpy(&value, v, 8);
        CHECK(out.emplace(key, value).second);
    }
    CHECK_FALSE(mapIterNext(it, &k, &v));
    return out;
}

} // namespace

TEST_CASE("map: makeMapLayout derives slots and layouts, and rejects inconsistent specs")
{
    auto ii = intIntType();
    CHECK(ii->slotSize == 16);
    CHECK(ii->valueOffset == 8);
    CHECK(ii->groupBytes == 8 + 8 * 16);
    CHECK(ii->groupLayout == nullptr); // noscan tables

    auto ss = stringStringType();
    CHECK(ss->slotSize == 32);
    REQUIRE(ss->groupLayout != nullptr);
    CHECK(ss->groupLayout->words() == 1 + 8 * 4);
    CHECK(ss->groupLayout->wordKind(0) == K::Scalar);
    for (size_t s = 0; s < 8; ++s)
    {
        CHECK(ss->groupLayout->wordKind(1 + 4 * s) == K::Pointer);
        CHECK(ss->groupLayout->wordKind(2 + 4 * s) == K::Scalar);
        CHECK(ss->groupLayout->wordKind(3 + 4 * s) == K::Pointer);
        CHECK(ss->groupLayout->wordKind(4 + 4 * s) == K::Scalar);
    }

    // map[int32]bool packs like Go: {int32, bool} in 8 bytes.
    auto small = typeOf(4, {K::Scalar}, 1, {K::Scalar}, MapKeyKind::Memory);
    CHECK(small->valueOffset == 4);
    CHECK(small->slotSize == 8);
    // map[*T]int32: the value after the pointer, the slot rounded to 8.
    auto pv = typeOf(8, {K::Pointer}, 4, {K::Scalar}, MapKeyKind::Memory);
    CHECK(pv->slotSize == 16);
    REQUIRE(pv->groupLayout != nullptr);
    CHECK(pv->groupLayout->wordKind(1) == K::Pointer);
    CHECK(pv->groupLayout->wordKind(2) == K::Scalar);
    CHECK(pv->groupLayout->wordKind(3) == K::Pointer);
    // map[int32]any: the interface at offset 8.
    auto iv = typeOf(4, {K::Scalar}, 16, {K::InterfaceType, K::InterfaceData}, MapKeyKind::Memory);
    CHECK(iv->valueOffset == 8);
    CHECK(iv->slotSize == 24);
    CHECK(iv->groupLayout->wordKind(2) == K::InterfaceType);
    CHECK(iv->groupLayout->wordKind(3) == K::InterfaceData);

    MapLayoutSpec bad;
    bad.keySize = 8;
    bad.keyWords = {};
    bad.keyKind = MapKeyKind::Memory;
    CHECK(makeMapLayout(bad) == nullptr); // word count
    bad.keyWords = {K::InterfaceType};
    CHECK(makeMapLayout(bad) == nullptr); // malformed interface
    bad.keySize = 12;
    bad.keyWords = {K::Pointer, K::Scalar};
    CHECK(makeMapLayout(bad) == nullptr); // pointer words in a size not a multiple of 8
    bad.keySize = 8;
    bad.keyWords = {K::Scalar};
    bad.keyKind = MapKeyKind::Generic;
    CHECK(makeMapLayout(bad) == nullptr); // no ops
    bad.keyKind = MapKeyKind::String;
    CHECK(makeMapLayout(bad) == nullptr); // strings are 16 bytes
}

TEST_CASE("map: nil maps read as empty")
{
    Fixture f;
    auto t = intIntType();
    int64_t k = 1;
    CHECK(mapLen(nullptr) == 0);
    MapSlot s = mapLookup(nullptr, &k);
    CHECK(s.value == nullptr);
    CHECK(s.status == MapStatus::Ok);
    CHECK(mapDelete(nullptr, &k) == MapStatus::Ok);
    mapClear(nullptr);
    MapIterator* it = mapIterStart(f.alloc, nullptr, 1);
    REQUIRE(it != nullptr);
    const void* key;
    void* value;
    CHECK_FALSE(mapIterNext(it, &key, &value));
    // An empty map allocates no table until the first insert.
    MapObject* m = f.make(t.get());
    CHECK(mapLen(m) == 0);
    CHECK(getInt(m, 1) == nullptr);
    CHECK(f.alloc.calls == 2);
    CHECK(drainInts(f.alloc, m).empty());
}

TEST_CASE("map: int keys against a reference model (insert, update, delete, lookup, clear)")
{
    Fixture f;
    auto t = intIntType();
    MapObject* m = f.make(t.get());
    f.roots.pointers = {m};
    std::unordered_map<int64_t, int64_t> model;
    std::mt19937_64 rng(42);
    // A small key range makes plenty of tombstones, reused slots and same-size rebuilds.
    for (int step = 0; step < 200000; ++step)
    {
        const int64_t key = static_cast<int64_t>(rng() % 3000) - 1500;
        const unsigned op = static_cast<unsigned>(rng() % 100);
        if (op < 45)
        {
            *setInt(f.alloc, m, key) = step;
            model[key] = step;
        }
        else if (op < 85)
        {
            REQUIRE(mapDelete(m, &key) == MapStatus::Ok);
            model.erase(key);
        }
        else if (op < 99)
        {
            const int64_t* v = getInt(m, key);
            auto found = model.find(key);
            REQUIRE((v != nullptr) == (found != model.end()));
            if (v != nullptr)
                CHECK(*v == found->second);
        }
        else if (rng() % 50 == 0)
        {
            mapClear(m);
            model.clear();
        }
        REQUIRE(mapLen(m) == model.size());
        if (step % 20000 == 0)
            f.collect();
    }
    // The table never grew beyond what 3000 keys need.
    CHECK(m->groupMask + 1 <= 1024);
    std::map<int64_t, int64_t> all = drainInts(f.alloc, m);
    CHECK(all.size() == model.size());
    for (auto [k, v] : model)
        CHECK(all[k] == v);
}

TEST_CASE("map: a new entry's value is zero, also in a reused tombstone")
{
    Fixture f;
    auto t = intIntType();
    MapObject* m = f.make(t.get());
    for (int64_t i = 0; i < 100; ++i)
        *setInt(f.alloc, m, i) = -1;
    for (int64_t i = 0; i < 100; ++i)
        REQUIRE(mapDelete(m, &i) == MapStatus::Ok);
    for (int64_t i = 0; i < 100; ++i)
        CHECK(*setInt(f.alloc, m, i) == 0);
    CHECK(mapLen(m) == 100);
}

TEST_CASE("map: string keys and values live in the heap and are traced through the table")
{
    Fixture f;
    auto t = stringStringType();
    MapObject* m = f.make(t.get());
    f.roots.pointers = {m};
    constexpr int kN = 5000;
    std::vector<GoStr> keys, values;
    for (int i = 0; i < kN; ++i)
    {
        GoStr k = f.str(numbered("key-", i));
        GoStr v = f.str(numbered("value-", i * 7));
        MapSlot s = mapAssign(f.alloc, m, &k);
        REQUIRE(s.status == MapStatus::Ok);
        std::memcpy(s.value, &v, sizeof v);
        keys.push_back(k);
        values.push_back(v);
        // Garbage between the strings, so that freed memory would be reused and overwritten.
        f.str("garbage garbage garbage");
        if (i % 1000 == 999)
            f.collect();
    }
    f.collect();
    CHECK(mapLen(m) == kN);
    for (int i = 0; i < kN; ++i)
    {
        REQUIRE(f.heap.isLiveObject(keys[i].ptr));
        REQUIRE(f.heap.isLiveObject(values[i].ptr));
    }
    // Churn the heap, so that anything wrongly freed is overwritten, then look everything up by
    // keys with other data pointers (equal strings, different memory).
    for (int i = 0; i < 20000; ++i)
        std::memset(const_cast<uint8_t*>(f.str("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx").ptr), 'z', 30);
    for (int i = 0; i < kN; ++i)
    {
        const std::string k = numbered("key-", i);
        GoStr probe{reinterpret_cast<const uint8_t*>(k.data()), static_cast<int64_t>(k.size())};
        MapSlot s = mapLookup(m, &probe);
        REQUIRE(s.value != nullptr);
        GoStr v;
        std::memcpy(&v, s.value, sizeof v);
        CHECK(v.view() == numbered("value-", i * 7));
    }
    // Deleted entries are zeroed: their strings are no longer reachable.
    for (int i = 0; i < kN; i += 2)
        REQUIRE(mapDelete(m, &keys[i]) == MapStatus::Ok);
    f.collect();
    for (int i = 0; i < kN; ++i)
    {
        CHECK(f.heap.isLiveObject(keys[i].ptr) == (i % 2 == 1));
        CHECK(f.heap.isLiveObject(values[i].ptr) == (i % 2 == 1));
    }
    // Updating a key overwrites the stored key with the new one (Go's key update), so the old
    // key's memory is released.
    GoStr newKey = f.str("key-1");
    const uint8_t* oldKeyData = keys[1].ptr;
    REQUIRE(mapAssign(f.alloc, m, &newKey).value != nullptr);
    f.collect();
    CHECK_FALSE(f.heap.isLiveObject(oldKeyData));
    CHECK(f.heap.isLiveObject(newKey.ptr));
    // Once the map is unreachable, so is everything in it.
    f.roots.pointers.clear();
    f.collect();
    CHECK(f.heap.stats().heapObjects == 0);
}

TEST_CASE("map: pointer-free tables are noscan: an int that looks like a pointer keeps nothing")
{
    Fixture f;
    auto t = intIntType();
    MapObject* m = f.make(t.get());
    f.roots.pointers = {m};
    void* victim = f.heap.allocate(f.cache, 64, nullptr);
    REQUIRE(victim != nullptr);
    const auto asInt = static_cast<int64_t>(reinterpret_cast<uintptr_t>(victim));
    *setInt(f.alloc, m, asInt) = asInt;
    for (int64_t i = 0; i < 1000; ++i)
        *setInt(f.alloc, m, i) = asInt;
    for (const GcLayout* l : f.alloc.layouts)
        CHECK((l == nullptr || l == &mapIteratorLayout() || l->words() == 7)); // header or noscan
    f.collect();
    CHECK_FALSE(f.heap.isLiveObject(victim));
    CHECK(f.heap.isLiveObject(m));
    CHECK(*getInt(m, 999) == asInt);
}

TEST_CASE("map: interface values are traced iff their type is pointer-shaped")
{
    Fixture f;
    struct Desc
    {
        uint32_t flags;
    };
    static const Desc pointerType{kTypePointerShaped};
    static const Desc intType{0};
    auto t = typeOf(8, {K::Scalar}, 16, {K::InterfaceType, K::InterfaceData}, MapKeyKind::Memory);
    MapObject* m = f.make(t.get());
    f.roots.pointers = {m};
    void* boxed = f.heap.allocate(f.cache, 32, nullptr);
    void* notTraced = f.heap.allocate(f.cache, 32, nullptr);
    const void* a[2] = {&pointerType, boxed};
    const void* b[2] = {&intType, notTraced};
    int64_t k = 1;
    std::memcpy(mapAssign(f.alloc, m, &k).value, a, 16);
    k = 2;
    std::memcpy(mapAssign(f.alloc, m, &k).value, b, 16);
    f.collect();
    CHECK(f.heap.isLiveObject(boxed));
    CHECK_FALSE(f.heap.isLiveObject(notTraced));
}

namespace {

// struct { name string; n int64 } as a Generic key, hashed field by field (chained seeds).
struct NamedKey
{
    GoStr name;
    int64_t n;
};

bool namedHash(const void* key, const void*, uint64_t seed, uint64_t* out)
{
    const auto* k = static_cast<const NamedKey*>(key);
    *out = mapHashBytes(&k->n, 8, mapHashString(&k->name, seed));
    return true;
}

bool namedEqual(const void* a, const void* b, const void*)
{
    const auto* x = static_cast<const NamedKey*>(a);
    const auto* y = static_cast<const NamedKey*>(b);
    return x->n == y->n && x->name.view() == y->name.view();
}

} // namespace

TEST_CASE("map: struct keys, by memory and by the VM's ops")
{
    Fixture f;
    SUBCASE("struct { a, b int32; c int64 } compared as memory")
    {
        struct Key
        {
            int32_t a, b;
            int64_t c;
        };
        auto t = typeOf(16, {K::Scalar, K::Scalar}, 8, {K::Scalar}, MapKeyKind::Memory);
        MapObject* m = f.make(t.get());
        for (int32_t i = 0; i < 300; ++i)
        {
            Key k{i, -i, int64_t{i} << 40};
            auto* v = static_cast<int64_t*>(mapAssign(f.alloc, m, &k).value);
            REQUIRE(v != nullptr);
            *v = i;
        }
        CHECK(mapLen(m) == 300);
        for (int32_t i = 0; i < 300; ++i)
        {
            Key k{i, -i, int64_t{i} << 40};
            const auto* v = static_cast<const int64_t*>(mapLookup(m, &k).value);
            REQUIRE(v != nullptr);
            CHECK(*v == i);
            Key other{i, i + 1, 0};
            CHECK((i == 0 || mapLookup(m, &other).value == nullptr));
        }
    }
    SUBCASE("struct { name string; n int } with Generic ops, traced")
    {
        auto t = typeOf(24, {K::Pointer, K::Scalar, K::Scalar}, 8, {K::Scalar}, MapKeyKind::Generic,
                        MapKeyOps{namedHash, namedEqual, nullptr});
        MapObject* m = f.make(t.get());
        f.roots.pointers = {m};
        std::vector<const uint8_t*> names;
        for (int i = 0; i < 2000; ++i)
        {
            NamedKey k{f.str(numbered("name", i % 100)), i / 100};
            names.push_back(k.name.ptr);
            *static_cast<int64_t*>(mapAssign(f.alloc, m, &k).value) = i;
        }
        f.collect();
        for (const uint8_t* p : names)
            CHECK(f.heap.isLiveObject(p));
        CHECK(mapLen(m) == 2000);
        for (int i = 0; i < 2000; ++i)
        {
            const std::string name = numbered("name", i % 100);
            NamedKey k{{reinterpret_cast<const uint8_t*>(name.data()), static_cast<int64_t>(name.size())}, i / 100};
            const auto* v = static_cast<const int64_t*>(mapLookup(m, &k).value);
            REQUIRE(v != nullptr);
            CHECK(*v == i);
        }
    }
}

TEST_CASE("map: zero-size keys and values")
{
    Fixture f;
    SUBCASE("map[int]struct{}: a set")
    {
        auto t = typeOf(8, {K::Scalar}, 0, {}, MapKeyKind::Memory);
        CHECK(t->slotSize == 8);
        MapObject* m = f.make(t.get());
        for (int64_t i = 0; i < 100; ++i)
            REQUIRE(mapAssign(f.alloc, m, &i).value != nullptr);
        CHECK(mapLen(m) == 100);
        int64_t k = 50;
        CHECK(mapLookup(m, &k).value != nullptr);
        k = 500;
        CHECK(mapLookup(m, &k).value == nullptr);
        // The value pointer of a zero-size value is valid (it points at zero bytes).
        CHECK(drainInts(f.alloc, m).size() == 100);
    }
    SUBCASE("map[struct{}]struct{}: at most one entry")
    {
        auto t = typeOf(0, {}, 0, {}, MapKeyKind::Memory);
        CHECK(t->slotSize == 0);
        MapObject* m = f.make(t.get());
        char dummy = 0;
        for (int i = 0; i < 10; ++i)
            REQUIRE(mapAssign(f.alloc, m, &dummy).value != nullptr);
        CHECK(mapLen(m) == 1);
        CHECK(mapLookup(m, &dummy).value != nullptr);
        CHECK(mapDelete(m, &dummy) == MapStatus::Ok);
        CHECK(mapLen(m) == 0);
        CHECK(mapLookup(m, &dummy).value == nullptr);
    }
}

TEST_CASE("map: deletes during iteration are never produced once deleted")
{
    Fixture f;
    auto t = intIntType();
    for (uint64_t seed = 0; seed < 20; ++seed)
    {
        MapObject* m = f.make(t.get());
        constexpr int64_t kN = 1000;
        for (int64_t i = 0; i < kN; ++i)
            *setInt(f.alloc, m, i) = i * 10;
        MapIterator* it = mapIterStart(f.alloc, m, seed);
        std::set<int64_t> produced, deleted;
        const void* k;
        void* v;
        while (mapIterNext(it, &k, &v))
        {
            int64_t key, value;
            std::memcpy(&key, k, 8);
            std::memcpy(&value, v, 8);
            REQUIRE(value == key * 10);
            REQUIRE(deleted.count(key) == 0);
            REQUIRE(produced.insert(key).second);
            // Delete the partner and a pseudo-random other key, reached or not.
            for (int64_t d : {key ^ 1, (key * 7919 + static_cast<int64_t>(seed)) % kN})
                if (!produced.count(d) && deleted.insert(d).second)
                    REQUIRE(mapDelete(m, &d) == MapStatus::Ok);
        }
        // Everything is either produced or deleted, never both.
        CHECK(produced.size() + deleted.size() == kN);
        CHECK(mapLen(m) == kN - deleted.size());
    }
}

TEST_CASE("map: growth during iteration produces each entry at most once, with current values")
{
    Fixture f;
    auto t = intIntType();
    for (uint64_t seed = 0; seed < 10; ++seed)
    {
        MapObject* m = f.make(t.get());
        constexpr int64_t kN = 200;
        for (int64_t i = 0; i < kN; ++i)
            *setInt(f.alloc, m, i) = i;
        MapIterator* it = mapIterStart(f.alloc, m, seed);
        // Only the iterator is a root: it keeps the map and its old array alive.
        f.roots.pointers = {it};
        const uint64_t groupsAtStart = m->groupMask + 1;
        std::map<int64_t, int> seen;
        std::set<int64_t> deleted;
        int64_t next = 1000000;
        int steps = 0;
        bool updated = false;
        const void* k;
        void* v;
        while (mapIterNext(it, &k, &v))
        {
            int64_t key, value;
            std::memcpy(&key, k, 8);
            std::memcpy(&value, v, 8);
            REQUIRE(++seen[key] == 1);
            REQUIRE(deleted.count(key) == 0);
            if (key < kN)
                CHECK(value == (updated && key % 3 == 0 ? key + 5 : key)); // the current value
            else
                CHECK(value == key);
            if (++steps == 10 || steps == 50)
            {
                // Grow the table several times over, update a third of the old entries,
                // delete some, and collect while the iterator walks the old array.
                for (int i = 0; i < 3000; ++i, ++next)
                    *setInt(f.alloc, m, next) = next;
                for (int64_t j = 0; j < kN; j += 3)
                    if (const int64_t* p = getInt(m, j))
                        *const_cast<int64_t*>(p) = j + 5;
                updated = true;
                for (int64_t j = 1; j < kN; j += 10)
                    if (!seen.count(j) && deleted.insert(j).second)
                        REQUIRE(mapDelete(m, &j) == MapStatus::Ok);
                f.collect();
                REQUIRE(f.heap.isLiveObject(m));
            }
        }
        CHECK(m->groupMask + 1 > groupsAtStart);
        for (int64_t j = 0; j < kN; ++j)
            CHECK((seen.count(j) == 1) == (deleted.count(j) == 0)); // every surviving old key once
        CHECK(mapLen(m) == static_cast<size_t>(kN - static_cast<int64_t>(deleted.size()) + 6000));
        f.roots.pointers.clear();
    }
}

TEST_CASE("map: a deleted key added back during iteration may come back, but never twice from the old array")
{
    Fixture f;
    auto t = intIntType();
    MapObject* m = f.make(t.get());
    for (int64_t i = 0; i < 50; ++i)
        *setInt(f.alloc, m, i) = i;
    MapIterator* it = mapIterStart(f.alloc, m, 3);
    const void* k;
    void* v;
    REQUIRE(mapIterNext(it, &k, &v));
    int64_t first;
    std::memcpy(&first, k, 8);
    // Force a rebuild, then delete and re-add the produced key: the old array still has it in
    // the slot already visited, so it is not produced again.
    for (int64_t i = 1000; i < 2000; ++i)
        *setInt(f.alloc, m, i) = i;
    REQUIRE(mapDelete(m, &first) == MapStatus::Ok);
    *setInt(f.alloc, m, first) = 77;
    std::set<int64_t> rest;
    while (mapIterNext(it, &k, &v))
    {
        int64_t key;
        std::memcpy(&key, k, 8);
        CHECK(key != first);
        CHECK(rest.insert(key).second);
    }
    // The other 49 old keys, and perhaps a few of those added before the table was rebuilt.
    CHECK(std::count_if(rest.begin(), rest.end(), [](int64_t key) { return key < 50; }) == 49);
    CHECK(rest.size() < 60);
}

TEST_CASE("map: iteration order depends on the seed, the set does not")
{
    Fixture f;
    auto t = intIntType();
    MapObject* m = f.make(t.get());
    for (int64_t i = 0; i < 100; ++i)
        *setInt(f.alloc, m, i) = i;
    std::set<std::vector<int64_t>> orders;
    for (uint64_t seed = 0; seed < 10; ++seed)
    {
        std::vector<int64_t> order;
        MapIterator* it = mapIterStart(f.alloc, m, seed);
        const void* k;
        void* v;
        while (mapIterNext(it, &k, &v))
        {
            int64_t key;
            std::memcpy(&key, k, 8);
            order.push_back(key);
        }
        CHECK(order.size() == 100);
        CHECK(std::set<int64_t>(order.begin(), order.end()).size() == 100);
        orders.insert(order);
    }
    CHECK(orders.size() > 5);
}

TEST_CASE("map: 1e6 entries")
{
    Fixture f;
    auto t = intIntType();
    MapObject* m = f.make(t.get());
    f.roots.pointers = {m};
    constexpr int64_t kN = 1000000;
    for (int64_t i = 0; i < kN; ++i)
        *setInt(f.alloc, m, i * 2654435761) = i;
    CHECK(mapLen(m) == kN);
    f.collect();
    // Memory: 1e6 entries in 2^18 groups of 8 slots of 16 bytes (+1 control byte each).
    CHECK(m->groupMask + 1 == (size_t{1} << 18));
    const double bytesPerEntry = static_cast<double>((m->groupMask + 1) * t->groupBytes) / kN;
    MESSAGE("map[int]int, 1e6 entries: " << bytesPerEntry << " table bytes per entry");
    CHECK(bytesPerEntry < 40);
    for (int64_t i = 0; i < kN; ++i)
    {
        const int64_t* v = getInt(m, i * 2654435761);
        REQUIRE(v != nullptr);
        REQUIRE(*v == i);
    }
    for (int64_t i = 0; i < 1000; ++i)
        CHECK(getInt(m, i * 2654435761 + 1) == nullptr);
    CHECK(drainInts(f.alloc, m).size() == kN);
    for (int64_t i = 0; i < kN; i += 2)
    {
        const int64_t key = i * 2654435761;
        REQUIRE(mapDelete(m, &key) == MapStatus::Ok);
    }
    CHECK(mapLen(m) == kN / 2);
    for (int64_t i = 0; i < kN; ++i)
        REQUIRE((getInt(m, i * 2654435761) != nullptr) == (i % 2 == 1));
}

TEST_CASE("map: 1e5 string keys with a collection every 10000 inserts")
{
    Fixture f;
    auto t = stringIntType();
    MapObject* m = f.make(t.get());
    f.roots.pointers = {m};
    constexpr int kN = 100000;
    for (int i = 0; i < kN; ++i)
    {
        GoStr k = f.str(numbered("k", i));
        *static_cast<int64_t*>(mapAssign(f.alloc, m, &k).value) = i;
        if (i % 10000 == 0)
            f.collect();
    }
    f.collect();
    int64_t sum = 0;
    for (int i = 0; i < kN; ++i)
    {
        const std::string s = numbered("k", i);
        GoStr k{reinterpret_cast<const uint8_t*>(s.data()), static_cast<int64_t>(s.size())};
        const auto* v = static_cast<const int64_t*>(mapLookup(m, &k).value);
        REQUIRE(v != nullptr);
        sum += *v;
    }
    CHECK(sum == int64_t{kN} * (kN - 1) / 2);
}

TEST_CASE("map: float keys: NaN never equals, +0 == -0")
{
    Fixture f;
    auto t = floatIntType();
    MapObject* m = f.make(t.get());
    f.roots.pointers = {m};
    const double nan = std::nan("");
    auto setF = [&](double k, int64_t v) {
        MapSlot s = mapAssign(f.alloc, m, &k);
        REQUIRE(s.status == MapStatus::Ok);
        *static_cast<int64_t*>(s.value) = v;
    };
    auto getF = [&](double k) { return static_cast<const int64_t*>(mapLookup(m, &k).value); };

    setF(nan, 1);
    setF(nan, 2);
    setF(nan, 3);
    CHECK(mapLen(m) == 3);
    CHECK(getF(nan) == nullptr);
    CHECK(mapDelete(m, &nan) == MapStatus::Ok);
    CHECK(mapLen(m) == 3);

    setF(0.0, 10);
    setF(-0.0, 11); // the same key; Go keeps the newer -0 as the key
    CHECK(mapLen(m) == 4);
    REQUIRE(getF(0.0) != nullptr);
    CHECK(*getF(-0.0) == 11);

    // Iteration yields every NaN entry.
    int nans = 0, zeros = 0;
    MapIterator* it = mapIterStart(f.alloc, m, 9);
    const void* k;
    void* v;
    while (mapIterNext(it, &k, &v))
    {
        double key;
        std::memcpy(&key, k, 8);
        if (key != key)
            ++nans;
        else
        {
            CHECK(key == 0);
            CHECK(std::signbit(key));
            ++zeros;
        }
    }
    CHECK(nans == 3);
    CHECK(zeros == 1);

    // Many NaNs: growth and probing never loop forever; a growth during iteration still
    // produces the NaNs of the old array (they cannot have been deleted except by clear).
    for (int i = 0; i < 5000; ++i)
        setF(nan, i);
    CHECK(mapLen(m) == 5004);
    it = mapIterStart(f.alloc, m, 1);
    f.roots.pointers.push_back(it);
    nans = 0;
    int steps = 0;
    while (mapIterNext(it, &k, &v))
    {
        double key;
        std::memcpy(&key, k, 8);
        nans += key != key;
        if (++steps == 100)
        {
            for (int i = 0; i < 20000; ++i)
                setF(static_cast<double>(i) + 0.5, i);
            f.collect();
        }
    }
    CHECK(nans == 5003);

    // clear removes NaNs too; an iteration on an old array stops producing them after a clear.
    it = mapIterStart(f.alloc, m, 2);
    f.roots.pointers.push_back(it);
    for (int i = 0; i < 40000; ++i)
        setF(static_cast<double>(i) + 0.25, i); // grow: `it` now walks an old array
    mapClear(m);
    CHECK(mapLen(m) == 0);
    CHECK_FALSE(mapIterNext(it, &k, &v));
    setF(nan, 1);
    CHECK(mapLen(m) == 1);
}

TEST_CASE("map: clear empties the table in place, also under a running iteration")
{
    Fixture f;
    auto t = stringIntType();
    MapObject* m = f.make(t.get());
    f.roots.pointers = {m};
    std::vector<const uint8_t*> data;
    for (int i = 0; i < 1000; ++i)
    {
        GoStr k = f.str(numbered("s", i));
        data.push_back(k.ptr);
        *static_cast<int64_t*>(mapAssign(f.alloc, m, &k).value) = i;
    }
    const uint64_t groups = m->groupMask + 1;
    MapIterator* it = mapIterStart(f.alloc, m, 5);
    f.roots.pointers.push_back(it);
    const void* k;
    void* v;
    for (int i = 0; i < 10; ++i)
        REQUIRE(mapIterNext(it, &k, &v));
    mapClear(m);
    CHECK(mapLen(m) == 0);
    CHECK(m->groupMask + 1 == groups); // capacity kept
    f.collect();
    for (const uint8_t* p : data)
        CHECK_FALSE(f.heap.isLiveObject(p)); // the cleared slots hold no pointers
    // Entries added after clear may be produced; the old ones never are.
    GoStr late = f.str("late");
    *static_cast<int64_t*>(mapAssign(f.alloc, m, &late).value) = -1;
    while (mapIterNext(it, &k, &v))
    {
        int64_t value;
        std::memcpy(&value, v, 8);
        CHECK(value == -1);
    }
    for (int i = 0; i < 1000; ++i)
    {
        const std::string s = numbered("s", i);
        GoStr key{reinterpret_cast<const uint8_t*>(s.data()), static_cast<int64_t>(s.size())};
        CHECK(mapLookup(m, &key).value == nullptr);
    }
    CHECK(mapLen(m) == 1);
}

namespace {

// An interface-like key: {type, data}; "type" 2 is unhashable (a slice in an interface).
struct IfaceKey
{
    int64_t type;
    int64_t data;
};

bool ifaceHash(const void* key, const void*, uint64_t seed, uint64_t* out)
{
    const auto* k = static_cast<const IfaceKey*>(key);
    if (k->type == 2)
        return false;
    *out = mapHashBytes(k, 16, seed);
    return true;
}

bool ifaceEqual(const void* a, const void* b, const void*) { return std::memcmp(a, b, 16) == 0; }

} // namespace

TEST_CASE("map: unhashable keys fail every operation cleanly")
{
    Fixture f;
    auto t = typeOf(16, {K::Scalar, K::Scalar}, 8, {K::Scalar}, MapKeyKind::Generic, MapKeyOps{ifaceHash, ifaceEqual, nullptr});
    MapObject* m = f.make(t.get());
    IfaceKey bad{2, 0};
    IfaceKey good{1, 5};
    CHECK_FALSE(mapKeyHashable(t.get(), &bad));
    CHECK(mapKeyHashable(t.get(), &good));
    // Even on an empty map (Go panics there too).
    CHECK(mapLookup(m, &bad).status == MapStatus::Unhashable);
    CHECK(mapDelete(m, &bad) == MapStatus::Unhashable);
    MapSlot s = mapAssign(f.alloc, m, &bad);
    CHECK(s.status == MapStatus::Unhashable);
    CHECK(s.value == nullptr);
    CHECK(mapLen(m) == 0);
    *static_cast<int64_t*>(mapAssign(f.alloc, m, &good).value) = 3;
    CHECK(mapLookup(m, &bad).status == MapStatus::Unhashable);
    CHECK(mapAssign(f.alloc, m, &bad).status == MapStatus::Unhashable);
    CHECK(mapLen(m) == 1);
    CHECK(*static_cast<int64_t*>(mapLookup(m, &good).value) == 3);
}

TEST_CASE("map: out of memory leaves the map unchanged and usable")
{
    Fixture f;
    auto t = intIntType();
    f.alloc.failAfter = 0;
    CHECK(mapMake(f.alloc, t.get(), 0, 1) == nullptr);
    CHECK(mapIterStart(f.alloc, nullptr, 1) == nullptr);
    f.alloc.failAfter = std::numeric_limits<size_t>::max();
    MapObject* m = f.make(t.get());
    int64_t i = 0;
    for (; mapLen(m) < 7; ++i) // fills the first one-group table
        *setInt(f.alloc, m, i) = i;
    f.alloc.failAfter = f.alloc.calls;
    MapSlot s = mapAssign(f.alloc, m, &i);
    CHECK(s.status == MapStatus::OutOfMemory);
    CHECK(s.value == nullptr);
    CHECK(mapLen(m) == 7);
    for (int64_t j = 0; j < 7; ++j)
        CHECK(*getInt(m, j) == j);
    *setInt(f.alloc, m, 3) = 33; // updates need no memory
    f.alloc.failAfter = std::numeric_limits<size_t>::max();
    *setInt(f.alloc, m, i) = i;
    CHECK(mapLen(m) == 8);
    CHECK(*getInt(m, 3) == 33);

    // A real heap at its hard limit.
    HeapConfig small;
    small.limitBytes = size_t{4} << 20;
    Heap heap(small);
    HeapCache cache(heap);
    TestAllocator alloc(heap, cache);
    MapObject* big = mapMake(alloc, t.get(), 0, 1);
    REQUIRE(big != nullptr);
    MapStatus status = MapStatus::Ok;
    int64_t n = 0;
    for (; n < 10000000 && status == MapStatus::Ok; ++n)
        status = mapAssign(alloc, big, &n).status;
    CHECK(status == MapStatus::OutOfMemory);
    CHECK(mapLen(big) == static_cast<size_t>(n - 1));
    for (int64_t j = 0; j < n - 1; j += 997)
        CHECK(mapLookup(big, &j).value != nullptr);
}

TEST_CASE("map: make's hint sizes the first table; absurd hints are ignored")
{
    Fixture f;
    auto t = intIntType();
    MapObject* m = f.make(t.get(), 1000);
    const size_t before = f.alloc.calls;
    for (int64_t i = 0; i < 1000; ++i)
        *setInt(f.alloc, m, i) = i;
    CHECK(f.alloc.calls == before + 1); // one table, never rebuilt
    MapObject* huge = f.make(t.get(), std::numeric_limits<size_t>::max());
    *setInt(f.alloc, huge, 1) = 1;
    CHECK(huge->groupMask == 0);
    // A hint too large for this heap, but not absurd: the first insert falls back to a small table.
    MapObject* tooBig = f.make(t.get(), size_t{1} << 30);
    *setInt(f.alloc, tooBig, 1) = 1;
    CHECK(mapLen(tooBig) == 1);
}

TEST_CASE("map: the allocator may collect inside allocate")
{
    Fixture f;
    auto t = stringStringType();
    MapObject* m = f.make(t.get());
    f.roots.pointers = {m};
    f.alloc.collectWith = &f.roots;
    std::vector<GoStr> keys;
    for (int i = 0; i < 600; ++i)
    {
        GoStr k = f.str(numbered("key", i));
        GoStr v = f.str(numbered("val", i));
        f.roots.pointers.push_back(k.ptr); // the VM's registers hold the key and value
        f.roots.pointers.push_back(v.ptr);
        MapSlot s = mapAssign(f.alloc, m, &k);
        REQUIRE(s.status == MapStatus::Ok);
        std::memcpy(s.value, &v, 16);
        f.roots.pointers.resize(1);
        keys.push_back(k);
    }
    MapIterator* it = mapIterStart(f.alloc, m, 4);
    f.roots.pointers = {it};
    int n = 0;
    const void* k;
    void* v;
    while (mapIterNext(it, &k, &v))
    {
        GoStr key, value;
        std::memcpy(&key, k, 16);
        std::memcpy(&value, v, 16);
        CHECK(value.view().substr(3) == key.view().substr(3));
        ++n;
    }
    CHECK(n == 600);
    f.alloc.collectWith = nullptr;
}
