#pragma once
// The code generator's internals, shared by compiler/Gen*.cpp. Not part of any public API.
#include "compiler/Codegen.h"

#include <deque>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace weft::detail {

// A register pattern: one letter per slot, S scalar, P pointer, T interface type word,
// D interface data word (see Function::regKinds).
using Pattern = std::string;

// A jump target; `patches` are the words holding 32-bit offsets to fill when it is bound.
struct Label
{
    int64_t target = -1;
    std::vector<std::pair<size_t, bool>> patches; // word index, true: offset in sBC of the word
};

// Where a variable lives within the function being generated.
struct VarLoc
{
    enum Kind : uint8_t { Reg, Addr, Global } kind = Reg;
    int reg = -1;     // Reg: the value's first register; Addr: register holding its address
    uint32_t off = 0; // Global: byte offset in the globals
};

// The result of evaluating an expression: its first register. Struct and array values are a
// register holding the address of memory with the value; `fresh` says nobody else refers to
// that memory (a new object), so it may be adopted instead of copied.
struct Val
{
    int reg = -1;
    bool fresh = false;
};

// An assignable place.
struct LVal
{
    enum Kind : uint8_t { Blank, Reg, Mem, MapEntry } kind = Blank;
    const Type* type = nullptr;
    int reg = -1;      // Reg: the variable's registers; Mem: the base address; MapEntry: the map
    int64_t off = 0;   // Mem: byte offset from the base
    int keyReg = -1;   // MapEntry: the key's registers
    const Type* keyType = nullptr; // MapEntry: the key's type
};

// An expression a statement evaluates, for orderExprs: a value (converted to target when that
// is an interface), an assignment's left operand (lhs), or a value evaluated through a path of
// its own whose parts alone may be moved ahead (whole = false: a call statement, a condition).
struct OrderRoot
{
    const Expr* e = nullptr;
    const Type* target = nullptr;
    bool lhs = false;
    bool whole = true;
};

// How the statement orderExprs runs for is generated once its operations are evaluated: left
// to right; in another order (a single assignment to anything but a variable: the value before
// the target's operands, GenAssign.cpp); or as a tuple assignment (ascompatee: early copies,
// then each assignment), where a call or receive is always evaluated first, as gc does.
enum class OrderMode : uint8_t { LeftToRight, AnyOrder, Tuple };

// The right side of one assignment of a statement: an expression, or a value already in
// registers (the results of a call or comma-ok form, a range statement's iteration values).
struct AssignSource
{
    AssignSource(const Expr* x) : e(x) {}
    AssignSource(Val val, const Type* vt) : v(val), t(vt) {}
    const Expr* e = nullptr;
    Val v;
    const Type* t = nullptr; // v's type
};

// The left side of one assignment of a statement: an operand, or a result variable (return).
struct AssignTarget
{
    AssignTarget(const Expr* x, bool declaresVar = false) : e(x), declares(declaresVar) {}
    explicit AssignTarget(const Var* resultVar) : result(resultVar) {}
    const Expr* e = nullptr;
    const Var* result = nullptr;
    bool declares = false; // e names a variable the statement declares (`:=`)
};

// A selector x.f whose field is reached through an embedded pointer, evaluated ahead (a
// tuple assignment's early copy): the pointer after `steps` steps of its path, of type ptrType.
struct PrefixOverride
{
    Val ptr;
    size_t steps = 0;
    const Type* ptrType = nullptr;
};

// What GenMemVars.cpp found in a function's body (nested literals included).
struct MemoryVars
{
    bool known = false; // the body was found
    std::unordered_set<const Var*> vars; // its variables gc keeps in memory
    std::unordered_set<const FuncLit*> calledInPlace; // literals called where they stand
};

struct LoopTarget
{
    const Object* label = nullptr; // the statement's label, if any
    Label* brk = nullptr;
    Label* cont = nullptr; // null for switch/select
};

