#pragma once
// Run-time type descriptors: what the VM knows of a Go type when the static type is not enough
// (interfaces, type switches, fmt, map keys, panics). Built by the compiler from the checker's
// types, one per distinct type (identical types share one descriptor, so descriptors compare
// by address), and owned by the Module for the interpreter's life.
#include "runtime/GcLayout.h"
#include "vm/MethodId.h"

#include <cstdint>
#include <string>
#include <vector>

namespace weft {

struct Function;
struct MapLayout;

enum class TypeKind8 : uint8_t
{
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    String,
    Pointer,
    Slice,
    Array,
    Map,
    Chan,
    Func,
    Struct,
    Interface,
    UntypedNil, // the type of a nil interface in messages only
};

// TypeDesc::flags bits beyond kTypePointerShaped (GcLayout.h), which is first: the interface
// data word of this type is a pointer.
inline constexpr uint32_t kTypeComparable = 1u << 1;  // == is defined (may still panic inside interfaces)
inline constexpr uint32_t kTypeNamed = 1u << 2;       // a defined type (or predeclared)
inline constexpr uint32_t kTypeIsItab = 1u << 3;      // set in Itab::flags, never in a TypeDesc

struct FieldDesc
{
    std::string name;
    const struct TypeDesc* type = nullptr;
    uint32_t offset = 0;
    bool embedded = false;
    bool exported = false;
};

// A method of a type's method set as seen through an interface: `fn` takes the interface's
// data word as its receiver slot (the compiler makes wrappers where the method's receiver is
// not that word: promoted methods, string or slice receivers boxed in the interface).
struct MethodDesc
{
    std::string name;
    const Function* fn = nullptr;
    const struct TypeDesc* signature = nullptr; // the method's func type, without receiver
    std::string pkgPath;                          // unexported names: the declaring package
};

struct TypeDesc
{
    uint32_t flags = 0; // first member: the collector reads it (GcLayout.h)
    TypeKind8 kind = TypeKind8::Int;
    uint32_t size = 0;  // bytes in memory (Go's amd64 size)
    uint32_t align = 1;
    uint32_t slots = 1; // registers a value occupies
    std::string name;   // Go's %T spelling: "int", "main.Point", "[]string", "map[string]int"
    std::string pkgPath; // defined types: "main", "strings"; else empty
    const TypeDesc* elem = nullptr; // pointer, slice, array, chan, map value
    const TypeDesc* key = nullptr;  // map
    int64_t len = 0;                // array
    uint8_t chanDir = 0;            // chan: 0 both, 1 send-only, 2 receive-only
    std::vector<FieldDesc> fields;  // struct
    // Func types: parameter and result types; variadic when the last parameter is ...T.
    std::vector<const TypeDesc*> params, results;
    bool variadic = false;
    // Interfaces: the methods' Ids, in the checker's allMethods order (sorted by name).
    std::vector<MethodId> ifaceMethods;
    std::vector<const TypeDesc*> ifaceMethodTypes;
    // Method set of this type (for a defined type T: T's value methods; for *T: all), sorted by
    // Id.
    std::vector<MethodDesc> methods;
    // The GC layout of a value in memory, or null if it holds no pointers.
    const GcLayout* layout = nullptr;
    // The kinds of the slots a value occupies in registers (map entries, frames).
    std::vector<GcWordKind> slotKinds;
    const MapLayout* mapType = nullptr; // maps
    const TypeDesc* ptrTo = nullptr;  // *T, when the program uses it (method sets via pointers)

    bool pointerShaped() const { return (flags & kTypePointerShaped) != 0; }
    bool comparable() const { return (flags & kTypeComparable) != 0; }
    bool isInteger() const { return kind >= TypeKind8::Int && kind <= TypeKind8::Uintptr; }
    bool isUnsigned() const { return kind >= TypeKind8::Uint && kind <= TypeKind8::Uintptr; }
    bool isFloat() const { return kind == TypeKind8::Float32 || kind == TypeKind8::Float64; }
    // Values that live in one register as a plain scalar (stored inline in an interface).
    bool isScalar() const { return kind <= TypeKind8::Float64; }
    const MethodDesc* findMethod(const MethodId& id) const;
};

// The method table of a (dynamic type, interface) pair, built once and cached by the VM.
// Starts with the flags word so an interface's type word can be an Itab* (GcLayout.h).
struct Itab
{
    uint32_t flags = kTypeIsItab; // the dynamic type's flags | kTypeIsItab
    const TypeDesc* type = nullptr;
    const TypeDesc* iface = nullptr;
    std::vector<const Function*> fns; // in the interface's method order
};

// The dynamic type named by an interface's type word (a TypeDesc* or an Itab*), or null.
inline const TypeDesc* dynamicType(const void* typeWord)
{
    if (typeWord == nullptr)
        return nullptr;
    const uint32_t flags = *static_cast<const uint32_t*>(typeWord);
    return (flags & kTypeIsItab) ? static_cast<const Itab*>(typeWord)->type : static_cast<const TypeDesc*>(typeWord);
}

} // namespace weft
