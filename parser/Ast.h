#pragma once
#include "lexer/LineMap.h"
#include "lexer/Position.h"
#include "lexer/Token.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace weft {

// The checker's results are attached to the nodes it checks; the AST only carries the pointers.
class Type;
class Object;
struct Constant;

// ---- Nodes ---------------------------------------------------------------------------------

enum class NodeKind : uint8_t
{
    // expressions
    BadExpr,
    Ident,
    BasicLit,
    CompositeLit,
    FuncLit,
    ParenExpr,
    SelectorExpr,
    IndexExpr,
    SliceExpr,
    TypeAssertExpr,
    CallExpr,
    StarExpr,
    UnaryExpr,
    BinaryExpr,
    KeyValueExpr,
    // type expressions (they are expressions: `[]int{1}`, conversions `T(x)`)
    ArrayType,
    StructType,
    FuncType,
    InterfaceType,
    MapType,
    ChanType,
    EllipsisExpr,
    // statements
    BadStmt,
    DeclStmt,
    EmptyStmt,
    LabeledStmt,
    ExprStmt,
    SendStmt,
    IncDecStmt,
    AssignStmt,
    GoStmt,
    DeferStmt,
    ReturnStmt,
    BranchStmt,
    BlockStmt,
    IfStmt,
    CaseClause,
    SwitchStmt,
    TypeSwitchStmt,
    CommClause,
    SelectStmt,
    ForStmt,
    RangeStmt,
    // declarations
    ImportSpec,
    ValueSpec,
    TypeSpec,
    GenDecl,
    FuncDecl,
};

struct Node
{
    NodeKind kind;
    Position pos; // the position Go's compiler reports for this node (see each node)

    explicit Node(NodeKind k, Position p) : kind(k), pos(p) {}
    virtual ~Node() = default;
    Node(const Node&) = delete;
    Node& operator=(const Node&) = delete;

    template<typename T> T* as() { return kind == T::Kind ? static_cast<T*>(this) : nullptr; }
    template<typename T> const T* as() const { return kind == T::Kind ? static_cast<const T*>(this) : nullptr; }
    template<typename T> bool is() const { return kind == T::Kind; }
};

// How the checker classified an expression (go/types' operand modes).
enum class ExprMode : uint8_t
{
    Unchecked,
    Invalid,  // an error was reported; suppress follow-on errors
    NoValue,  // a call of a function without results
    Builtin,  // a builtin function name (only callable)
    TypeExpr, // the expression denotes a type
    Constant, // a constant; `value` holds it
    Variable, // addressable
    MapIndex, // m[k]: assignable, not addressable; comma-ok allowed
    Value,    // any other value
    CommaOk,  // a value that may be used in a 2-value assignment (v, ok := x.(T), <-ch)
};

struct Expr : Node
{
    using Node::Node;
    // Filled in by the checker.
    ExprMode mode = ExprMode::Unchecked;
    const Type* type = nullptr;         // the expression's type (for TypeExpr: the denoted type)
    const Constant* value = nullptr;    // when mode == Constant
};

struct Stmt : Node
{
    using Node::Node;
};

struct Decl : Node
{
    using Node::Node;
};

#define WEFT_NODE(Name, Base)                                                                                          \
    static constexpr NodeKind Kind = NodeKind::Name;                                                                    \
    explicit Name(Position p) : Base(NodeKind::Name, p) {}

struct BlockStmt;
struct FuncType;

// An expression the parser could not make sense of (an error was reported).
struct BadExpr : Expr { WEFT_NODE(BadExpr, Expr) };

struct Ident : Expr
{
    WEFT_NODE(Ident, Expr)
    std::string_view name;  // "_" for the blank identifier
    Object* object = nullptr; // checker: what the name denotes (declared or used); null for "_"
};

enum class LitKind : uint8_t { Int, Float, Imag, Char, String };

struct BasicLit : Expr
{
    WEFT_NODE(BasicLit, Expr)
    LitKind litKind = LitKind::Int;
    std::string_view text; // as written, e.g. `0x1F`, `'\n'`, `"a\tb"`, `` `raw` ``
};

// T{elts} or, inside another composite literal, {elts} with the type elided (type == nullptr).
struct CompositeLit : Expr
{
    WEFT_NODE(CompositeLit, Expr) // pos: the type's position, or the '{' when elided
    Expr* typeExpr = nullptr;
    std::vector<Expr*> elts; // KeyValueExpr for keyed elements
    Position lbrace, rbrace;
};

struct FuncLit : Expr
{
    WEFT_NODE(FuncLit, Expr) // pos: `func`
    FuncType* sig = nullptr;
    BlockStmt* body = nullptr;
};

