// Code generation: assignments, in gc's order of evaluation and of run-time checks.
//
// After its order pass (GenOrder.cpp) has evaluated calls and the like, gc generates
//   - a single assignment `l = r` (walk/assign.go's walkAssign) as: the parts of l that are
//     not plain (walk.go's safeExpr: arithmetic, conversions, a map element read...), then r,
//     then the rest of l with its bounds and nil checks, then the store; for a map element
//     the value comes first (order.go's safeMapRHS), then the entry (mapassign);
//   - a tuple assignment `l1, l2 = r1, r2` (and the results of a return, the iteration values
//     of a range, the values of a call or comma-ok form) as ascompatee does: the sequence
//     `l1 = r1; l2 = r2`, where an operand of a left side (the index of an array element, the
//     slice, map, key or pointer of another target) or a right side is copied before all the
//     assignments only when an earlier assignment of the statement may change it: it reads a
//     variable assigned before, or memory after an assignment wrote memory. A map element of a
//     tuple is entered (mapassign) before its value is evaluated.
// So in `a[i], p.f = p.f, a[i]` the right-hand `a[i]` is copied first (it reads memory after
// `a[i] = ...` wrote some) and the index check fails before the nil dereference.
#include "compiler/CodegenImpl.h"
#include "parser/AstWalk.h"

namespace weft::detail {

static const Expr* unparen(const Expr* e)
{
    while (auto p = e ? e->as<ParenExpr>() : nullptr)
        e = p->x;
    return e;
}

static const Var* varOf(const Expr* e)
{
    auto id = e ? unparen(e)->as<Ident>() : nullptr;
    return id && id->object ? id->object->as<Var>() : nullptr;
}

static bool isBlank(const Expr* e)
{
    auto id = e ? unparen(e)->as<Ident>() : nullptr;
    return id && id->name == "_";
}

static const Map* mapOf(const Expr* e)
{
    auto ix = unparen(e)->as<IndexExpr>();
    const Type* xt = ix ? underlying(ix->x->type) : nullptr;
    return xt ? xt->as<Map>() : nullptr;
}

// Values of type t are always equal to themselves as map keys (no NaN can hide inside).
static bool selfEqual(const Type* t)
{
    return !Generator::anyComponent(t, [](const Type* c) { return isInterface(c) || isFloat(c); });
}

// The last step of a field selection that goes through a pointer (x itself when it is one,
// or an embedded pointer field), or -1: x.path[:k] is then the pointer the field is reached by.
static int lastPointerStep(const Type* xt, const std::vector<int>& path)
{
    int last = -1;
    const Type* t = xt;
    for (size_t i = 0; i < path.size(); i++)
    {
        const Type* u = underlying(t);
        if (auto p = u ? u->as<Pointer>() : nullptr)
        {
            last = int(i);
            u = underlying(p->elem);
        }
        auto s = u ? u->as<Struct>() : nullptr;
        if (!s || size_t(path[i]) >= s->fields.size())
            return last;
        t = s->fields[size_t(path[i])]->type;
    }
    return last;
}

namespace {

// walk/assign.go's ascompatee bookkeeping: what the assignments of a statement made so far may
// have changed.
class EarlyCopies
{
public:
    explicit EarlyCopies(Generator& g) : g_(g) {}

    // gc's save: e is evaluated now, into an override, when an earlier assignment may change it.
    void save(const Expr* e)
    {
        e = unparen(e);
        if (e && !g_.st_->overrides.count(e) && affected(e))
            g_.materialize(e);
    }

    // Likewise for the pointer x.path[:k] (k > 0) through which sel's field is reached.
    void savePrefix(const SelectorExpr* sel, const Selection* s, size_t k)
    {
        // The prefix reads memory when it goes through a pointer itself (ODOTPTR).
        bool readsMem = lastPointerStep(sel->x->type, {s->path.begin(), s->path.begin() + long(k)}) >= 0;
        if (!affected(sel->x) && !(memWrite_ && readsMem))
            return;
        const Type* xt = sel->x->type;
        bool xPtr = underlying(xt)->is<Pointer>();
        int base;
        int64_t off = 0;
        if (xPtr || !g_.addressable(sel->x))
            base = g_.expr(sel->x).reg;
        else
            std::tie(base, off) = g_.addrOf(sel->x);
        auto [b, o] = g_.fieldPath(base, off, xt, s->path, k, xPtr);
        const Type* t = xt;
        for (size_t i = 0; i < k; i++)
        {
            const Type* u = underlying(t);
            if (auto p = u->as<Pointer>())
                u = underlying(p->elem);
            t = u->as<Struct>()->fields[size_t(s->path[i])]->type;
        }
        g_.st_->prefixOverrides[sel] = PrefixOverride{g_.loadMem(t, b, o, -1), k, t};
    }