// The state of one function being generated.
struct FnState
{
    Function* fn = nullptr;
    const Node* owner = nullptr; // FuncDecl, FuncLit or the script's main
    const Signature* sig = nullptr;
    const File* file = nullptr; // whose positions the code has (null in wrappers)
    std::vector<char> kinds;
    bool tooLarge = false; // refused for needing more registers than an operand can name
    bool deferredRecover = false; // the thunk of `defer recover()` (Recover's B = 1)
    std::unordered_map<Pattern, std::vector<int>> freeRegs;
    std::vector<std::pair<int, Pattern>> temps; // temporaries of the current statement
    std::unordered_map<const Var*, VarLoc> vars;
    std::vector<const Var*> captures;        // closures: captured variables, capture index order
    std::vector<const Var*> resultVars;      // the result variables (named or hidden)
    std::vector<LoopTarget> targets;
    std::map<const Object*, Label> gotoLabels;
    std::unordered_map<const Node*, Val> overrides; // pre-evaluated expressions (defer/go thunks)
    std::unordered_map<const Node*, Val> recvOverrides; // pre-evaluated method receivers
    std::vector<const Node*> ordered; // overrides made by orderExprs, dropped after their statement
    std::unordered_map<const Node*, PrefixOverride> prefixOverrides; // GenAssign.cpp's early copies
    bool hasDefer = false; // a defer statement in the body (not in a nested function literal)
    int32_t line = 0;
    Position pos;          // the last position setPos was given
    int funcLitCount = 0;
    Label retLabel;                       // the epilogue
    bool directReturn = false;            // return statements emit Return, not a jump to retLabel
    Label* fallthroughTo = nullptr;       // the next case body, inside a switch clause
};

class Generator
{
public:
    Generator(Program& program, const NativeRegistry& natives, DiagnosticList& diags);
    std::unique_ptr<Module> run();

    // ---- types (GenTypes.cpp) ----
    static int slots(const Type* t);
    static Pattern pattern(const Type* t);
    static int64_t sizeOf(const Type* t);
    static int64_t alignOf(const Type* t);
    static int64_t fieldOffset(const Struct* s, size_t i);
    static bool isBlock(const Type* t); // struct or array: a register holds its address
    // Whether leaf holds for t or, t being an array or struct, for one of its elements or fields.
    static bool anyComponent(const Type* t, bool (*leaf)(const Type*));
    const TypeDesc* desc(const Type* t);
    uint32_t typeIndex(const Type* t);          // Module::typeTable
    uint32_t typeWordIndex(const Type* concrete, const Type* iface); // Module::typeWords
    uint32_t ifaceTypeIndex(const Type* iface); // an interface's TypeDesc in typeTable
    const GcLayout* layoutFor(const std::vector<GcWordKind>& words);
    const Function* ifaceMethodFn(const Type* concrete, const Func* m, const std::vector<int>& path, bool indirect);
    static const Type* defaultType(const Type* t, const Program& p);

    // ---- functions (Codegen.cpp) ----
    Function* functionFor(const Func* f);
    bool allFunctions_ = false; // generateCode's allFunctions
    Signature entrySig_;        // runtime.main's: func()
    Function* newFunction(); // a function of the module without a Func (entry, literals, wrappers)
    void finishFrame();      // the current function's register kinds and frame layout
    int functionIndex(const Function* f);
    std::string funcName(const Func* f) const;
    void compileFunction(Function* fn, const Node* owner, const Signature* sig, const BlockStmt* body,
                         const std::vector<Stmt*>* stmts, const Func* decl, const File* file);
    // Sets `fn`'s file and line to where `pos` of `file` is reported at run time (GenLines.cpp).
    static void placeFunction(Function* fn, const File* file, Position pos);

    // ---- per-function emission (Codegen.cpp) ----
    int alloc(const Pattern& p, bool temp = true);
    int allocType(const Type* t, bool temp = true) { return alloc(pattern(t), temp); }
    void freeRegs(int reg, const Pattern& p);
    size_t mark() const { return st_->temps.size(); }
    void release(size_t mark);
    size_t emit(Instr i);
    void emitWord(uint64_t w);
    // After a bounds-checking instruction: records it in Function::unsignedBounds when one of
    // the index or bound types is a 64-bit unsigned integer type.
    void noteBounds(std::initializer_list<const Type*> indexTypes);
    // Bounds checks are reported at their `[`, as gc does: the position for the next
    // instruction; the previous one is returned, to be given back to setPos after it.
    Position boundsAt(Position lbrack);
    void restorePos(Position before)
    {
        if (before.line > 0)
            setPos(before);
    }
    size_t here() const { return st_->fn->code.size(); }
    void bind(Label& l);
    void jump(Label& l);
    struct JumpTableCases
    {
        int64_t lo = 0;
        std::vector<int> clauseOf; // clause index of value lo+i, -1 for none; empty: no table
    };
    JumpTableCases jumpTableCases(const SwitchStmt* s);
    // A return statement's last step: Return, or a jump to the epilogue.
    void leaveFunction();
    void jumpIf(int reg, Label& l, bool ifTrue);
    void jumpCmp(Op op, int a, int b, Label& l);
    void patchWord(Label& l) { l.patches.push_back({here(), false}); emitWord(0); }
    void setLine(const Node* n);
    void setPos(Position pos); // the source position of the code emitted next
    void relabel(Position pos); // setPos in a file with //line directives (GenLines.cpp)
    void move(int dst, int src, const Type* t);
    void error(Position pos, std::string msg);

