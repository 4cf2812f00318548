#pragma once
// The type checker's internal interface, shared by compiler/Check*.cpp. Modelled on go/types.
#include "compiler/Program.h"
#include "lexer/MachineStack.h"
#include "compiler/TypeChecker.h"

#include <cstddef>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace weft {

// An expression's value during checking (go/types' operand).
struct Operand
{
    ExprMode mode = ExprMode::Invalid;
    Expr* expr = nullptr;
    const Type* type = nullptr;
    const Constant* val = nullptr;
    BuiltinId builtin = BuiltinId::Len;

    bool invalid() const { return mode == ExprMode::Invalid; }
    bool isNil() const;
};

// A package-level declaration (go/types' declInfo).
struct DeclInfo
{
    File* file = nullptr;
    Scope* fileScope = nullptr;
    std::vector<Var*> lhs;   // `var a, b = f()`: all lhs variables (n:1)
    Expr* typeExpr = nullptr;
    Expr* init = nullptr;
    bool inherited = false;  // const: implicit repetition of the previous spec
    Position inheritPos;     // const: the name's position, for errors in inherited expressions
    int iota = 0;
    TypeSpec* tdecl = nullptr;
    FuncDecl* fdecl = nullptr;
    std::vector<Object*> deps; // package-level objects this declaration refers to, in order
    std::unordered_set<Object*> depSet;
    void addDep(Object* o)
    {
        if (depSet.insert(o).second)
            deps.push_back(o);
    }
};

// The state of the function (or package-level initializer) being checked.
struct FuncContext
{
    const Node* node = nullptr;      // FuncDecl or FuncLit; null at package level
    const Signature* sig = nullptr;
    Scope* scope = nullptr;          // the function's outermost scope
    bool hasLabel = false;
};

enum class StmtFlags : unsigned
{
    None = 0,
    BreakOk = 1,
    ContinueOk = 2,
    FallthroughOk = 4,
    FinalSwitchCase = 8,
    InTypeSwitch = 16,
};
inline unsigned operator|(StmtFlags a, StmtFlags b) { return static_cast<unsigned>(a) | static_cast<unsigned>(b); }

class Checker
{
public:
    Checker(Program& prog, DiagnosticList& diags) : prog_(prog), diags_(diags) {}

    void checkUserFiles(std::vector<File*> files);

    // ---- errors (Errors in TypeChecker.cpp) ----
    void error(Position pos, std::string msg);
    void errorAt(const Node* n, std::string msg);
    void softErrorAt(const Node* n, std::string msg) { errorAt(n, std::move(msg)); }
    std::string exprString(const Expr* e) const;
    std::string operandString(const Operand& x) const;
    std::string typeStr(const Type* t) const { return typeString(t, pkg_); }
    std::string objKindString(const Object* o) const;
    static Position startPos(const Node* n);

    // ---- packages and declarations (CheckDecl.cpp) ----
    Package* importPackage(std::string_view path, const Node* at, bool report);
    void checkPackage(Package* pkg, std::vector<File*> files);
    void collectObjects();
    void packageObjects();
    void objDecl(Object* obj);
    bool validCycle(Object* obj);
    void cycleError(const std::vector<Object*>& cycle);
    void constDecl(Const* obj, Expr* typeExpr, Expr* init, bool inherited, Position errPos);
    void varDecl(Var* obj, const std::vector<Var*>& lhs, Expr* typeExpr, Expr* init);
    void typeDecl(TypeName* obj, TypeSpec* spec);
    void funcDecl(Func* obj, DeclInfo* decl);
    const Signature* methodSig(Func* f);
    DeclInfo* declInfo(Object* o);
    bool validTypeImpl(const Type* t, std::vector<const Named*>& path, bool& complete, int depth);
    void collectMethods(TypeName* obj);
    void validType(const Named* t);
    void finishNamed(const Named* t);
    void resolvePendingNamed(bool final);
    std::vector<std::pair<Named*, const Named*>> pendingNamed_;
    void declStmt(GenDecl* d);
    void funcBody(const Node* fnode, std::string_view name, const Signature* sig, BlockStmt* body, Scope* scope);
    void usage(Scope* scope);
    // gc's static devirtualization of fd's interface method calls (CheckDevirt.cpp).
    void devirtualize(const FuncDecl* fd);
    void unusedImports();
    void initOrder();
    void declare(Scope* scope, Ident* id, Object* obj);
    void recordDef(Ident* id, Object* obj);
    void recordUse(Ident* id, Object* obj);