struct ParenExpr : Expr
{
    WEFT_NODE(ParenExpr, Expr) // pos: '('
    Expr* x = nullptr;
};

struct SelectorExpr : Expr
{
    WEFT_NODE(SelectorExpr, Expr) // pos: x's position
    Expr* x = nullptr;
    Ident* sel = nullptr;
};

struct IndexExpr : Expr
{
    WEFT_NODE(IndexExpr, Expr) // pos: x's position
    Expr* x = nullptr;
    Expr* index = nullptr;
    Position lbrack;
};

struct SliceExpr : Expr
{
    WEFT_NODE(SliceExpr, Expr) // pos: x's position
    Expr* x = nullptr;
    Expr* lo = nullptr; // each may be null
    Expr* hi = nullptr;
    Expr* max = nullptr;
    bool slice3 = false;
    Position lbrack;
};

// x.(T); typeExpr == nullptr for x.(type) in a type switch guard.
struct TypeAssertExpr : Expr
{
    WEFT_NODE(TypeAssertExpr, Expr) // pos: x's position
    Expr* x = nullptr;
    Expr* typeExpr = nullptr;
    Position lparen;
};

struct CallExpr : Expr
{
    WEFT_NODE(CallExpr, Expr) // pos: fun's position
    Expr* fun = nullptr;
    std::vector<Expr*> args;
    bool hasEllipsis = false; // f(xs...)
    Position lparen, rparen;
};

// *x: a pointer dereference or, in a type context, a pointer type.
struct StarExpr : Expr
{
    WEFT_NODE(StarExpr, Expr) // pos: '*'
    Expr* x = nullptr;
};

// op x for + - ! ^ & <- (receive)
struct UnaryExpr : Expr
{
    WEFT_NODE(UnaryExpr, Expr) // pos: the operator
    Tok op = Tok::Illegal;
    Expr* x = nullptr;
};

struct BinaryExpr : Expr
{
    WEFT_NODE(BinaryExpr, Expr) // pos: the operator (as Go's compiler reports binary errors)
    Tok op = Tok::Illegal;
    Expr* x = nullptr;
    Expr* y = nullptr;
};

struct KeyValueExpr : Expr
{
    WEFT_NODE(KeyValueExpr, Expr) // pos: key's position
    Expr* key = nullptr;
    Expr* value = nullptr;
    Position colon;
};

// A field, parameter or result group: `a, b int`, `int`, `T` (embedded), `...int`.
struct Field
{
    Position pos;
    std::vector<Ident*> names; // empty for an anonymous parameter or an embedded field
    Expr* typeExpr = nullptr;  // for an embedded field: T, *T, pkg.T or *pkg.T
    struct BasicLit* tag = nullptr;
};

// [N]T, [...]T (len is an EllipsisExpr with elt == nullptr) or []T (len == nullptr).
struct ArrayType : Expr
{
    WEFT_NODE(ArrayType, Expr) // pos: '['
    Expr* len = nullptr;
    Expr* elem = nullptr;
};

struct StructType : Expr
{
    WEFT_NODE(StructType, Expr) // pos: `struct`
    std::vector<Field> fields;
};

struct FuncType : Expr
{
    WEFT_NODE(FuncType, Expr) // pos: `func`, or '(' for a declaration's signature
    std::vector<Field> params;  // the last may have an EllipsisExpr type (variadic)
    std::vector<Field> results;
};

// An interface element is a method (names has one name, typeExpr a FuncType) or an embedded
// interface (no names, typeExpr a type name). Type-set unions (`~int | string`) are generics
// and are refused by the parser.
struct InterfaceType : Expr
{
    WEFT_NODE(InterfaceType, Expr) // pos: `interface`
    std::vector<Field> methods;
};

struct MapType : Expr
{
    WEFT_NODE(MapType, Expr) // pos: `map`
    Expr* key = nullptr;
    Expr* value = nullptr;
};

enum class ChanDir : uint8_t { Both, Send, Recv };

struct ChanType : Expr
{
    WEFT_NODE(ChanType, Expr) // pos: `chan` or '<-'
    ChanDir dir = ChanDir::Both;
    Expr* elem = nullptr;
};

// `...T` in a variadic parameter list, or the `...` of `[...]T` (elt == nullptr).
struct EllipsisExpr : Expr
{
    WEFT_NODE(EllipsisExpr, Expr) // pos: '...'
    Expr* elt = nullptr;
};

// ---- Statements ----------------------------------------------------------------------------

struct BadStmt : Stmt { WEFT_NODE(BadStmt, Stmt) };

struct GenDecl;

struct DeclStmt : Stmt
{
    WEFT_NODE(DeclStmt, Stmt)
    GenDecl* decl = nullptr;
};

