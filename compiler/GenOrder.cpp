// Code generation: gc's evaluation order within a statement (cmd/compile/internal/walk/order.go).
//
// gc evaluates calls, receives and a few other operations of a statement first, into
// temporaries, in post-order left to right, and reads variables, fields, indexes and arithmetic
// afterwards; weft generates strictly left to right. Where the two orders could be told apart
// (something is read before a call or receive that is not part of it, or something that may
// panic is evaluated before an operation of gc's that may panic too), orderExprs evaluates
// those operations first and records them in FnState::overrides, and the ordinary generation
// then finds them there. Elsewhere nothing changes, so most statements compile as before.
// Assignments are not generated left to right (GenAssign.cpp, gc's walk): for them
// (OrderMode::AnyOrder, Tuple) the operations are evaluated first whenever anything else of
// the statement could tell.
#include "compiler/CodegenImpl.h"
#include "parser/AstWalk.h"

namespace weft::detail {

static const Expr* unparen(const Expr* e)
{
    while (auto p = e ? e->as<ParenExpr>() : nullptr)
        e = p->x;
    return e;
}

static bool hasPointers(const Type* t)
{
    const Type* u = underlying(t);
    if (!u)
        return false;
    if (auto b = u->as<Basic>())
        return b->info & IsString;
    if (auto a = u->as<Array>())
        return a->len > 0 && hasPointers(a->elem);
    if (auto s = u->as<Struct>())
    {
        for (const Var* f : s->fields)
            if (hasPointers(f->type))
                return true;
        return false;
    }
    return true; // pointers, slices, maps, chans, funcs, interfaces
}

// The type of a struct's only field or a one-element array's element, down to a non-aggregate.
static const Type* soleComponent(const Type* t)
{
    const Type* u = underlying(t);
    if (auto s = u ? u->as<Struct>() : nullptr)
        return s->fields.size() == 1 ? soleComponent(s->fields[0]->type) : nullptr;
    if (auto a = u ? u->as<Array>() : nullptr)
        return a->len == 1 ? soleComponent(a->elem) : nullptr;
    return t;
}

// walk/convert.go's dataWordFuncName: converting a value of type t to an interface takes its
// address, so order.go first copies it into a temporary unless it is addressable already.
static bool convNeedsAddr(const Type* t)
{
    int64_t size = Generator::sizeOf(t), align = Generator::alignOf(t);
    if (size == 2 && align == 2)
        return false;
    if ((size == 4 || size == 8) && align == size && !hasPointers(t))
        return false;
    if (const Type* sc = soleComponent(t))
    {
        const Type* u = underlying(sc);
        if (isString(sc) || (u && u->is<Slice>()))
            return false;
    }
    return true;
}

// Plain memory compared and hashed bytewise (gc's AMEM algorithm): integers, pointers,
// channels, and structs and arrays of them.
static bool plainMemory(const Type* t)
{
    return !Generator::anyComponent(t, [](const Type* c) {
        const Type* u = underlying(c);
        return !(isInteger(c) || isBoolean(c) || (u && (u->is<Pointer>() || u->is<Chan>())));
    });
}

// walk.go's mapfast: a map whose runtime calls take the key by address (order.go's
// mapKeyTemp copies it first).
static bool slowMap(const Map* m)
{
    if (Generator::sizeOf(m->elem) > 128)
        return true;
    if (isString(m->key) && !underlying(m->key)->is<Struct>())
        return false;
    int64_t size = Generator::sizeOf(m->key);
    return !((size == 4 || size == 8) && plainMemory(m->key));
}

// types.IsDirectIface: a pointer-shaped type, stored in an interface's data word as is.
static bool directIface(const Type* t)
{
    const Type* u = underlying(t);
    if (!u)
        return false;
    if (u->is<Pointer>() || u->is<Chan>() || u->is<Map>() || u->is<Signature>())
        return true;
    if (auto s = u->as<Struct>())
        return s->fields.size() == 1 && directIface(s->fields[0]->type);
    if (auto a = u->as<Array>())
        return a->len == 1 && directIface(a->elem);
    return false;
}

namespace {

// What order.go does with a node: nothing, copy it to a temporary (Value), or copy it to a
// temporary and it has effects of its own (Effect: calls, receives, append, copy, recover).
enum class Hoist : uint8_t { No, Value, Effect };

class OrderPass
{
public:
    OrderPass(Generator& g, OrderMode mode) : g_(g), p_(g.program_), mode_(mode) {}
    std::vector<const Expr*> hoisted; // in gc's order
    bool needed = false;

