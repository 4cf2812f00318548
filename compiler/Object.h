#pragma once
// Named language entities (go/types' objects): what an identifier denotes.
#include "compiler/Constant.h"
#include "compiler/Types.h"
#include "parser/Ast.h"

#include <string>
#include <string_view>
#include <vector>

namespace weft {

class Scope;
class Package;

enum class ObjKind : uint8_t { Var, Const, TypeName, Func, PkgName, Builtin, Label, Nil };

enum class BuiltinId : uint8_t
{
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
    // package unsafe's (only these three: compile-time constants)
    Alignof,
    Offsetof,
    Sizeof,
};

class Object
{
public:
    const ObjKind kind;
    std::string_view name;
    Position pos;                  // where declared (invalid for universe objects)
    const File* file = nullptr;    // the file declaring it (null for universe objects)
    Package* pkg = nullptr;        // null for universe objects
    Scope* parent = nullptr;       // the scope it is declared in (null for fields and methods)
    const Type* type = nullptr;
    const Ident* declIdent = nullptr; // the identifier that declares it, when there is one

    // Checker bookkeeping for package-level objects: 0 white, 1 grey (being checked), 2 black.
    uint8_t color = 0;
    int colorPathIndex = -1; // position on the object path while grey

    Object(ObjKind k, std::string_view n, Position p) : kind(k), name(n), pos(p) {}
    virtual ~Object() = default;
    Object(const Object&) = delete;
    Object& operator=(const Object&) = delete;

    bool exported() const { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }
    template<typename T> T* as() { return kind == T::Kind ? static_cast<T*>(this) : nullptr; }
    template<typename T> const T* as() const { return kind == T::Kind ? static_cast<const T*>(this) : nullptr; }
    template<typename T> bool is() const { return kind == T::Kind; }
};

class Func;

// A variable: package-level or local variable, parameter, result, or struct field.
class Var : public Object
{
public:
    static constexpr ObjKind Kind = ObjKind::Var;
    Var(std::string_view n, Position p) : Object(Kind, n, p) {}
    bool isField = false;
    bool embedded = false;   // an embedded field
    bool isParam = false;    // parameter, result or receiver
    bool isGlobal = false;   // package-level variable
    bool used = false;
    // Referenced from a function literal nested inside the function that declares it: codegen
    // keeps it in a heap cell.
    bool captured = false;
    // The function (declaration or literal) whose body declares the variable (locals and params).
    const Node* owner = nullptr;
    int fieldIndex = -1;     // fields: index in the struct
};

class Const : public Object
{
public:
    static constexpr ObjKind Kind = ObjKind::Const;
    Const(std::string_view n, Position p) : Object(Kind, n, p) {}
    const Constant* value = nullptr;
};

class TypeName : public Object
{
public:
    static constexpr ObjKind Kind = ObjKind::TypeName;
    TypeName(std::string_view n, Position p) : Object(Kind, n, p) {}
    bool isAlias = false;
};

class Func : public Object
{
public:
    static constexpr ObjKind Kind = ObjKind::Func;
    Func(std::string_view n, Position p) : Object(Kind, n, p) {}
    const FuncDecl* decl = nullptr;  // null for interface methods
    bool hasPtrRecv = false;         // method with a *T receiver
    bool isInterfaceMethod = false;
    const Type* recvBase = nullptr;  // methods: the receiver's base Named type (or the interface)
    bool native = false;             // declared without a body (implemented by the runtime)
    // A method marked //go:nointerface (honoured with GOEXPERIMENT=fieldtrack, as gc): callable,
    // but in no method set that interface values see.
    bool noInterface = false;
    const Signature* sig() const { return type ? type->as<Signature>() : nullptr; }
};

class PkgName : public Object
{
public:
    static constexpr ObjKind Kind = ObjKind::PkgName;
    PkgName(std::string_view n, Position p) : Object(Kind, n, p) {}
    Package* imported = nullptr;
    bool used = false;
    bool implicit = false; // scripts: a standard package used without import
};

class Builtin : public Object
{
public:
    static constexpr ObjKind Kind = ObjKind::Builtin;
    Builtin(std::string_view n, BuiltinId i) : Object(Kind, n, Position{}), id(i) {}
    BuiltinId id;
};

class Label : public Object
{
public:
    static constexpr ObjKind Kind = ObjKind::Label;
    Label(std::string_view n, Position p) : Object(Kind, n, p) {}
    bool used = false;
};

class Nil : public Object
{
public:
    static constexpr ObjKind Kind = ObjKind::Nil;
    Nil() : Object(Kind, "nil", Position{}) {}
};

} // namespace weft
