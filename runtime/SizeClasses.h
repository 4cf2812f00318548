#pragma once

#include <cstddef>
#include <cstdint>

namespace weft {

// The heap's units, and Go's size classes (runtime/sizeclasses.go), copied by
// runtime/SizeClasses_gen.go into SizeClasses.cpp.
//
// Memory is managed in pages of 8 KiB. An object of at most kMaxSmallSize bytes is rounded up to
// its size class and carved out of a span of kClassToPages[class] pages holding objects of that
// one size; a larger object gets a span of whole pages to itself. Class 0 is not a class: Go
// uses it for "large", and so do we (Span::sizeClass == 0).

inline constexpr size_t kPageShift = 13;
inline constexpr size_t kPageSize = size_t{1} << kPageShift;
inline constexpr size_t kMaxSmallSize = 32768;
inline constexpr int kNumSizeClasses = 68;

// A span of small objects holds at most this many (8-byte objects in one page). Span keeps its
// allocation and mark bitmaps inline at this size.
inline constexpr uint32_t kMaxObjectsPerSpan = kPageSize / 8;

extern const uint16_t kClassToSize[kNumSizeClasses];
extern const uint8_t kClassToPages[kNumSizeClasses];
// Go's lookup tables: kSizeToClass8[(size + 7) / 8] for size <= 1024, and
// kSizeToClass128[(size - 1024 + 127) / 128] above.
extern const uint8_t kSizeToClass8[1024 / 8 + 1];
extern const uint8_t kSizeToClass128[(kMaxSmallSize - 1024) / 128 + 1];

// The smallest class whose objects hold `size` bytes. Requires 0 < size <= kMaxSmallSize.
inline uint8_t sizeToClass(size_t size)
{
    if (size <= 1024)
        return kSizeToClass8[(size + 7) >> 3];
    return kSizeToClass128[(size - 1024 + 127) >> 7];
}

// Go's class_to_divmagic: (offset * divMagic) >> 32 == offset / size for every offset within a
// span of that class (checked exhaustively by the tests), so resolving an interior pointer to
// its object costs a multiply, not a divide.
inline constexpr uint32_t divMagicFor(uint32_t size)
{
    return ~uint32_t{0} / size + 1;
}

// A span class is a size class together with "scan" or "noscan" (Go's spanClass): the two kinds
// of object never share a span, so a noscan span is never looked at by the marker.
inline constexpr int kNumSpanClasses = kNumSizeClasses * 2;

inline constexpr int spanClassOf(uint8_t sizeClass, bool noscan)
{
    return sizeClass * 2 + (noscan ? 1 : 0);
}

} // namespace weft
