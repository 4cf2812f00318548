// Code generation: statements.
#include "compiler/CodegenImpl.h"
#include "lexer/MachineStack.h"
#include "parser/AstWalk.h"

#include <cstring>

namespace weft::detail {

static const Expr* unparen(const Expr* e)
{
    while (auto p = e->as<ParenExpr>())
        e = p->x;
    return e;
}

void Generator::block(const std::vector<Stmt*>& stmts)
{
    for (const Stmt* s : stmts)
        stmt(s);
}

Val Generator::loadLVal(const LVal& lv)
{
    switch (lv.kind)
    {
    case LVal::Reg: return Val{lv.reg};
    case LVal::Mem: return loadMem(lv.type, lv.reg, lv.off, -1);
    case LVal::MapEntry:
    {
        int d = allocType(lv.type);
        emit(encode(Op::MapGet, uint32_t(d), uint32_t(lv.reg), uint32_t(lv.keyReg)));
        emitWord(uint64_t(slots(lv.type)));
        zeroBlock(d, lv.type);
        return Val{d};
    }
    default: return Val{allocType(lv.type)};
    }
}

// A new local variable, initialised from `init` (of type initType) or to its zero value.
void Generator::declareVar(const Var* v, const Expr* init, const Type* initType)
{
    (void)initType;
    if (!v || v->name == "_")
    {
        if (init)
            expr(init);
        return;
    }
    VarLoc loc = newVarLoc(v);
    if (isBlock(v->type))
    {
        if (init)
        {
            Val val = exprAs(init, v->type);
            if (val.fresh)
                emit(encode(Op::Move, uint32_t(loc.reg), uint32_t(val.reg)));
            else
                emit(encode(Op::NewCopy, uint32_t(loc.reg), uint32_t(val.reg), typeIndex(v->type)));
        }
        else
            emit(encode(Op::New, uint32_t(loc.reg), typeIndex(v->type)));
        return;
    }
    if (loc.kind == VarLoc::Reg)
    {
        if (init)
            exprTo(init, v->type, loc.reg);
        else
            emit(encode(Op::LoadZero, uint32_t(loc.reg), uint32_t(slots(v->type))));
        return;
    }
    if (init)
        storeMem(v->type, loc.reg, 0, exprAs(init, v->type));
}

void Generator::valueSpec(const ValueSpec* vs)
{
    if (vs->values.size() == vs->names.size() || vs->values.empty())
    {
        // Evaluate all values before declaring (the names are not in scope on the right).
        if (vs->names.size() == 1)
        {
            auto v = vs->names[0]->object ? vs->names[0]->object->as<Var>() : nullptr;
            if (!vs->values.empty())
                orderExprs({{vs->values[0], v ? v->type : nullptr}});
            declareVar(v, vs->values.empty() ? nullptr : vs->values[0], nullptr);
            return;
        }
        std::vector<Val> vals;
        for (size_t i = 0; i < vs->values.size(); i++)
        {
            auto v = vs->names[i]->object ? vs->names[i]->object->as<Var>() : nullptr;
            const Type* t = v ? v->type : defaultType(vs->values[i]->type, program_);
            int r = allocType(t);
            orderExprs({{vs->values[i], t}}); // gc: one assignment per name
            exprTo(vs->values[i], t, r);
            vals.push_back(Val{r});
        }
        for (size_t i = 0; i < vs->names.size(); i++)
        {
            auto v = vs->names[i]->object ? vs->names[i]->object->as<Var>() : nullptr;
            if (vs->values.empty())
                declareVar(v, nullptr, nullptr);
            else if (v)
                bindVar(v, vals[i], v->type);
        }
        return;
    }
    // var a, b = f()
    define(std::vector<Expr*>(vs->names.begin(), vs->names.end()), vs->values);
}

void Generator::incDec(const IncDecStmt* s)
{
    LVal lv = lvalue(s->x);
    Val cur = loadLVal(lv);
    const Type* t = s->x->type;
    int d = lv.kind == LVal::Reg ? lv.reg : allocType(t);
    if (isFloat(t))
    {
        int one = alloc("S");
        double o = 1.0;
        uint64_t bits;
        std::memcpy(&bits, &o, 8);
        emit(encode(Op::LoadConst, uint32_t(one)));
        emitWord(bits);
        emit(encode(s->op == Tok::Inc ? Op::FAdd : Op::FSub, uint32_t(d), uint32_t(cur.reg), uint32_t(one)));
        if (underlying(t)->as<Basic>()->bkind == BasicKind::Float32)
            emit(encode(Op::FRound32, uint32_t(d), uint32_t(d)));
    }
    else
    {
        emit(encode(Op::AddImm, uint32_t(d), uint32_t(cur.reg), uint32_t(uint16_t(int16_t(s->op == Tok::Inc ? 1 : -1)))));
        const Basic* b = underlying(t)->as<Basic>();
        Op n = Op::Nop;
        switch (b ? b->bkind : BasicKind::Int)
        {
        case BasicKind::Int8: n = Op::Sext8; break;
        case BasicKind::Int16: n = Op::Sext16; break;
        case BasicKind::Int32: n = Op::Sext32; break;
        case BasicKind::Uint8: n = Op::Zext8; break;
        case BasicKind::Uint16: n = Op::Zext16; break;
        case BasicKind::Uint32: n = Op::Zext32; break;
        default: break;
        }
        if (n != Op::Nop)
            emit(encode(n, uint32_t(d), uint32_t(d)));
    }
    if (lv.kind != LVal::Reg)
        store(lv, Val{d}, t);
}

void Generator::ifStmt(const IfStmt* s)
{
    if (s->init)
        stmt(s->init);
    Label els, end;
    size_t mk = mark();
    orderExprs({{s->cond, nullptr, false, false}});
    cond(s->cond, els, false);
    release(mk);
    stmt(s->then);
    if (s->els)
    {
        jump(end);
        bind(els);
        stmt(s->els);
        bind(end);
    }
    else
        bind(els);
}

// Gives each captured or addressed loop variable a new cell holding its current value (Go 1.22's
// per-iteration variables).
static void renewLoopVars(Generator& g, const std::vector<const Var*>& vars)
{
    for (const Var* v : vars)
    {
        auto it = g.st_->vars.find(v);
        if (it == g.st_->vars.end() || it->second.kind != VarLoc::Addr)
            continue;
        int reg = it->second.reg;
        int fresh = g.alloc("P");
        if (Generator::isBlock(v->type))
            g.emit(encode(Op::NewCopy, uint32_t(fresh), uint32_t(reg), g.typeIndex(v->type)));
        else
        {
            g.emit(encode(Op::New, uint32_t(fresh), g.typeIndex(v->type)));
            Val cur = g.loadMem(v->type, reg, 0, -1);
            g.storeMem(v->type, fresh, 0, cur);
        }
        g.emit(encode(Op::Move, uint32_t(reg), uint32_t(fresh)));
    }
}

void Generator::forStmt(const ForStmt* s, const Object* label)
{
    std::vector<const Var*> loopVars;
    if (s->init)
    {
        stmt(s->init);
        if (auto as = s->init->as<AssignStmt>(); as && as->op == Tok::Define)
            for (const Expr* l : as->lhs)
                if (auto id = l->as<Ident>(); id && id->object && id->object->is<Var>() &&
                                              (isCaptured(static_cast<const Var*>(id->object)) ||
                                               isAddressed(static_cast<const Var*>(id->object))))
                    loopVars.push_back(static_cast<const Var*>(id->object));
    }
    Label top, cont, condL, end;
    if (s->cond)
        jump(condL);
    bind(top);
    st_->targets.push_back({label, &end, &cont});
    stmt(s->body);
    st_->targets.pop_back();
    bind(cont);
    renewLoopVars(*this, loopVars);
    if (s->post)
        stmt(s->post);
    bind(condL);
    if (s->cond)
    {
        setLine(s->cond);
        size_t mk = mark();
        orderExprs({{s->cond, nullptr, false, false}});
        cond(s->cond, top, true);
        release(mk);
    }
    else
        jump(top);
    bind(end);
}

// Whether e calls a function or receives from a channel (then len(e) of an array is not a
// constant, and e must be evaluated).
static bool hasCallOrRecv(const Expr* e)
{
    bool found = false;
    walkAst(e, [&](const Node* n) {
        if (auto c = n->as<CallExpr>(); c && c->fun->mode != ExprMode::TypeExpr && c->fun->mode != ExprMode::Builtin)
            found = true;
        else if (c && c->fun->mode == ExprMode::Builtin && c->mode != ExprMode::Constant)
            found = true;
        if (auto u = n->as<UnaryExpr>(); u && u->op == Tok::Arrow)
            found = true;
        return !found && !n->is<FuncLit>();
    });
    return found;
}

void Generator::rangeStmt(const RangeStmt* s, const Object* label)
{
    const Type* xt = underlying(s->x->type);
    const Type* intT = program_.types().basic(BasicKind::Int);
    bool define = s->tok == Tok::Define;
    auto varOf = [](const Expr* e) -> const Var* {
        if (!e)
            return nullptr;
        auto id = e->as<Ident>();
        return id && id->object ? id->object->as<Var>() : nullptr;
    };
    // Assigns the iteration values to the key/value operands.
    auto setIter = [&](const Expr* target, Val v, const Type* vt) {
        if (!target)
            return;
        if (auto id = target->as<Ident>(); id && id->name == "_")
            return;
        if (define)
            bindVar(varOf(target), v, vt);
        else
        {
            LVal lv = lvalue(target);
            store(lv, convertValue(v, vt, lv.type, -1), lv.type);
        }
    };
    // Both at once: a tuple assignment (walk/range.go's OAS2), so `for i, a[i] = range y`
    // indexes a with i's value before this iteration's assignment.
    auto setIters = [&](Val kv, const Type* kt, Val vv, const Type* vt) {
        auto blank = [](const Expr* e) {
            auto id = e ? e->as<Ident>() : nullptr;
            return !e || (id && id->name == "_");
        };
        if (define || blank(s->key) || blank(s->value))
        {
            setIter(s->key, kv, kt);
            setIter(s->value, vv, vt);
            return;
        }
        assignList({s->key, s->value}, {{kv, kt}, {vv, vt}});
    };
    // `for i, _ := range a` is `for i := range a`: a nil *[N]T is not dereferenced.
    const Expr* rangeValue = s->value;
    if (auto id = rangeValue ? rangeValue->as<Ident>() : nullptr; id && id->name == "_")
        rangeValue = nullptr;
    Label top, cont, end;
    orderExprs({{s->x, nullptr, false, false}});
    if (auto ch = xt->as<Chan>())
    {
        // for v := range c: receive until the channel is closed and drained.
        Val cv = expr(s->x);
        int c = alloc("P", false);
        emit(encode(Op::Move, uint32_t(c), uint32_t(cv.reg)));
        int v = allocType(ch->elem, false);
        int ok = alloc("S", false);
        bind(top);
        bind(cont);
        size_t mk = mark();
        emit(encode(Op::Recv, uint32_t(v), uint32_t(c), uint32_t(ok)));
        jumpIf(ok, end, false);
        setIter(s->key, Val{v}, ch->elem);
        st_->targets.push_back({label, &end, &cont});
        stmt(s->body);
        st_->targets.pop_back();
        release(mk);
        jump(top);
        bind(end);
        return;
    }
    if (auto m = xt->as<Map>())
    {
        Val mv = expr(s->x);
        int it = alloc("P", false);
        emit(encode(Op::MapIter, uint32_t(it), uint32_t(mv.reg)));
        int k = allocType(m->key, false);
        int v = allocType(m->elem, false);
        bind(top);
        bind(cont);
        size_t mk = mark();
        emit(encode(Op::MapNext, uint32_t(it), uint32_t(s->key ? k : kNoReg), uint32_t(s->value ? v : kNoReg)));
        patchWord(end);
        setIters(Val{k}, m->key, Val{v}, m->elem);
        st_->targets.push_back({label, &end, &cont});
        stmt(s->body);
        st_->targets.pop_back();
        release(mk);
        jump(top);
        bind(end);
        return;
    }
    if (auto b = xt->as<Basic>(); b && (b->info & IsString))
    {
        Val sv = expr(s->x);
        int str = alloc("PS", false);
        move(str, sv.reg, program_.types().basic(BasicKind::String));
        int i = alloc("S", false);   // current index
        int nx = alloc("SS", false); // rune, next index
        emit(encodeSBC(Op::LoadInt, uint32_t(nx + 1), 0));
        bind(top);
        bind(cont);
        emit(encode(Op::Move, uint32_t(i), uint32_t(nx + 1)));
        jumpCmp(Op::JumpGe, i, str + 1, end);
        emit(encode(Op::StrNext, uint32_t(nx), uint32_t(str), uint32_t(i)));
        size_t mk = mark();
        setIters(Val{i}, intT, Val{nx}, program_.types().runeType());
        st_->targets.push_back({label, &end, &cont});
        stmt(s->body);
        st_->targets.pop_back();
        release(mk);
        jump(top);
        bind(end);
        return;
    }
    // Integers (Go 1.22), slices, arrays and pointers to arrays: an index from 0 to len.
    int n = alloc("S", false);
    int i = alloc("S", false);
    const Type* elemT = nullptr;
    int sl = -1, arr = -1;
    int64_t es = 0;
    if (auto b = xt->as<Basic>(); b && (b->info & IsInteger))
    {
        exprTo(s->x, defaultType(s->x->type, program_), n);
        elemT = nullptr;
    }
    else if (auto st = xt->as<Slice>())
    {
        sl = alloc("PSS", false);
        exprTo(s->x, s->x->type, sl);
        emit(encode(Op::Move, uint32_t(n), uint32_t(sl + 1)));
        elemT = st->elem;
        es = sizeOf(elemT);
    }
    else
    {
        const Array* a = xt->as<Array>();
        bool ptr = false;
        if (auto p = xt->as<Pointer>())
        {
            a = underlying(p->elem)->as<Array>();
            ptr = true;
        }
        loadInt(n, a->len);
        elemT = a->elem;
        es = sizeOf(elemT);
        if (rangeValue)
        {
            // Ranging over an array value iterates over a copy.
            arr = alloc("P", false);
            Val av = expr(s->x);
            if (ptr)
                emit(encode(Op::Move, uint32_t(arr), uint32_t(av.reg)));
            else
                emit(encode(Op::NewCopy, uint32_t(arr), uint32_t(av.reg), typeIndex(s->x->type)));
        }
        else if (ptr || hasCallOrRecv(s->x))
            expr(s->x); // len(x) is not constant: x is evaluated (Go's spec, "For statements")
    }
    emit(encodeSBC(Op::LoadInt, uint32_t(i), 0));
    Label condL;
    jump(condL);
    bind(top);
    {
        size_t mk = mark();
        const Type* keyT = elemT ? intT : defaultType(s->x->type, program_);
        if (!(rangeValue && elemT))
            setIter(s->key, Val{i}, keyT);
        else
        {
            Val ev;
            if (sl >= 0)
            {
                int a = alloc("P");
                emit(encode(Op::IndexAddr, uint32_t(a), uint32_t(sl), uint32_t(i)));
                emitWord(uint64_t(es));
                ev = loadMem(elemT, a, 0, -1);
            }
            else
            {
                int a = alloc("P");
                emit(encode(Op::ArrayAddr, uint32_t(a), uint32_t(arr), uint32_t(i)));
                emitWord((uint64_t(uint32_t(-1)) << 32) | uint64_t(es));
                ev = loadMem(elemT, a, 0, -1);
            }
            setIters(Val{i}, keyT, ev, elemT);
        }
        st_->targets.push_back({label, &end, &cont});
        stmt(s->body);
        st_->targets.pop_back();
        release(mk);
    }
    bind(cont);
    emit(encode(Op::AddImm, uint32_t(i), uint32_t(i), 1));
    bind(condL);
    jumpCmp(Op::JumpLt, i, n, top);
    bind(end);
}

void Generator::switchStmt(const SwitchStmt* s, const Object* label)
{
    if (s->init)
        stmt(s->init);
    Val tag;
    const Type* tagT = nullptr;
    if (s->tag)
    {
        tagT = defaultType(s->tag->type, program_);
        orderExprs({{s->tag, nullptr, false, false}});
        int r = allocType(tagT, false);
        exprTo(s->tag, tagT, r);
        tag = Val{r};
        st_->overrides[s->tag] = tag;
    }
    std::vector<Label> bodies(s->clauses.size());
    Label end;
    int defaultIdx = -1;
    for (size_t ci = 0; ci < s->clauses.size(); ci++)
        if (s->clauses[ci]->isDefault)
            defaultIdx = int(ci);
    // A dense switch over integer constants dispatches through a jump table.
    JumpTableCases table = jumpTableCases(s);
    size_t tableAt = 0;
    if (!table.clauseOf.empty())
    {
        int r = alloc("S");
        if (table.lo >= -32767 && table.lo <= 32767)
            emit(encode(Op::AddImm, uint32_t(r), uint32_t(tag.reg), uint32_t(uint16_t(int16_t(-table.lo)))));
        else
        {
            emit(encode(Op::LoadConst, uint32_t(r)));
            emitWord(uint64_t(table.lo));
            emit(encode(Op::Sub, uint32_t(r), uint32_t(tag.reg), uint32_t(r)));
        }
        emit(encode(Op::JumpTable, uint32_t(r), uint32_t(table.clauseOf.size())));
        tableAt = here();
        for (size_t i = 0; i < table.clauseOf.size(); i++)
            emitWord(0);
    }
    for (size_t ci = 0; ci < s->clauses.size() && table.clauseOf.empty(); ci++)
    {
        const CaseClause* c = s->clauses[ci];
        for (const Expr* e : c->list)
        {
            setLine(e);
            size_t mk = mark();
            orderExprs({{e, nullptr, false, false}});
            if (s->tag)
            {
                Val eq = compare(Tok::Eql, s->tag, e, -1);
                jumpIf(eq.reg, bodies[ci], true);
            }
            else if (isInterface(e->type))
            {
                // `switch { case i: }` with an interface i compares it with true.
                const Type* boolT = program_.types().basic(BasicKind::Bool);
                int t = alloc("S");
                loadInt(t, 1);
                Val tv = convertValue(Val{t}, boolT, e->type, -1);
                Val ev = expr(e);
                int r = alloc("S");
                emit(encode(Op::IfaceEq, uint32_t(r), uint32_t(tv.reg), uint32_t(ev.reg)));
                jumpIf(r, bodies[ci], true);
            }
            else
                cond(e, bodies[ci], true);
            release(mk);
        }
    }
    if (defaultIdx >= 0)
        jump(bodies[size_t(defaultIdx)]);
    else
        jump(end);
    for (size_t ci = 0; ci < s->clauses.size(); ci++)
    {
        bind(bodies[ci]);
        st_->targets.push_back({label, &end, nullptr});
        Label* savedFt = st_->fallthroughTo;
        st_->fallthroughTo = ci + 1 < bodies.size() ? &bodies[ci + 1] : &end;
        block(s->clauses[ci]->body);
        st_->fallthroughTo = savedFt;
        st_->targets.pop_back();
        jump(end);
    }
    bind(end);
    // Table entries count from the word after the table; holes go where no case matches.
    for (size_t i = 0; i < table.clauseOf.size(); i++)
    {
        int ci = table.clauseOf[i] >= 0 ? table.clauseOf[i] : defaultIdx;
        int64_t target = ci >= 0 ? bodies[size_t(ci)].target : end.target;
        st_->fn->code[tableAt + i] = uint64_t(uint32_t(int32_t(target - int64_t(tableAt + table.clauseOf.size()))));
    }
    if (s->tag)
        st_->overrides.erase(s->tag);
}

// The cases of a switch that a jump table serves: an integer tag, every case a constant that
// fits int64, at least 4 of them, spread over at most twice their number of values.
Generator::JumpTableCases Generator::jumpTableCases(const SwitchStmt* s)
{
    JumpTableCases t;
    if (!s->tag)
        return t;
    const Type* u = underlying(defaultType(s->tag->type, program_));
    const Basic* b = u ? u->as<Basic>() : nullptr;
    if (!b || !(b->info & IsInteger))
        return t;
    std::vector<std::pair<int64_t, int>> cases;
    for (size_t ci = 0; ci < s->clauses.size(); ci++)
        for (const Expr* e : s->clauses[ci]->list)
        {
            if (e->mode != ExprMode::Constant || !e->value || e->value->kind != Constant::Kind::Int ||
                !e->value->integer.fitsInt64())
                return t;
            cases.push_back({e->value->integer.toInt64(), int(ci)});
        }
    if (cases.size() < 4)
        return t;
    auto [lo, hi] = std::minmax_element(cases.begin(), cases.end());
    const __int128 span = __int128(hi->first) - lo->first + 1;
    if (span > __int128(2 * cases.size()) || span > 4096)
        return t;
    t.lo = lo->first;
    t.clauseOf.assign(size_t(span), -1);
    for (auto [v, ci] : cases)
        t.clauseOf[size_t(v - t.lo)] = ci;
    return t;
}

// The register to send: a struct or array travels as a copy of its block (the receiver gets a
// value of its own, as Go copies the element into the channel).
int Generator::sendable(Val v, const Type* t)
{
    if (!isBlock(t))
        return v.reg;
    int r = alloc("P", false);
    emit(encode(Op::NewCopy, uint32_t(r), uint32_t(v.reg), typeIndex(t)));
    return r;
}

// select: every channel operand and send value is evaluated once, in source order; one Select
// instruction picks a case (Go's selectgo) and a jump table runs its body. A receive's value
// and ok are written by the Select itself, into registers the case's assignment then reads.
void Generator::selectStmt(const SelectStmt* s, const Object* label)
{
    struct Case
    {
        const CommClause* clause;
        const AssignStmt* assign = nullptr; // v[, ok] = / := <-c
        const Type* elem = nullptr;
        uint64_t word = 0;
        int value = -1, ok = -1;
    };
    std::vector<Case> cases;
    const CommClause* dflt = nullptr;
    for (const CommClause* cc : s->clauses)
    {
        if (!cc->comm)
        {
            dflt = cc;
            continue;
        }
        setLine(cc);
        Case k{cc};
        if (auto ss = cc->comm->as<SendStmt>())
        {
            orderExprs({{ss->chan, nullptr, false, false}});
            Val c = expr(ss->chan);
            int cr = alloc("P", false);
            emit(encode(Op::Move, uint32_t(cr), uint32_t(c.reg)));
            k.elem = underlying(ss->chan->type)->as<Chan>()->elem;
            k.value = allocType(k.elem, false);
            orderExprs({{ss->value, nullptr, false, false}});
            exprTo(ss->value, k.elem, k.value);
            k.value = sendable(Val{k.value}, k.elem);
            k.word = 1 | uint64_t(cr) << 16 | uint64_t(k.value) << 32 | uint64_t(kNoReg) << 48;
        }
        else
        {
            const Expr* rx = nullptr;
            if (auto es = cc->comm->as<ExprStmt>())
                rx = es->x;
            else if (auto as = cc->comm->as<AssignStmt>())
            {
                k.assign = as;
                rx = as->rhs[0];
            }
            auto ue = unparen(rx)->as<UnaryExpr>();
            orderExprs({{ue->x, nullptr, false, false}});
            Val c = expr(ue->x);
            int cr = alloc("P", false);
            emit(encode(Op::Move, uint32_t(cr), uint32_t(c.reg)));
            k.elem = underlying(ue->x->type)->as<Chan>()->elem;
            k.value = allocType(k.elem, false);
            if (k.assign && k.assign->lhs.size() > 1)
                k.ok = alloc("S", false);
            k.word = uint64_t(cr) << 16 | uint64_t(k.value) << 32 |
                     uint64_t(k.ok >= 0 ? uint32_t(k.ok) : kNoReg) << 48;
        }
        cases.push_back(k);
    }
    setLine(s);
    int chosen = alloc("S", false);
    emit(encode(Op::Select, uint32_t(chosen), uint32_t(cases.size()), dflt ? 1u : 0u));
    for (const Case& k : cases)
        emitWord(k.word);

    Label end;
    std::vector<Label> bodies(cases.size());
    Label dfltLabel;
    emit(encode(Op::JumpTable, uint32_t(chosen), uint32_t(cases.size())));
    const size_t table = here();
    for (size_t i = 0; i < cases.size(); i++)
        emitWord(0);
    // Out of the table's range (-1): the default case.
    jump(dflt ? dfltLabel : end);
    auto body = [&](const CommClause* cc) {
        st_->targets.push_back({label, &end, nullptr});
        block(cc->body);
        st_->targets.pop_back();
        jump(end);
    };
    for (size_t i = 0; i < cases.size(); i++)
    {
        bind(bodies[i]);
        st_->fn->code[table + i] = uint64_t(uint32_t(int32_t(int64_t(here()) - int64_t(table + cases.size()))));
        const Case& k = cases[i];
        if (k.assign)
        {
            const Type* boolT = program_.types().basic(BasicKind::Bool);
            zeroBlock(k.value, k.elem);
            std::vector<std::pair<Val, const Type*>> vals = {{Val{k.value}, k.elem}};
            if (k.ok >= 0)
                vals.push_back({Val{k.ok}, boolT});
            for (size_t j = 0; j < k.assign->lhs.size() && j < vals.size(); j++)
            {
                const Expr* lhs = k.assign->lhs[j];
                if (auto id = lhs->as<Ident>(); id && id->name == "_")
                    continue;
                if (k.assign->op == Tok::Define)
                {
                    auto id = lhs->as<Ident>();
                    const Var* v = id && id->object ? id->object->as<Var>() : nullptr;
                    if (v)
                        bindVar(v, vals[j].first, vals[j].second);
                }
                else
                {
                    LVal lv = lvalue(lhs);
                    store(lv, convertValue(vals[j].first, vals[j].second, lv.type, -1), lv.type);
                }
            }
        }
        body(k.clause);
    }
    if (dflt)
    {
        bind(dfltLabel);
        body(dflt);
    }
    bind(end);
}

void Generator::typeSwitch(const TypeSwitchStmt* s, const Object* label)
{
    if (s->init)
        stmt(s->init);
    const Type* xt = s->guard->x->type;
    orderExprs({{s->guard->x, nullptr, false, false}});
    int x = allocType(xt, false);
    exprTo(s->guard->x, xt, x);
    int td = alloc("P", false);
    emit(encode(Op::TypeOf, uint32_t(td), uint32_t(x)));
    std::vector<Label> bodies(s->clauses.size());
    Label end;
    int defaultIdx = -1;
    const Type* anyT = program_.anyType();
    for (size_t ci = 0; ci < s->clauses.size(); ci++)
    {
        const CaseClause* c = s->clauses[ci];
        if (c->isDefault)
            defaultIdx = int(ci);
        for (const Expr* e : c->list)
        {
            size_t mk = mark();
            int r = alloc("S");
            if (auto id = unparen(e)->as<Ident>(); id && id->object && id->object->is<Nil>())
            {
                int z = alloc("P");
                emit(encode(Op::LoadZero, uint32_t(z), 1));
                emit(encode(Op::Eq, uint32_t(r), uint32_t(td), uint32_t(z)));
            }
            else if (isInterface(e->type))
                emit(encode(Op::Implements, uint32_t(r), uint32_t(td), typeIndex(e->type)));
            else
            {
                int t = alloc("P");
                emit(encode(Op::LoadType, uint32_t(t), typeWordIndex(e->type, anyT)));
                emit(encode(Op::Eq, uint32_t(r), uint32_t(td), uint32_t(t)));
            }
            jumpIf(r, bodies[ci], true);
            release(mk);
        }
    }
    if (defaultIdx >= 0)
        jump(bodies[size_t(defaultIdx)]);
    else
        jump(end);
    for (size_t ci = 0; ci < s->clauses.size(); ci++)
    {
        const CaseClause* c = s->clauses[ci];
        bind(bodies[ci]);
        if (auto v = c->implicitObj ? c->implicitObj->as<Var>() : nullptr)
        {
            const Type* vt = v->type;
            Val val;
            if (c->list.size() == 1 && !isInterface(vt) && !(unparen(c->list[0])->is<Ident>() &&
                                                             unparen(c->list[0])->as<Ident>()->object &&
                                                             unparen(c->list[0])->as<Ident>()->object->is<Nil>()))
            {
                int d = allocType(vt);
                emit(encode(Op::Unbox, uint32_t(d), uint32_t(x), typeIndex(vt)));
                val = Val{d, true};
            }
            else
                val = convertValue(Val{x}, xt, vt, -1);
            bindVar(v, val, vt);
        }
        st_->targets.push_back({label, &end, nullptr});
        block(c->body);
        st_->targets.pop_back();
        jump(end);
    }
    bind(end);
}

void Generator::returnStmt(const ReturnStmt* s)
{
    const auto& results = st_->resultVars;
    if (!s->results.empty())
    {
        if (s->results.size() == results.size() && results.size() > 1 && !results[0]->name.empty())
        {
            returnValues(s);
            leaveFunction();
            return;
        }
        std::vector<OrderRoot> roots;
        bool whole = s->results.size() == results.size();
        for (size_t i = 0; i < s->results.size(); i++)
            roots.push_back({s->results[i], whole ? results[i]->type : nullptr, false, whole});
        orderExprs(roots);
        std::vector<std::pair<Val, const Type*>> vals;
        if (s->results.size() == 1 && results.size() > 1)
        {
            auto call = unparen(s->results[0])->as<CallExpr>();
            int r = callMulti(call);
            for (const Var* v : unparen(s->results[0])->type->as<Tuple>()->vars)
            {
                vals.push_back({Val{r, true}, v->type});
                r += slots(v->type);
            }
        }
        else if (results.size() == 1)
        {
            // One result: evaluate straight into it when it is a register.
            const Var* rv = results[0];
            const VarLoc& loc = st_->vars[rv];
            if (loc.kind == VarLoc::Reg && !isBlock(rv->type))
            {
                exprTo(s->results[0], rv->type, loc.reg);
                leaveFunction();
                return;
            }
            vals.push_back({exprAs(s->results[0], rv->type), rv->type});
        }
        else
            for (size_t i = 0; i < s->results.size(); i++)
            {
                const Type* t = results[i]->type;
                int r = allocType(t);
                exprTo(s->results[i], t, r);
                vals.push_back({Val{r}, t});
            }
        for (size_t i = 0; i < results.size() && i < vals.size(); i++)
        {
            const Var* rv = results[i];
            Val v = convertValue(vals[i].first, vals[i].second, rv->type, -1);
            const VarLoc& loc = st_->vars[rv];
            if (loc.kind == VarLoc::Reg)
                move(loc.reg, v.reg, rv->type);
            else
                storeMem(rv->type, loc.reg, 0, v);
        }
    }
    leaveFunction();
}

void Generator::leaveFunction()
{
    if (st_->directReturn)
        emit(encode(Op::Return));
    else
        jump(st_->retLabel);
}

void Generator::branch(const BranchStmt* s)
{
    const Object* label = s->label ? s->label->object : nullptr;
    switch (s->tok)
    {
    case Tok::Break:
    case Tok::Continue:
        for (auto it = st_->targets.rbegin(); it != st_->targets.rend(); ++it)
        {
            if (label && it->label != label)
                continue;
            if (s->tok == Tok::Continue && !it->cont)
                continue;
            jump(s->tok == Tok::Break ? *it->brk : *it->cont);
            return;
        }
        error(s->pos, "internal error: no target for break/continue");
        return;
    case Tok::Goto: jump(st_->gotoLabels[label]); return;
    case Tok::Fallthrough:
        if (st_->fallthroughTo)
            jump(*st_->fallthroughTo);
        return;
    default: return;
    }
}

void Generator::stmt(const Stmt* s)
{
    if (!s)
        return;
    if (stackNearlyFull()) [[unlikely]]
    {
        if (!tooDeep_)
            error(s->pos, "statement nested too deeply");
        tooDeep_ = true;
        return;
    }
    setLine(s);
    size_t mk = mark();
    size_t ordered = st_->ordered.size();
    switch (s->kind)
    {
    case NodeKind::DeclStmt:
    {
        auto gd = static_cast<const DeclStmt*>(s)->decl;
        if (gd->tok == Tok::Var)
            for (const Node* spec : gd->specs)
                if (auto vs = spec->as<ValueSpec>())
                {
                    setLine(vs);
                    valueSpec(vs);
                    release(mk);
                }
        break;
    }
    case NodeKind::EmptyStmt: break;
    case NodeKind::LabeledStmt:
    {
        auto ls = static_cast<const LabeledStmt*>(s);
        const Object* label = ls->label->object;
        bind(st_->gotoLabels[label]);
        const Stmt* inner = ls->stmt;
        switch (inner->kind)
        {
        case NodeKind::ForStmt: forStmt(inner->as<ForStmt>(), label); break;
        case NodeKind::RangeStmt: rangeStmt(inner->as<RangeStmt>(), label); break;
        case NodeKind::SwitchStmt: switchStmt(inner->as<SwitchStmt>(), label); break;
        case NodeKind::SelectStmt: selectStmt(inner->as<SelectStmt>(), label); break;
        case NodeKind::TypeSwitchStmt: typeSwitch(inner->as<TypeSwitchStmt>(), label); break;
        default: stmt(inner); break;
        }
        break;
    }
    case NodeKind::ExprStmt:
    {
        const Expr* x = unparen(static_cast<const ExprStmt*>(s)->x);
        orderExprs({{x, nullptr, false, false}});
        if (auto c = x->as<CallExpr>())
        {
            if (c->fun->mode == ExprMode::Builtin)
                builtinCall(c, program_.builtinOf(c), -1);
            else if (c->fun->mode == ExprMode::TypeExpr)
                expr(c);
            else
                callMulti(c);
        }
        else
            expr(x);
        break;
    }
    case NodeKind::SendStmt:
    {
        auto ss = static_cast<const SendStmt*>(s);
        const Type* et = underlying(ss->chan->type)->as<Chan>()->elem;
        orderExprs({{ss->chan}, {ss->value, et}});
        Val c = expr(ss->chan);
        Val v = exprAs(ss->value, et);
        emit(encode(Op::Send, uint32_t(c.reg), uint32_t(sendable(v, et))));
        break;
    }
    case NodeKind::IncDecStmt:
        orderExprs({{static_cast<const IncDecStmt*>(s)->x, nullptr, true}});
        incDec(static_cast<const IncDecStmt*>(s));
        break;
    case NodeKind::AssignStmt: assign(static_cast<const AssignStmt*>(s)); break;
    case NodeKind::GoStmt: deferOrGo(static_cast<const GoStmt*>(s)->call->as<CallExpr>(), true); break;
    case NodeKind::DeferStmt: deferOrGo(static_cast<const DeferStmt*>(s)->call->as<CallExpr>(), false); break;
    case NodeKind::ReturnStmt: returnStmt(static_cast<const ReturnStmt*>(s)); break;
    case NodeKind::BranchStmt: branch(static_cast<const BranchStmt*>(s)); break;
    case NodeKind::BlockStmt: block(static_cast<const BlockStmt*>(s)->stmts); break;
    case NodeKind::IfStmt: ifStmt(static_cast<const IfStmt*>(s)); break;
    case NodeKind::SwitchStmt: switchStmt(static_cast<const SwitchStmt*>(s), nullptr); break;
    case NodeKind::TypeSwitchStmt: typeSwitch(static_cast<const TypeSwitchStmt*>(s), nullptr); break;
    case NodeKind::ForStmt: forStmt(static_cast<const ForStmt*>(s), nullptr); break;
    case NodeKind::RangeStmt: rangeStmt(static_cast<const RangeStmt*>(s), nullptr); break;
    case NodeKind::SelectStmt: selectStmt(static_cast<const SelectStmt*>(s), nullptr); break;
    default: error(s->pos, "not supported in weft: this statement"); break;
    }
    release(mk);
    for (size_t i = ordered; i < st_->ordered.size(); i++)
        st_->overrides.erase(st_->ordered[i]);
    st_->ordered.resize(ordered);
}

} // namespace weft::detail
