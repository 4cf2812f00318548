#pragma once
// Go's map: a hash table living in the garbage-collected heap (runtime/Heap.h).
//
// The table is a Swiss table, as Go's own since 1.24: an array of groups, each group one 8-byte
// control word (a control byte per slot) followed by 8 slots, each slot the key and the value
// stored inline. A lookup hashes the key once; the low 7 bits (h2) are compared against all 8
// control bytes of a group at once (SWAR on the control word), so keys are compared only on a
// 7-bit match; groups are probed quadratically from the group the rest of the hash (h1) names.
// At most 13/16 of the slots (7 of 8 for a one-group table) are ever used, live or deleted,
// before the table is rebuilt; rebuilding doubles it (or, when at least half of the used slots
// are tombstones, keeps its size).
//
// Heap objects (each allocated through the VM's MapAllocator, each with an exact GcLayout):
//   MapObject     the header {groups*, scalars}; what a Go map value points to.
//   group array   numGroups copies of the group layout {control word, 8 x (key words, value
//                 words)}; noscan (never read by the collector) when neither key nor value has
//                 a pointer word.
//   MapIterator   {map*, groups*, scalars}, so that a `for range` loop can keep it in a pointer
//                 register across allocations and collections.
//
// Allocation and collection: every operation allocates at most once, and at that moment all of
// its state is reachable from the map header and the key the caller holds (the new group array
// is filled only after the allocation returns), so the MapAllocator may even collect inside
// allocate() as long as the caller's map, iterator and key are roots.
//
// Pointers returned into a table (lookup's and assign's value, the iterator's key and value)
// stay valid until the next assign, delete or clear of that map; copy out of them before.
//
// Keys and values are opaque bytes described by MapLayoutSpec: the VM may store them in memory
// layout or in register layout (Value.h: a float32 key held as a double is then a Float64 key
// of 8 bytes). Maps are not thread-safe and do not detect concurrent writes (Go's "concurrent
// map writes" check is the VM's: MapObject::writing).
#include "runtime/GcLayout.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace weft {

// The VM's allocation: `bytes` of zeroed, 8-byte aligned memory in the GC heap, a scan object
// described by `layout` (repeated, as Heap::allocate) or noscan when `layout` is null; nullptr
// when out of memory. `bytes` is never 0.
class MapAllocator
{
public:
    virtual void* allocate(size_t bytes, const GcLayout* layout) = 0;

protected:
    ~MapAllocator() = default;
};

enum class MapStatus : uint8_t
{
    Ok,
    OutOfMemory, // the allocator returned null; the map is unchanged
    Unhashable,  // the key's hash function refused (an interface key holding a slice, map or
                 // func): the VM panics "runtime error: hash of unhashable type T"
};

// Hash and equality of keys in memory, for MapKeyKind::Generic (interface keys; structs and
// arrays that hold strings, floats or interfaces). `ctx` is passed back unchanged (the VM's
// key type descriptor). hash writes *out and returns true, or returns false when the key is
// unhashable. Contract: equal(a, b) implies hash(a) == hash(b) for the same seed. A key need
// not equal itself (NaN): such keys can be inserted any number of times and are never found.
struct MapKeyOps
{
    bool (*hash)(const void* key, const void* ctx, uint64_t seed, uint64_t* out) = nullptr;
    bool (*equal)(const void* a, const void* b, const void* ctx) = nullptr;
    const void* ctx = nullptr;
};

// Key types the table hashes and compares itself (inline, without calls through MapKeyOps).
enum class MapKeyKind : uint8_t
{
    Generic,    // MapLayoutSpec::ops
    Memory,     // equal iff the keySize bytes are equal (ints, bools, pointers, chans, and
                // structs/arrays of these without padding, or with padding the VM keeps zero)
    String,     // GoString {const uint8_t* ptr; int64_t len}: equal iff the bytes are equal
    Float32,    // Go's == : +0 == -0, NaN != NaN (and NaN hashes randomly, as in Go)
    Float64,
    Complex64,  // {float32 re, im}
    Complex128, // {float64 re, im}
};