    void root(const OrderRoot& r)
    {
        const Expr* e = unparen(r.e);
        if (!e)
            return;
        if (r.lhs)
            lvalue(e);
        else if (!r.whole)
        {
            children(e);
            if (mode_ != OrderMode::LeftToRight)
            {
                // Evaluated by the statement itself, after the operations of its operands.
                read();
                panic();
            }
        }
        else
            visit(e, r.target, true);
    }

    // Whether generating the statement in its own order could be told apart from gc's.
    bool orderMatters() const
    {
        if (needed || mode_ == OrderMode::LeftToRight)
            return needed;
        return (effects_ > 0 && (pending_[0] > 0 || mode_ == OrderMode::Tuple)) ||
               (panickyValues_ > 0 && panics_[0] > 0);
    }

private:
    Generator& g_;
    const Program& p_;
    OrderMode mode_;
    // Observable reads so far, per open hoisted node (index 0: the statement). An Effect node
    // completing while an enclosing level has some is where the orders differ: weft would make
    // those reads before it, gc after (reads inside a finished hoisted node went with it).
    std::vector<int> pending_{0};
    // Likewise the evaluations that may panic: a Value node that may panic itself, completing
    // while an enclosing level has some, is where the first panic would differ.
    std::vector<int> panics_{0};
    int effects_ = 0;       // Effect nodes
    int panickyValues_ = 0; // Value nodes that may panic

    void read() { pending_.back()++; }
    void panic() { panics_.back()++; }

    static bool anyPending(const std::vector<int>& levels)
    {
        for (int n : levels)
            if (n > 0)
                return true;
        return false;
    }

    bool isVar(const Expr* e) const
    {
        auto id = e->as<Ident>();
        return id && id->object && id->object->is<Var>() && id->name != "_";
    }

    // order.go's isaddrokay: addressable, and not a local variable.
    bool addrOkay(const Expr* e) const
    {
        if (auto id = e->as<Ident>())
            return isVar(e) && g_.globals_.count(static_cast<const Var*>(id->object));
        return g_.addressable(e);
    }

    bool hasEffect(const Expr* e) const
    {
        bool found = false;
        walkExprs(e, [&](const Expr* x) {
            if (x->is<CallExpr>() || x->is<UnaryExpr>())
                found = nodeKind(x) == Hoist::Effect;
            return !found;
        });
        return found;
    }

    // Calls f on e and its subexpressions (not inside function literals) while f returns true.
    template<typename F> static void walkExprs(const Expr* e, F&& f);

    // wantAddr: gc passes the value by address (addrTemp: a map key of a slow map, an operand
    // of a struct or array comparison).
    Hoist kindOf(const Expr* e, const Type* target, bool wantAddr = false) const
    {
        if (e->type && e->type->is<Tuple>()) // only f(g()) hoists g, reached through callChildren
            return e->is<CallExpr>() && e->mode != ExprMode::NoValue ? Hoist::Effect : Hoist::No;
        Hoist h = nodeKind(e);
        if (h == Hoist::No && target && isInterface(target) && e->type && !isInterface(e->type) &&
            !isUntyped(e->type) && convNeedsAddr(e->type))
            wantAddr = true;
        if (h == Hoist::No && wantAddr && !addrOkay(e))
            return Hoist::Value;
        return h;
    }

