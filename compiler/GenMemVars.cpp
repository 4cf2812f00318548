// Code generation: the variables gc keeps in memory, as the function being generated sees them.
//
// walk/assign.go's ascompatee (compiler/GenAssign.cpp) asks of a variable an assignment reads
// or assigns whether it is memory that another write may reach (readsMemory for an ONAME:
// n.Addrtaken() || !n.OnStack()). For gc that is
//   - a package-level variable;
//   - inside a closure, every captured variable (closure variables are PAUTOHEAP), except in
//     a function literal called where it stands (not by go or defer): walk/closure.go's
//     directClosureCall makes the variables it captures by value its parameters;
//   - a variable whose address is taken anywhere in the function or its closures: `&x`, the
//     implicit `&x` of a pointer method called or bound on x, the slicing of an array x
//     (typecheck's computeAddrtaken, through ir.OuterValue: x.f and x[i] of an array are x);
//   - a variable captured by reference (escape/escape.go's flowClosure: captured and address
//     taken, larger than 128 bytes, or reassigned; escape/assign.go's reassigned, where the
//     assignments before the first capture at the variable's own loop depth do not count).
// Escape analysis moving a variable to the heap for other reasons (its size) is not modelled.
#include "compiler/CodegenImpl.h"
#include "lexer/MachineStack.h"
#include "parser/AstWalk.h"

namespace weft::detail {

namespace {

const Expr* unparen(const Expr* e)
{
    while (auto p = e ? e->as<ParenExpr>() : nullptr)
        e = p->x;
    return e;
}

struct VarFacts
{
    int declDepth = 1;
    bool captured = false;
    bool reassigned = false;
};

class MemVarScan
{
public:
    MemVarScan(Generator& g) : g_(g) {}
    std::unordered_set<const Var*> addrTaken;
    std::unordered_map<const Var*, VarFacts> facts;
    std::unordered_set<const FuncLit*> calledInPlace; // func(){...}(), not by go or defer

    void stmts(const std::vector<Stmt*>& list)
    {
        for (const Stmt* s : list)
            stmt(s);
    }

private:
    Generator& g_;
    int depth_ = 1;      // escape analysis's loopDepth
    int closures_ = 0;   // inside a function literal: its own loops and declarations do not count
    const Expr* goDeferCall_ = nullptr; // the call of the go or defer statement being scanned

    static const Var* varOf(const Expr* e)
    {
        auto id = e ? unparen(e)->as<Ident>() : nullptr;
        return id && id->object && id->name != "_" ? id->object->as<Var>() : nullptr;
    }

    // ir.OuterValue: the variable whose storage x is part of, if any.
    const Var* outerVar(const Expr* x) const
    {
        for (x = unparen(x); x;)
        {
            if (auto sel = x->as<SelectorExpr>())
            {
                const Selection* s = g_.program_.selection(sel);
                if (s && s->kind == SelectionKind::Qualified)
                    return varOf(sel->sel);
                if (!s || s->kind != SelectionKind::FieldVal || !fieldsInline(sel->x->type, s->path))
                    return nullptr;
                x = unparen(sel->x);
            }
            else if (auto ix = x->as<IndexExpr>(); ix && underlying(ix->x->type) && underlying(ix->x->type)->is<Array>())
                x = unparen(ix->x);
            else
                return varOf(x);
        }
        return nullptr;
    }

    // Whether x.path (x of type t) stays within x's own storage: neither x nor an embedded
    // field on the way is a pointer.
    static bool fieldsInline(const Type* t, const std::vector<int>& path)
    {
        for (int i : path)
        {
            const Type* u = underlying(t);
            auto s = u ? u->as<Struct>() : nullptr;
            if (!s || size_t(i) >= s->fields.size())
                return false;
            t = s->fields[size_t(i)]->type;
        }
        return true;
    }

    void takeAddr(const Expr* x)
    {
        if (const Var* v = outerVar(x))
            addrTaken.insert(v);
    }

    void declare(const Var* v)
    {
        if (v && !closures_)
            facts[v].declDepth = depth_;
    }

