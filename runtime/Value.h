#pragma once
// How Go values are held by the VM.
//
// Registers are 8-byte slots. A value of static type T occupies slotCount(T) consecutive
// registers: one for scalars (ints widened to 64 bits, float32 held as a double rounded to
// float32), pointers, maps, channels, funcs, structs and arrays; two for strings {ptr, len} and
// interfaces {type-or-itab, data}; three for slices {ptr, len, cap}.
//
// Memory (heap objects, cells, globals, slice and array elements, struct fields) has Go's
// amd64 layout: int8 is one byte, float32 four, string sixteen, a struct its fields at Go's
// offsets. A struct or array value in a register is a pointer to memory holding it (its
// "block"): a variable of struct type owns its block, and assignment copies into it, so the
// pointer in the variable's register never changes (`&v` is that pointer, and a closure may
// capture it directly).
//
// Map entries and channel buffers are not addressable in Go, so they store values in register
// layout (slots) instead; see MapObject.h.
#include <cstdint>
#include <cstring>

namespace weft {

union Slot
{
    int64_t i;
    uint64_t u;
    double f;
    void* p;
    const void* cp;
};
static_assert(sizeof(Slot) == 8);

struct GoString
{
    const uint8_t* ptr;
    int64_t len;
};

struct GoSlice
{
    void* ptr;
    int64_t len;
    int64_t cap;
};

// An interface value. `type` is null (nil interface), a TypeDesc* (empty interface) or an
// Itab* (non-empty interface); both start with the GC's flags word (GcLayout.h). `data` holds
// the value itself when the dynamic type fits one non-pointer slot or is pointer-shaped
// (pointer, map, chan, func, struct/array block); otherwise it points to a box holding the
// value in memory layout.
struct GoIface
{
    const void* type;
    Slot data;
};

} // namespace weft