    Hoist nodeKind(const Expr* e) const
    {
        if (auto c = e->as<CallExpr>())
        {
            if (c->mode == ExprMode::NoValue)
                return Hoist::No;
            if (c->fun->mode == ExprMode::TypeExpr)
            {
                const Type* to = underlying(c->type);
                auto sl = to ? to->as<Slice>() : nullptr;
                return sl && !c->args.empty() && isString(c->args[0]->type) ? Hoist::Value : Hoist::No;
            }
            if (c->fun->mode != ExprMode::Builtin)
                return Hoist::Effect;
            switch (p_.builtinOf(c)->id)
            {
            case BuiltinId::Append:
            case BuiltinId::Copy:
            case BuiltinId::Recover: return Hoist::Effect;
            case BuiltinId::Len:
            case BuiltinId::Cap:
            case BuiltinId::Make:
            case BuiltinId::New: return Hoist::Value;
            default: return Hoist::No;
            }
        }
        if (auto u = e->as<UnaryExpr>(); u && u->op == Tok::Arrow)
            return Hoist::Effect;
        if (e->is<SliceExpr>())
            return Hoist::Value;
        if (auto ta = e->as<TypeAssertExpr>(); ta && ta->typeExpr)
            return directIface(e->type) ? Hoist::No : Hoist::Value;
        if (auto b = e->as<BinaryExpr>(); b && (b->op == Tok::LAnd || b->op == Tok::LOr))
            return hasEffect(b->y) ? Hoist::Effect : Hoist::Value;
        if (auto cl = e->as<CompositeLit>(); cl && underlying(cl->type) && underlying(cl->type)->is<Map>())
        {
            for (const Expr* el : cl->elts)
                if (auto kv = el->as<KeyValueExpr>();
                    kv && (kv->key->mode != ExprMode::Constant || kv->value->mode != ExprMode::Constant))
                {
                    for (const Expr* x : cl->elts)
                        if (hasEffect(x))
                            return Hoist::Effect;
                    return Hoist::Value;
                }
        }
        return Hoist::No;
    }

    // Whether evaluating e (not hoisted) can be told apart from evaluating it later: it reads
    // memory a call may change, or may panic.
    bool observable(const Expr* e) const
    {
        switch (e->kind)
        {
        case NodeKind::Ident: return isVar(e);
        case NodeKind::SelectorExpr:
        {
            const Selection* s = p_.selection(e->as<SelectorExpr>());
            return !s || s->kind != SelectionKind::Qualified || isVar(e->as<SelectorExpr>()->sel);
        }
        case NodeKind::IndexExpr:
        case NodeKind::StarExpr:
        case NodeKind::TypeAssertExpr: return true;
        case NodeKind::BinaryExpr:
        {
            Tok op = e->as<BinaryExpr>()->op;
            const Type* xt = e->as<BinaryExpr>()->x->type;
            if (op == Tok::Eql || op == Tok::Neq)
                return !underlying(xt) || !underlying(xt)->is<Basic>();
            return op == Tok::Quo || op == Tok::Rem || op == Tok::Shl || op == Tok::Shr;
        }
        case NodeKind::CallExpr:
        {
            auto c = e->as<CallExpr>();
            if (c->fun->mode != ExprMode::TypeExpr || c->args.empty())
                return false;
            const Type* from = underlying(c->args[0]->type);
            return from && (from->is<Slice>() || from->is<Interface>());
        }
        default: return false;
        }
    }

    void visit(const Expr* e, const Type* target, bool isRoot = false, bool wantAddr = false)
    {
        e = unparen(e);
        if (!e || e->mode == ExprMode::TypeExpr || (e->mode == ExprMode::Constant && e->value) || e->is<FuncLit>())
            return;
        Hoist h = kindOf(e, target, wantAddr);
        if (h == Hoist::No)
        {
            children(e);
            if (observable(e))
                read();
            if (g_.panicsItself(e))
                panic();
            return;
        }
        pending_.push_back(0);
        panics_.push_back(0);
        bool mapLit = e->is<CompositeLit>() && underlying(e->type) && underlying(e->type)->is<Map>();
        if (!mapLit) // a map literal's entries are statements of their own in gc
            children(e);
        pending_.pop_back();
        bool panics = panics_.back() > 0 || g_.panicsItself(e) || (mapLit && g_.mayPanic(e));
        panics_.pop_back();
        if (h == Hoist::Effect)
        {
            effects_++;
            needed = needed || anyPending(pending_);
        }
        else if (panics)
        {
            panickyValues_++;
            needed = needed || anyPending(panics_);
        }
        // A root is hoisted only when something of the statement is evaluated before it (in
        // weft's own order, which for assignments is not the source's).
        if (!isRoot || pending_[0] > 0 || mode_ != OrderMode::LeftToRight)
            hoisted.push_back(e);
    }

