#pragma once
// The types of Go programs, modelled on go/types: Basic (including the untyped kinds), Named,
// Pointer, Slice, Array, Map, Chan, Struct, Signature, Interface and Tuple. Types are created
// by and owned by a TypeArena (the Program's); they are never freed individually. Composite
// types are not interned: use identical() to compare them.
#include "parser/Ast.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace weft {

class Var;
class Func;
class TypeName;
class Package;

enum class TypeKind : uint8_t { Basic, Named, Pointer, Slice, Array, Map, Chan, Struct, Signature, Interface, Tuple };

enum class BasicKind : uint8_t
{
    Invalid,
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
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedString,
    UntypedNil,
};

enum BasicInfo : uint8_t
{
    IsBoolean = 1,
    IsInteger = 2,
    IsUnsigned = 4,
    IsFloat = 8,
    IsString = 16,
    IsUntyped = 32,
    IsOrdered = IsInteger | IsFloat | IsString,
    IsNumeric = IsInteger | IsFloat,
    IsConstType = IsBoolean | IsNumeric | IsString,
};

class Type
{
public:
    const TypeKind kind;
    explicit Type(TypeKind k) : kind(k) {}
    virtual ~Type() = default;
    Type(const Type&) = delete;
    Type& operator=(const Type&) = delete;

    template<typename T> const T* as() const { return kind == T::Kind ? static_cast<const T*>(this) : nullptr; }
    template<typename T> bool is() const { return kind == T::Kind; }
};

class Basic : public Type
{
public:
    static constexpr TypeKind Kind = TypeKind::Basic;
    Basic(BasicKind k, uint8_t info, std::string_view name) : Type(Kind), bkind(k), info(info), name(name) {}
    const BasicKind bkind;
    const uint8_t info;
    const std::string_view name; // "int", "byte", "untyped int", "invalid type"
};

class Pointer : public Type
{
public:
    static constexpr TypeKind Kind = TypeKind::Pointer;
    explicit Pointer(const Type* e) : Type(Kind), elem(e) {}
    const Type* elem;
};

class Slice : public Type
{
public:
    static constexpr TypeKind Kind = TypeKind::Slice;
    explicit Slice(const Type* e) : Type(Kind), elem(e) {}
    const Type* elem;
};

class Array : public Type
{
public:
    static constexpr TypeKind Kind = TypeKind::Array;
    Array(const Type* e, int64_t n) : Type(Kind), elem(e), len(n) {}
    const Type* elem;
    int64_t len; // -1: unknown (after an error)
};

class Map : public Type
{
public:
    static constexpr TypeKind Kind = TypeKind::Map;
    Map(const Type* k, const Type* e) : Type(Kind), key(k), elem(e) {}
    const Type* key;
    const Type* elem;
};

class Chan : public Type
{
public:
    static constexpr TypeKind Kind = TypeKind::Chan;
    Chan(ChanDir d, const Type* e) : Type(Kind), dir(d), elem(e) {}
    ChanDir dir;
    const Type* elem;
};

class Struct : public Type
{
public:
    static constexpr TypeKind Kind = TypeKind::Struct;
    Struct() : Type(Kind) {}
    std::vector<Var*> fields;     // in order; Var::isField, Var::embedded
    std::vector<std::string> tags; // parallel to fields ("" when none)
};

// An ordered list of variables: parameters, results, or the values of a multi-valued call.
class Tuple : public Type
{
public:
    static constexpr TypeKind Kind = TypeKind::Tuple;
    Tuple() : Type(Kind) {}
    std::vector<Var*> vars;
    size_t size() const { return vars.size(); }
    const Type* at(size_t i) const;
};

class Signature : public Type
{
public:
    static constexpr TypeKind Kind = TypeKind::Signature;
    Signature() : Type(Kind) {}
    Var* recv = nullptr;          // methods only
    const Tuple* params = nullptr; // never null
    const Tuple* results = nullptr; // never null
    bool variadic = false;        // the last parameter is ...T (its type is []T)
};

