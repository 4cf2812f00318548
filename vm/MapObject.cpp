#include "vm/MapObject.h"
#include "runtime/MemoryMove.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace weft {

// Invariants of a map (m = a MapObject, t = m->type), kept by the code marked with their names:
//
//   [ctrl]     A control byte is EMPTY (0x00), DELETED (0x01, a tombstone) or FULL (0x80 | h2,
//              h2 the low 7 bits of the key's hash). Fresh memory from the allocator is zeroed,
//              so a new group array is all EMPTY with no initialisation pass.
//   [zero]     Every slot that is not FULL is all zero bytes: assign hands out a zeroed value
//              for a new entry without clearing it, and the collector finds no stale pointer
//              in a deleted slot (deleted keys and values are not kept alive).
//   [probe]    A key lives in the first group of its probe sequence (h1, h1+1, h1+3, h1+6...,
//              triangular steps modulo the power-of-two group count, which visit every group)
//              that had a free slot when it was inserted; every group before it in the sequence
//              has no EMPTY slot. Delete keeps this by writing EMPTY only into a group that still
//              has an EMPTY slot (no probe ever went past it), else DELETED; only a rebuild or a
//              clear turns a group without EMPTY slots back into one with some.
//   [room]     used = count + tombstones = maxEntries(groups) - growthLeft <= maxEntries, and
//              maxEntries < 8 * groups: at least one slot is EMPTY, so every probe ends.
//   [frozen]   A group array is written only while it is the map's current array. A rebuild
//              copies into a fresh array and never touches the old one, so an iterator that is
//              walking the old array still sees the entries exactly as they were.
//   [seq]      clearSeq changes whenever clear removes entries; iterators use it to tell that
//              the irreflexive (NaN) keys of an old array were cleared.

