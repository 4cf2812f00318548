#pragma once
// Values crossing between a host thread and a script (the embedding API): scalars, strings,
// slices, maps and structs of them, and their place in registers.
#include "runtime/GcLayout.h"
#include "runtime/Value.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace weft {

// A value of the kind given. Int covers Go's signed integers (held sign-extended in a register),
// Uint the unsigned ones, Float float64, Float32 float32 (a double rounded to float32 in a
// register); Slice a []T of such elements or of slices of them (elemKind, elemSize bytes each
// in memory, in elems; a slice element takes 24, elemType describes it);
// Map a map[K]V as its keys (elems, elemKind) and values (vals, valKind), which cross as two
// slices; Error a Go error as its message (s) and whether it is not nil (b), which cross as a
// string and a bool (the host package's Go wrapper makes and reads the map and the error); Func
// a func value (p: its closure, one register); Struct a struct as its fields (elems, in order),
// which cross one by one (the wrapper makes and reads the struct); Object a host object's handle
// (i, one register: the wrapper makes the Go value that holds it).
// goType is the Go type it stands for ("int64", "[]string"), checked against declarations.
// The public header's weft::detail::Value mirrors it field for field (that header includes
// nothing of weft's; api/Weft.cpp converts between the two).
struct HostValue
{
    // Pointer (the engine's own, not the public header's): a Go pointer in one register, held for
    // the host while it has it (a host object's Go value on its way into or out of a call).
    enum class Kind : uint8_t { Int, Uint, Float, Float32, Bool, String, Slice, Map, Error, Func, Struct, Object, Pointer };
    Kind kind = Kind::Int;
    std::string goType;
    int64_t i = 0;
    uint64_t u = 0;
    double f = 0;
    bool b = false;
    std::string s;
    Kind elemKind = Kind::Int; // a slice's, a map's keys'
    uint8_t elemSize = 8;
    std::vector<HostValue> elems;
    Kind valKind = Kind::Int; // a map's values'
    uint8_t valSize = 8;
    std::vector<HostValue> vals;
    // When a slice's elements (elemKind) or a map's values (valKind) are slices, structs or
    // maps: one value describing them (its own kinds, sizes and types), for reading them back.
    std::vector<HostValue> elemType, valType;
    void* p = nullptr; // a Func's closure
    std::string field; // in a struct's elems: the field's Go name (for the wrappers' Go code)
};

// Maps, and slices whose elements hold structs or maps ("nested"), cross as flat components:
// slices (at any depth) of scalars and strings, one per scalar or string inside an element, in
// order (a struct's fields, a map's keys and then its values'). []Point is []X, []Y;
// map[string]Point is []string, []X, []Y; []map[string]int is [][]string, [][]int. The
// wrappers (api/FlatGo.h) make and read the Go values; these make and read the host's.
bool crossesFlattened(const HostValue& type);
// The components' types of a value of `type` (itself when it crosses as is).
void flatComponents(const HostValue& type, std::vector<HostValue>& out);
// A value as its components, and back (`type` gives the kinds; its elements are replaced).
void flattenValue(const HostValue& v, std::vector<HostValue>& out);
HostValue unflattenValue(const HostValue& type, const std::vector<HostValue>& parts, size_t& at);
// A slice or map (at any depth) of structs without fields: it has no components, so its length
// would be lost (refused where functions are declared or taken).
bool flattensToNothing(const HostValue& type);
// A slice's element type, a map's key and value types (descriptions, no values).
HostValue elemTypeOf(const HostValue& slice);
HostValue keyTypeOf(const HostValue& map);
HostValue valTypeOf(const HostValue& map);

// How host values get memory: strings' bytes and slices' arrays (with the element's layout).
struct HostMemory
{
    std::function<GoString(std::string_view)> newString;
    std::function<void*(size_t bytes, const GcLayout* layout)> allocate;
};

// Host values in registers, in order (a string takes two slots, a slice three), and back (the
// kinds of `values` on entry say how to read). Allocation is the caller's to make safe (no
// collection may run meanwhile: a native's, or a host thread taking part in the world).
void hostValuesToSlots(const std::vector<HostValue>& values, std::vector<Slot>& slots, const HostMemory& memory);
void slotsToHostValues(const Slot* slots, size_t n, std::vector<HostValue>& values);

} // namespace weft