    void children(const Expr* e)
    {
        switch (e->kind)
        {
        case NodeKind::SelectorExpr:
        {
            const Selection* s = p_.selection(e->as<SelectorExpr>());
            if (!s || s->kind != SelectionKind::Qualified)
                visit(e->as<SelectorExpr>()->x, nullptr);
            break;
        }
        case NodeKind::IndexExpr:
        {
            auto ix = e->as<IndexExpr>();
            visit(ix->x, nullptr);
            auto m = underlying(ix->x->type) ? underlying(ix->x->type)->as<Map>() : nullptr;
            visit(ix->index, m ? m->key : nullptr, false, m && slowMap(m));
            break;
        }
        case NodeKind::SliceExpr:
        {
            auto sl = e->as<SliceExpr>();
            visit(sl->x, nullptr);
            visit(sl->lo, nullptr);
            visit(sl->hi, nullptr);
            visit(sl->max, nullptr);
            break;
        }
        case NodeKind::TypeAssertExpr: visit(e->as<TypeAssertExpr>()->x, nullptr); break;
        case NodeKind::StarExpr: visit(e->as<StarExpr>()->x, nullptr); break;
        case NodeKind::UnaryExpr: visit(e->as<UnaryExpr>()->x, nullptr); break;
        case NodeKind::BinaryExpr:
        {
            auto b = e->as<BinaryExpr>();
            const Type* xt = underlying(b->x->type);
            bool block = xt && (xt->is<Struct>() || xt->is<Array>()) && (b->op == Tok::Eql || b->op == Tok::Neq);
            visit(b->x, nullptr, false, block);
            if (b->op != Tok::LAnd && b->op != Tok::LOr) // the right operand is ordered on its own
                visit(b->y, nullptr, false, block);
            break;
        }
        case NodeKind::KeyValueExpr: visit(e->as<KeyValueExpr>()->value, nullptr); break;
        case NodeKind::CompositeLit: compositeChildren(e->as<CompositeLit>()); break;
        case NodeKind::CallExpr: callChildren(e->as<CallExpr>()); break;
        default: break;
        }
    }

    void compositeChildren(const CompositeLit* cl)
    {
        const Type* u = underlying(cl->type);
        if (auto p = u ? u->as<Pointer>() : nullptr)
            u = underlying(p->elem);
        auto st = u ? u->as<Struct>() : nullptr;
        for (size_t i = 0; i < cl->elts.size(); i++)
        {
            const Expr* el = cl->elts[i];
            const Expr* v = el;
            const Type* t = nullptr;
            if (auto kv = el->as<KeyValueExpr>())
            {
                v = kv->value;
                if (auto m = u ? u->as<Map>() : nullptr)
                    visit(kv->key, m->key);
                if (st)
                    if (auto id = kv->key->as<Ident>())
                        for (const Var* f : st->fields)
                            if (f->name == id->name)
                                t = f->type;
            }
            else if (st && i < st->fields.size())
                t = st->fields[i]->type;
            if (!st)
            {
                if (auto a = u ? u->as<Array>() : nullptr)
                    t = a->elem;
                else if (auto s = u ? u->as<Slice>() : nullptr)
                    t = s->elem;
                else if (auto m = u ? u->as<Map>() : nullptr)
                    t = m->elem;
            }
            visit(v, t);
        }
    }

    void callChildren(const CallExpr* c)
    {
        if (c->fun->mode == ExprMode::TypeExpr)
        {
            if (!c->args.empty())
                visit(c->args[0], c->type);
            return;
        }
        if (c->args.size() == 1 && c->args[0]->type && c->args[0]->type->is<Tuple>())
        {
            // gc first assigns g's results to temporaries (RewriteMultiValueCall).
            if (c->fun->mode != ExprMode::Builtin)
                funChildren(c);
            visit(c->args[0], nullptr);
            return;
        }
        if (c->fun->mode == ExprMode::Builtin)
        {
            BuiltinId id = p_.builtinOf(c)->id;
            const Type* elem = nullptr;
            if (id == BuiltinId::Append && !c->hasEllipsis && underlying(c->type))
                if (auto s = underlying(c->type)->as<Slice>())
                    elem = s->elem;
            for (size_t i = 0; i < c->args.size(); i++)
                visit(c->args[i], id == BuiltinId::Panic ? p_.anyType() : i > 0 ? elem : nullptr);
            return;
        }
        funChildren(c);
        auto sig = underlying(unparen(c->fun)->type) ? underlying(unparen(c->fun)->type)->as<Signature>() : nullptr;
        const auto* params = sig ? &sig->params->vars : nullptr;
        for (size_t i = 0; i < c->args.size(); i++)
        {
            const Type* t = nullptr;
            if (params && !params->empty())
            {
                size_t np = params->size();
                if (sig->variadic && i >= np - 1)
                {
                    t = (*params)[np - 1]->type;
                    if (!c->hasEllipsis)
                        t = underlying(t)->as<Slice>()->elem;
                }
                else if (i < np)
                    t = (*params)[i]->type;
            }
            visit(c->args[i], t);
        }
    }

