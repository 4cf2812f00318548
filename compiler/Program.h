#pragma once
// The result of type-checking: the user's file, the standard packages it imports, and every
// type, object, constant and scope that the AST nodes point to.
//
// What the checker records for codegen:
//  - every checked Expr: mode, type (for untyped constants that were converted by their context,
//    the final type: `var f float64 = 1` records 1 as float64; untyped constants that stay
//    untyped keep their untyped type) and, for constants, value;
//  - every Ident: the object it declares or uses (Ident::object; a declaring ident is
//    object->declIdent); the package name in a qualified identifier `fmt.Println` has mode
//    NoValue and the invalid type (the selector carries the result);
//  - selectors: Program::selection() says whether x.f is a qualified identifier, a field (with
//    the embedding path), a method value or a method expression;
//  - calls: CallExpr::fun->mode is TypeExpr for a conversion, Builtin for a builtin call (the
//    builtin is Program::builtinOf(call)); otherwise a function call. Whether the arguments of a
//    variadic call are packed is given by the signature and CallExpr::hasEllipsis;
//  - implicit conversions happen where a value is assigned (assignment, argument, return, send,
//    composite literal element, map index, comparison with an interface): when the value's
//    type differs from the target's, the target is an interface (box the value), a channel
//    type with a different direction or an untyped nil;
//  - Var::captured for variables referenced from a nested function literal;
//  - CaseClause::implicitObj for the per-clause variable of a type switch;
//  - package-level variable initialization order per package (Package::initOrder).
#include "compiler/Object.h"
#include "compiler/Scope.h"
#include "compiler/StdlibSources.h"
#include "compiler/Types.h"

#include <deque>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace weft {

// One package-level initialization: `lhs = rhs` (several lhs for `var a, b = f()`).
struct Initializer
{
    std::vector<Var*> lhs;
    Expr* rhs = nullptr;
};

class Package
{
public:
    std::string path;        // "main", "fmt", "math/rand"
    std::string_view name;   // "main", "fmt", "rand"
    Scope* scope = nullptr;
    std::vector<File*> files;
    std::vector<Package*> imports;
    std::vector<Initializer> initOrder;
    std::vector<Func*> inits; // the init functions, in source order
    bool isStd = false;
    bool checked = false;
    bool fake = false; // not provided by weft (after an import error)
};

enum class SelectionKind : uint8_t
{
    Qualified,  // pkg.Name
    FieldVal,   // x.f, a struct field
    MethodVal,  // x.m, a method (called or as a method value)
    MethodExpr, // T.m, a method expression
};

struct Selection
{
    SelectionKind kind = SelectionKind::FieldVal;
    const Type* recv = nullptr; // the type of x (for a method expression: T)
    Object* obj = nullptr;      // the field (Var) or method (Func)
    // Embedded fields followed from recv to reach obj's owner: indices into successive structs
    // (for a field, the last index is the field itself; for a method, all are embedded fields).
    std::vector<int> path;
    bool indirect = false; // a pointer was dereferenced along the path
};

class Program
{
public:
    Program();
    ~Program();
    Program(const Program&) = delete;
    Program& operator=(const Program&) = delete;

    // The user's file and its package.
    File* file() const { return userFile_; }
    Package* mainPackage() const { return mainPackage_; }
    // Packages an embedding host provides (checkProgram's hostPackages), or null.
    const std::vector<StdlibSource>* hostPackages() const { return hostPackages_; }
    void setHostPackages(const std::vector<StdlibSource>* p) { hostPackages_ = p; }
    const std::vector<std::unique_ptr<Package>>& packages() const { return packages_; }
    Package* package(std::string_view path) const;
    Scope* universe() const { return universe_; }
    TypeArena& types() { return types_; }
    const TypeArena& types() const { return types_; }

    const Selection* selection(const SelectorExpr* e) const
    {
        auto it = selections_.find(e);
        return it == selections_.end() ? nullptr : &it->second;
    }
    // Scripts: the implicit func main whose body is File::scriptBody. Its locals have
    // Var::owner == scriptMain() (a synthetic node; null for Go files).
    const Node* scriptMain() const { return scriptMain_; }
    const Signature* scriptMainSignature() const { return scriptMainSig_; }
    Scope* scriptMainScope() const { return scriptMainScope_; }

    // For a builtin call: the builtin; null otherwise.
    const Builtin* builtinOf(const CallExpr* call) const;

    // ---- construction (used by the checker) ----
    template<typename T, typename... Args> T* newObject(Args&&... args)
    {
        auto p = std::make_unique<T>(std::forward<Args>(args)...);
        T* raw = p.get();
        objects_.push_back(std::move(p));
        return raw;
    }
    Scope* newScope(Scope* parent, Scope::Kind kind);
    const Constant* newConstant(Constant c);
    Package* newPackage(std::string path);
    File* adoptFile(std::unique_ptr<File> f, bool user);
    void setMainPackage(Package* p) { mainPackage_ = p; }
    void recordSelection(const SelectorExpr* e, Selection s) { selections_[e] = std::move(s); }
    void setScriptMain(const Node* node, const Signature* sig, Scope* scope)
    {
        scriptMain_ = node;
        scriptMainSig_ = sig;
        scriptMainScope_ = scope;
    }

    // The universe's objects the checker needs by name.
    const Type* errorType() const { return errorType_; }
    const Type* anyType() const { return anyType_; }
    Object* universeIota() const { return iota_; }
    Object* universeNil() const { return nil_; }

private:
    void buildUniverse();

    TypeArena types_;
    std::vector<std::unique_ptr<Object>> objects_;
    std::vector<std::unique_ptr<Scope>> scopes_;
    std::deque<Constant> constants_;
    std::vector<std::unique_ptr<File>> files_;
    std::vector<std::unique_ptr<Package>> packages_;
    std::unordered_map<const SelectorExpr*, Selection> selections_;
    File* userFile_ = nullptr;
    const Node* scriptMain_ = nullptr;
    const Signature* scriptMainSig_ = nullptr;
    Scope* scriptMainScope_ = nullptr;
    Package* mainPackage_ = nullptr;
    const std::vector<StdlibSource>* hostPackages_ = nullptr;
    Scope* universe_ = nullptr;
    const Type* errorType_ = nullptr;
    const Type* anyType_ = nullptr;
    Object* iota_ = nullptr;
    Object* nil_ = nullptr;
};

} // namespace weft