    // ---- expressions (GenExpr.cpp) ----
    Val expr(const Expr* e, int dest = -1);
    void exprTo(const Expr* e, const Type* target, int dest); // with assignability conversion
    Val exprAs(const Expr* e, const Type* target);
    Val convertValue(Val v, const Type* from, const Type* to, int dest);
    Val constant(const Constant* c, const Type* t, int dest);
    Val binary(const BinaryExpr* e, int dest);
    Val arith(Tok op, const Type* t, Val x, Val y, const Type* yType, bool yConst, int dest);
    Val loadLVal(const LVal& lv);
    Val compare(Tok op, const Expr* x, const Expr* y, int dest);
    Val unary(const UnaryExpr* e, int dest);
    Val conversion(const CallExpr* e, int dest);
    Val compositeLit(const CompositeLit* e, int dest);
    Val funcLit(const FuncLit* e, int dest);
    Val selector(const SelectorExpr* e, int dest);
    Val index(const IndexExpr* e, int dest);
    Val sliceExpr(const SliceExpr* e, int dest);
    Val typeAssert(const TypeAssertExpr* e, int dest, int okReg);
    void cond(const Expr* e, Label& l, bool jumpIfTrue);
    Val loadMem(const Type* t, int base, int64_t off, int dest);
    void storeMem(const Type* t, int base, int64_t off, Val v);
    bool addressable(const Expr* e) const;
    // The address of an addressable expression (or of a block value): register and offset.
    std::pair<int, int64_t> addrOf(const Expr* e);
    int addrReg(const Expr* e); // addrOf materialised in one register
    Val varValue(const Var* v, int dest);
    LVal lvalue(const Expr* e);
    void store(const LVal& lv, Val v, const Type* vt);
    Val copyIfShared(Val v, const Type* t); // a block value nobody else refers to
    // Follows embedded fields `path` (all but the last are embedded) from the value/address.
    std::pair<int, int64_t> fieldPath(int base, int64_t off, const Type* t, const std::vector<int>& path,
                                      size_t count, bool baseIsPointerValue);

    // ---- calls (GenCall.cpp) ----
    Val call(const CallExpr* e, int dest);  // single or no result
    int callMulti(const CallExpr* e);       // all results, in consecutive registers
    Val builtinCall(const CallExpr* e, const Builtin* b, int dest);
    Val tupleBuiltin(const CallExpr* e, const Builtin* b, int dest);
    void appendElems(int slice, const Type* et, const std::vector<Val>& vals);
    void genArgs(const CallExpr* e, const Signature* sig, int argBase, size_t firstParam);
    Val methodReceiver(const SelectorExpr* sel, const Selection* s, const Func* m);
    // For x.m with m an interface method: the interface value the call goes through (x, or the
    // embedded interface field s->path leads to) and its static type, whose method table
    // numbers m. Panics (nil dereference) if nilCheck and the interface is nil.
    std::pair<Val, const Type*> ifaceReceiver(const SelectorExpr* sel, const Selection* s, bool nilCheck);
    // The body of a method wrapper: calls m on the receiver at base+off (or in registers).
    void callMethodAt(const Func* m, const Type* cur, int base, int64_t off, Val inReg, bool viaPath, int params,
                      int results, uint32_t paramSlots);
    void loadInt(int dest, int64_t v);          // r[dest] = v, inline when it fits 32 bits
    void zeroBlock(int reg, const Type* t);     // a nil struct/array block in r[reg] becomes a zeroed one
    uint32_t stringConst(const std::string& s); // the module's string constant s, added once
    void panicWrap(int recvReg, const Type* ptrT, const Func* m);
    // T.m, (*T).m, I.m: a function whose first parameter is the receiver.
    const Function* methodExprFn(const Type* recvT, const Func* m, const std::vector<int>& path);
    Val methodValue(const SelectorExpr* e, const Selection* s, int dest);
    Val funcValue(const Func* f, int dest);
    void deferOrGo(const CallExpr* call, bool isGo);
    const std::vector<const Var*>& freeVars(const FuncLit* lit);