class Interface : public Type
{
public:
    static constexpr TypeKind Kind = TypeKind::Interface;
    Interface() : Type(Kind) {}
    std::vector<Func*> methods;          // explicitly declared
    std::vector<const Type*> embeddeds;  // embedded interfaces (Named or Interface)
    // The complete method set (explicit + embedded), sorted by name; computed by the checker
    // (completeInterface) before the interface is used.
    mutable std::vector<Func*> allMethods;
    mutable bool complete = false;
    bool isComparableConstraint = false; // the universe's `comparable`
    bool isAny = false;                  // the universe's `any` (printed as "any")
    bool empty() const { return allMethods.empty(); }
};

class Named : public Type
{
public:
    static constexpr TypeKind Kind = TypeKind::Named;
    explicit Named(TypeName* o) : Type(Kind), obj(o) {}
    TypeName* obj;
    // Set once the declaration is resolved; until then (or for invalid recursive types) it is
    // Typ[Invalid]. Never a Named after resolution.
    mutable const Type* underlyingType = nullptr;
    std::vector<Func*> methods; // declared methods, in source order
};

// ---- predicates (all nil-safe: a null type is treated as invalid) ---------------------------

const Type* underlying(const Type* t);
bool isBasicKind(const Type* t, BasicKind k);
bool isValid(const Type* t); // not the invalid type
bool hasInfo(const Type* t, uint8_t info); // underlying is Basic with the info bits
inline bool isBoolean(const Type* t) { return hasInfo(t, IsBoolean); }
inline bool isInteger(const Type* t) { return hasInfo(t, IsInteger); }
inline bool isUnsigned(const Type* t) { return hasInfo(t, IsUnsigned); }
inline bool isFloat(const Type* t) { return hasInfo(t, IsFloat); }
inline bool isNumeric(const Type* t) { return hasInfo(t, IsNumeric); }
inline bool isString(const Type* t) { return hasInfo(t, IsString); }
inline bool isConstType(const Type* t) { return hasInfo(t, IsConstType); }
inline bool isOrdered(const Type* t) { return hasInfo(t, IsOrdered); }
bool isUntyped(const Type* t);  // t itself is an untyped Basic
bool isTyped(const Type* t);
bool isInterface(const Type* t); // underlying is an interface
bool isNamed(const Type* t);     // Named or a predeclared Basic
bool isPointerTo(const Type* t);
bool hasNil(const Type* t);      // pointer, slice, map, chan, func, interface (or untyped nil)

bool identical(const Type* x, const Type* y);
bool identicalIgnoreTags(const Type* x, const Type* y);
bool comparable(const Type* t);
// For a type that is not comparable: the reason, as Go prints it (e.g. "slice can only be
// compared to nil", "struct containing []int cannot be compared").
std::string incomparableCause(const Type* t, const Package* relativeTo = nullptr);

// Go's string for a type in a diagnostic; types of package `relativeTo` (usually the package
// being checked) are not qualified.
std::string typeString(const Type* t, const Package* relativeTo = nullptr);
void writeSignature(std::string& out, const Signature* sig, const Package* relativeTo);

// ---- the arena ---------------------------------------------------------------------------

class TypeArena
{
public:
    TypeArena();
    ~TypeArena();
    TypeArena(const TypeArena&) = delete;
    TypeArena& operator=(const TypeArena&) = delete;

    template<typename T, typename... Args> T* make(Args&&... args)
    {
        T* t = new T(std::forward<Args>(args)...);
        owned_.push_back(t);
        return t;
    }
    const Pointer* pointer(const Type* elem);
    const Slice* slice(const Type* elem);
    const Tuple* emptyTuple() const { return emptyTuple_; }

    const Basic* basic(BasicKind k) const { return basics_[static_cast<int>(k)]; }
    const Basic* invalid() const { return basics_[0]; }
    const Basic* byteType() const { return byte_; }
    const Basic* runeType() const { return rune_; }

private:
    std::vector<Type*> owned_;
    const Basic* basics_[static_cast<int>(BasicKind::UntypedNil) + 1] = {};
    const Basic* byte_ = nullptr;
    const Basic* rune_ = nullptr;
    const Tuple* emptyTuple_ = nullptr;
    std::unordered_map<const Type*, const Pointer*> pointerCache_;
    std::unordered_map<const Type*, const Slice*> sliceCache_;
};

} // namespace weft