    void funChildren(const CallExpr* c)
    {
        const Expr* fun = unparen(c->fun);
        if (auto sel = fun->as<SelectorExpr>())
        {
            const Selection* s = p_.selection(sel);
            if (s && s->kind == SelectionKind::MethodVal)
            {
                visit(sel->x, nullptr);
                return;
            }
        }
        visit(fun, nullptr);
    }

    // An assignment's left operand: its index and pointer operands are evaluated, a plain
    // variable is not read.
    void lvalue(const Expr* e)
    {
        e = unparen(e);
        if (auto ix = e->as<IndexExpr>())
        {
            const Type* xt = underlying(ix->x->type);
            if (xt && xt->is<Array>())
                lvalue(ix->x);
            else
                visit(ix->x, nullptr);
            auto m = xt ? xt->as<Map>() : nullptr;
            visit(ix->index, m ? m->key : nullptr, false, m && slowMap(m));
            read(); // the store's bounds check, nil dereference or nil map
            panic();
        }
        else if (auto sel = e->as<SelectorExpr>())
        {
            const Selection* s = p_.selection(sel);
            if (s && s->kind == SelectionKind::Qualified)
                return;
            const Type* xt = underlying(sel->x->type);
            if (xt && xt->is<Pointer>())
            {
                visit(sel->x, nullptr);
                read();
                panic();
            }
            else
                lvalue(sel->x);
        }
        else if (auto st = e->as<StarExpr>())
        {
            visit(st->x, nullptr);
            read();
            panic();
        }
    }
};

template<typename F> void OrderPass::walkExprs(const Expr* e, F&& f)
{
    e = unparen(e);
    if (!e || e->is<FuncLit>() || !f(e))
        return;
    switch (e->kind)
    {
    case NodeKind::SelectorExpr: walkExprs(e->as<SelectorExpr>()->x, f); break;
    case NodeKind::IndexExpr:
        walkExprs(e->as<IndexExpr>()->x, f);
        walkExprs(e->as<IndexExpr>()->index, f);
        break;
    case NodeKind::SliceExpr:
        walkExprs(e->as<SliceExpr>()->x, f);
        walkExprs(e->as<SliceExpr>()->lo, f);
        walkExprs(e->as<SliceExpr>()->hi, f);
        walkExprs(e->as<SliceExpr>()->max, f);
        break;
    case NodeKind::TypeAssertExpr: walkExprs(e->as<TypeAssertExpr>()->x, f); break;
    case NodeKind::StarExpr: walkExprs(e->as<StarExpr>()->x, f); break;
    case NodeKind::UnaryExpr: walkExprs(e->as<UnaryExpr>()->x, f); break;
    case NodeKind::BinaryExpr:
        walkExprs(e->as<BinaryExpr>()->x, f);
        walkExprs(e->as<BinaryExpr>()->y, f);
        break;
    case NodeKind::KeyValueExpr:
        walkExprs(e->as<KeyValueExpr>()->key, f);
        walkExprs(e->as<KeyValueExpr>()->value, f);
        break;
    case NodeKind::CompositeLit:
        for (const Expr* el : e->as<CompositeLit>()->elts)
            walkExprs(el, f);
        break;
    case NodeKind::CallExpr:
        walkExprs(e->as<CallExpr>()->fun, f);
        for (const Expr* a : e->as<CallExpr>()->args)
            walkExprs(a, f);
        break;
    default: break;
    }
}

} // namespace

bool Generator::panicsItself(const Expr* e) const
{
    const Type* xt = nullptr;
    switch (e->kind)
    {
    case NodeKind::IndexExpr:
    {
        auto ix = e->as<IndexExpr>();
        xt = underlying(ix->x->type);
        if (auto m = xt ? xt->as<Map>() : nullptr)
            return !hashesSafely(m->key);
        return !(xt && xt->is<Array>() && ix->index->mode == ExprMode::Constant);
    }
    case NodeKind::StarExpr:
    case NodeKind::SliceExpr:
    case NodeKind::TypeAssertExpr: return true;
    case NodeKind::SelectorExpr:
    {
        const Selection* s = program_.selection(e->as<SelectorExpr>());
        return !s || (s->kind == SelectionKind::FieldVal && s->indirect) || s->kind == SelectionKind::MethodVal;
    }
    case NodeKind::UnaryExpr: return e->as<UnaryExpr>()->op == Tok::Arrow;
    case NodeKind::BinaryExpr:
    {
        auto b = e->as<BinaryExpr>();
        switch (b->op)
        {
        case Tok::Quo:
        case Tok::Rem: return isInteger(e->type) && b->y->mode != ExprMode::Constant;
        case Tok::Shl:
        case Tok::Shr: return b->y->mode != ExprMode::Constant && !isUnsigned(b->y->type);
        case Tok::Eql:
        case Tok::Neq: return !hashesSafely(b->x->type) || !hashesSafely(b->y->type);
        default: return false;
        }
    }
    case NodeKind::CallExpr:
    {
        auto c = e->as<CallExpr>();
        if (c->fun->mode == ExprMode::TypeExpr)
        {
            const Type* to = underlying(c->type);
            const Type* from = c->args.empty() ? nullptr : underlying(c->args[0]->type);
            return to && to->is<Pointer>() && from && from->is<Slice>();
        }
        if (c->fun->mode != ExprMode::Builtin)
            return true;
        switch (program_.builtinOf(c)->id)
        {
        case BuiltinId::Len:
        case BuiltinId::Cap:
        case BuiltinId::Append:
        case BuiltinId::Copy:
        case BuiltinId::New:
        case BuiltinId::Real:
        case BuiltinId::Imag:
        case BuiltinId::Complex: return false;
        default: return true;
        }
    }
    case NodeKind::CompositeLit:
    {
        const Type* u = underlying(e->type);
        auto m = u ? u->as<Map>() : nullptr;
        return m && !hashesSafely(m->key);
    }
    default: return false;
    }
}

// Values of type t compare and hash without a run-time panic: no interface inside.
bool Generator::hashesSafely(const Type* t)
{
    return !anyComponent(t, isInterface);
}

bool Generator::mayPanic(const Expr* e) const
{
    bool found = false;
    walkAst(e, [&](const Node* n) {
        auto x = static_cast<const Expr*>(n); // below an expression, function literals aside, only expressions
        if (found || x->is<FuncLit>() || x->mode == ExprMode::TypeExpr || st_->overrides.count(x) ||
            (x->mode == ExprMode::Constant && x->value))
            return false;
        found = panicsItself(x);
        return !found;
    });
    return found;
}

void Generator::orderExprs(const std::vector<OrderRoot>& roots, OrderMode mode)
{
    OrderPass pass(*this, mode);
    for (const OrderRoot& r : roots)
        pass.root(r);
    if (!pass.orderMatters())
        return;
    for (const Expr* e : pass.hoisted)
        materialize(e);
}

Val Generator::materialize(const Expr* e)
{
    size_t m = mark();
    Val v = expr(e);
    const Type* t = defaultType(e->type, program_);
    if (isBlock(t))
        v = copyIfShared(v, t);
    else
    {
        bool owned = false;
        for (size_t i = m; i < st_->temps.size(); i++)
            owned = owned || st_->temps[i].first == v.reg;
        if (!owned)
        {
            int r = allocType(t);
            move(r, v.reg, t);
            v = Val{r};
        }
    }
    st_->overrides[e] = v;
    st_->ordered.push_back(e);
    return v;
}

} // namespace weft::detail