    // ---- evaluation order (GenOrder.cpp) ----
    // Evaluates ahead, into temporaries recorded in overrides, what gc's order pass evaluates
    // before the rest of these expressions, when that could be observed.
    void orderExprs(const std::vector<OrderRoot>& roots, OrderMode mode = OrderMode::LeftToRight);
    // Evaluates e now into a temporary of its own, recorded in overrides until the statement ends.
    Val materialize(const Expr* e);
    // Whether evaluating e, its operands aside, may panic (conservatively: yes).
    bool panicsItself(const Expr* e) const;
    // Whether evaluating e (what is not already in overrides) may panic.
    bool mayPanic(const Expr* e) const;
    static bool hashesSafely(const Type* t);

    // ---- assignments (GenAssign.cpp, GenMemVars.cpp) ----
    void assign(const AssignStmt* s);
    void define(const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs);
    void bindVar(const Var* v, Val val, const Type* vt);
    // l[i] = r[i] in turn as gc's ascompatee does: the operands an earlier assignment may change
    // are copied first.
    void assignList(const std::vector<AssignTarget>& lhs, const std::vector<AssignSource>& rhs);
    void returnValues(const ReturnStmt* s);
    // Whether gc keeps v in memory (address taken, captured by reference, global, or a captured
    // variable inside the closure): what its assignment ordering treats as aliased.
    bool memoryVar(const Var* v);
    const MemoryVars& memoryVars(const Node* fn); // fn: a FuncDecl, FuncLit or the script's main

    // ---- statements (GenStmt.cpp) ----
    void stmt(const Stmt* s);
    void block(const std::vector<Stmt*>& stmts);
    void declareVar(const Var* v, const Expr* init, const Type* initType);
    VarLoc newVarLoc(const Var* v);
    void valueSpec(const ValueSpec* vs);
    void ifStmt(const IfStmt* s);
    void forStmt(const ForStmt* s, const Object* label);
    void rangeStmt(const RangeStmt* s, const Object* label);
    void switchStmt(const SwitchStmt* s, const Object* label);
    void selectStmt(const SelectStmt* s, const Object* label);
    int sendable(Val v, const Type* t);
    void typeSwitch(const TypeSwitchStmt* s, const Object* label);
    void returnStmt(const ReturnStmt* s);
    void branch(const BranchStmt* s);
    void incDec(const IncDecStmt* s);
    bool isCaptured(const Var* v) const;
    bool isAddressed(const Var* v) const { return addressed_.count(v) != 0; }
    void findAddressed(const Node* n);

    Program& program_;
    const NativeRegistry& natives_;
    DiagnosticList& diags_;
    std::unique_ptr<Module> module_;
    FnState* st_ = nullptr;

    std::unordered_map<const Func*, Function*> funcs_;
    std::unordered_map<const Function*, int> funcIndex_;
    std::deque<std::function<void()>> pending_; // function bodies still to generate
    std::unordered_map<const Var*, uint32_t> globals_;
    std::unordered_map<const FuncLit*, std::vector<const Var*>> freeVars_; // memo of freeVars
    std::set<const Var*> addressed_;
    std::unordered_map<const Node*, MemoryVars> memoryVars_;
    // Types: descriptors by type identity (bucketed by typeString).
    std::unordered_map<std::string, std::vector<std::pair<const Type*, TypeDesc*>>> descs_;
    std::unordered_map<const TypeDesc*, uint32_t> typeIndex_;
    std::map<std::pair<const TypeDesc*, const TypeDesc*>, uint32_t> typeWords_;
    std::unordered_map<const TypeDesc*, const Type*> descType_;
    std::map<std::string, const GcLayout*> layouts_;
    std::map<std::pair<const Func*, std::string>, const Function*> wrappers_;
    std::unordered_map<std::string, int> nativeIndex_;
    std::unordered_map<std::string, uint32_t> stringIndex_;
    bool tooManyConstants_ = false;
    bool tooDeep_ = false; // "expression nested too deeply" was reported (once is enough)
    std::vector<std::pair<const TypeDesc*, const Type*>> pendingMethodSets_;
};

} // namespace weft::detail
