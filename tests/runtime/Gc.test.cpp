// The collector: what survives a collection is exactly what the roots reach, through pointer
// words, interior pointers, interface data words and arrays; pacing; threads.
#include "runtime/GcLayout.h"
#include "runtime/Heap.h"

#include <doctest/doctest.h>

#include <atomic>
#include <cstdint>
#include <cstring>
#include <random>
#include <set>
#include <thread>
#include <vector>

using namespace weft;

namespace {

using K = GcWordKind;

HeapConfig testConfig(size_t limit = size_t{2} << 30)
{
    HeapConfig config;
    config.limitBytes = limit;
    return config;
}

GcLayout layoutOf(std::initializer_list<GcWordKind> words)
{
    std::vector<GcWordKind> v(words);
    auto layout = GcLayout::fromWords(v);
    REQUIRE(layout.has_value());
    return *layout;
}

// The roots a test hands to collect(): each kind the visitor knows.
struct Roots final : GcRootEnumerator
{
    std::vector<const void*> pointers;
    std::vector<std::pair<const void*, const GcLayout*>> words;
    std::vector<const void* const*> interfaces;
    struct Repeated
    {
        const void* base;
        const GcLayout* element;
        size_t bytes;
    };
    std::vector<Repeated> repeated;

    void enumerateRoots(GcRootVisitor& visitor) override
    {
        for (const Repeated& r : repeated)
            visitor.repeatedWords(r.base, r.element, r.bytes);
        for (const void* p : pointers)
            visitor.pointer(p);
        for (auto [base, layout] : words)
            visitor.words(base, layout);
        for (const void* const* pair : interfaces)
            visitor.interfacePair(pair);
    }
};

// A type descriptor as the VM will have them: `flags` first (GcLayout.h's contract).
struct TypeDescriptor
{
    uint32_t flags;
    const char* name;
};
const TypeDescriptor kPointerType{kTypePointerShaped, "*T"};
const TypeDescriptor kIntType{0, "int"};

// struct Node { next *Node; value int64 }
struct Node
{
    Node* next;
    int64_t value;
};

// struct Tree { left, right *Tree; value int64 }
struct Tree
{
    Tree* left;
    Tree* right;
    int64_t value;
};

// struct Boxed { iface interface{} }: {type, data}
struct Boxed
{
    const void* type;
    const void* data;
};

struct Fixture
{
    Heap heap{testConfig()};
    HeapCache cache{heap};
    Roots roots;
    const GcLayout nodeLayout = layoutOf({K::Pointer, K::Scalar});
    const GcLayout treeLayout = layoutOf({K::Pointer, K::Pointer, K::Scalar});
    const GcLayout boxedLayout = layoutOf({K::InterfaceType, K::InterfaceData});
    const GcLayout pointerLayout = layoutOf({K::Pointer});
    const GcLayout stringLayout = layoutOf({K::Pointer, K::Scalar}); // {data, len}

    Node* node(int64_t value, Node* next = nullptr)
    {
        auto* n = static_cast<Node*>(heap.allocate(cache, sizeof(Node), &nodeLayout));
        REQUIRE(n != nullptr);
        n->next = next;
        n->value = value;
        return n;
    }

    Node* list(int64_t length)
    {
        Node* head = nullptr;
        for (int64_t i = length - 1; i >= 0; --i)
            head = node(i, head);
        return head;
    }

    Tree* tree(int depth, std::vector<Tree*>& all)
    {
        auto* t = static_cast<Tree*>(heap.allocate(cache, sizeof(Tree), &treeLayout));
        REQUIRE(t != nullptr);
        all.push_back(t);
        t->value = depth;
        if (depth > 0)
        {
            t->left = tree(depth - 1, all);
            t->right = tree(depth - 1, all);
        }
        return t;
    }

    void* bytes(size_t n)
    {
        void* p = heap.allocate(cache, n, nullptr);
        REQUIRE(p != nullptr);
        return p;
    }