    // ---- types (CheckTypes.cpp) ----
    const Type* typExpr(Expr* e);
    const Type* varType(Expr* e);
    const Type* definedType(Expr* e, Named* def);
    const Type* typInternal(Expr* e, Named* def);
    const Signature* funcType(FuncType* ft, Field* recv, Scope* scope, const Node* owner, Func* method);
    const Type* structType(StructType* st);
    const Type* interfaceType(InterfaceType* it, Named* def);
    void completeInterface(const Interface* it, Position pos);
    int64_t arrayLength(Expr* e);
    const Type* defaultType(const Type* t) const;

    // ---- lookup (Lookup.cpp) ----
    struct LookupResult
    {
        Object* obj = nullptr;
        std::vector<int> index;
        bool indirect = false;
        bool ambiguous = false;   // obj null, index non-empty in go/types
        bool needPtr = false;     // found a method with a pointer receiver, but x is not addressable
        bool notFound() const { return !obj && !ambiguous; }
    };
    LookupResult lookupFieldOrMethod(const Type* T, bool addressable, const Package* pkg, std::string_view name);
    // Missing method of T for interface iface: null when T implements it. *wrongType is the
    // method found with a wrong signature (or receiver kind) when there is one.
    Func* missingMethod(const Type* T, const Interface* iface, bool isStatic, Func** wrongType, bool* ptrRecv);
    bool implements(const Type* V, const Type* T, std::string* cause);
    std::string missingMethodCause(const Type* V, const Type* T, Func* m, Func* alt, bool ptrRecv);
    bool assertableTo(const Interface* V, const Type* T, Func** method, Func** wrongType, bool* ptrRecv);

    // ---- operands & assignability (CheckAssign.cpp) ----
    bool assignableTo(const Operand& x, const Type* T, std::string* cause);
    bool convertibleTo(const Operand& x, const Type* T, std::string* cause);
    void assignment(Operand& x, const Type* T, std::string_view context);
    void initConst(Const* lhs, Operand& x);
    void initVar(Var* lhs, Operand& x, std::string_view context);
    const Type* assignVar(Expr* lhs, Operand& x);
    void initVars(const std::vector<Var*>& lhs, const std::vector<Expr*>& rhs, const Node* returnStmt);
    void assignVars(const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs);
    void shortVarDecl(AssignStmt* s);
    void constArity(ValueSpec* vs);
    void assignError(const std::vector<Expr*>& rhs, size_t nvars, size_t nvals);
    void returnError(const Node* at, const std::vector<Expr*>& rhs, const std::vector<Var*>& lhs,
                     const std::vector<const Type*>& have);
    // types2's typesSummary: "(int, number, ...string)" for the have/want lines of count errors.
    std::string typesSummary(const std::vector<const Type*>& types, bool variadic) const;
    const Type* lhsVar(Expr* lhs);