// What the VM says about a map type.
struct MapLayoutSpec
{
    uint32_t keySize = 0;   // bytes (any size; 0 for struct{})
    uint32_t valueSize = 0; // bytes (0 for struct{} values)
    // The word kinds of key and value, (size + 7) / 8 words each. A key or value with a
    // Pointer or Interface word must have a size that is a multiple of 8.
    std::vector<GcWordKind> keyWords, valueWords;
    MapKeyKind keyKind = MapKeyKind::Generic;
    MapKeyOps ops; // Generic only; for the other kinds makeMapLayout fills in its own
};

// A map type with the derived data the table needs; built once per Go map type by makeMapLayout,
// owned by the VM for the interpreter's life (group arrays point to groupLayout, so a MapLayout
// never moves: it is neither copyable nor movable).
//
// Slot layout: the key at offset 0, the value at valueOffset (the key's size rounded up to
// the value's alignment); the slot is rounded up to the larger alignment. Alignments are taken
// from sizes (the largest power of two dividing the size, at most 8): Go sizes are multiples of
// their alignment, so this is never less than the type's own. Keys and values with pointer
// words are 8-byte multiples, so their words stay word-aligned in the group.
struct MapLayout
{
    uint32_t keySize = 0, valueSize = 0;
    std::vector<GcWordKind> keyWords, valueWords;
    MapKeyKind keyKind = MapKeyKind::Generic;
    MapKeyOps ops; // always callable: for the built-in kinds, makeMapLayout's own (ctx = this)

    // Derived.
    uint32_t valueOffset = 0; // within a slot
    uint32_t slotSize = 0;
    uint64_t groupBytes = 0;  // 8 + 8 * slotSize
    // The layout of one group; null when the group has no pointer words (noscan arrays).
    const GcLayout* groupLayout = nullptr;
    uint8_t fastPath = 0; // which inline key code the table uses (MapObject.cpp)

    MapLayout() = default;
    MapLayout(const MapLayout&) = delete;
    MapLayout& operator=(const MapLayout&) = delete;

private:
    friend std::unique_ptr<MapLayout> makeMapLayout(const MapLayoutSpec& spec);
    std::optional<GcLayout> groupLayoutStorage_;
};

// nullptr if the spec is inconsistent: word counts not matching the sizes, a malformed
// interface pair, pointer words in a size that is not a multiple of 8, a Generic kind without
// ops, a built-in kind with the wrong key size.
std::unique_ptr<MapLayout> makeMapLayout(const MapLayoutSpec& spec);

// The header of a map (a Go map value is a MapObject*; nil is nullptr). Fields are maintained
// by MapObject.cpp only, except `writing`; the VM reads nothing else but mapLen.
struct MapObject
{
    unsigned char* groups;  // word 0, the only pointer: the group array, null until first insert
    const MapLayout* type;    // outside the heap: a scalar word for the collector
    uint64_t count;         // live entries
    uint64_t groupMask;     // number of groups - 1 (valid when groups != null)
    uint64_t growthLeft;    // inserts into EMPTY slots allowed before the table is rebuilt
    uint64_t seed;          // per-map hash seed
    uint32_t clearSeq;      // incremented by mapClear (iterators compare it)
    uint16_t hintGroupsLog2; // log2 of the group count the first insert allocates (make's hint)
    // The VM's, not the table's: nonzero while a goroutine writes the map (Go's hashWriting).
    // The VM sets it with an atomic exchange, so that two writers never change the table
    // together: the second ends the program with "concurrent map writes".
    uint16_t writing;
};