    void reassign(const Expr* target)
    {
        // escape's addr: an assignment to x.f or x[i] of an array assigns x.
        if (const Var* v = outerVar(target))
            facts[v].reassigned = true;
    }

    void capture(const FuncLit* lit)
    {
        for (const Var* v : g_.freeVars(lit))
        {
            VarFacts& f = facts[v];
            if (f.captured)
                continue;
            f.captured = true;
            // Reassignments in straight-line code before the first capture do not count.
            if (!closures_ && f.declDepth == depth_)
                f.reassigned = false;
        }
        closures_++;
        stmts(lit->body->stmts);
        closures_--;
    }

    void exprs(const Node* root)
    {
        if (!root)
            return;
        walkAst(root, [this](const Node* n) {
            if (auto lit = n->as<FuncLit>())
            {
                capture(lit);
                return false;
            }
            if (auto c = n->as<CallExpr>(); c && c != goDeferCall_)
                if (auto lit = unparen(c->fun)->as<FuncLit>())
                    calledInPlace.insert(lit);
            if (auto u = n->as<UnaryExpr>(); u && u->op == Tok::And)
                takeAddr(u->x);
            else if (auto sl = n->as<SliceExpr>(); sl && underlying(sl->x->type) && underlying(sl->x->type)->is<Array>())
                takeAddr(sl->x);
            else if (auto sel = n->as<SelectorExpr>())
                methodOperand(sel);
            return true;
        });
    }

    // x.M with M a pointer method and x (with the embedded fields to M's receiver) a value:
    // the call or method value takes &x.
    void methodOperand(const SelectorExpr* sel)
    {
        const Selection* s = g_.program_.selection(sel);
        if (!s || s->kind != SelectionKind::MethodVal || !s->obj || !s->obj->is<Func>() ||
            !static_cast<const Func*>(s->obj)->hasPtrRecv || !sel->x->type || !fieldsInline(sel->x->type, s->path))
            return;
        const Type* t = sel->x->type;
        for (int i : s->path)
            t = underlying(t)->as<Struct>()->fields[size_t(i)]->type;
        if (!underlying(t) || underlying(t)->is<Pointer>() || underlying(t)->is<Interface>())
            return;
        takeAddr(sel->x);
    }