    // ---- expressions (CheckExpr.cpp) ----
    void expr(Operand& x, Expr* e);
    void exprWithHint(Operand& x, Expr* e, const Type* hint);
    void exprOrType(Operand& x, Expr* e);
    void multiExpr(Operand& x, Expr* e); // may produce a tuple (calls) or comma-ok
    std::vector<Operand> unpackValues(Operand& x, Expr* rhs, size_t l, bool commaOkAllowed);
    void rawExpr(Operand& x, Expr* e, const Type* hint, bool allowType);
    void exprInternal(Operand& x, Expr* e, const Type* hint);
    void singleValue(Operand& x);
    void exclude(Operand& x, unsigned modes);
    void record(Operand& x);
    void rememberUntyped(Expr* e, bool isLhs, ExprMode mode, const Type* t, const Constant* val);
    void updateExprType(Expr* e, const Type* t, bool final);
    void updateExprVal(Expr* e, const Constant* val);
    void convertUntyped(Operand& x, const Type* target);
    enum class ConvCode { Ok, Truncated, Overflow, Invalid };
    ConvCode implicitTypeAndValue(Operand& x, const Type* target, const Type** newType, const Constant** newVal);
    ConvCode representation(const Operand& x, const Basic* t, const Constant** out);
    bool representableConst(const Constant& c, const Basic* t, const Constant** rounded);
    void representable(Operand& x, const Basic* t);
    void invalidConversion(ConvCode code, Operand& x, const Type* target);
    void overflow(Operand& x, Position opPos);
    void unary(Operand& x, UnaryExpr* e);
    void binary(Operand& x, Expr* e, Expr* lhs, Expr* rhs, Tok op, Position opPos);
    void matchTypes(Operand& x, Operand& y);
    void shift(Operand& x, Operand& y, Expr* e, Tok op);
    void comparison(Operand& x, Operand& y, Tok op, Expr* e, bool isSwitchCase);
    bool opPredicate(Operand& x, Tok op, bool binaryOp);
    void basicLit(Operand& x, BasicLit* e);
    void ident(Operand& x, Ident* e, bool wantType);
    Object* lookup(std::string_view name, const Node* at);
    void funcLit(Operand& x, FuncLit* e);
    void compositeLit(Operand& x, CompositeLit* e, const Type* hint);
    int64_t indexedElts(std::vector<Expr*>& elts, const Type* elemType, int64_t length);
    void indexExpr(Operand& x, IndexExpr* e);
    void sliceExpr(Operand& x, SliceExpr* e);
    bool index(Expr* index, int64_t max, int64_t* value, bool allowNegative = false);
    bool isValidIndex(Operand& x, const char* what, bool allowNegative);
    void typeAssertion(Operand& x, TypeAssertExpr* e);
    void typeAssertCheck(Expr* e, Operand& x, const Type* T, bool typeSwitch);
    const Constant* constOp(Tok op, const Constant& a, const Constant& b, bool intDiv);
    const Constant* newConst(Constant c) { return prog_.newConstant(std::move(c)); }
    const Constant* makeInt(int64_t v) { return newConst(Constant::makeInt(BigInt(v))); }

    // ---- calls and selectors (CheckCall.cpp) ----
    void callExpr(Operand& x, CallExpr* e);
    void arguments(CallExpr* call, const Signature* sig, std::vector<Operand>& args, std::string_view fname);
    void exprList(std::vector<Operand>& out, const std::vector<Expr*>& elist, bool allowCommaOk);
    void selector(Operand& x, SelectorExpr* e, bool wantType);
    void conversion(Operand& x, const Type* T);
    void useExprs(const std::vector<Expr*>& list);

    // ---- builtins (CheckBuiltins.cpp) ----
    void builtin(Operand& x, CallExpr* call, BuiltinId id);
    // ---- package unsafe: Sizeof, Alignof and Offsetof (CheckUnsafe.cpp) ----
    Package* unsafePackage();
    bool unsafeBuiltin(Operand& x, BuiltinId id); // x: the argument; becomes the constant