// make(map[K]V, hint): the header only (the table is allocated by the first insert, with room
// for `hint` entries; hints too large to ever allocate are ignored, as Go does). `seed` should
// be random per map (Go seeds every map: copying one map into another in iteration order
// would otherwise cluster). nullptr when out of memory.
MapObject* mapMake(MapAllocator& alloc, const MapLayout* type, size_t hint, uint64_t seed);

// len(m); 0 for a nil map.
inline size_t mapLen(const MapObject* m) { return m != nullptr ? m->count : 0; }

struct MapSlot
{
    void* value; // into the table (or a shared zero-size address for 0-byte values)
    MapStatus status;
};

// m[key], v, ok := m[key]: the value in the table, or {nullptr, Ok} if absent. A nil map is
// allowed (always absent; see mapKeyHashable). An unhashable key gives {nullptr, Unhashable},
// even for an empty map, as Go panics there too.
MapSlot mapLookup(const MapObject* m, const void* key);

// m[key] = v: the value slot to write, zeroed if the entry is new. For an existing entry of a
// Generic or String (or float) key the stored key is overwritten with `key` (Go's key update:
// m[+0] then m[-0] leaves -0 as the key). `m` must not be nil (the VM panics first). On
// OutOfMemory or Unhashable the map is unchanged and value is null.
MapSlot mapAssign(MapAllocator& alloc, MapObject* m, const void* key);

// delete(m, key); a nil map or absent key is a no-op (but an unhashable key is reported).
MapStatus mapDelete(MapObject* m, const void* key);

// clear(m) (Go 1.21): every entry is removed, even NaN keys; the table keeps its capacity.
// A nil map is a no-op.
void mapClear(MapObject* m);

// An iteration in progress: a heap object (or memory with mapIteratorLayout()).
// Semantics (Go's): an entry deleted before it is reached is not produced; an entry added
// during the iteration may or may not be; no entry is produced twice, even when the table is
// rebuilt (grown) during the iteration; the values produced are the current ones.
struct MapIterator
{
    MapObject* map;        // pointer word
    unsigned char* groups; // pointer word: the array being walked (the map's at the start)
    uint64_t groupMask;    // of `groups`
    uint64_t groupOffset;  // random start group
    uint64_t slotOffset;   // random start slot within each group (0..7)
    uint64_t position;     // slots visited, 0 .. 8 * groups
    uint32_t clearSeq;     // the map's clearSeq at the start
};

// The layout of a MapIterator, for VMs that keep one inside another object or a frame.
const GcLayout& mapIteratorLayout();

// Starts iterating `m` (may be nil or empty: the iteration is then empty, and the VM may skip
// making an iterator at all: entries added later need not be produced). `seed` randomizes the
// order. nullptr when out of memory.
MapIterator* mapIterStart(MapAllocator& alloc, MapObject* m, uint64_t seed);
// The same, on memory the caller provides (laid out as mapIteratorLayout()).
void mapIterInit(MapIterator* it, MapObject* m, uint64_t seed);
// The next entry: true with *key and *value pointing at it (valid until the map is next
// modified), or false when the iteration is over (and on every later call).
bool mapIterNext(MapIterator* it, const void** key, void** value);

// Whether `key` can be hashed (false: an interface key holding an unhashable dynamic type).
// mapLookup and mapDelete on a nil map know no type and report Ok: Go panics there too, so the
// VM calls this itself for a nil map with an interface key type.
bool mapKeyHashable(const MapLayout* type, const void* key);

// The hash functions the built-in kinds use, for the VM's Generic key ops (interfaces,
// structs, arrays). Chain them for composite keys: hash each field with the previous field's
// hash as its seed, as Go's runtime does.
uint64_t mapHashBytes(const void* data, size_t len, uint64_t seed);
uint64_t mapHashString(const void* goString, uint64_t seed); // a GoString in memory
uint64_t mapHashFloat64(double f, uint64_t seed);            // +0 and -0 alike; NaN: random
uint64_t mapHashFloat32(float f, uint64_t seed);

} // namespace weft