    void stmt(const Stmt* s)
    {
        if (!s || stackNearlyFull())
            return;
        switch (s->kind)
        {
        case NodeKind::BlockStmt: stmts(s->as<BlockStmt>()->stmts); break;
        case NodeKind::LabeledStmt: stmt(s->as<LabeledStmt>()->stmt); break;
        case NodeKind::ExprStmt: exprs(s->as<ExprStmt>()->x); break;
        case NodeKind::GoStmt:
        case NodeKind::DeferStmt:
        {
            const Expr* call = unparen(s->is<GoStmt>() ? s->as<GoStmt>()->call : s->as<DeferStmt>()->call);
            goDeferCall_ = call;
            exprs(call);
            goDeferCall_ = nullptr;
            break;
        }
        case NodeKind::SendStmt:
            exprs(s->as<SendStmt>()->chan);
            exprs(s->as<SendStmt>()->value);
            break;
        case NodeKind::ReturnStmt:
            for (const Expr* e : s->as<ReturnStmt>()->results)
                exprs(e);
            break;
        case NodeKind::IncDecStmt:
            exprs(s->as<IncDecStmt>()->x);
            reassign(s->as<IncDecStmt>()->x);
            break;
        case NodeKind::AssignStmt: assign(s->as<AssignStmt>()); break;
        case NodeKind::DeclStmt:
            if (auto gd = s->as<DeclStmt>()->decl; gd && gd->tok == Tok::Var)
                for (const Node* spec : gd->specs)
                    if (auto vs = spec->as<ValueSpec>())
                    {
                        for (const Expr* v : vs->values)
                            exprs(v);
                        for (const Ident* id : vs->names)
                            declare(varOf(id));
                    }
            break;
        case NodeKind::IfStmt:
        {
            auto is = s->as<IfStmt>();
            stmt(is->init);
            exprs(is->cond);
            stmt(is->then);
            stmt(is->els);
            break;
        }
        case NodeKind::SwitchStmt:
        {
            auto ss = s->as<SwitchStmt>();
            stmt(ss->init);
            exprs(ss->tag);
            for (const CaseClause* c : ss->clauses)
            {
                for (const Expr* e : c->list)
                    exprs(e);
                stmts(c->body);
            }
            break;
        }
        case NodeKind::TypeSwitchStmt:
        {
            auto ts = s->as<TypeSwitchStmt>();
            stmt(ts->init);
            exprs(ts->guard);
            for (const CaseClause* c : ts->clauses)
            {
                declare(c->implicitObj ? c->implicitObj->as<Var>() : nullptr);
                stmts(c->body);
            }
            break;
        }
        case NodeKind::SelectStmt:
            for (const CommClause* c : s->as<SelectStmt>()->clauses)
            {
                stmt(c->comm);
                stmts(c->body);
            }
            break;
        case NodeKind::ForStmt:
        {
            auto fs = s->as<ForStmt>();
            stmt(fs->init);
            depth_++;
            exprs(fs->cond);
            stmt(fs->post);
            stmt(fs->body);
            depth_--;
            break;
        }
        case NodeKind::RangeStmt:
        {
            auto rs = s->as<RangeStmt>();
            exprs(rs->x);
            if (rs->tok == Tok::Define)
            {
                declare(varOf(rs->key));
                declare(varOf(rs->value));
            }
            depth_++;
            // The range statement assigns its variables on every iteration, declared or not.
            for (const Expr* e : {rs->key, rs->value})
                if (e)
                {
                    exprs(e);
                    reassign(e);
                }
            stmt(rs->body);
            depth_--;
            break;
        }
        default: break;
        }
    }

    void assign(const AssignStmt* s)
    {
        for (const Expr* e : s->lhs)
            exprs(e);
        for (const Expr* e : s->rhs)
            exprs(e);
        for (const Expr* e : s->lhs)
        {
            const Var* v = varOf(e);
            auto id = unparen(e)->as<Ident>();
            if (s->op == Tok::Define && v && v->declIdent == id)
                declare(v);
            else
                reassign(e);
        }
    }
};

} // namespace

const MemoryVars& Generator::memoryVars(const Node* fn)
{
    if (auto it = memoryVars_.find(fn); it != memoryVars_.end())
        return it->second;
    const std::vector<Stmt*>* body = nullptr;
    if (auto d = fn ? fn->as<FuncDecl>() : nullptr; d && d->body)
        body = &d->body->stmts;
    else if (auto l = fn ? fn->as<FuncLit>() : nullptr; l && l->body)
        body = &l->body->stmts;
    else if (fn && fn == program_.scriptMain())
        body = &program_.file()->scriptBody;
    MemVarScan scan(*this);
    if (body)
        scan.stmts(*body);
    MemoryVars& out = memoryVars_[fn];
    out.known = body != nullptr;
    out.vars = std::move(scan.addrTaken);
    for (const auto& [var, f] : scan.facts)
        if (f.captured && (f.reassigned || sizeOf(var->type) > 128))
            out.vars.insert(var); // captured by reference
    out.calledInPlace = std::move(scan.calledInPlace);
    return out;
}

bool Generator::memoryVar(const Var* v)
{
    if (!v || v->isGlobal || globals_.count(v))
        return true;
    const MemoryVars& owner = memoryVars(v->owner);
    if (!owner.known)
        return true;
    bool captured = false;
    for (const Var* c : st_->captures)
        captured = captured || c == v;
    if (!captured)
        return owner.vars.count(v) != 0;
    // A closure variable: in memory unless captured by value by a literal called in place
    // (the literal is inside v's function, whose scan saw the call).
    auto lit = st_->owner ? st_->owner->as<FuncLit>() : nullptr;
    return !lit || !owner.calledInPlace.count(lit) || owner.vars.count(v) != 0;
}

} // namespace weft::detail