namespace {

static_assert(std::endian::native == std::endian::little, "control bytes are read as one word");

constexpr uint64_t kLsb = 0x0101010101010101ull;
constexpr uint64_t kMsb = 0x8080808080808080ull;
constexpr unsigned char kCtrlEmpty = 0x00;
constexpr unsigned char kCtrlDeleted = 0x01;
constexpr unsigned char kCtrlFull = 0x80;
constexpr uint64_t kSlotsPerGroup = 8;
// Groups, as log2: 2^40 groups of 8 slots is past any heap we can reserve.
constexpr unsigned kMaxGroupsLog2 = 40;

// Where pointers to zero-size keys and values point: never into a table, so a pointer one past
// the end of a group array is never handed out.
alignas(8) unsigned char gZeroSized[8];

enum FastPath : uint8_t
{
    kFastGeneric,
    kFastMem8,
    kFastMem4,
    kFastMemN,
    kFastString,
};

uint64_t load64(const void* p)
{
    uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

uint32_t load32(const void* p)
{
    uint32_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

void copyBytes(void* to, const void* from, size_t n)
{
    if (n != 0)
        moveMemory(to, from, n);
}

void copyZero(void* to, size_t n)
{
    if (n != 0)
        clearMemory(to, n);
}

// ---- Control words: 8 control bytes read as one little-endian word; byte i is slot i. ----

// FULL bytes whose h2 matches: the exact zero-byte test on ctrl ^ pattern (no false positives:
// (x & 0x7f) + 0x7f never carries into the next byte).
uint64_t matchH2(uint64_t ctrl, uint64_t pattern)
{
    const uint64_t x = ctrl ^ pattern;
    return ~(((x & ~kMsb) + ~kMsb) | x | ~kMsb);
}

// EMPTY bytes: bit 7 clear (not FULL) and bit 0 clear (not DELETED). ctrl << 7 moves each
// byte's bit 0 to its own bit 7.
uint64_t matchEmpty(uint64_t ctrl) { return ~ctrl & ~(ctrl << 7) & kMsb; }
uint64_t matchFree(uint64_t ctrl) { return ~ctrl & kMsb; } // EMPTY or DELETED
uint64_t matchFull(uint64_t ctrl) { return ctrl & kMsb; }
unsigned firstIndex(uint64_t bits) { return static_cast<unsigned>(std::countr_zero(bits)) >> 3; }

// [room]: the most slots (live or tombstone) a table of `groups` groups uses.
uint64_t maxEntries(uint64_t groups) { return groups == 1 ? 7 : groups * kSlotsPerGroup * 13 / 16; }

// ---- Hashing (wyhash's construction: 64x64->128 multiplies folded) ----

constexpr uint64_t kP0 = 0xa0761d6478bd642full;
constexpr uint64_t kP1 = 0xe7037ed1a0b428dbull;
constexpr uint64_t kP2 = 0x8ebc6af09c88c6e3ull;
constexpr uint64_t kP3 = 0x589965cc75374cc3ull;

__extension__ typedef unsigned __int128 U128;

inline void mum(uint64_t& a, uint64_t& b)
{
    const U128 r = static_cast<U128>(a) * b;
    a = static_cast<uint64_t>(r);
    b = static_cast<uint64_t>(r >> 64);
}

inline uint64_t mix(uint64_t a, uint64_t b)
{
    mum(a, b);
    return a ^ b;
}

inline uint64_t finish(uint64_t a, uint64_t b, uint64_t seed, size_t len)
{
    a ^= kP1;
    b ^= seed;
    mum(a, b);
    return mix(a ^ kP0 ^ len, b ^ kP1);
}

[[gnu::always_inline]] inline uint64_t hashBytes(const void* data, size_t len, uint64_t seed)
{
    const unsigned char* p = static_cast<const unsigned char*>(data);
    uint64_t a, b;
    if (len <= 16)
    {
        if (len >= 4)
        {
            const size_t mid = (len >> 3) << 2;
            a = (uint64_t{load32(p)} << 32) | load32(p + mid);
            b = (uint64_t{load32(p + len - 4)} << 32) | load32(p + len - 4 - mid);
        }
        else if (len > 0)
        {
            a = (uint64_t{p[0]} << 16) | (uint64_t{p[len >> 1]} << 8) | p[len - 1];
            b = 0;
        }
        else
        {
            a = b = 0;
        }
    }
    else
    {
        size_t i = len;
        if (i > 48)
        {
            uint64_t see1 = seed, see2 = seed;
            do
            {
                seed = mix(load64(p) ^ kP1, load64(p + 8) ^ seed);
                see1 = mix(load64(p + 16) ^ kP2, load64(p + 24) ^ see1);
                see2 = mix(load64(p + 32) ^ kP3, load64(p + 40) ^ see2);
                p += 48;
                i -= 48;
            } while (i > 48);
            seed ^= see1 ^ see2;
        }
        while (i > 16)
        {
            seed = mix(load64(p) ^ kP1, load64(p + 8) ^ seed);
            i -= 16;
            p += 16;
        }
        a = load64(p + i - 16);
        b = load64(p + i - 8);
    }
    return finish(a, b, seed, len);
}

// hashBytes of the 8 bytes of v, without the loads.
inline uint64_t hash8(uint64_t v, uint64_t seed) { return finish(std::rotl(v, 32), v, seed, 8); }
inline uint64_t hash4(uint32_t v, uint64_t seed)
{
    const uint64_t w = (uint64_t{v} << 32) | v;
    return finish(w, w, seed, 4);
}

// Go hashes NaN randomly (so that a map full of NaNs does not degrade into one long probe).
uint64_t randomBits()
{
    thread_local uint64_t state = reinterpret_cast<uintptr_t>(&state) ^ kP3;
    state += kP0;
    return mix(state, state ^ kP1);
}

uint64_t hashF64(double f, uint64_t seed)
{
    if (f == 0)
        return hash8(0, seed); // +0 and -0
    if (f != f)
        return hash8(randomBits(), seed);
    return hash8(std::bit_cast<uint64_t>(f), seed);
}

uint64_t hashF32(float f, uint64_t seed)
{
    if (f == 0)
        return hash4(0, seed);
    if (f != f)
        return hash8(randomBits(), seed);
    return hash4(std::bit_cast<uint32_t>(f), seed);
}

template <class F>
F loadFloat(const void* p)
{
    F f;
    std::memcpy(&f, p, sizeof f);
    return f;
}

// ---- MapKeyOps of the built-in kinds (ctx = the MapLayout) ----

bool memoryHash(const void* key, const void* ctx, uint64_t seed, uint64_t* out)
{
    *out = hashBytes(key, static_cast<const MapLayout*>(ctx)->keySize, seed);
    return true;
}
bool memoryEqual(const void* a, const void* b, const void* ctx)
{
    const size_t n = static_cast<const MapLayout*>(ctx)->keySize;
    return n == 0 || std::memcmp(a, b, n) == 0;
}
bool stringHash(const void* key, const void*, uint64_t seed, uint64_t* out)
{
    *out = mapHashString(key, seed);
    return true;
}
bool stringEqual(const void* a, const void* b, const void*)
{
    const uint64_t la = load64(static_cast<const char*>(a) + 8);
    if (la != load64(static_cast<const char*>(b) + 8))
        return false;
    const void* pa = reinterpret_cast<const void*>(load64(a));
    const void* pb = reinterpret_cast<const void*>(load64(b));
    return la == 0 || pa == pb || std::memcmp(pa, pb, la) == 0;
}
bool f32Hash(const void* key, const void*, uint64_t seed, uint64_t* out)
{
    *out = hashF32(loadFloat<float>(key), seed);
    return true;
}
bool f32Equal(const void* a, const void* b, const void*) { return loadFloat<float>(a) == loadFloat<float>(b); }
bool f64Hash(const void* key, const void*, uint64_t seed, uint64_t* out)
{
    *out = hashF64(loadFloat<double>(key), seed);
    return true;
}
bool f64Equal(const void* a, const void* b, const void*) { return loadFloat<double>(a) == loadFloat<double>(b); }
bool c64Hash(const void* key, const void*, uint64_t seed, uint64_t* out)
{
    const char* p = static_cast<const char*>(key);
    *out = hashF32(loadFloat<float>(p + 4), hashF32(loadFloat<float>(p), seed));
    return true;
}
bool c64Equal(const void* a, const void* b, const void*)
{
    const char* x = static_cast<const char*>(a);
    const char* y = static_cast<const char*>(b);
    return loadFloat<float>(x) == loadFloat<float>(y) && loadFloat<float>(x + 4) == loadFloat<float>(y + 4);
}
bool c128Hash(const void* key, const void*, uint64_t seed, uint64_t* out)
{
    const char* p = static_cast<const char*>(key);
    *out = hashF64(loadFloat<double>(p + 8), hashF64(loadFloat<double>(p), seed));
    return true;
}
bool c128Equal(const void* a, const void* b, const void*)
{
    const char* x = static_cast<const char*>(a);
    const char* y = static_cast<const char*>(b);
    return loadFloat<double>(x) == loadFloat<double>(y) && loadFloat<double>(x + 8) == loadFloat<double>(y + 8);
}

// ---- Key policies: the table's code is instantiated once per policy ----
//
// hash(t, key, seed, &h): false if unhashable. equal(t, stored, key). kUpdateKey: assign to an
// existing entry overwrites the stored key (equal keys may differ in memory: -0/+0, or two
// strings with different data pointers, where Go keeps the newest). kReflexive: every key
// equals itself (no NaN-like keys).

struct GenericKey
{
    static constexpr bool kCanFail = true;
    static constexpr bool kUpdateKey = true;
    static constexpr bool kReflexive = false;
    static bool hash(const MapLayout* t, const void* key, uint64_t seed, uint64_t* out)
    {
        return t->ops.hash(key, t->ops.ctx, seed, out);
    }
    static bool equal(const MapLayout* t, const void* stored, const void* key)
    {
        return t->ops.equal(key, stored, t->ops.ctx);
    }
    static void copyKey(const MapLayout* t, void* to, const void* key) { copyBytes(to, key, t->keySize); }
};

struct Mem8Key
{
    static constexpr bool kCanFail = false;
    static constexpr bool kUpdateKey = false;
    static constexpr bool kReflexive = true;
    static bool hash(const MapLayout*, const void* key, uint64_t seed, uint64_t* out)
    {
        *out = hash8(load64(key), seed);
        return true;
    }
    static bool equal(const MapLayout*, const void* stored, const void* key) { return load64(stored) == load64(key); }
    static void copyKey(const MapLayout*, void* to, const void* key) { std::memcpy(to, key, 8); }
};

struct Mem4Key
{
    static constexpr bool kCanFail = false;
    static constexpr bool kUpdateKey = false;
    static constexpr bool kReflexive = true;
    static bool hash(const MapLayout*, const void* key, uint64_t seed, uint64_t* out)
    {
        *out = hash4(load32(key), seed);
        return true;
    }
    static bool equal(const MapLayout*, const void* stored, const void* key) { return load32(stored) == load32(key); }
    static void copyKey(const MapLayout*, void* to, const void* key) { std::memcpy(to, key, 4); }
};

struct MemNKey
{
    static constexpr bool kCanFail = false;
    static constexpr bool kUpdateKey = false;
    static constexpr bool kReflexive = true;
    static bool hash(const MapLayout* t, const void* key, uint64_t seed, uint64_t* out)
    {
        *out = hashBytes(key, t->keySize, seed);
        return true;
    }
    static bool equal(const MapLayout* t, const void* stored, const void* key)
    {
        return t->keySize == 0 || std::memcmp(stored, key, t->keySize) == 0;
    }
    static void copyKey(const MapLayout* t, void* to, const void* key) { copyBytes(to, key, t->keySize); }
};

struct StringKey
{
    static constexpr bool kCanFail = false;
    static constexpr bool kUpdateKey = true;
    static constexpr bool kReflexive = true;
    static bool hash(const MapLayout*, const void* key, uint64_t seed, uint64_t* out)
    {
        *out = hashBytes(reinterpret_cast<const void*>(load64(key)), load64(static_cast<const char*>(key) + 8), seed);
        return true;
    }
    static bool equal(const MapLayout*, const void* stored, const void* key) { return stringEqual(stored, key, nullptr); }
    static void copyKey(const MapLayout*, void* to, const void* key) { std::memcpy(to, key, 16); }
};

template <class F>
[[gnu::always_inline]] inline auto dispatch(const MapLayout* t, F&& f)
{
    switch (t->fastPath)
    {
    case kFastMem8:
        return f(Mem8Key{});
    case kFastMem4:
        return f(Mem4Key{});
    case kFastMemN:
        return f(MemNKey{});
    case kFastString:
        return f(StringKey{});
    default:
        return f(GenericKey{});
    }
}

// ---- The table ----

unsigned char* groupAt(unsigned char* groups, const MapLayout* t, uint64_t g) { return groups + g * t->groupBytes; }
unsigned char* slotAt(unsigned char* group, const MapLayout* t, unsigned i)
{
    return group + 8 + uint64_t{i} * t->slotSize;
}
uint64_t h2Pattern(uint64_t hash) { return kLsb * (kCtrlFull | (hash & 0x7f)); }
unsigned char ctrlFor(uint64_t hash) { return static_cast<unsigned char>(kCtrlFull | (hash & 0x7f)); }

void* keyPointer(const MapLayout* t, unsigned char* slot) { return t->keySize != 0 ? slot : gZeroSized; }
void* valuePointer(const MapLayout* t, unsigned char* slot)
{
    return t->valueSize != 0 ? slot + t->valueOffset : gZeroSized;
}

// Where a key is: its group and slot index (group null when absent).
struct Found
{
    unsigned char* group;
    unsigned index;
};

// The entry holding `key` ([probe]: the search stops at the first group with an EMPTY slot).
template <class K>
Found find(const MapObject* m, const void* key, uint64_t hash)
{
    const MapLayout* t = m->type;
    const uint64_t mask = m->groupMask;
    const uint64_t pattern = h2Pattern(hash);
    uint64_t g = (hash >> 7) & mask;
    for (uint64_t step = 1;; ++step)
    {
        unsigned char* group = groupAt(m->groups, t, g);
        const uint64_t ctrl = load64(group);
        for (uint64_t bits = matchH2(ctrl, pattern); bits != 0; bits &= bits - 1)
        {
            const unsigned i = firstIndex(bits);
            if (K::equal(t, slotAt(group, t, i), key))
                return {group, i};
        }
        if (matchEmpty(ctrl) != 0)
            return {nullptr, 0};
        g = (g + step) & mask; // [room] guarantees some group has an EMPTY slot
    }
}

// Fills a FULL slot: control byte, then the key ([zero]: the value is already zero).
template <class K>
unsigned char* occupy(const MapLayout* t, unsigned char* group, unsigned i, uint64_t hash, const void* key)
{
    group[i] = ctrlFor(hash);
    unsigned char* slot = slotAt(group, t, i);
    K::copyKey(t, slot, key);
    return slot;
}

// A whole slot, with the common sizes inlined.
void copySlot(void* to, const void* from, size_t n)
{
    switch (n)
    {
    case 8:
        std::memcpy(to, from, 8);
        break;
    case 16:
        std::memcpy(to, from, 16);
        break;
    case 24:
        std::memcpy(to, from, 24);
        break;
    case 32:
        std::memcpy(to, from, 32);
        break;
    default:
        copyBytes(to, from, n);
    }
}

// Rebuilds m into a fresh array of 2^log2Groups groups ([frozen]: the old array is only read).
// False (map unchanged) if the array cannot be allocated.
template <class K>
bool rebuild(MapAllocator& alloc, MapObject* m, unsigned log2Groups)
{
    const MapLayout* t = m->type;
    if (log2Groups > kMaxGroupsLog2)
        return false;
    const uint64_t groups = uint64_t{1} << log2Groups;
    uint64_t bytes;
    if (__builtin_mul_overflow(groups, t->groupBytes, &bytes) || bytes > std::numeric_limits<size_t>::max())
        return false;
    // The only allocation of an assign: until m->groups is set below, the old array is still
    // reachable from m, and the new one is not yet filled, so a collection here is harmless.
    auto* fresh = static_cast<unsigned char*>(alloc.allocate(static_cast<size_t>(bytes), t->groupLayout));
    if (fresh == nullptr)
        return false;
    const uint64_t mask = groups - 1;
    if (m->groups != nullptr)
    {
        const uint64_t oldGroups = m->groupMask + 1;
        for (uint64_t og = 0; og < oldGroups; ++og)
        {
            unsigned char* group = groupAt(m->groups, t, og);
            for (uint64_t full = matchFull(load64(group)); full != 0; full &= full - 1)
            {
                unsigned char* slot = slotAt(group, t, firstIndex(full));
                uint64_t hash = 0;
                // Stored keys were hashable when inserted; a VM hash that changed its mind
                // still gets a (poor but valid) place.
                if (!K::hash(t, slot, m->seed, &hash))
                    hash = 0;
                // The fresh table has no tombstones and no key equal to this one: the first
                // EMPTY slot of the probe sequence is where [probe] wants it.
                uint64_t g = (hash >> 7) & mask;
                for (uint64_t step = 1;; ++step)
                {
                    unsigned char* to = groupAt(fresh, t, g);
                    const uint64_t empty = matchEmpty(load64(to));
                    if (empty != 0)
                    {
                        const unsigned i = firstIndex(empty);
                        to[i] = ctrlFor(hash);
                        copySlot(slotAt(to, t, i), slot, t->slotSize);
                        break;
                    }
                    g = (g + step) & mask;
                }
            }
        }
    }
    m->groups = fresh;
    m->groupMask = mask;
    m->growthLeft = maxEntries(groups) - m->count; // [room]: no tombstones in a fresh table
    return true;
}

// The size of the next table when growthLeft is exhausted: the hinted size for the first
// table; the same size when at least half the used slots are tombstones (rebuilding purges
// them, and a delete-heavy map does not grow forever); else double.
unsigned nextLog2Groups(const MapObject* m)
{
    if (m->groups == nullptr)
        return m->hintGroupsLog2;
    const uint64_t groups = m->groupMask + 1;
    const unsigned log2 = static_cast<unsigned>(std::countr_zero(groups));
    return m->count < maxEntries(groups) / 2 ? log2 : log2 + 1;
}

template <class K>
MapSlot assign(MapAllocator& alloc, MapObject* m, const void* key)
{
    const MapLayout* t = m->type;
    uint64_t hash;
    if (!K::hash(t, key, m->seed, &hash))
        return {nullptr, MapStatus::Unhashable};
    if (m->groups != nullptr)
    {
        // One probe: find the key, remembering the first free slot on the way.
        const uint64_t mask = m->groupMask;
        const uint64_t pattern = h2Pattern(hash);
        unsigned char* freeGroup = nullptr;
        unsigned freeIndex = 0;
        uint64_t g = (hash >> 7) & mask;
        for (uint64_t step = 1;; ++step)
        {
            unsigned char* group = groupAt(m->groups, t, g);
            const uint64_t ctrl = load64(group);
            for (uint64_t bits = matchH2(ctrl, pattern); bits != 0; bits &= bits - 1)
            {
                unsigned char* slot = slotAt(group, t, firstIndex(bits));
                if (K::equal(t, slot, key))
                {
                    if constexpr (K::kUpdateKey)
                        K::copyKey(t, slot, key);
                    return {valuePointer(t, slot), MapStatus::Ok};
                }
            }
            if (freeGroup == nullptr)
            {
                const uint64_t free = matchFree(ctrl);
                if (free != 0)
                {
                    freeGroup = group;
                    freeIndex = firstIndex(free);
                }
            }
            if (matchEmpty(ctrl) != 0)
                break;
            g = (g + step) & mask;
        }
        // Absent. [probe]: the first free slot of the sequence is at or before the group that
        // ended the search, so the key is found there next time. Reusing a tombstone leaves
        // `used` unchanged; taking an EMPTY slot needs growthLeft ([room]).
        if (freeGroup[freeIndex] == kCtrlDeleted || m->growthLeft > 0)
        {
            if (freeGroup[freeIndex] == kCtrlEmpty)
                --m->growthLeft;
            ++m->count;
            return {valuePointer(t, occupy<K>(t, freeGroup, freeIndex, hash, key)), MapStatus::Ok};
        }
    }
    unsigned log2 = nextLog2Groups(m);
    if (!rebuild<K>(alloc, m, log2))
    {
        // A first table of the hinted size that cannot be had: the hint was only a hint.
        if (m->groups != nullptr || log2 == 0 || !rebuild<K>(alloc, m, 0))
            return {nullptr, MapStatus::OutOfMemory};
    }
    m->hintGroupsLog2 = 0;
    // The fresh table has room ([room]: growthLeft > 0 after a rebuild, since a rebuild either
    // doubles or happens with count < maxEntries / 2) and no tombstones.
    const uint64_t mask = m->groupMask;
    uint64_t g = (hash >> 7) & mask;
    for (uint64_t step = 1;; ++step)
    {
        unsigned char* group = groupAt(m->groups, t, g);
        const uint64_t empty = matchEmpty(load64(group));
        if (empty != 0)
        {
            --m->growthLeft;
            ++m->count;
            return {valuePointer(t, occupy<K>(t, group, firstIndex(empty), hash, key)), MapStatus::Ok};
        }
        g = (g + step) & mask;
    }
}

template <class K>
MapSlot lookup(const MapObject* m, const void* key)
{
    const MapLayout* t = m->type;
    uint64_t hash;
    if (m->count == 0)
    {
        // Go panics on an unhashable key even when there is nothing to find.
        if constexpr (K::kCanFail)
            if (!K::hash(t, key, m->seed, &hash))
                return {nullptr, MapStatus::Unhashable};
        return {nullptr, MapStatus::Ok};
    }
    if (!K::hash(t, key, m->seed, &hash))
        return {nullptr, MapStatus::Unhashable};
    const Found f = find<K>(m, key, hash);
    return {f.group != nullptr ? valuePointer(t, slotAt(f.group, t, f.index)) : nullptr, MapStatus::Ok};
}

template <class K>
MapStatus remove(MapObject* m, const void* key)
{
    const MapLayout* t = m->type;
    uint64_t hash;
    if (!K::hash(t, key, m->seed, &hash))
        return MapStatus::Unhashable;
    if (m->count == 0)
        return MapStatus::Ok;
    const auto [group, i] = find<K>(m, key, hash);
    if (group == nullptr)
        return MapStatus::Ok;
    copyZero(slotAt(group, t, i), t->slotSize); // [zero]
    // [probe]: a group that has an EMPTY slot never let a probe through, so this slot can be
    // EMPTY again; otherwise later keys may have probed past it, and it must stay a tombstone.
    if (matchEmpty(load64(group)) != 0)
    {
        group[i] = kCtrlEmpty;
        ++m->growthLeft;
    }
    else
    {
        group[i] = kCtrlDeleted;
    }
    --m->count;
    return MapStatus::Ok;
}

// The entry of the live table with the key of `oldSlot` (an iterator's old array), or null.
template <class K>
unsigned char* findLive(const MapObject* m, const unsigned char* oldSlot)
{
    if (m->count == 0)
        return nullptr;
    const MapLayout* t = m->type;
    uint64_t hash;
    if (!K::hash(t, oldSlot, m->seed, &hash))
        return nullptr;
    const Found f = find<K>(m, oldSlot, hash);
    return f.group != nullptr ? slotAt(f.group, t, f.index) : nullptr;
}

std::optional<GcLayout> layoutOf(std::initializer_list<GcWordKind> words)
{
    std::vector<GcWordKind> v(words);
    return GcLayout::fromWords(v);
}

const GcLayout& mapObjectLayout()
{
    using K = GcWordKind;
    static const GcLayout layout = *layoutOf({K::Pointer, K::Scalar, K::Scalar, K::Scalar, K::Scalar, K::Scalar, K::Scalar});
    return layout;
}

bool hasPointerWords(const std::vector<GcWordKind>& words)
{
    for (GcWordKind k : words)
        if (k != GcWordKind::Scalar)
            return true;
    return false;
}

// The alignment a Go type of this size can have at most (its size is a multiple of it).
uint64_t alignForSize(uint64_t size) { return size == 0 ? 1 : std::min<uint64_t>(8, size & (~size + 1)); }
uint64_t alignUp(uint64_t n, uint64_t a) { return (n + a - 1) & ~(a - 1); }

} // namespace

static_assert(sizeof(MapObject) == 7 * 8, "mapObjectLayout() describes seven words");
static_assert(sizeof(MapIterator) == 7 * 8, "mapIteratorLayout() describes seven words");

std::unique_ptr<MapLayout> makeMapLayout(const MapLayoutSpec& spec)
{
    if (spec.keyWords.size() != (uint64_t{spec.keySize} + 7) / 8 ||
        spec.valueWords.size() != (uint64_t{spec.valueSize} + 7) / 8)
        return nullptr;
    if (!GcLayout::fromWords(spec.keyWords) || !GcLayout::fromWords(spec.valueWords))
        return nullptr;
    const bool keyPointers = hasPointerWords(spec.keyWords);
    const bool valuePointers = hasPointerWords(spec.valueWords);
    if ((keyPointers && spec.keySize % 8 != 0) || (valuePointers && spec.valueSize % 8 != 0))
        return nullptr;

    auto t = std::make_unique<MapLayout>();
    t->keySize = spec.keySize;
    t->valueSize = spec.valueSize;
    t->keyWords = spec.keyWords;
    t->valueWords = spec.valueWords;
    t->keyKind = spec.keyKind;
    t->fastPath = kFastGeneric;
    switch (spec.keyKind)
    {
    case MapKeyKind::Generic:
        if (spec.ops.hash == nullptr || spec.ops.equal == nullptr)
            return nullptr;
        t->ops = spec.ops;
        break;
    case MapKeyKind::Memory:
        t->ops = {memoryHash, memoryEqual, t.get()};
        t->fastPath = spec.keySize == 8 ? kFastMem8 : spec.keySize == 4 ? kFastMem4 : kFastMemN;
        break;
    case MapKeyKind::String:
        if (spec.keySize != 16)
            return nullptr;
        t->ops = {stringHash, stringEqual, t.get()};
        t->fastPath = kFastString;
        break;
    case MapKeyKind::Float32:
        if (spec.keySize != 4)
            return nullptr;
        t->ops = {f32Hash, f32Equal, t.get()};
        break;
    case MapKeyKind::Float64:
        if (spec.keySize != 8)
            return nullptr;
        t->ops = {f64Hash, f64Equal, t.get()};
        break;
    case MapKeyKind::Complex64:
        if (spec.keySize != 8)
            return nullptr;
        t->ops = {c64Hash, c64Equal, t.get()};
        break;
    case MapKeyKind::Complex128:
        if (spec.keySize != 16)
            return nullptr;
        t->ops = {c128Hash, c128Equal, t.get()};
        break;
    default:
        return nullptr;
    }

    // Slot layout (MapObject.h): key at 0, value at the key's size rounded to the value's
    // alignment, the slot rounded to the larger alignment so that every slot of a group is
    // aligned (groups are 8-byte aligned: 8 + 8 * slotSize bytes each).
    const uint64_t valueAlign = alignForSize(spec.valueSize);
    const uint64_t slotAlign = std::max(alignForSize(spec.keySize), valueAlign);
    const uint64_t valueOffset = alignUp(spec.keySize, valueAlign);
    const uint64_t slotSize = alignUp(valueOffset + spec.valueSize, slotAlign);
    if (slotSize > (uint64_t{1} << 32) - 1)
        return nullptr;
    t->valueOffset = static_cast<uint32_t>(valueOffset);
    t->slotSize = static_cast<uint32_t>(slotSize);
    t->groupBytes = 8 + kSlotsPerGroup * slotSize;

    if (keyPointers || valuePointers)
    {
        // slotAlign is 8 here (a part with pointer words has a size that is a multiple of 8),
        // so the slot's words are the key's words and the value's, in place.
        const uint64_t slotWords = slotSize / 8;
        std::vector<GcWordKind> words(1 + kSlotsPerGroup * slotWords, GcWordKind::Scalar);
        for (uint64_t s = 0; s < kSlotsPerGroup; ++s)
        {
            const uint64_t base = 1 + s * slotWords;
            if (keyPointers)
                std::copy(spec.keyWords.begin(), spec.keyWords.end(), words.begin() + static_cast<ptrdiff_t>(base));
            if (valuePointers)
                std::copy(spec.valueWords.begin(), spec.valueWords.end(),
                          words.begin() + static_cast<ptrdiff_t>(base + valueOffset / 8));
        }
        t->groupLayoutStorage_ = GcLayout::fromWords(words);
        if (!t->groupLayoutStorage_)
            return nullptr;
        t->groupLayout = &*t->groupLayoutStorage_;
    }
    return t;
}

MapObject* mapMake(MapAllocator& alloc, const MapLayout* type, size_t hint, uint64_t seed)
{
    // The first table's size: the smallest with room for `hint` entries; a hint no table could
    // satisfy is ignored (Go: "if overflow || mem > maxAlloc { hint = 0 }").
    unsigned log2 = 0;
    while (log2 <= kMaxGroupsLog2 && maxEntries(uint64_t{1} << log2) < hint)
        ++log2;
    uint64_t bytes;
    if (log2 > kMaxGroupsLog2 || __builtin_mul_overflow(uint64_t{1} << log2, type->groupBytes, &bytes) ||
        bytes > (uint64_t{1} << 47))
        log2 = 0;
    auto* m = static_cast<MapObject*>(alloc.allocate(sizeof(MapObject), &mapObjectLayout()));
    if (m == nullptr)
        return nullptr;
    m->groups = nullptr;
    m->type = type;
    m->count = 0;
    m->groupMask = 0;
    m->growthLeft = 0; // no table: the first insert builds one
    m->seed = mix(seed ^ kP2, kP3);
    m->clearSeq = 0;
    m->hintGroupsLog2 = uint16_t(log2);
    return m;
}

MapSlot mapLookup(const MapObject* m, const void* key)
{
    if (m == nullptr)
        return {nullptr, MapStatus::Ok};
    return dispatch(m->type, [&](auto k) { return lookup<decltype(k)>(m, key); });
}

MapSlot mapAssign(MapAllocator& alloc, MapObject* m, const void* key)
{
    return dispatch(m->type, [&](auto k) { return assign<decltype(k)>(alloc, m, key); });
}

MapStatus mapDelete(MapObject* m, const void* key)
{
    if (m == nullptr)
        return MapStatus::Ok;
    return dispatch(m->type, [&](auto k) { return remove<decltype(k)>(m, key); });
}

void mapClear(MapObject* m)
{
    if (m == nullptr)
        return;
    ++m->clearSeq; // [seq]
    if (m->groups == nullptr)
        return;
    const uint64_t groups = m->groupMask + 1;
    // Already pristine (no entries, no tombstones): nothing to write.
    if (m->count == 0 && m->growthLeft == maxEntries(groups))
        return;
    // In place, keeping the capacity (Go does too). [frozen] allows it: this is the current
    // array; an iterator walking it in step with the map just finds every slot EMPTY.
    std::memset(m->groups, 0, groups * m->type->groupBytes); // [ctrl], [zero]
    m->count = 0;
    m->growthLeft = maxEntries(groups);
}

bool mapKeyHashable(const MapLayout* type, const void* key)
{
    uint64_t hash;
    return type->ops.hash(key, type->ops.ctx, 0, &hash);
}

const GcLayout& mapIteratorLayout()
{
    using K = GcWordKind;
    static const GcLayout layout = *layoutOf({K::Pointer, K::Pointer, K::Scalar, K::Scalar, K::Scalar, K::Scalar, K::Scalar});
    return layout;
}

void mapIterInit(MapIterator* it, MapObject* m, uint64_t seed)
{
    const uint64_t r = mix(seed ^ kP0, kP1);
    it->map = m;
    it->groups = m != nullptr ? m->groups : nullptr;
    it->groupMask = it->groups != nullptr ? m->groupMask : 0;
    it->groupOffset = r & it->groupMask;
    it->slotOffset = r >> 61;
    it->position = 0;
    it->clearSeq = m != nullptr ? m->clearSeq : 0;
}

MapIterator* mapIterStart(MapAllocator& alloc, MapObject* m, uint64_t seed)
{
    auto* it = static_cast<MapIterator*>(alloc.allocate(sizeof(MapIterator), &mapIteratorLayout()));
    if (it != nullptr)
        mapIterInit(it, m, seed);
    return it;
}

// Walks the array the iteration started on, group by group from a random group, each group's
// slots from a random slot. Each slot is visited once, so no entry of that array is produced
// twice. While that array is still the map's ([frozen]: the same address means the same
// table), a FULL slot is a live entry. After a rebuild, the old array is a frozen snapshot:
// each of its keys is looked up in the live table, and produced (with its live key and value)
// only if still there; a key that does not equal itself (NaN) cannot be looked up, but
// neither can it have been updated or deleted except by clear ([seq]), so it is produced from
// the old array unless a clear happened. Keys added after the rebuild are never produced (Go
// allows either).
bool mapIterNext(MapIterator* it, const void** key, void** value)
{
    unsigned char* groups = it->groups;
    if (groups == nullptr)
        return false;
    MapObject* m = it->map;
    const MapLayout* t = m->type;
    const uint64_t total = (it->groupMask + 1) * kSlotsPerGroup;
    while (it->position < total)
    {
        const uint64_t pos = it->position;
        unsigned char* group = groupAt(groups, t, ((pos >> 3) + it->groupOffset) & it->groupMask);
        if ((pos & 7) == 0 && matchFull(load64(group)) == 0)
        {
            it->position = pos + kSlotsPerGroup;
            continue;
        }
        it->position = pos + 1;
        const unsigned i = static_cast<unsigned>((pos + it->slotOffset) & 7);
        if ((group[i] & kCtrlFull) == 0)
            continue;
        unsigned char* slot = slotAt(group, t, i);
        if (groups != m->groups)
        {
            unsigned char* live = dispatch(t, [&](auto k) { return findLive<decltype(k)>(m, slot); });
            if (live == nullptr)
            {
                const bool reflexive = dispatch(t, [&](auto k) {
                    using K = decltype(k);
                    return K::kReflexive || K::equal(t, slot, slot);
                });
                if (reflexive || it->clearSeq != m->clearSeq)
                    continue; // deleted (or cleared) since the rebuild
            }
            else
            {
                slot = live;
            }
        }
        *key = keyPointer(t, slot);
        *value = valuePointer(t, slot);
        return true;
    }
    // Done: let go of the map and the array.
    it->map = nullptr;
    it->groups = nullptr;
    return false;
}

uint64_t mapHashBytes(const void* data, size_t len, uint64_t seed) { return hashBytes(data, len, seed); }

uint64_t mapHashString(const void* goString, uint64_t seed)
{
    return hashBytes(reinterpret_cast<const void*>(load64(goString)), load64(static_cast<const char*>(goString) + 8),
                     seed);
}

uint64_t mapHashFloat64(double f, uint64_t seed) { return hashF64(f, seed); }
uint64_t mapHashFloat32(float f, uint64_t seed) { return hashF32(f, seed); }

} // namespace weft