    // After an assignment to variable v, or (v null) to memory through an index, field or pointer.
    void assigned(const Var* v, bool blank)
    {
        if (!v && !blank)
            memWrite_ = true;
        else if (!v || blank)
            return;
        else if (isResult(v) && g_.st_->hasDefer)
            deferResultWrite_ = true; // a later panic would show the result to the deferred calls
        else if (v->name.empty() || v->name == "_")
            return; // an unnamed or blank result: nothing can read it
        else if (g_.memoryVar(v))
            memWrite_ = true;
        else
            names_.insert(v);
    }

private:
    Generator& g_;
    std::unordered_set<const Var*> names_;
    bool memWrite_ = false;
    bool deferResultWrite_ = false;

    bool isResult(const Var* v) const
    {
        for (const Var* r : g_.st_->resultVars)
            if (r == v)
                return true;
        return false;
    }

    bool affected(const Expr* e) const
    {
        if (deferResultWrite_)
            return true;
        bool found = false;
        walkAst(e, [&](const Node* n) {
            auto x = static_cast<const Expr*>(n); // below an expression, function literals aside, only expressions
            if (found || x->mode == ExprMode::TypeExpr || g_.st_->overrides.count(x) ||
                (x->mode == ExprMode::Constant && x->value))
                return false;
            if (auto id = x->as<Ident>(); id && id->object && id->object->is<Var>() &&
                                          names_.count(static_cast<const Var*>(id->object)))
                found = true;
            else if (memWrite_ && readsMemory(x))
                found = true;
            return !found && !x->is<FuncLit>();
        });
        return found;
    }