    void collect()
    {
        heap.collect(roots);
        CHECK(heap.verify());
    }
};

size_t countLive(const Heap& heap, const std::vector<Tree*>& objects)
{
    size_t n = 0;
    for (Tree* t : objects)
        n += heap.isLiveObject(t) ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("a collection keeps a rooted list and frees it once the root is dropped")
{
    Fixture f;
    Node* head = f.list(1000);
    Node* garbage = f.list(500);
    f.roots.pointers = {head};
    f.collect();
    HeapStats s = f.heap.stats();
    CHECK(s.heapObjects == 1000);
    CHECK(s.frees == 500);
    CHECK_FALSE(f.heap.isLiveObject(garbage));
    int64_t expect = 0;
    for (Node* n = head; n != nullptr; n = n->next)
    {
        REQUIRE(f.heap.isLiveObject(n));
        CHECK(n->value == expect++);
    }
    CHECK(expect == 1000);

    f.roots.pointers.clear();
    f.collect();
    s = f.heap.stats();
    CHECK(s.heapObjects == 0);
    CHECK(s.frees == 1500);
    CHECK(s.heapInUse == 0);
    CHECK_FALSE(f.heap.isLiveObject(head));
}

TEST_CASE("trees: cutting an edge frees exactly the subtree below it")
{
    Fixture f;
    std::vector<Tree*> all;
    Tree* root = f.tree(10, all); // 2047 nodes
    REQUIRE(all.size() == 2047);
    f.roots.pointers = {root};
    f.collect();
    CHECK(countLive(f.heap, all) == 2047);

    // Cut the left subtree (1023 nodes) of the root.
    std::vector<Tree*> leftSubtree;
    std::vector<Tree*> stack{root->left};
    while (!stack.empty())
    {
        Tree* t = stack.back();
        stack.pop_back();
        leftSubtree.push_back(t);
        if (t->left != nullptr)
            stack.push_back(t->left);
        if (t->right != nullptr)
            stack.push_back(t->right);
    }
    REQUIRE(leftSubtree.size() == 1023);
    root->left = nullptr;
    f.collect();
    CHECK(countLive(f.heap, all) == 1024);
    CHECK(countLive(f.heap, leftSubtree) == 0);
    CHECK(f.heap.stats().heapObjects == 1024);
}

TEST_CASE("cycles: reachable ones are kept, unreachable ones are freed")
{
    Fixture f;
    Node* a = f.node(1);
    Node* b = f.node(2, a);
    Node* c = f.node(3, b);
    a->next = c; // a -> c -> b -> a
    Node* x = f.node(4);
    Node* y = f.node(5, x);
    x->next = y; // x <-> y, rooted
    Node* self = f.node(6);
    self->next = self;
    f.roots.pointers = {y};
    f.collect();
    CHECK_FALSE(f.heap.isLiveObject(a));
    CHECK_FALSE(f.heap.isLiveObject(b));
    CHECK_FALSE(f.heap.isLiveObject(c));
    CHECK_FALSE(f.heap.isLiveObject(self));
    CHECK(f.heap.isLiveObject(x));
    CHECK(f.heap.isLiveObject(y));
    CHECK(f.heap.stats().heapObjects == 2);
}

TEST_CASE("interior pointers keep the whole object alive")
{
    Fixture f;
    // A "string" header {data, len} in a scan object, pointing into the middle of a noscan
    // byte array (as s[5:] does).
    char* text = static_cast<char*>(f.bytes(100));
    std::memcpy(text, "hello, interior pointers", 24);
    auto* str = static_cast<uintptr_t*>(f.heap.allocate(f.cache, 16, &f.stringLayout));
    REQUIRE(str != nullptr);
    str[0] = reinterpret_cast<uintptr_t>(text + 7);
    str[1] = 17;
    // A root that is an interior pointer into a node's value field.
    Node* n = f.node(42);
    // A large array kept only by a pointer to its last byte.
    char* big = static_cast<char*>(f.bytes(200000));
    // A root pointing into the header of a scan object.
    Node* headerOnly = f.node(7);
    Node* lost = f.node(8);
    f.roots.pointers = {str, &n->value, big + 199999, reinterpret_cast<char*>(headerOnly) - 3};
    f.collect();
    CHECK(f.heap.isLiveObject(text));
    CHECK(std::memcmp(text + 7, "interior pointers", 17) == 0);
    CHECK(f.heap.isLiveObject(n));
    CHECK(n->value == 42);
    CHECK(f.heap.isLiveObject(big));
    CHECK(f.heap.isLiveObject(headerOnly));
    CHECK_FALSE(f.heap.isLiveObject(lost));
    CHECK(f.heap.stats().heapObjects == 5);
}

TEST_CASE("interface values: the data word is traced iff the type is pointer-shaped")
{
    Fixture f;
    Node* viaPointerType = f.node(1);
    Node* viaIntType = f.node(2);
    Node* viaNilType = f.node(3);
    auto* b1 = static_cast<Boxed*>(f.heap.allocate(f.cache, sizeof(Boxed), &f.boxedLayout));
    auto* b2 = static_cast<Boxed*>(f.heap.allocate(f.cache, sizeof(Boxed), &f.boxedLayout));
    auto* b3 = static_cast<Boxed*>(f.heap.allocate(f.cache, sizeof(Boxed), &f.boxedLayout));
    REQUIRE((b1 && b2 && b3));
    *b1 = {&kPointerType, viaPointerType};
    *b2 = {&kIntType, viaIntType}; // an int whose bits happen to equal the node's address
    *b3 = {nullptr, viaNilType};   // a nil interface: data is ignored

    // The same three cases as root interface pairs.
    Node* rootPointer = f.node(4);
    Node* rootInt = f.node(5);
    const void* pair1[2] = {&kPointerType, rootPointer};
    const void* pair2[2] = {&kIntType, rootInt};
    f.roots.pointers = {b1, b2, b3};
    f.roots.interfaces = {pair1, pair2};
    f.collect();
    CHECK(f.heap.isLiveObject(viaPointerType));
    CHECK_FALSE(f.heap.isLiveObject(viaIntType));
    CHECK_FALSE(f.heap.isLiveObject(viaNilType));
    CHECK(f.heap.isLiveObject(rootPointer));
    CHECK_FALSE(f.heap.isLiveObject(rootInt));
}

TEST_CASE("arrays: a backing array allocated with its element's layout is traced in full")
{
    Fixture f;
    // []*Node of 5000 elements: one allocation of 40000 bytes with the element layout.
    const size_t n = 5000;
    auto** slice = static_cast<Node**>(f.heap.allocate(f.cache, n * sizeof(Node*), &f.pointerLayout));
    REQUIRE(slice != nullptr);
    std::vector<Node*> nodes;
    for (size_t i = 0; i < n; ++i)
        nodes.push_back(slice[i] = f.node(static_cast<int64_t>(i)));
    // []string of 1000 elements whose data points into byte arrays.
    const size_t m = 1000;
    auto* strings = static_cast<uintptr_t*>(f.heap.allocate(f.cache, m * 16, &f.stringLayout));
    REQUIRE(strings != nullptr);
    std::vector<void*> texts;
    for (size_t i = 0; i < m; ++i)
    {
        texts.push_back(f.bytes(32));
        strings[2 * i] = reinterpret_cast<uintptr_t>(texts.back()) + (i % 32);
        strings[2 * i + 1] = 32 - i % 32;
    }
    // An array-of-layout built with GcLayout::array, scanned as a root ([64]*Node in a frame).
    auto frameLayout = GcLayout::array(f.pointerLayout, 64);
    REQUIRE(frameLayout.has_value());
    Node* frame[64] = {};
    std::vector<Node*> frameNodes;
    for (int i = 0; i < 64; i += 3)
        frameNodes.push_back(frame[i] = f.node(i));
    Node* unreferenced = f.node(-1);

    f.roots.pointers = {slice, strings};
    f.roots.words = {{frame, &*frameLayout}};
    f.collect();
    for (Node* p : nodes)
        REQUIRE(f.heap.isLiveObject(p));
    for (void* t : texts)
        REQUIRE(f.heap.isLiveObject(t));
    for (Node* p : frameNodes)
        REQUIRE(f.heap.isLiveObject(p));
    CHECK_FALSE(f.heap.isLiveObject(unreferenced));
    CHECK(f.heap.stats().heapObjects == 2 + n + m + frameNodes.size());

    // Clearing half of the slice frees exactly those nodes.
    for (size_t i = 0; i < n; i += 2)
        slice[i] = nullptr;
    f.collect();
    for (size_t i = 0; i < n; ++i)
        REQUIRE(f.heap.isLiveObject(nodes[i]) == (i % 2 == 1));
}

TEST_CASE("root words with layouts: only pointer words are traced")
{
    Fixture f;
    Node* kept = f.node(1);
    Node* scalarLookalike = f.node(2);
    // A frame {x int; p *Node; s string; i interface{}} with an int slot holding an address.
    const GcLayout frameLayout =
        layoutOf({K::Scalar, K::Pointer, K::Pointer, K::Scalar, K::InterfaceType, K::InterfaceData});
    char* text = static_cast<char*>(f.bytes(10));
    Node* boxed = f.node(3);
    uintptr_t frame[6] = {reinterpret_cast<uintptr_t>(scalarLookalike), reinterpret_cast<uintptr_t>(kept),
                          reinterpret_cast<uintptr_t>(text), 10, reinterpret_cast<uintptr_t>(&kPointerType),
                          reinterpret_cast<uintptr_t>(boxed)};
    f.roots.words = {{frame, &frameLayout}, {nullptr, &frameLayout}, {frame, nullptr}};
    // A buffer of 3 strings outside the heap (a channel's ring, say), and 2.5 strings' worth
    // of bytes: only whole elements are read.
    char* s0 = static_cast<char*>(f.bytes(5));
    char* s1 = static_cast<char*>(f.bytes(5));
    char* s2 = static_cast<char*>(f.bytes(5));
    char* s3 = static_cast<char*>(f.bytes(5));
    uintptr_t buffer[8] = {reinterpret_cast<uintptr_t>(s0), 5, reinterpret_cast<uintptr_t>(s1), 5,
                           reinterpret_cast<uintptr_t>(s2), 5, reinterpret_cast<uintptr_t>(s3), 5};
    f.roots.repeated = {{buffer, &f.stringLayout, 3 * 16}, {buffer + 6, &f.stringLayout, 8}};
    f.collect();
    CHECK(f.heap.isLiveObject(kept));
    CHECK(f.heap.isLiveObject(text));
    CHECK(f.heap.isLiveObject(boxed));
    CHECK_FALSE(f.heap.isLiveObject(scalarLookalike));
    CHECK(f.heap.isLiveObject(s0));
    CHECK(f.heap.isLiveObject(s1));
    CHECK(f.heap.isLiveObject(s2));
    CHECK_FALSE(f.heap.isLiveObject(s3));
}

TEST_CASE("noscan objects are never scanned")
{
    Fixture f;
    Node* target = f.node(1);
    Node* largeTarget = f.node(2);
    // A []int64 holding the node's address, small and large.
    auto* ints = static_cast<uintptr_t*>(f.bytes(64));
    ints[3] = reinterpret_cast<uintptr_t>(target);
    auto* bigInts = static_cast<uintptr_t*>(f.bytes(100000));
    bigInts[5000] = reinterpret_cast<uintptr_t>(largeTarget);
    f.roots.pointers = {ints, bigInts};
    f.collect();
    CHECK(f.heap.isLiveObject(ints));
    CHECK(f.heap.isLiveObject(bigInts));
    CHECK_FALSE(f.heap.isLiveObject(target));
    CHECK_FALSE(f.heap.isLiveObject(largeTarget));
}

TEST_CASE("pointers outside the heap or into free memory keep nothing alive")
{
    Fixture f;
    Node* freed = f.node(1);
    f.collect(); // no roots: freed
    REQUIRE_FALSE(f.heap.isLiveObject(freed));
    static int outside = 0;
    int local = 0;
    f.roots.pointers = {freed, &outside, &local, nullptr, reinterpret_cast<void*>(uintptr_t{1})};
    f.collect();
    CHECK_FALSE(f.heap.isLiveObject(freed));
    CHECK(f.heap.stats().heapObjects == 0);
}

TEST_CASE("freed memory is reused and handed out zeroed")
{
    Fixture f;
    std::set<uintptr_t> first;
    for (int i = 0; i < 10000; ++i)
    {
        Node* n = f.node(-1, reinterpret_cast<Node*>(uintptr_t{0xdeadbeef}));
        first.insert(reinterpret_cast<uintptr_t>(n));
    }
    std::vector<char*> large;
    for (int i = 0; i < 4; ++i)
    {
        large.push_back(static_cast<char*>(f.bytes(50000)));
        std::memset(large.back(), 0xCC, 50000);
    }
    f.collect();
    const HeapStats afterFirst = f.heap.stats();
    CHECK(afterFirst.heapInUse == 0);
    size_t reused = 0;
    for (int i = 0; i < 10000; ++i)
    {
        auto* n = static_cast<Node*>(f.heap.allocate(f.cache, sizeof(Node), &f.nodeLayout));
        REQUIRE(n != nullptr);
        CHECK(n->next == nullptr);
        CHECK(n->value == 0);
        reused += first.count(reinterpret_cast<uintptr_t>(n));
    }
    CHECK(reused == 10000);
    for (int i = 0; i < 4; ++i)
    {
        auto* p = static_cast<unsigned char*>(f.bytes(50000));
        for (size_t j = 0; j < 50000; j += 997)
            REQUIRE(p[j] == 0);
    }
    CHECK(f.heap.stats().heapSys == afterFirst.heapSys);
}

TEST_CASE("partially freed spans: survivors stay put, the holes are reused")
{
    Fixture f;
    std::vector<Node*> nodes;
    for (int i = 0; i < 3000; ++i)
        nodes.push_back(f.node(i));
    // Keep every third node, through a []*Node.
    auto** keep = static_cast<Node**>(f.heap.allocate(f.cache, 1000 * sizeof(Node*), &f.pointerLayout));
    REQUIRE(keep != nullptr);
    for (int i = 0; i < 1000; ++i)
        keep[i] = nodes[3 * i];
    f.roots.pointers = {keep};
    f.collect();
    std::set<Node*> holes;
    for (int i = 0; i < 3000; ++i)
    {
        CHECK(f.heap.isLiveObject(nodes[i]) == (i % 3 == 0));
        if (i % 3 != 0)
            holes.insert(nodes[i]);
    }
    // The nodes' spans (24-byte objects, 341 per span) now have the 2000 holes and the never
    // used tail of the last span free; new nodes fill exactly those, in no new span.
    const size_t perSpan = kPageSize / 24;
    const size_t spans = (3000 + perSpan - 1) / perSpan;
    const size_t freeSlots = spans * perSpan - 1000;
    const uint64_t inUse = f.heap.stats().heapInUse;
    for (size_t i = 0; i < freeSlots; ++i)
    {
        Node* n = f.node(100000 + static_cast<int64_t>(i));
        holes.erase(n);
    }
    CHECK(holes.empty());
    CHECK(f.heap.stats().heapInUse == inUse);
    for (int i = 0; i < 1000; ++i)
        CHECK(keep[i]->value == 3 * i);
}

TEST_CASE("a 10-million-node list is marked without recursion")
{
    Heap heap(testConfig());
    HeapCache cache(heap);
    const GcLayout layout = layoutOf({K::Pointer}); // struct { next *Node }: 16 bytes with header
    const size_t n = 10'000'000;
    void* head = nullptr;
    for (size_t i = 0; i < n; ++i)
    {
        auto* node = static_cast<void**>(heap.allocate(cache, 8, &layout));
        REQUIRE(node != nullptr);
        *node = head;
        head = node;
    }
    Roots roots;
    roots.pointers = {head};
    heap.collect(roots);
    CHECK(heap.stats().heapObjects == n);
    CHECK(heap.stats().frees == 0);
    roots.pointers.clear();
    heap.collect(roots);
    CHECK(heap.stats().heapObjects == 0);
    CHECK(heap.stats().frees == n);
    CHECK(heap.verify());
}

TEST_CASE("pacing: nextGC is the live heap times 1 + GOGC/100, at least 4 MiB")
{
    Fixture f;
    CHECK(f.heap.gcPercent() == 100);
    CHECK(f.heap.stats().nextGC == Heap::kMinimumNextGC);
    CHECK_FALSE(f.heap.shouldCollect());

    // Allocate until pacing asks for a collection: about 4 MiB.
    std::vector<void*> kept;
    while (!f.heap.shouldCollect())
        kept.push_back(f.bytes(4096));
    CHECK(f.heap.stats().heapLive >= Heap::kMinimumNextGC);
    CHECK(kept.size() * 4096 >= Heap::kMinimumNextGC - 64 * 4096);

    // Keep 8 MiB live: nextGC is 16 MiB. Then 16 MiB live: 32 MiB.
    auto keepLive = [&](size_t bytes) {
        f.roots.pointers.clear();
        for (size_t i = 0; i < bytes / 65536; ++i)
            f.roots.pointers.push_back(f.bytes(65536));
        f.collect();
        CHECK_FALSE(f.heap.shouldCollect());
        return f.heap.stats();
    };
    HeapStats s = keepLive(size_t{8} << 20);
    CHECK(s.heapMarked == size_t{8} << 20);
    CHECK(s.nextGC == size_t{16} << 20);
    s = keepLive(size_t{16} << 20);
    CHECK(s.heapMarked == size_t{16} << 20);
    CHECK(s.nextGC == size_t{32} << 20);

    // GOGC=50: 1.5 times.
    CHECK(f.heap.setGcPercent(50) == 100);
    CHECK(f.heap.stats().nextGC == size_t{24} << 20);
    // Live heap below the minimum: nextGC is 4 MiB.
    s = keepLive(size_t{1} << 20);
    CHECK(s.nextGC == Heap::kMinimumNextGC);
    // Allocating the difference triggers it.
    while (!f.heap.shouldCollect())
        f.bytes(65536);
    CHECK(f.heap.stats().heapLive >= Heap::kMinimumNextGC);
    CHECK(f.heap.stats().heapLive < Heap::kMinimumNextGC + 65536);
}

TEST_CASE("GOGC off: pacing never asks, however much is allocated")
{
    HeapConfig config = testConfig();
    config.gcPercent = -1;
    Heap heap(config);
    HeapCache cache(heap);
    CHECK(heap.gcPercent() == -1);
    for (int i = 0; i < 400; ++i)
        REQUIRE(heap.allocate(cache, 65536, nullptr) != nullptr);
    CHECK(heap.stats().heapLive >= 400 * 65536);
    CHECK_FALSE(heap.shouldCollect());
    // Turning it on makes the overdue collection due.
    CHECK(heap.setGcPercent(100) == -1);
    CHECK(heap.shouldCollect());
    CHECK(heap.setGcPercent(-5) == 100);
    CHECK_FALSE(heap.shouldCollect());
}

TEST_CASE("stress mode: every allocation is a collection point")
{
    HeapConfig config = testConfig();
    config.stressMode = true;
    Heap heap(config);
    HeapCache cache(heap);
    CHECK(heap.shouldCollect());
    Roots roots;
    Node* kept = nullptr;
    const GcLayout nodeLayout = layoutOf({K::Pointer, K::Scalar});
    for (int i = 0; i < 200; ++i)
    {
        auto* n = static_cast<Node*>(heap.allocate(cache, sizeof(Node), &nodeLayout));
        REQUIRE(n != nullptr);
        n->next = kept;
        n->value = i;
        kept = n;
        heap.allocate(cache, 100, nullptr); // garbage
        if (heap.shouldCollect())
        {
            roots.pointers = {kept};
            heap.collect(roots);
        }
    }
    CHECK(heap.stats().numGC == 200);
    CHECK(heap.stats().heapObjects == 200);
    int64_t expect = 199;
    for (Node* n = kept; n != nullptr; n = n->next)
        CHECK(n->value == expect--);
    heap.setStressMode(false);
    CHECK_FALSE(heap.shouldCollect());
}

TEST_CASE("threads allocate concurrently from their own caches between collections")
{
    Heap heap(testConfig());
    const GcLayout nodeLayout = layoutOf({K::Pointer, K::Scalar});
    const GcLayout pointerLayout = layoutOf({K::Pointer});
    constexpr int kThreads = 4;
    constexpr int kRounds = 3;
    constexpr int kPerRound = 20000;

    struct Worker
    {
        Node* head = nullptr; // the worker's root, read by the collector while it is stopped
        int64_t length = 0;
    };
    std::vector<Worker> workers(kThreads);
    std::vector<std::unique_ptr<HeapCache>> caches;
    for (int t = 0; t < kThreads; ++t)
        caches.push_back(std::make_unique<HeapCache>(heap));
    std::atomic<int> paceRequests{0};
    std::atomic<int> failures{0};
    uint64_t freedBefore = 0;

    for (int round = 0; round < kRounds; ++round)
    {
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t)
        {
            threads.emplace_back([&, t] {
                HeapCache& cache = *caches[t];
                Worker& w = workers[t];
                for (int i = 0; i < kPerRound; ++i)
                {
                    auto* n = static_cast<Node*>(heap.allocate(cache, sizeof(Node), &nodeLayout));
                    if (n == nullptr)
                    {
                        failures.fetch_add(1);
                        return;
                    }
                    n->next = w.head;
                    n->value = w.length++;
                    w.head = n;
                    // Garbage of several classes, scan and noscan, and now and then a large one.
                    heap.allocate(cache, 8 + i % 300, nullptr);
                    heap.allocate(cache, 16 + 8 * (i % 50), &pointerLayout);
                    if (i % 5000 == 0)
                        heap.allocate(cache, 40000, nullptr);
                    if (heap.shouldCollect())
                        paceRequests.fetch_add(1, std::memory_order_relaxed);
                }
            });
        }
        for (std::thread& th : threads)
            th.join();
        REQUIRE(failures.load() == 0);

        // The world is stopped: collect with each worker's list as a root.
        Roots roots;
        for (const Worker& w : workers)
            roots.pointers.push_back(w.head);
        heap.collect(roots);
        CHECK(heap.verify());
        const HeapStats s = heap.stats();
        CHECK(s.heapObjects == uint64_t{kThreads} * kPerRound * (round + 1));
        CHECK(s.frees > freedBefore);
        freedBefore = s.frees;
        for (const Worker& w : workers)
        {
            int64_t expect = w.length - 1;
            for (Node* n = w.head; n != nullptr; n = n->next)
                REQUIRE(n->value == expect--);
            CHECK(expect == -1);
        }
    }
    CHECK(paceRequests.load() > 0);
    caches.clear();
    CHECK(heap.verify());
}

TEST_CASE("caches created and destroyed on their own threads while others allocate")
{
    Heap heap(testConfig());
    const GcLayout nodeLayout = layoutOf({K::Pointer, K::Scalar});
    std::vector<Node*> heads(4, nullptr);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
    {
        threads.emplace_back([&, t] {
            for (int generation = 0; generation < 20; ++generation)
            {
                HeapCache cache(heap); // registers, refills, gives its spans back at the end
                for (int i = 0; i < 2000; ++i)
                {
                    auto* n = static_cast<Node*>(heap.allocate(cache, sizeof(Node), &nodeLayout));
                    if (n == nullptr)
                        return;
                    n->next = heads[t];
                    n->value = generation * 2000 + i;
                    heads[t] = n;
                    heap.allocate(cache, 24 + i % 1000, nullptr);
                }
            }
        });
    }
    for (std::thread& th : threads)
        th.join();
    Roots roots;
    roots.pointers.assign(heads.begin(), heads.end());
    heap.collect(roots);
    CHECK(heap.verify());
    CHECK(heap.stats().heapObjects == 4 * 20 * 2000);
    for (Node* head : heads)
    {
        int64_t expect = 20 * 2000 - 1;
        for (Node* n = head; n != nullptr; n = n->next)
            REQUIRE(n->value == expect--);
        CHECK(expect == -1);
    }
}

TEST_CASE("random object graphs: a collection frees exactly the unreachable objects")
{
    // A model of the heap (objects, their pointer slots, the roots) against which every
    // collection is checked: reachable objects must survive with their contents intact,
    // unreachable ones must be freed.
    Fixture f;
    std::mt19937_64 rng(20240601);
    auto below = [&](size_t n) { return static_cast<size_t>(rng() % n); };

    struct Object
    {
        char* base;
        size_t size;
        bool scan;          // an array of pointers (pointerLayout), else noscan bytes
        unsigned char tag;  // noscan contents: every byte is tag
        std::vector<size_t> targets; // scan: model of each slot's target (index+1, 0 = nil)
    };
    std::vector<Object> objects;
    std::vector<size_t> roots; // indexes into objects

    auto allocateObject = [&] {
        Object o;
        o.scan = below(2) == 0;
        const bool large = below(20) == 0;
        if (o.scan)
        {
            const size_t slots = large ? 4096 + below(8192) : 1 + below(40);
            o.size = slots * 8;
            o.base = static_cast<char*>(f.heap.allocate(f.cache, o.size, &f.pointerLayout));
            o.targets.assign(slots, 0);
        }
        else
        {
            o.size = large ? 32768 + below(100000) : 1 + below(600);
            o.base = static_cast<char*>(f.heap.allocate(f.cache, o.size, nullptr));
            o.tag = static_cast<unsigned char>(1 + below(255));
            REQUIRE(o.base != nullptr);
            std::memset(o.base, o.tag, o.size);
        }
        REQUIRE(o.base != nullptr);
        objects.push_back(std::move(o));
    };
    // Points slot `slot` of scan object `from` at a random place inside object `to` (or nil).
    auto link = [&](size_t from, size_t slot, size_t to) {
        Object& o = objects[from];
        char* p = nullptr;
        if (to != 0)
        {
            const Object& target = objects[to - 1];
            p = target.base + below(target.size);
        }
        std::memcpy(o.base + slot * 8, &p, sizeof p);
        o.targets[slot] = to;
    };

    for (int round = 0; round < 30; ++round)
    {
        for (int i = 0; i < 300; ++i)
            allocateObject();
        for (int i = 0; i < 1500; ++i)
        {
            const size_t from = below(objects.size());
            if (!objects[from].scan)
                continue;
            const size_t to = below(5) == 0 ? 0 : 1 + below(objects.size());
            link(from, below(objects[from].targets.size()), to);
        }
        roots.clear();
        for (int i = 0; i < 5; ++i)
            roots.push_back(below(objects.size()));

        // Reachability in the model.
        std::vector<bool> reachable(objects.size(), false);
        std::vector<size_t> work(roots.begin(), roots.end());
        while (!work.empty())
        {
            const size_t i = work.back();
            work.pop_back();
            if (reachable[i])
                continue;
            reachable[i] = true;
            for (size_t t : objects[i].targets)
                if (t != 0 && !reachable[t - 1])
                    work.push_back(t - 1);
        }

        f.roots.pointers.clear();
        for (size_t r : roots) // roots are interior pointers too
            f.roots.pointers.push_back(objects[r].base + below(objects[r].size));
        f.collect();

        size_t live = 0;
        for (size_t i = 0; i < objects.size(); ++i)
        {
            const Object& o = objects[i];
            REQUIRE(f.heap.isLiveObject(o.base) == reachable[i]);
            if (!reachable[i])
                continue;
            ++live;
            if (!o.scan)
            {
                for (size_t b = 0; b < o.size; b += 1 + b / 8)
                    REQUIRE(static_cast<unsigned char>(o.base[b]) == o.tag);
            }
        }
        CHECK(f.heap.stats().heapObjects == live);

        // Forget the dead; renumber the survivors' slot targets.
        std::vector<size_t> newIndex(objects.size() + 1, 0);
        std::vector<Object> survivors;
        for (size_t i = 0; i < objects.size(); ++i)
            if (reachable[i])
            {
                newIndex[i + 1] = survivors.size() + 1;
                survivors.push_back(std::move(objects[i]));
            }
        for (Object& o : survivors)
            for (size_t& t : o.targets)
                t = newIndex[t];
        objects.swap(survivors);
    }
}
