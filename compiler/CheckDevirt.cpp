// gc's static devirtualization (cmd/compile/internal/devirtualize, Go 1.19), which gc applies
// at every optimization level: a method call on a local interface variable that is initialized
// from a value of a concrete type and never assigned again calls the concrete method, as if
// written `x.(T).M(...)`. Semantics are the same but for one thing a program can see: with T a
// pointer type and M a value method, a nil pointer is dereferenced at the call (a plain nil
// dereference panic) instead of in the method wrapper (`value method T.M called using nil *T
// pointer`). weft follows gc so that programs print the same; gc also devirtualizes what it
// has inlined, which weft, inlining nothing, cannot follow.
#include "compiler/Checker.h"
#include "parser/AstWalk.h"

#include <unordered_map>
#include <unordered_set>

namespace weft {

namespace {

const Expr* unparen(const Expr* e)
{
    while (auto p = e->as<ParenExpr>())
        e = p->x;
    return e;
}

Var* localVar(const Expr* e)
{
    auto id = unparen(e)->as<Ident>();
    auto v = id && id->object ? id->object->as<Var>() : nullptr;
    return v && !v->isGlobal && !v->isField ? v : nullptr;
}

// What the walk of one function declaration (its literals included) learns about its locals.
struct Locals
{
    // The initializer of each variable defined by `x := e`, `var x T = e` or a parallel form of
    // them (gc's Defn of op OAS/OAS2); null when the definition has no single right side.
    std::unordered_map<const Var*, const Expr*> init;
    // Assigned again after their definition, or their address taken (gc's ir.reassigned).
    std::unordered_set<const Var*> reassigned;
    // Interface method calls, each with the function (declaration or literal) whose body holds it.
    std::vector<std::pair<CallExpr*, const Node*>> calls;
};

// The variable an address-of reaches: &x, &x.f (x a struct), &x[i] (x an array) — gc's OuterValue.
Var* outerVar(const Expr* e, const Program& prog)
{
    for (;;)
    {
        e = unparen(e);
        if (auto s = e->as<SelectorExpr>())
        {
            const Selection* sel = prog.selection(s);
            if (sel && sel->kind == SelectionKind::FieldVal && !sel->indirect)
            {
                e = s->x;
                continue;
            }
            return nullptr;
        }
        if (auto ix = e->as<IndexExpr>(); ix && ix->x->type && underlying(ix->x->type)->is<Array>())
        {
            e = ix->x;
            continue;
        }
        return localVar(e);
    }
}

void collect(const Node* fn, const BlockStmt* body, const Program& prog, Locals& out)
{
    walkAst(body, [&](const Node* n) {
        if (auto lit = n->as<FuncLit>())
        {
            if (lit->body)
                collect(lit, lit->body, prog, out);
            return false;
        }
        if (auto a = n->as<AssignStmt>())
        {
            for (size_t i = 0; i < a->lhs.size(); i++)
                if (Var* v = localVar(a->lhs[i]))
                {
                    if (a->op == Tok::Define && v->declIdent == unparen(a->lhs[i]))
                        out.init[v] = a->lhs.size() == a->rhs.size() ? a->rhs[i] : nullptr;
                    else
                        out.reassigned.insert(v);
                }
        }
        else if (auto vs = n->as<ValueSpec>())
        {
            for (size_t i = 0; i < vs->names.size(); i++)
                if (Var* v = localVar(vs->names[i]))
                    out.init[v] = vs->names.size() == vs->values.size() ? vs->values[i] : nullptr;
        }
        else if (auto r = n->as<RangeStmt>())
        {
            for (const Expr* e : {r->key, r->value})
                if (Var* v = e ? localVar(e) : nullptr; v && r->tok != Tok::Define)
                    out.reassigned.insert(v);
        }
        else if (auto u = n->as<UnaryExpr>(); u && u->op == Tok::And)
        {
            if (Var* v = outerVar(u->x, prog))
                out.reassigned.insert(v);
        }
        else if (auto c = n->as<CallExpr>())
        {
            auto sel = unparen(c->fun)->as<SelectorExpr>();
            const Selection* s = sel ? prog.selection(sel) : nullptr;
            auto m = s && s->kind == SelectionKind::MethodVal && s->obj ? s->obj->as<Func>() : nullptr;
            if (m && m->isInterfaceMethod && s->path.empty())
                out.calls.push_back({const_cast<CallExpr*>(c), fn});
        }
        return true;
    });
}

// gc's ir.StaticValue and the OCONVIFACE test of devirtualize.Call: the concrete type of the value
// that the interface expression x must hold, or null.
const Type* staticConcreteType(const Expr* x, const Node* fn, const Locals& locals, const Program& prog)
{
    for (int guard = 0; guard < 10000; guard++)
    {
        x = unparen(x);
        // An explicit conversion T(e) of a concrete e to an interface T.
        if (auto c = x->as<CallExpr>(); c && c->fun->mode == ExprMode::TypeExpr && c->args.size() == 1)
        {
            const Type* from = c->args[0]->type;
            return from && !isInterface(from) && !isUntyped(from) ? from : nullptr;
        }
        Var* v = localVar(x);
        // gc follows automatic variables of the function making the call (a captured variable
        // is another kind of name in a closure).
        if (!v || v->isParam || v->owner != fn || locals.reassigned.count(v))
            return nullptr;
        auto it = locals.init.find(v);
        if (it == locals.init.end() || !it->second)
            return nullptr;
        const Expr* rhs = it->second;
        const Type* rt = rhs->type;
        if (!rt || isUntyped(rt))
            return nullptr; // untyped nil (or a constant: no methods to call)
        if (!isInterface(rt))
            return isInterface(v->type) ? rt : nullptr; // the implicit conversion, gc's OCONVIFACE
        x = rhs;
    }
    return nullptr;
}

} // namespace

void Checker::devirtualize(const FuncDecl* fd)
{
    if (!fd->body || !file_)
        return;
    Locals locals;
    collect(fd, fd->body, prog_, locals);
    for (auto [call, fn] : locals.calls)
    {
        auto sel = unparen(call->fun)->as<SelectorExpr>();
        const Type* t = staticConcreteType(sel->x, fn, locals, prog_);
        if (!t)
            continue;
        auto r = lookupFieldOrMethod(t, false, pkg_, sel->sel->name);
        auto m = r.obj ? r.obj->as<Func>() : nullptr;
        if (!m || !methodSig(m))
            continue;
        // call.fun becomes x.(T).M: an assertion that cannot fail, then T's method.
        auto& arena = file_->arena;
        auto tname = arena.make<Ident>(sel->x->pos);
        tname->name = "T";
        tname->mode = ExprMode::TypeExpr;
        tname->type = t;
        auto assert = arena.make<TypeAssertExpr>(sel->x->pos);
        assert->x = sel->x;
        assert->typeExpr = tname;
        assert->lparen = sel->x->pos;
        assert->mode = ExprMode::Value;
        assert->type = t;
        auto name = arena.make<Ident>(sel->sel->pos);
        name->name = sel->sel->name;
        name->object = m;
        auto direct = arena.make<SelectorExpr>(sel->pos);
        direct->x = assert;
        direct->sel = name;
        direct->mode = sel->mode;
        direct->type = sel->type;
        Selection s;
        s.kind = SelectionKind::MethodVal;
        s.recv = t;
        s.obj = m;
        s.indirect = r.indirect;
        s.path.assign(r.index.begin(), r.index.empty() ? r.index.end() : r.index.end() - 1);
        prog_.recordSelection(direct, std::move(s));
        call->fun = direct;
    }
}

} // namespace weft