// An empty statement (`;` alone, or the implicit one before a closing brace).
struct EmptyStmt : Stmt
{
    WEFT_NODE(EmptyStmt, Stmt)
    bool implicit = false;
};

struct LabeledStmt : Stmt
{
    WEFT_NODE(LabeledStmt, Stmt) // pos: the label
    Ident* label = nullptr;
    Stmt* stmt = nullptr;
};

struct ExprStmt : Stmt
{
    WEFT_NODE(ExprStmt, Stmt) // pos: x's position
    Expr* x = nullptr;
};

struct SendStmt : Stmt
{
    WEFT_NODE(SendStmt, Stmt) // pos: chan's position
    Expr* chan = nullptr;
    Expr* value = nullptr;
    Position arrow;
};

struct IncDecStmt : Stmt
{
    WEFT_NODE(IncDecStmt, Stmt) // pos: x's position
    Expr* x = nullptr;
    Tok op = Tok::Inc; // Inc or Dec
    Position opPos;    // the ++ or -- (where Go's compiler reports the statement)
};

// lhs op rhs for op in = := += -= ... ; also a `var`-less short declaration.
struct AssignStmt : Stmt
{
    WEFT_NODE(AssignStmt, Stmt) // pos: the first lhs
    std::vector<Expr*> lhs;
    Tok op = Tok::Assign;
    std::vector<Expr*> rhs;
    Position opPos;
};

struct GoStmt : Stmt
{
    WEFT_NODE(GoStmt, Stmt) // pos: `go`
    Expr* call = nullptr; // must be a CallExpr (checked by the checker, as Go does)
};

struct DeferStmt : Stmt
{
    WEFT_NODE(DeferStmt, Stmt) // pos: `defer`
    Expr* call = nullptr;
};

struct ReturnStmt : Stmt
{
    WEFT_NODE(ReturnStmt, Stmt) // pos: `return`
    std::vector<Expr*> results;
};

// break, continue, goto, fallthrough
struct BranchStmt : Stmt
{
    WEFT_NODE(BranchStmt, Stmt)
    Tok tok = Tok::Break;
    Ident* label = nullptr;
};

struct BlockStmt : Stmt
{
    WEFT_NODE(BlockStmt, Stmt) // pos: '{'
    std::vector<Stmt*> stmts;
    Position rbrace;
};

struct IfStmt : Stmt
{
    WEFT_NODE(IfStmt, Stmt) // pos: `if`
    Stmt* init = nullptr;
    Expr* cond = nullptr;
    BlockStmt* then = nullptr;
    Stmt* els = nullptr; // IfStmt or BlockStmt or null
};

// A case of a switch (expressions) or type switch (types; `nil` allowed). Empty list: default.
struct CaseClause : Stmt
{
    WEFT_NODE(CaseClause, Stmt) // pos: `case` or `default`
    std::vector<Expr*> list;
    bool isDefault = false;
    std::vector<Stmt*> body;
    Position colon;
    Object* implicitObj = nullptr; // checker, type switch `x := y.(type)`: this clause's x
};

struct SwitchStmt : Stmt
{
    WEFT_NODE(SwitchStmt, Stmt) // pos: `switch`
    Stmt* init = nullptr;
    Expr* tag = nullptr; // null: `switch { ... }` (true)
    std::vector<CaseClause*> clauses;
    Position lbrace, rbrace;
};

// switch [init;] [x :=] y.(type) { ... }
struct TypeSwitchStmt : Stmt
{
    WEFT_NODE(TypeSwitchStmt, Stmt) // pos: `switch`
    Stmt* init = nullptr;
    Ident* binding = nullptr;       // x in `x := y.(type)`, or null
    TypeAssertExpr* guard = nullptr; // y.(type)
    std::vector<CaseClause*> clauses;
    Position lbrace, rbrace;
};

// case comm: body, where comm is a SendStmt, an ExprStmt (<-ch) or an AssignStmt (v[, ok] = / := <-ch);
// comm == nullptr for default.
struct CommClause : Stmt
{
    WEFT_NODE(CommClause, Stmt) // pos: `case` or `default`
    Stmt* comm = nullptr;
    std::vector<Stmt*> body;
    Position colon;
};

struct SelectStmt : Stmt
{
    WEFT_NODE(SelectStmt, Stmt) // pos: `select`
    std::vector<CommClause*> clauses;
    Position rbrace;
};

// for [init]; [cond]; [post] { } ; for cond { } ; for { }
struct ForStmt : Stmt
{
    WEFT_NODE(ForStmt, Stmt) // pos: `for`
    Stmt* init = nullptr;
    Expr* cond = nullptr;
    Stmt* post = nullptr;
    BlockStmt* body = nullptr;
};

