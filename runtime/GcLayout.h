#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace weft {

// What one 8-byte word of a value holds, as far as the collector cares.
enum class GcWordKind : uint8_t
{
    Scalar,        // never a pointer (ints, floats, lengths, bools…)
    Pointer,       // a pointer, possibly nil, possibly interior, possibly outside the heap
    InterfaceType, // word 0 of an interface value {type descriptor*, data}; the next word is
                   // its data, which is a pointer iff the descriptor says kTypePointerShaped
    InterfaceData, // word 1 of an interface value; only valid right after InterfaceType
};

// The interface contract between the collector and the VM's type descriptors.
//
// An interface value is two words {type, data}. `type` is nil (a nil interface: data is
// ignored) or points to the dynamic type's descriptor. Every type descriptor is an object whose
// first member is a `uint32_t flags` (a standard-layout struct, so the descriptor's address is
// the address of `flags`); the collector reads that word and nothing else. If
// `flags & kTypePointerShaped`, the data word is a pointer and is traced; otherwise it is a
// scalar (an int stored inline, say) and is ignored. Descriptors live outside the GC heap for
// the heap's whole life (the VM's type table owns them), so the type word itself is never
// traced.
inline constexpr uint32_t kTypePointerShaped = 1u << 0;

// The one field of a type descriptor the collector reads (see the contract above). The VM's
// descriptors may start with this struct or simply with their own `uint32_t flags`.
struct GcTypeFlags
{
    uint32_t flags;
};

inline bool gcTypeIsPointerShaped(const void* typeDescriptor)
{
    return typeDescriptor != nullptr &&
           (static_cast<const GcTypeFlags*>(typeDescriptor)->flags & kTypePointerShaped) != 0;
}

// Every object that has pointers ("scan" object) starts with one header word holding its
// `const GcLayout*`; the pointer the allocator returns is just after it. Objects without pointers
// ("noscan") have no header.
inline constexpr size_t kGcHeaderBytes = 8;

// The pointer map of one type's memory: which of its 8-byte words are pointers or interface
// values. Layouts are built by the VM, once per type, and are immutable; the heap only reads
// them, through the `const GcLayout*` in each scanned object's header, so a layout must stay at
// the same address for as long as any object allocated with it can be reached (the VM's type
// table owns them for the Interpreter's life).
//
// A layout is `count` repetitions of an element of `elementWords` words whose kinds are stored
// as two bitmaps (one bit per word: "is a pointer", "is an interface type word"). A struct is
// one element (count 1); `array(element, n)` is the same bitmaps with count n, so a [1e6]string
// costs the bits of one string. Array layouts always have a flat element: an array of arrays
// multiplies the counts, since [n][m]T is n*m consecutive Ts.
//
// Allocating an object of `size` bytes with layout L means: the object is L repeated as many
// whole times as fit (size / L.size()); a slice's backing array is allocated with the element's
// layout and needs no layout of its own.
class GcLayout
{
public:
    // A flat layout, one kind per word; its size is words.size() * 8 bytes. nullopt when an
    // InterfaceType word is not followed by an InterfaceData word or vice versa.
    static std::optional<GcLayout> fromWords(std::span<const GcWordKind> words);

    // `count` consecutive copies of `element`. nullopt if the size overflows.
    static std::optional<GcLayout> array(const GcLayout& element, size_t count);

    size_t size() const { return elementWords_ * count_ * 8; }
    size_t words() const { return elementWords_ * count_; }
    size_t elementWords() const { return elementWords_; }
    size_t count() const { return count_; }
    bool isArray() const { return count_ != 1; }

    // True if some word is a pointer or an interface. An object allocated with a layout that has
    // no pointers is treated as noscan.
    bool hasPointers() const { return hasPointers_; }
    // True if every word of the element is a plain pointer ([]*T, map buckets of pointers…):
    // the marker then skips the bitmap walk.
    bool allPointers() const { return allPointers_; }

    // The kind of word `i` (0 <= i < words()).
    GcWordKind wordKind(size_t i) const;
    // Appends the kinds of all words() words, to build an enclosing struct's layout.
    void appendWords(std::vector<GcWordKind>& out) const;

    // The element's bitmaps, (elementWords() + 63) / 64 words each; bit i of word i/64 describes
    // element word i. An InterfaceType bit is always followed by a clear pointer bit.
    const uint64_t* pointerBits() const { return pointerBits_.data(); }
    const uint64_t* interfaceBits() const { return interfaceBits_.data(); }

private:
    GcLayout() = default;

    size_t elementWords_ = 0;
    size_t count_ = 1;
    bool hasPointers_ = false;
    bool allPointers_ = false;
    std::vector<uint64_t> pointerBits_;
    std::vector<uint64_t> interfaceBits_;
};

} // namespace weft