    // walk/assign.go's readsMemory: whether evaluating x (its operands aside) reads memory an
    // indirect write may have changed.
    bool readsMemory(const Expr* x) const
    {
        switch (x->kind)
        {
        case NodeKind::Ident:
        {
            auto id = x->as<Ident>();
            auto v = id->object ? id->object->as<Var>() : nullptr;
            return v && g_.memoryVar(v);
        }
        case NodeKind::ParenExpr:
        case NodeKind::TypeAssertExpr: return false;
        case NodeKind::BinaryExpr:
            switch (x->as<BinaryExpr>()->op)
            {
            case Tok::Add: return isString(x->type); // OADDSTR
            case Tok::Sub:
            case Tok::Mul:
            case Tok::Quo:
            case Tok::Rem:
            case Tok::And:
            case Tok::Or:
            case Tok::Xor:
            case Tok::AndNot:
            case Tok::Shl:
            case Tok::Shr:
            case Tok::LAnd:
            case Tok::LOr: return false;
            default: return true; // comparisons
            }
        case NodeKind::UnaryExpr:
        {
            Tok op = x->as<UnaryExpr>()->op;
            return !(op == Tok::Sub || op == Tok::Add || op == Tok::Xor);
        }
        case NodeKind::SelectorExpr:
        {
            const Selection* s = g_.program_.selection(x->as<SelectorExpr>());
            if (s && s->kind == SelectionKind::Qualified)
            {
                auto v = x->as<SelectorExpr>()->sel->object;
                return v && v->is<Var>();
            }
            return !s || s->kind != SelectionKind::FieldVal || s->indirect; // ODOT reads no memory, ODOTPTR does
        }
        case NodeKind::CallExpr:
        {
            auto c = x->as<CallExpr>();
            if (c->fun->mode != ExprMode::TypeExpr || c->args.empty())
                return true;
            // OCONV, OCONVNOP, OCONVIFACE read nothing; string <-> []byte/[]rune and
            // integer -> string conversions are runtime calls.
            const Type* to = underlying(c->type);
            const Type* from = underlying(c->args[0]->type);
            bool toString = isString(to) && !isString(from);
            bool fromString = isString(from) && to && to->is<Slice>();
            return toString || fromString;
        }
        default: return true;
        }
    }
};

} // namespace

// walk.go's safeExpr on an assignment's left side: what is not a variable, a constant, or an
// index, field, indirection, len or cap of such is evaluated now (walkAssign's init, which
// comes before the value).
static void safeOperands(Generator& g, const Expr* e)
{
    e = unparen(e);
    if (!e || g.st_->overrides.count(e) || e->mode == ExprMode::TypeExpr || (e->mode == ExprMode::Constant && e->value))
        return;
    switch (e->kind)
    {
    case NodeKind::Ident: return;
    case NodeKind::IndexExpr:
        if (!mapOf(e)) // a map element read is a runtime call: copied whole
        {
            safeOperands(g, e->as<IndexExpr>()->x);
            safeOperands(g, e->as<IndexExpr>()->index);
            return;
        }
        break;
    case NodeKind::SelectorExpr:
    {
        const Selection* s = g.program_.selection(e->as<SelectorExpr>());
        if (s && s->kind == SelectionKind::Qualified)
            return;
        if (s && s->kind == SelectionKind::FieldVal)
        {
            if (!g.st_->prefixOverrides.count(e))
                safeOperands(g, e->as<SelectorExpr>()->x);
            return;
        }
        break;
    }
    case NodeKind::StarExpr: safeOperands(g, e->as<StarExpr>()->x); return;
    case NodeKind::CallExpr:
        if (auto c = e->as<CallExpr>(); c->fun->mode == ExprMode::Builtin && c->args.size() == 1)
        {
            BuiltinId id = g.program_.builtinOf(c)->id;
            if (id == BuiltinId::Len || id == BuiltinId::Cap)
            {
                safeOperands(g, c->args[0]);
                return;
            }
        }
        break;
    default: break;
    }
    g.materialize(e);
}

static Val sourceValue(Generator& g, const AssignSource& src, const Type* t)
{
    if (src.e)
        return g.exprAs(src.e, t);
    return g.convertValue(src.v, src.t, t, -1);
}

// The entry m[k] exists from here on, zero when it was missing (walk's mapassign, made before
// the value of a tuple's assignment is evaluated); a nil map panics. A key not equal to itself
// (NaN) is not entered: the store would add a second entry.
static void enterMapKey(Generator& g, Val m, Val k, const Map* mt)
{
    int ok = g.alloc("S");
    int d = g.allocType(mt->elem);
    g.emit(encode(Op::MapGetOk, uint32_t(d), uint32_t(m.reg), uint32_t(k.reg)));
    g.emitWord(uint64_t(Generator::slots(mt->elem)) | (uint64_t(ok) << 32));
    g.zeroBlock(d, mt->elem);
    Label present, enter;
    g.jumpIf(ok, present, true);
    if (!selfEqual(mt->key))
    {
        // A nil map panics as the store would; a key that hashed compares without panicking.
        int zero = g.alloc("S");
        g.emit(encodeSBC(Op::LoadInt, uint32_t(zero), 0));
        g.emit(encode(Op::Eq, uint32_t(ok), uint32_t(m.reg), uint32_t(zero)));
        g.jumpIf(ok, enter, true);
        if (isInterface(mt->key))
            g.emit(encode(Op::IfaceEq, uint32_t(ok), uint32_t(k.reg), uint32_t(k.reg)));
        else if (Generator::isBlock(mt->key))
        {
            g.emit(encode(Op::MemEq, uint32_t(ok), uint32_t(k.reg), uint32_t(k.reg)));
            g.emitWord(g.typeIndex(mt->key));
        }
        else
            g.emit(encode(Op::FEq, uint32_t(ok), uint32_t(k.reg), uint32_t(k.reg)));
        g.jumpIf(ok, present, false);
    }
    g.bind(enter);
    g.emit(encode(Op::MapSet, uint32_t(m.reg), uint32_t(k.reg), uint32_t(d)));
    g.bind(present);
}

// Whether building rhs straight into variable var could change what rhs reads: a slice or
// map literal (made empty in its destination, then filled) or && / || (the left operand lands
// in the destination first) whose operands read that variable, as in `s = []int{0, s[1]}` or
// `b = x && b`. Such a value is built in a temporary, then moved.
static bool buildsInPlaceReading(const Expr* rhs, const Object* var)
{
    if (!var)
        return false;
    bool builds = false, reads = false;
    walkAst(rhs, [&](const Node* n) {
        if (n->is<CompositeLit>())
            builds = true;
        else if (auto b = n->as<BinaryExpr>(); b && (b->op == Tok::LAnd || b->op == Tok::LOr))
            builds = true;
        else if (auto i = n->as<Ident>(); i && i->object == var)
            reads = true;
        return true;
    });
    return builds && reads;
}

// One assignment l = src: of a tuple (its operands saved ahead as needed), or a statement of
// its own.
static void assignOne(Generator& g, const Expr* l, const AssignSource& src, bool ofTuple)
{
    l = unparen(l);
    if (isBlank(l))
    {
        if (src.e)
            g.expr(src.e);
        return;
    }
    if (const Map* mt = mapOf(l))
    {
        auto ix = l->as<IndexExpr>();
        Val v;
        if (!ofTuple)
            v = sourceValue(g, src, mt->elem); // order.go's safeMapRHS
        Val m = g.expr(ix->x);
        Val k = g.copyIfShared(g.exprAs(ix->index, mt->key), mt->key);
        if (ofTuple)
        {
            if (src.e && g.mayPanic(src.e))
                enterMapKey(g, m, k, mt);
            v = sourceValue(g, src, mt->elem);
        }
        LVal lv;
        lv.kind = LVal::MapEntry;
        lv.type = mt->elem;
        lv.reg = m.reg;
        lv.keyReg = k.reg;
        lv.keyType = mt->key;
        g.store(lv, v, mt->elem);
        return;
    }
    safeOperands(g, l);
    if (l->is<Ident>() && src.e && !Generator::isBlock(l->type) && !buildsInPlaceReading(src.e, l->as<Ident>()->object))
    {
        LVal lv = g.lvalue(l);
        if (lv.kind == LVal::Reg)
        {
            g.exprTo(src.e, lv.type, lv.reg);
            return;
        }
        g.store(lv, sourceValue(g, src, lv.type), lv.type);
        return;
    }
    Val v = sourceValue(g, src, l->type);
    LVal lv = g.lvalue(l);
    g.store(lv, v, lv.type);
}

void Generator::bindVar(const Var* v, Val val, const Type* vt)
{
    if (!v || v->name == "_")
        return;
    VarLoc loc = newVarLoc(v);
    Val c = convertValue(val, vt, v->type, -1);
    if (isBlock(v->type))
    {
        if (c.fresh)
            emit(encode(Op::Move, uint32_t(loc.reg), uint32_t(c.reg)));
        else
            emit(encode(Op::NewCopy, uint32_t(loc.reg), uint32_t(c.reg), typeIndex(v->type)));
    }
    else if (loc.kind == VarLoc::Reg)
        move(loc.reg, c.reg, v->type);
    else
        storeMem(v->type, loc.reg, 0, c);
}

void Generator::assignList(const std::vector<AssignTarget>& lhs, const std::vector<AssignSource>& rhs)
{
    size_t nOrdered = st_->ordered.size();
    EarlyCopies early(*this);
    std::vector<size_t> late;
    for (size_t i = 0; i < lhs.size() && i < rhs.size(); i++)
    {
        const AssignTarget& t = lhs[i];
        if (t.result)
        {
            // return x, ...: no `x = x` for a result variable returned as itself (gc's issue 4014).
            if (rhs[i].e && varOf(rhs[i].e) == t.result && unparen(rhs[i].e)->is<Ident>())
                continue;
            early.save(rhs[i].e);
            late.push_back(i);
            early.assigned(t.result, false);
            continue;
        }
        // The operands of the target, drilling through fields and array elements of a value.
        const Var* name = nullptr;
        bool blank = false;
        for (const Expr* l = unparen(t.e); l;)
        {
            if (auto ix = l->as<IndexExpr>())
            {
                const Type* xt = underlying(ix->x->type);
                if (xt && xt->is<Array>())
                {
                    early.save(ix->index);
                    l = unparen(ix->x);
                    continue;
                }
                if (xt && xt->is<Pointer>()) // (*x)[i]: the index, then the pointer
                {
                    early.save(ix->index);
                    early.save(ix->x);
                }
                else
                {
                    early.save(ix->x);
                    early.save(ix->index);
                }
            }
            else if (auto sel = l->as<SelectorExpr>())
            {
                const Selection* s = program_.selection(sel);
                if (s && s->kind == SelectionKind::Qualified)
                    name = varOf(sel->sel);
                else if (s && s->kind == SelectionKind::FieldVal)
                {
                    int k = lastPointerStep(sel->x->type, s->path);
                    if (k < 0)
                    {
                        l = unparen(sel->x);
                        continue;
                    }
                    if (k == 0)
                        early.save(sel->x);
                    else
                        early.savePrefix(sel, s, size_t(k));
                }
            }
            else if (auto st = l->as<StarExpr>())
                early.save(st->x);
            else if (l->is<Ident>())
            {
                blank = isBlank(l);
                name = blank ? nullptr : varOf(l);
            }
            break;
        }
        early.save(rhs[i].e);
        late.push_back(i);
        early.assigned(name, blank);
    }
    for (size_t i : late)
    {
        const AssignTarget& t = lhs[i];
        if (t.result)
        {
            const VarLoc& loc = st_->vars[t.result];
            if (loc.kind == VarLoc::Reg && rhs[i].e && !isBlock(t.result->type) &&
                !buildsInPlaceReading(rhs[i].e, t.result))
                exprTo(rhs[i].e, t.result->type, loc.reg);
            else if (loc.kind == VarLoc::Reg)
                move(loc.reg, sourceValue(*this, rhs[i], t.result->type).reg, t.result->type);
            else
                storeMem(t.result->type, loc.reg, 0, sourceValue(*this, rhs[i], t.result->type));
        }
        else if (t.declares)
        {
            const Var* v = varOf(t.e);
            if (rhs[i].e)
                bindVar(v, exprAs(rhs[i].e, v->type), v->type);
            else
                bindVar(v, rhs[i].v, rhs[i].t);
        }
        else
            assignOne(*this, t.e, rhs[i], true);
    }
    for (size_t i = nOrdered; i < st_->ordered.size(); i++)
        st_->overrides.erase(st_->ordered[i]);
    st_->ordered.resize(nOrdered);
    st_->prefixOverrides.clear();
}

// Multi-value right-hand sides: a call, or the comma-ok forms. Returns the registers of each value.
static std::vector<AssignSource> multiValues(Generator& g, const Expr* rhs)
{
    std::vector<AssignSource> out;
    rhs = unparen(rhs);
    if (auto call = rhs->as<CallExpr>(); call && rhs->type && rhs->type->is<Tuple>())
    {
        int r = g.callMulti(call);
        for (const Var* v : rhs->type->as<Tuple>()->vars)
        {
            out.push_back({Val{r, true}, v->type});
            r += Generator::slots(v->type);
        }
        return out;
    }
    const Type* boolT = g.program_.types().basic(BasicKind::Bool);
    int ok = g.alloc("S");
    if (auto ta = rhs->as<TypeAssertExpr>())
        out.push_back({g.typeAssert(ta, -1, ok), rhs->type});
    else if (auto ix = rhs->as<IndexExpr>())
    {
        Val m = g.expr(ix->x);
        auto mt = underlying(ix->x->type)->as<Map>();
        Val k = g.exprAs(ix->index, mt->key);
        int d = g.allocType(mt->elem);
        g.emit(encode(Op::MapGetOk, uint32_t(d), uint32_t(m.reg), uint32_t(k.reg)));
        g.emitWord(uint64_t(Generator::slots(mt->elem)) | (uint64_t(ok) << 32));
        g.zeroBlock(d, mt->elem);
        out.push_back({Val{d}, mt->elem});
    }
    else
    {
        // v, ok := <-c
        auto ue = rhs->as<UnaryExpr>();
        Val c = g.expr(ue->x);
        const Type* et = underlying(ue->x->type)->as<Chan>()->elem;
        int d = g.allocType(et);
        g.emit(encode(Op::Recv, uint32_t(d), uint32_t(c.reg), uint32_t(ok)));
        g.zeroBlock(d, et);
        out.push_back({Val{d}, et});
    }
    out.push_back({Val{ok}, boolT});
    return out;
}

void Generator::define(const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs)
{
    // A redeclared variable (`a, err := ...` with err existing) is assigned, not declared.
    auto isNew = [&](const Expr* e) {
        const Var* v = varOf(e);
        return v && v->declIdent == e->as<Ident>();
    };
    std::vector<AssignTarget> targets;
    for (const Expr* l : lhs)
        targets.push_back({l, isNew(l)});
    if (lhs.size() == rhs.size())
    {
        std::vector<OrderRoot> roots;
        for (size_t i = 0; i < rhs.size(); i++)
        {
            const Var* v = varOf(lhs[i]);
            roots.push_back({rhs[i], v ? v->type : nullptr});
        }
        orderExprs(roots, lhs.size() > 1 ? OrderMode::Tuple : OrderMode::LeftToRight);
        if (lhs.size() == 1 && isNew(lhs[0]))
        {
            declareVar(varOf(lhs[0]), rhs[0], rhs[0]->type);
            return;
        }
        std::vector<AssignSource> sources;
        for (const Expr* r : rhs)
            sources.push_back(r);
        assignList(targets, sources);
        return;
    }
    orderExprs({{rhs[0], nullptr, false, false}});
    assignList(targets, multiValues(*this, rhs[0]));
}

void Generator::assign(const AssignStmt* s)
{
    if (s->op == Tok::Define)
    {
        define(s->lhs, s->rhs);
        return;
    }
    const Expr* l0 = unparen(s->lhs[0]);
    const Map* m0 = mapOf(l0);
    Tok op = s->op == Tok::Assign ? Tok::Assign : assignOpBase(s->op);
    // In weft's order the value comes before the target's operands (as gc): a map element, or
    // anything but a variable assigned alone.
    bool mapFirst = m0 && op != Tok::Quo && op != Tok::Rem;
    bool allVars = true;
    for (const Expr* l : s->lhs)
        allVars = allVars && unparen(l)->is<Ident>();
    OrderMode mode = OrderMode::LeftToRight;
    if (s->lhs.size() > 1 && s->lhs.size() == s->rhs.size())
        mode = OrderMode::Tuple;
    else if (s->op == Tok::Assign ? !allVars : mapFirst)
        mode = OrderMode::AnyOrder;
    std::vector<OrderRoot> roots;
    for (const Expr* l : s->lhs)
        roots.push_back({l, nullptr, s->op == Tok::Assign, true});
    for (size_t i = 0; i < s->rhs.size(); i++)
        roots.push_back({s->rhs[i], i < s->lhs.size() ? s->lhs[i]->type : nullptr, false,
                         s->lhs.size() == s->rhs.size()});
    orderExprs(roots, mode);
    if (s->op != Tok::Assign)
    {
        // x op= y
        const Type* t = s->lhs[0]->type;
        const Type* yt = t;
        if (op == Tok::Shl || op == Tok::Shr)
        {
            yt = defaultType(s->rhs[0]->type, program_);
            if (isUntyped(s->rhs[0]->type))
                yt = program_.types().basic(BasicKind::Uint);
        }
        bool yConst = s->rhs[0]->mode == ExprMode::Constant;
        if (mapFirst)
        {
            // m[k] op= y: order.go's safeMapRHS (y first), then walk's mapassign (the entry
            // exists before op may panic), the element, op, the store.
            auto ix = l0->as<IndexExpr>();
            Val y = exprAs(s->rhs[0], yt);
            Val m = expr(ix->x);
            Val k = copyIfShared(exprAs(ix->index, m0->key), m0->key);
            if ((op == Tok::Shl || op == Tok::Shr) && !yConst && !isUnsigned(yt))
                enterMapKey(*this, m, k, m0);
            LVal lv;
            lv.kind = LVal::MapEntry;
            lv.type = t;
            lv.reg = m.reg;
            lv.keyReg = k.reg;
            lv.keyType = m0->key;
            Val r = arith(op, t, loadLVal(lv), y, yt, yConst, -1);
            store(lv, r, t);
            return;
        }
        LVal lv = lvalue(s->lhs[0]);
        Val cur = loadLVal(lv);
        Val y = exprAs(s->rhs[0], yt);
        Val r = arith(op, t, cur, y, yt, yConst, lv.kind == LVal::Reg ? lv.reg : -1);
        if (lv.kind != LVal::Reg)
            store(lv, r, t);
        return;
    }
    std::vector<AssignTarget> targets;
    for (const Expr* l : s->lhs)
        targets.push_back(l);
    if (s->lhs.size() != s->rhs.size())
    {
        // a, b = f() (and the comma-ok forms): as gc, the call before the left operands.
        assignList(targets, multiValues(*this, s->rhs[0]));
        return;
    }
    if (s->lhs.size() == 1)
    {
        assignOne(*this, l0, s->rhs[0], false);
        return;
    }
    std::vector<AssignSource> sources;
    for (const Expr* r : s->rhs)
        sources.push_back(r);
    assignList(targets, sources);
}

// return x, y with named results: an assignment of the results (walk's walkReturn, through
// ascompatee), then the return.
void Generator::returnValues(const ReturnStmt* s)
{
    std::vector<OrderRoot> roots;
    std::vector<AssignTarget> targets;
    std::vector<AssignSource> sources;
    for (size_t i = 0; i < s->results.size(); i++)
    {
        const Var* r = st_->resultVars[i];
        roots.push_back({s->results[i], r->type});
        targets.push_back(AssignTarget(r));
        sources.push_back(s->results[i]);
    }
    orderExprs(roots, OrderMode::Tuple);
    assignList(targets, sources);
}

} // namespace weft::detail