// for [key[, value] (= | :=)] range x { }
struct RangeStmt : Stmt
{
    WEFT_NODE(RangeStmt, Stmt) // pos: `for`
    Expr* key = nullptr;
    Expr* value = nullptr;
    Expr* extra = nullptr;  // a third iteration variable: an error the checker reports, as types2
    Tok tok = Tok::Illegal; // Define, Assign, or Illegal when there are no iteration variables
    Expr* x = nullptr;
    Position rangePos;
    BlockStmt* body = nullptr;
};

// ---- Declarations --------------------------------------------------------------------------

struct ImportSpec : Node
{
    WEFT_NODE(ImportSpec, Node) // pos: the path literal
    Ident* name = nullptr;      // renamed import (`x "fmt"`, `_ "fmt"`, `. "fmt"`), or null
    BasicLit* path = nullptr;
};

// One line of a const or var declaration.
struct ValueSpec : Node
{
    WEFT_NODE(ValueSpec, Node) // pos: the first name
    std::vector<Ident*> names;
    Expr* typeExpr = nullptr;
    std::vector<Expr*> values;
    int iota = 0; // const: the index of this spec in its group
    // const: true when type and values were omitted and repeat the previous spec's (the parser
    // fills typeExpr/values with the previous spec's nodes; the checker re-evaluates them with
    // this spec's iota).
    bool implicit = false;
};

struct TypeSpec : Node
{
    WEFT_NODE(TypeSpec, Node) // pos: the name
    Ident* name = nullptr;
    bool alias = false; // type A = B
    Expr* typeExpr = nullptr;
};

// import / const / type / var, grouped `( ... )` or single.
struct GenDecl : Decl
{
    WEFT_NODE(GenDecl, Decl) // pos: the keyword
    Tok tok = Tok::Var;
    std::vector<Node*> specs; // ImportSpec, ValueSpec or TypeSpec
    bool grouped = false;
};

struct FuncDecl : Decl
{
    WEFT_NODE(FuncDecl, Decl) // pos: the name (where Go reports function errors)
    Field* recv = nullptr;    // method receiver, or null
    Ident* name = nullptr;
    FuncType* sig = nullptr;
    BlockStmt* body = nullptr; // null: declared without a body (native functions of the stdlib)
    Position funcPos;
    // The `//go:` directives (gc's pragmas, "go:nointerface") on lines of their own between the
    // previous declaration and `func`.
    std::vector<std::string_view> directives;
    // A directive `name` ("go:nointerface"), with or without arguments after a blank.
    bool hasDirective(std::string_view name) const
    {
        for (std::string_view d : directives)
            if (d.substr(0, d.find_first_of(" \t")) == name)
                return true;
        return false;
    }
};

#undef WEFT_NODE

// ---- A parsed file -------------------------------------------------------------------------

// Owns every node of one file. Nodes are never freed individually.
class AstArena
{
public:
    template<typename T, typename... Args> T* make(Args&&... args)
    {
        auto node = std::make_unique<T>(std::forward<Args>(args)...);
        T* raw = node.get();
        nodes_.push_back(std::move(node));
        return raw;
    }
    Field* makeField()
    {
        fields_.push_back(std::make_unique<Field>());
        return fields_.back().get();
    }
    // Strings that are not slices of the source (e.g. synthesized names).
    std::string_view intern(std::string s)
    {
        strings_.push_back(std::make_unique<std::string>(std::move(s)));
        return *strings_.back();
    }

private:
    std::vector<std::unique_ptr<Node>> nodes_;
    std::vector<std::unique_ptr<Field>> fields_;
    std::vector<std::unique_ptr<std::string>> strings_;
};

// A Go source file, or a script: a file without a package clause whose top-level statements
// form the body of an implicit main. In a script, top-level declarations (import, const, var,
// type, func) are package-level declarations exactly as in a Go file; every other top-level
// statement goes to `scriptBody`, in order.
struct File
{
    File() = default;
    File(const File&) = delete; // nodes point into `source`: a File never moves
    File& operator=(const File&) = delete;

    std::string name;          // the file name used in diagnostics
    std::string source;        // the text; tokens and nodes point into it, so it never moves
    Ident* packageName = nullptr; // null for a script
    Position packagePos;
    std::vector<GenDecl*> imports; // the import declarations (also in decls)
    std::vector<Decl*> decls;      // in source order
    std::vector<Stmt*> scriptBody; // scripts only
    LineMap lines;                 // its //line directives: positions above are as written
    bool isScript() const { return packageName == nullptr; }
    AstArena arena;
};

} // namespace weft