    // ---- statements (CheckStmt.cpp) ----
    void stmtList(unsigned flags, std::vector<Stmt*>& list);
    void stmt(unsigned flags, Stmt* s);
    void simpleStmt(Stmt* s);
    void openScope(Scope::Kind kind = Scope::Kind::Block);
    void closeScope();
    void suspendedCall(const char* keyword, Expr* call, const Node* stmtNode);
    void caseValues(Operand& x, std::vector<Expr*>& values, std::map<std::string, std::vector<const Type*>>& seen);
    void rangeStmt(unsigned flags, RangeStmt* s);
    void typeSwitchStmt(unsigned flags, TypeSwitchStmt* s);
    void switchStmt(unsigned flags, SwitchStmt* s);
    void selectStmt(unsigned flags, SelectStmt* s);
    bool isTerminating(Stmt* s, std::string_view label);
    bool isTerminatingList(std::vector<Stmt*>& list, std::string_view label);
    bool hasBreak(Stmt* s, std::string_view label, bool implicit);
    bool hasBreakList(std::vector<Stmt*>& list, std::string_view label, bool implicit);
    void labels(std::vector<Stmt*>& body);
    // A file with syntax errors: only the labels of the function bodies free of them (gc's parser).
    void labelsOnly(File* f);

    // ---- state ----
    Program& prog_;
    DiagnosticList& diags_;
    Package* pkg_ = nullptr;
    File* file_ = nullptr;        // the file being checked (for diagnostics)
    Scope* scope_ = nullptr;      // the current scope
    DeclInfo* decl_ = nullptr;    // the package-level declaration being checked (dependencies)
    FuncContext fn_;
    const Constant* iota_ = nullptr; // in a constant declaration
    Position errPos_;                // inherited constant expressions report here
    bool hasCallOrRecv_ = false;
    bool isScript_ = false;
    bool firstErr_ = false;
    bool hadParseErrors_ = false; // the lexer reported malformed literals already
    bool typeParamsRefused_ = false; // the parser dropped type parameters: their uses are follow-ons
    int depth_ = 0; // expression nesting, to refuse absurdly deep input
    // Nesting is refused once the recursion nears the end of the machine stack, whatever the
    // frame sizes (several times larger in sanitizer builds); compilation runs on a large stack.
    bool nestedTooDeeply() { return ++depth_ > 1000000 || stackNearlyFull(); }

    std::vector<File*> files_;
    std::unordered_map<Object*, DeclInfo*> objMap_;
    std::vector<std::unique_ptr<DeclInfo>> declInfos_;
    DeclInfo* newDeclInfo()
    {
        declInfos_.push_back(std::make_unique<DeclInfo>());
        return declInfos_.back().get();
    }
    std::vector<Object*> objList_;   // package-level objects in source order
    std::unordered_map<std::string_view, std::vector<Func*>> methods_; // by receiver base type name
    std::vector<Object*> objPath_;
    struct UntypedInfo
    {
        bool isLhs;
        ExprMode mode;
        const Type* type;
        const Constant* val;
    };
    std::unordered_map<Expr*, UntypedInfo> untyped_;
    std::vector<std::pair<Func*, DeclInfo*>> funcBodies_;
    std::vector<PkgName*> imports_; // of the package being checked, for unused-import errors
    std::map<std::pair<const File*, const Object*>, PkgName*> dotImports_; // a file's dot-imported names
    std::unordered_map<std::string, Package*> importing_; // cycle guard
    std::set<const Interface*> completing_;
    Scope* scriptFileScope_ = nullptr;
    Scope* scriptScope_ = nullptr;
    std::vector<std::function<void()>> later_;
    void processLater();
    std::vector<Scope*>* funcScopes_ = nullptr;
    std::unordered_set<std::string> reported_; // scopes of the current function (unused-variable check)
    std::unordered_map<const Node*, Scope*> sigScopes_; // FuncDecl/FuncLit -> its parameter scope
    std::unordered_set<const Named*> validated_;
    // struct and array types found valid (with every named type in them): aliases let a type
    // contain the same struct many times over (type A1 = struct{ a, b A0 })
    std::unordered_set<const Type*> validatedUnnamed_;
    std::vector<std::pair<Ident*, Var*>> typeSwitchBindings_;
};

// Helpers shared by the checker files.
inline bool isComparisonOp(Tok op)
{
    return op == Tok::Eql || op == Tok::Neq || op == Tok::Lss || op == Tok::Leq || op == Tok::Gtr || op == Tok::Geq;
}
inline bool isShiftOp(Tok op) { return op == Tok::Shl || op == Tok::Shr; }

} // namespace weft
