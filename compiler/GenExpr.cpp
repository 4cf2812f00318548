// Code generation: expressions.
#include "compiler/CodegenImpl.h"
#include "lexer/MachineStack.h"

#include <cstring>

namespace weft::detail {

static const Basic* basicOf(const Type* t)
{
    const Type* u = underlying(t);
    return u ? u->as<Basic>() : nullptr;
}

static bool isNilExpr(const Expr* e)
{
    while (auto p = e->as<ParenExpr>())
        e = p->x;
    auto id = e->as<Ident>();
    return id && id->object && id->object->is<Nil>();
}

static bool isUntypedNil(const Type* t) { return t && t->is<Basic>() && t->as<Basic>()->bkind == BasicKind::UntypedNil; }

// ---- constants --------------------------------------------------------------------------------

uint32_t Generator::stringConst(const std::string& s)
{
    auto it = stringIndex_.find(s);
    if (it != stringIndex_.end())
        return it->second;
    Module& m = *module_;
    m.stringData.push_back(s);
    const std::string& stored = m.stringData.back();
    m.strings.push_back(GoString{reinterpret_cast<const uint8_t*>(stored.data()), int64_t(stored.size())});
    uint32_t i = uint32_t(m.strings.size() - 1);
    stringIndex_[s] = i;
    return i;
}

Val Generator::constant(const Constant* c, const Type* t, int dest)
{
    t = defaultType(t, program_);
    if (dest < 0)
        dest = allocType(t);
    const Basic* b = basicOf(t);
    if (!b)
    {
        emit(encode(Op::LoadZero, uint32_t(dest), uint32_t(slots(t))));
        return Val{dest};
    }
    if (b->info & IsString)
    {
        emit(encode(Op::LoadString, uint32_t(dest), stringConst(c->string)));
        return Val{dest};
    }
    if (b->info & IsBoolean)
    {
        emit(encodeSBC(Op::LoadInt, uint32_t(dest), c->boolean ? 1 : 0));
        return Val{dest};
    }
    if (b->info & IsFloat)
    {
        double d;
        if (c->kind == Constant::Kind::Float)
            d = b->bkind == BasicKind::Float32 ? double(c->rational.toFloat()) : c->rational.toDouble();
        else
            d = b->bkind == BasicKind::Float32 ? double(float(c->integer.toDouble())) : c->integer.toDouble();
        uint64_t bits;
        std::memcpy(&bits, &d, 8);
        emit(encode(Op::LoadConst, uint32_t(dest)));
        emitWord(bits);
        return Val{dest};
    }
    int64_t v = 0;
    if (c->kind == Constant::Kind::Int)
        v = int64_t(c->integer.lowBits64());
    else if (c->kind == Constant::Kind::Float)
        v = int64_t(c->rational.toInt().value_or(BigInt()).lowBits64()); // an integer: checked
    else if (c->kind == Constant::Kind::Bool)
        v = c->boolean;
    loadInt(dest, v);
    return Val{dest};
}

// After an instruction that yields a zero value by clearing registers (a missing map entry, a
// failed comma-ok assertion, a receive from a closed channel): a struct or array value is a
// pointer to its block, so its zero value needs a zeroed block, not a nil pointer.
void Generator::zeroBlock(int reg, const Type* t)
{
    if (isBlock(t))
        emit(encode(Op::ZeroBlock, uint32_t(reg), typeIndex(t)));
}

void Generator::loadInt(int dest, int64_t v)
{
    if (v >= INT32_MIN && v <= INT32_MAX)
        emit(encodeSBC(Op::LoadInt, uint32_t(dest), int32_t(v)));
    else
    {
        emit(encode(Op::LoadConst, uint32_t(dest)));
        emitWord(uint64_t(v));
    }
}

// ---- memory ---------------------------------------------------------------------------------

static Op loadOp(const Type* t)
{
    const Type* u = underlying(t);
    if (auto b = u ? u->as<Basic>() : nullptr)
    {
        switch (b->bkind)
        {
        case BasicKind::Bool:
        case BasicKind::Uint8: return Op::Load8U;
        case BasicKind::Int8: return Op::Load8;
        case BasicKind::Int16: return Op::Load16;
        case BasicKind::Uint16: return Op::Load16U;
        case BasicKind::Int32: return Op::Load32;
        case BasicKind::Uint32: return Op::Load32U;
        case BasicKind::Float32: return Op::LoadF32;
        case BasicKind::String:
        case BasicKind::UntypedString: return Op::Load2;
        default: return Op::Load64;
        }
    }
    if (u && u->is<Slice>())
        return Op::Load3;
    if (u && u->is<Interface>())
        return Op::Load2;
    return Op::Load64;
}

static Op storeOp(const Type* t)
{
    switch (loadOp(t))
    {
    case Op::Load8U:
    case Op::Load8: return Op::Store8;
    case Op::Load16:
    case Op::Load16U: return Op::Store16;
    case Op::Load32:
    case Op::Load32U: return Op::Store32;
    case Op::LoadF32: return Op::StoreF32;
    case Op::Load2: return Op::Store2;
    case Op::Load3: return Op::Store3;
    default: return Op::Store64;
    }
}

Val Generator::loadMem(const Type* t, int base, int64_t off, int dest)
{
    if (isBlock(t))
    {
        if (dest < 0)
            dest = alloc("P");
        emit(encode(Op::Lea, uint32_t(dest), uint32_t(base), 0));
        emitWord(uint64_t(off));
        return Val{dest};
    }
    if (off < 0 || off > 0xffff)
    {
        int a = alloc("P");
        emit(encode(Op::Lea, uint32_t(a), uint32_t(base), 0));
        emitWord(uint64_t(off));
        base = a;
        off = 0;
    }
    if (dest < 0)
        dest = allocType(t);
    emit(encode(loadOp(t), uint32_t(dest), uint32_t(base), uint32_t(off)));
    return Val{dest};
}

void Generator::storeMem(const Type* t, int base, int64_t off, Val v)
{
    if (isBlock(t))
    {
        int a = base;
        if (off != 0)
        {
            a = alloc("P");
            emit(encode(Op::Lea, uint32_t(a), uint32_t(base), 0));
            emitWord(uint64_t(off));
        }
        emit(encode(Op::CopyMem, uint32_t(a), uint32_t(v.reg)));
        emitWord(uint64_t(sizeOf(t)));
        return;
    }
    if (off < 0 || off > 0xffff)
    {
        int a = alloc("P");
        emit(encode(Op::Lea, uint32_t(a), uint32_t(base), 0));
        emitWord(uint64_t(off));
        base = a;
        off = 0;
    }
    emit(encode(storeOp(t), uint32_t(base), uint32_t(v.reg), uint32_t(off)));
}

Val Generator::copyIfShared(Val v, const Type* t)
{
    if (!isBlock(t) || v.fresh)
        return v;
    int r = alloc("P");
    emit(encode(Op::NewCopy, uint32_t(r), uint32_t(v.reg), typeIndex(t)));
    return Val{r, true};
}

// ---- variables ------------------------------------------------------------------------------

Val Generator::varValue(const Var* v, int dest)
{
    auto git = globals_.find(v);
    if (git != globals_.end())
    {
        int a = alloc("P");
        emit(encodeSBC(Op::GlobalAddr, uint32_t(a), int32_t(git->second)));
        if (isBlock(v->type))
        {
            if (dest >= 0)
            {
                emit(encode(Op::Move, uint32_t(dest), uint32_t(a)));
                return Val{dest};
            }
            return Val{a};
        }
        return loadMem(v->type, a, 0, dest);
    }
    auto it = st_->vars.find(v);
    if (it == st_->vars.end())
    {
        error(v->pos, "internal error: variable " + std::string(v->name) + " has no location");
        return Val{dest >= 0 ? dest : allocType(v->type)};
    }
    const VarLoc loc = it->second;
    if (loc.kind == VarLoc::Reg || isBlock(v->type))
    {
        if (dest >= 0 && dest != loc.reg)
        {
            move(dest, loc.reg, isBlock(v->type) ? program_.types().pointer(v->type) : v->type);
            return Val{dest};
        }
        return Val{loc.reg};
    }
    return loadMem(v->type, loc.reg, 0, dest);
}

bool Generator::addressable(const Expr* e) const
{
    return e->mode == ExprMode::Variable;
}

std::pair<int, int64_t> Generator::fieldPath(int base, int64_t off, const Type* t, const std::vector<int>& path,
                                             size_t count, bool baseIsPointerValue)
{
    const Type* cur = t;
    if (baseIsPointerValue)
        cur = underlying(t)->as<Pointer>()->elem;
    for (size_t i = 0; i < count; i++)
    {
        const Type* u = underlying(cur);
        if (auto p = u->as<Pointer>())
        {
            // An embedded pointer: load it.
            Val v = loadMem(cur, base, off, -1);
            base = v.reg;
            off = 0;
            u = underlying(p->elem);
            cur = p->elem;
        }
        auto s = u->as<Struct>();
        off += fieldOffset(s, size_t(path[i]));
        cur = s->fields[size_t(path[i])]->type;
    }
    return {base, off};
}

std::pair<int, int64_t> Generator::addrOf(const Expr* e)
{
    while (auto p = e->as<ParenExpr>())
        e = p->x;
    if (auto ov = st_->overrides.find(e); ov != st_->overrides.end() && isBlock(e->type))
        return {ov->second.reg, 0};
    switch (e->kind)
    {
    case NodeKind::Ident:
    {
        auto v = static_cast<const Ident*>(e)->object;
        if (v && v->is<Var>())
        {
            auto var = static_cast<const Var*>(v);
            if (auto git = globals_.find(var); git != globals_.end())
            {
                int a = alloc("P");
                emit(encodeSBC(Op::GlobalAddr, uint32_t(a), int32_t(git->second)));
                return {a, 0};
            }
            auto it = st_->vars.find(var);
            if (it != st_->vars.end() && it->second.kind == VarLoc::Addr)
                return {it->second.reg, 0};
            error(e->pos, "internal error: address of a register variable");
        }
        break;
    }
    case NodeKind::SelectorExpr:
    {
        auto sel = static_cast<const SelectorExpr*>(e);
        const Selection* s = program_.selection(sel);
        if (s && s->kind == SelectionKind::FieldVal)
        {
            if (auto po = st_->prefixOverrides.find(sel); po != st_->prefixOverrides.end())
            {
                // The pointer on the way was evaluated ahead (GenAssign.cpp): the rest of the path.
                const PrefixOverride& p = po->second;
                std::vector<int> rest(s->path.begin() + long(p.steps), s->path.end());
                return fieldPath(p.ptr.reg, 0, p.ptrType, rest, rest.size(), true);
            }
            const Type* xt = sel->x->type;
            bool isPtr = underlying(xt)->is<Pointer>();
            int base;
            int64_t off = 0;
            if (isPtr)
                base = expr(sel->x).reg;
            else if (isBlock(xt) && !addressable(sel->x))
                base = expr(sel->x).reg;
            else
                std::tie(base, off) = addrOf(sel->x);
            return fieldPath(base, off, xt, s->path, s->path.size(), isPtr);
        }
        if (s && s->kind == SelectionKind::Qualified)
            return addrOf(sel->sel);
        break;
    }
    case NodeKind::IndexExpr:
    {
        auto ix = static_cast<const IndexExpr*>(e);
        const Type* xt = underlying(ix->x->type);
        if (auto sl = xt->as<Slice>())
        {
            Val s = expr(ix->x);
            Val i = exprAs(ix->index, program_.types().basic(BasicKind::Int));
            int a = alloc("P");
            const Position before = boundsAt(ix->lbrack);
            emit(encode(Op::IndexAddr, uint32_t(a), uint32_t(s.reg), uint32_t(i.reg)));
            emitWord(uint64_t(sizeOf(sl->elem)));
            noteBounds({ix->index->type});
            restorePos(before);
            return {a, 0};
        }
        const Array* arr = xt->as<Array>();
        int base;
        int64_t off = 0;
        if (auto p = xt->as<Pointer>())
        {
            arr = underlying(p->elem)->as<Array>();
            base = expr(ix->x).reg;
        }
        else if (addressable(ix->x))
            std::tie(base, off) = addrOf(ix->x);
        else
            base = expr(ix->x).reg;
        if (off != 0)
        {
            int a = alloc("P");
            emit(encode(Op::Lea, uint32_t(a), uint32_t(base), 0));
            emitWord(uint64_t(off));
            base = a;
        }
        Val i = exprAs(ix->index, program_.types().basic(BasicKind::Int));
        int a = alloc("P");
        const Position before = boundsAt(ix->lbrack);
        emit(encode(Op::ArrayAddr, uint32_t(a), uint32_t(base), uint32_t(i.reg)));
        emitWord((uint64_t(arr->len) << 32) | uint64_t(sizeOf(arr->elem)));
        noteBounds({ix->index->type});
        restorePos(before);
        return {a, 0};
    }
    case NodeKind::StarExpr:
    {
        Val p = expr(static_cast<const StarExpr*>(e)->x);
        emit(encode(Op::NilCheck, uint32_t(p.reg)));
        return {p.reg, 0};
    }
    case NodeKind::CompositeLit:
    {
        Val v = expr(e);
        return {v.reg, 0};
    }
    default: break;
    }
    if (isBlock(e->type))
        return {expr(e).reg, 0};
    error(e->pos, "internal error: cannot take the address of this expression");
    return {alloc("P"), 0};
}

int Generator::addrReg(const Expr* e)
{
    auto [b, off] = addrOf(e);
    if (off == 0)
    {
        // &p.f with f at offset 0 is p itself: Go still panics if p is nil (Lea checks the
        // other offsets).
        const Expr* u = e;
        while (auto p = u->as<ParenExpr>())
            u = p->x;
        if (u->is<SelectorExpr>())
            emit(encode(Op::NilCheck, uint32_t(b)));
        return b;
    }
    int a = alloc("P");
    emit(encode(Op::Lea, uint32_t(a), uint32_t(b), 0));
    emitWord(uint64_t(off));
    return a;
}

LVal Generator::lvalue(const Expr* e)
{
    while (auto p = e->as<ParenExpr>())
        e = p->x;
    LVal lv;
    lv.type = e->type;
    if (auto id = e->as<Ident>())
    {
        if (id->name == "_" || !id->object)
            return lv;
        auto v = static_cast<const Var*>(id->object);
        if (!globals_.count(v))
        {
            auto it = st_->vars.find(v);
            if (it != st_->vars.end() && it->second.kind == VarLoc::Reg)
            {
                lv.kind = LVal::Reg;
                lv.reg = it->second.reg;
                return lv;
            }
        }
    }
    if (auto ix = e->as<IndexExpr>())
        if (auto m = underlying(ix->x->type)->as<Map>())
        {
            lv.kind = LVal::MapEntry;
            lv.reg = expr(ix->x).reg;
            // The map keeps a struct or array key's block: never the block of a variable.
            lv.keyReg = copyIfShared(exprAs(ix->index, m->key), m->key).reg;
            lv.keyType = m->key;
            return lv;
        }
    auto [b, off] = addrOf(e);
    lv.kind = LVal::Mem;
    lv.reg = b;
    lv.off = off;
    return lv;
}

void Generator::store(const LVal& lv, Val v, const Type* vt)
{
    (void)vt;
    switch (lv.kind)
    {
    case LVal::Blank: return;
    case LVal::Reg: move(lv.reg, v.reg, lv.type); return;
    case LVal::Mem: storeMem(lv.type, lv.reg, lv.off, v); return;
    case LVal::MapEntry:
        v = copyIfShared(v, lv.type);
        emit(encode(Op::MapSet, uint32_t(lv.reg), uint32_t(lv.keyReg), uint32_t(v.reg)));
        return;
    }
}

// ---- conversions ------------------------------------------------------------------------------

Val Generator::convertValue(Val v, const Type* from, const Type* to, int dest)
{
    from = defaultType(from, program_);
    const Type* tu = underlying(to);
    const Type* fu = underlying(from);
    if (tu && tu->is<Interface>())
    {
        if (dest < 0)
            dest = alloc("TD");
        if (isUntypedNil(from))
        {
            emit(encode(Op::LoadZero, uint32_t(dest), 2));
            return Val{dest};
        }
        if (fu && fu->is<Interface>())
        {
            if (identical(from, to) || (tu->as<Interface>()->allMethods.empty() && fu->as<Interface>()->allMethods.empty()))
                move(dest, v.reg, to);
            else
                emit(encode(Op::IfaceConv, uint32_t(dest), uint32_t(v.reg), ifaceTypeIndex(to)));
            return Val{dest};
        }
        emit(encode(Op::Box, uint32_t(dest), uint32_t(v.reg), typeWordIndex(from, to)));
        return Val{dest};
    }
    if (isUntypedNil(from))
    {
        if (dest < 0)
            dest = allocType(to);
        emit(encode(Op::LoadZero, uint32_t(dest), uint32_t(slots(to))));
        return Val{dest};
    }
    if (dest >= 0 && dest != v.reg)
    {
        move(dest, v.reg, isBlock(to) ? program_.types().pointer(to) : to);
        return Val{dest, v.fresh};
    }
    return v;
}

void Generator::exprTo(const Expr* e, const Type* target, int dest)
{
    if (isNilExpr(e))
    {
        emit(encode(Op::LoadZero, uint32_t(dest), uint32_t(slots(target))));
        return;
    }
    const Type* et = e->type;
    if (e->mode == ExprMode::Constant && !(underlying(target) && underlying(target)->is<Interface>()))
    {
        constant(e->value, isUntyped(et) ? target : et, dest);
        return;
    }
    bool conv = underlying(target) && underlying(target)->is<Interface>() &&
                !(underlying(et) && underlying(et)->is<Interface>() && identical(et, target));
    if (!conv)
    {
        Val v = expr(e, dest);
        if (v.reg != dest)
            move(dest, v.reg, isBlock(target) ? program_.types().pointer(target) : target);
        return;
    }
    Val v = expr(e);
    convertValue(v, et, target, dest);
}

Val Generator::exprAs(const Expr* e, const Type* target)
{
    if (isNilExpr(e))
    {
        int d = allocType(target);
        emit(encode(Op::LoadZero, uint32_t(d), uint32_t(slots(target))));
        return Val{d};
    }
    if (e->mode == ExprMode::Constant && !(underlying(target) && underlying(target)->is<Interface>()))
        return constant(e->value, isUntyped(e->type) ? target : e->type, -1);
    Val v = expr(e);
    const Type* tu = underlying(target);
    if (tu && tu->is<Interface>() && !identical(e->type, target))
        return convertValue(v, e->type, target, -1);
    return v;
}

// Narrows a 64-bit integer result to the width of type t.
static void narrow(Generator& g, int reg, const Type* t)
{
    const Basic* b = basicOf(t);
    if (!b)
        return;
    Op op;
    switch (b->bkind)
    {
    case BasicKind::Int8: op = Op::Sext8; break;
    case BasicKind::Int16: op = Op::Sext16; break;
    case BasicKind::Int32: op = Op::Sext32; break;
    case BasicKind::Uint8: op = Op::Zext8; break;
    case BasicKind::Uint16: op = Op::Zext16; break;
    case BasicKind::Uint32: op = Op::Zext32; break;
    default: return;
    }
    g.emit(encode(op, uint32_t(reg), uint32_t(reg)));
}

Val Generator::conversion(const CallExpr* e, int dest)
{
    const Type* to = e->type;
    const Expr* x = e->args[0];
    const Type* from = x->type;
    if (e->mode == ExprMode::Constant)
        return constant(e->value, to, dest);
    const Type* tu = underlying(to);
    if (tu->is<Interface>())
    {
        Val v = exprAs(x, from);
        return convertValue(v, from, to, dest);
    }
    if (isNilExpr(x))
    {
        if (dest < 0)
            dest = allocType(to);
        emit(encode(Op::LoadZero, uint32_t(dest), uint32_t(slots(to))));
        return Val{dest};
    }
    const Basic* tb = tu->as<Basic>();
    const Type* fu = underlying(from);
    const Basic* fb = fu ? fu->as<Basic>() : nullptr;
    if (auto pt = tu->as<Pointer>(); pt && fu && fu->is<Slice>())
    {
        // (*[N]T)(s): s's array, if it has at least N elements (a nil slice gives nil).
        const Array* arr = underlying(pt->elem)->as<Array>();
        Val v = expr(x);
        if (dest < 0)
            dest = alloc("P");
        emit(encode(Op::SliceToArrayPtr, uint32_t(dest), uint32_t(v.reg)));
        emitWord(uint64_t(arr ? arr->len : 0));
        return Val{dest};
    }
    if (tb && (tb->info & IsString))
    {
        if (fb && (fb->info & IsInteger))
        {
            Val v = expr(x);
            if (dest < 0)
                dest = alloc("PS");
            emit(encode(Op::RuneToStr, uint32_t(dest), uint32_t(v.reg)));
            return Val{dest};
        }
        if (auto sl = fu ? fu->as<Slice>() : nullptr)
        {
            Val v = expr(x);
            if (dest < 0)
                dest = alloc("PS");
            const Basic* eb = basicOf(sl->elem);
            emit(encode(eb && eb->bkind == BasicKind::Int32 ? Op::RunesToStr : Op::BytesToStr, uint32_t(dest), uint32_t(v.reg)));
            return Val{dest};
        }
        return expr(x, dest);
    }
    if (auto sl = tu->as<Slice>(); sl && fb && (fb->info & IsString))
    {
        Val v = expr(x);
        if (dest < 0)
            dest = alloc("PSS");
        const Basic* eb = basicOf(sl->elem);
        emit(encode(eb && eb->bkind == BasicKind::Int32 ? Op::StrToRunes : Op::StrToBytes, uint32_t(dest), uint32_t(v.reg)));
        return Val{dest};
    }
    if (tb && fb && (tb->info & IsNumeric) && (fb->info & IsNumeric))
    {
        Val v = exprAs(x, from);
        if (dest < 0)
            dest = allocType(to);
        bool toF = tb->info & IsFloat, fromF = fb->info & IsFloat;
        if (!toF && !fromF)
        {
            if (dest != v.reg)
                emit(encode(Op::Move, uint32_t(dest), uint32_t(v.reg)));
            narrow(*this, dest, to);
        }
        else if (toF && !fromF)
        {
            // To float32 in one rounding: through float64 first would round twice.
            bool f32 = tb->bkind == BasicKind::Float32;
            bool u = fb->info & IsUnsigned;
            emit(encode(f32 ? (u ? Op::UintToF32 : Op::IntToF32) : (u ? Op::UintToF : Op::IntToF), uint32_t(dest),
                        uint32_t(v.reg)));
        }
        else if (!toF && fromF)
        {
            emit(encode((tb->info & IsUnsigned) ? Op::FToUint : Op::FToInt, uint32_t(dest), uint32_t(v.reg)));
            narrow(*this, dest, to);
        }
        else
        {
            if (tb->bkind == BasicKind::Float32)
                emit(encode(Op::FRound32, uint32_t(dest), uint32_t(v.reg)));
            else if (dest != v.reg)
                emit(encode(Op::Move, uint32_t(dest), uint32_t(v.reg)));
        }
        return Val{dest};
    }
    // Same underlying type (or pointer/func/chan conversions): the representation is unchanged.
    Val v = expr(x, dest);
    return v;
}

// ---- operators --------------------------------------------------------------------------------

static bool smallConst(const Expr* e, int64_t& out)
{
    if (e->mode != ExprMode::Constant || !e->value || e->value->kind != Constant::Kind::Int)
        return false;
    if (!e->value->integer.fitsInt64())
        return false;
    int64_t v = e->value->integer.toInt64();
    if (v < -32768 || v > 32767)
        return false;
    out = v;
    return true;
}

Val Generator::binary(const BinaryExpr* e, int dest)
{
    Tok op = e->op;
    if (op == Tok::LAnd || op == Tok::LOr)
    {
        if (dest < 0)
            dest = alloc("S");
        Label end;
        expr(e->x, dest);
        jumpIf(dest, end, op == Tok::LOr);
        orderExprs({{e->y, nullptr, false, false}}); // gc orders the right operand in its own block
        expr(e->y, dest);
        bind(end);
        return Val{dest};
    }
    if (op == Tok::Eql || op == Tok::Neq || op == Tok::Lss || op == Tok::Leq || op == Tok::Gtr || op == Tok::Geq)
        return compare(op, e->x, e->y, dest);
    const Type* t = defaultType(e->type, program_);
    const Basic* b = basicOf(t);
    // The operands' temporaries are free once they are read: the result may take one of them
    // (every arithmetic instruction reads its operands before it writes), so that a chain
    // a + b + c + ... of any length needs one temporary, not one per term.
    const size_t operands = mark();
    auto result = [&] {
        if (dest < 0)
        {
            release(operands);
            dest = alloc(b && (b->info & IsString) ? "PS" : "S");
        }
    };
    int64_t k;
    if ((op == Tok::Add || op == Tok::Sub) && b && (b->info & IsInteger) && smallConst(e->y, k) &&
        !(op == Tok::Sub && k == -32768))
    {
        Val x = exprAs(e->x, t);
        result();
        emit(encode(Op::AddImm, uint32_t(dest), uint32_t(x.reg), uint32_t(uint16_t(int16_t(op == Tok::Sub ? -k : k)))));
        narrow(*this, dest, t);
        return Val{dest};
    }
    // x * k, and x / k, x % k for signed x: the constant travels in the instruction (no
    // register, no load, no zero check).
    if (b && (b->info & IsInteger) && smallConst(e->y, k) &&
        (op == Tok::Mul || ((op == Tok::Quo || op == Tok::Rem) && k != 0 && !(b->info & IsUnsigned))))
    {
        Val x = exprAs(e->x, t);
        result();
        Op o = op == Tok::Mul ? Op::MulImm : op == Tok::Quo ? Op::DivImm : Op::RemImm;
        emit(encode(o, uint32_t(dest), uint32_t(x.reg), uint32_t(uint16_t(int16_t(k)))));
        narrow(*this, dest, t);
        return Val{dest};
    }
    Val x = exprAs(e->x, t);
    const Type* yt = t;
    if (op == Tok::Shl || op == Tok::Shr)
    {
        yt = defaultType(e->y->type, program_);
        if (isUntyped(e->y->type))
            yt = program_.types().basic(BasicKind::Uint);
    }
    Val y = exprAs(e->y, yt);
    result();
    return arith(op, t, x, y, yt, e->y->mode == ExprMode::Constant, dest);
}

Val Generator::arith(Tok op, const Type* t, Val x, Val y, const Type* yt, bool yConst, int dest)
{
    const Basic* b = basicOf(t);
    if (op == Tok::Shl || op == Tok::Shr)
    {
        if (!isUnsigned(yt) && !yConst)
            emit(encode(Op::CheckShift, uint32_t(y.reg)));
        if (dest < 0)
            dest = alloc("S");
        Op o = op == Tok::Shl ? Op::Shl : (b && (b->info & IsUnsigned)) ? Op::ShrU : Op::Shr;
        emit(encode(o, uint32_t(dest), uint32_t(x.reg), uint32_t(y.reg)));
        narrow(*this, dest, t);
        return Val{dest};
    }
    if (b && (b->info & IsString))
    {
        if (dest < 0)
            dest = alloc("PS");
        emit(encode(Op::Concat, uint32_t(dest), uint32_t(x.reg), uint32_t(y.reg)));
        return Val{dest};
    }
    if (b && (b->info & IsFloat))
    {
        if (dest < 0)
            dest = alloc("S");
        Op o = op == Tok::Add ? Op::FAdd : op == Tok::Sub ? Op::FSub : op == Tok::Mul ? Op::FMul : Op::FDiv;
        emit(encode(o, uint32_t(dest), uint32_t(x.reg), uint32_t(y.reg)));
        if (b->bkind == BasicKind::Float32)
            emit(encode(Op::FRound32, uint32_t(dest), uint32_t(dest)));
        return Val{dest};
    }
    bool uns = b && (b->info & IsUnsigned);
    if (dest < 0)
        dest = alloc("S");
    Op o;
    switch (op)
    {
    case Tok::Add: o = Op::Add; break;
    case Tok::Sub: o = Op::Sub; break;
    case Tok::Mul: o = Op::Mul; break;
    case Tok::Quo: o = uns ? Op::DivU : Op::Div; break;
    case Tok::Rem: o = uns ? Op::RemU : Op::Rem; break;
    case Tok::And: o = Op::And; break;
    case Tok::Or: o = Op::Or; break;
    case Tok::Xor: o = Op::Xor; break;
    case Tok::AndNot: o = Op::AndNot; break;
    default: error(Position{}, "internal error: unexpected binary operator"); return Val{dest};
    }
    emit(encode(o, uint32_t(dest), uint32_t(x.reg), uint32_t(y.reg)));
    narrow(*this, dest, t);
    return Val{dest};
}

Val Generator::compare(Tok op, const Expr* xe, const Expr* ye, int dest)
{
    if (dest < 0)
        dest = alloc("S");
    bool xnil = isNilExpr(xe), ynil = isNilExpr(ye);
    if (xnil || ynil)
    {
        const Expr* other = xnil ? ye : xe;
        Val v = expr(other);
        int z = alloc("S");
        emit(encodeSBC(Op::LoadInt, uint32_t(z), 0));
        emit(encode(op == Tok::Eql ? Op::Eq : Op::Ne, uint32_t(dest), uint32_t(v.reg), uint32_t(z)));
        return Val{dest};
    }
    const Type* xt = defaultType(xe->type, program_);
    const Type* yt = defaultType(ye->type, program_);
    const Type* t = xt;
    if (isInterface(yt) && !isInterface(xt))
        t = yt;
    if (isUntyped(xe->type) && !isUntyped(ye->type))
        t = yt;
    Val x = exprAs(xe, t);
    Val y = exprAs(ye, t);
    bool swap = op == Tok::Gtr || op == Tok::Geq;
    if (swap)
        std::swap(x, y);
    Tok base = op == Tok::Gtr ? Tok::Lss : op == Tok::Geq ? Tok::Leq : op;
    const Type* u = underlying(t);
    const Basic* b = u->as<Basic>();
    bool negate = false;
    Op o;
    if (u->is<Interface>())
    {
        o = Op::IfaceEq;
        negate = base == Tok::Neq;
    }
    else if (isBlock(t))
    {
        emit(encode(Op::MemEq, uint32_t(dest), uint32_t(x.reg), uint32_t(y.reg)));
        emitWord(typeIndex(t));
        if (base == Tok::Neq)
            emit(encode(Op::Not, uint32_t(dest), uint32_t(dest)));
        return Val{dest};
    }
    else if (b && (b->info & IsString))
    {
        o = base == Tok::Lss ? Op::SLt : base == Tok::Leq ? Op::SLe : Op::SEq;
        negate = base == Tok::Neq;
    }
    else if (b && (b->info & IsFloat))
        o = base == Tok::Lss ? Op::FLt : base == Tok::Leq ? Op::FLe : base == Tok::Eql ? Op::FEq : Op::FNe;
    else if (b && (b->info & IsUnsigned))
        o = base == Tok::Lss ? Op::LtU : base == Tok::Leq ? Op::LeU : base == Tok::Eql ? Op::Eq : Op::Ne;
    else
        o = base == Tok::Lss ? Op::Lt : base == Tok::Leq ? Op::Le : base == Tok::Eql ? Op::Eq : Op::Ne;
    emit(encode(o, uint32_t(dest), uint32_t(x.reg), uint32_t(y.reg)));
    if (negate)
        emit(encode(Op::Not, uint32_t(dest), uint32_t(dest)));
    return Val{dest};
}

void Generator::cond(const Expr* e, Label& l, bool jumpIfTrue)
{
    while (auto p = e->as<ParenExpr>())
        e = p->x;
    size_t m = mark();
    if (auto ov = st_->overrides.find(e); ov != st_->overrides.end())
    {
        jumpIf(ov->second.reg, l, jumpIfTrue);
        return;
    }
    if (auto be = e->as<BinaryExpr>())
    {
        if (be->op == Tok::LAnd || be->op == Tok::LOr)
        {
            bool isAnd = be->op == Tok::LAnd;
            if (isAnd != jumpIfTrue)
            {
                // (x && y) false -> l: x false -> l; y false -> l.  (x || y) true -> l likewise.
                cond(be->x, l, jumpIfTrue);
                orderExprs({{be->y, nullptr, false, false}});
                cond(be->y, l, jumpIfTrue);
            }
            else
            {
                Label skip;
                cond(be->x, skip, !jumpIfTrue);
                orderExprs({{be->y, nullptr, false, false}});
                cond(be->y, l, jumpIfTrue);
                bind(skip);
            }
            release(m);
            return;
        }
        const Type* xt = be->x->type;
        const Basic* b = basicOf(defaultType(xt, program_));
        bool intCmp = b && (b->info & IsInteger) && !(b->info & IsUnsigned) && be->x->mode != ExprMode::Constant &&
                      basicOf(defaultType(be->y->type, program_)) &&
                      (basicOf(defaultType(be->y->type, program_))->info & IsInteger) &&
                      !(basicOf(defaultType(be->y->type, program_))->info & IsUnsigned);
        if (intCmp && (be->op == Tok::Lss || be->op == Tok::Leq || be->op == Tok::Gtr || be->op == Tok::Geq ||
                       be->op == Tok::Eql || be->op == Tok::Neq))
        {
            const Type* t = defaultType(xt, program_);
            Val x = exprAs(be->x, t);
            Val y = exprAs(be->y, t);
            Tok op = be->op;
            if (!jumpIfTrue)
                op = op == Tok::Lss ? Tok::Geq : op == Tok::Leq ? Tok::Gtr : op == Tok::Gtr ? Tok::Leq
                   : op == Tok::Geq ? Tok::Lss : op == Tok::Eql ? Tok::Neq : Tok::Eql;
            Op o = op == Tok::Lss ? Op::JumpLt : op == Tok::Leq ? Op::JumpLe : op == Tok::Gtr ? Op::JumpGt
                 : op == Tok::Geq ? Op::JumpGe : op == Tok::Eql ? Op::JumpEq : Op::JumpNe;
            jumpCmp(o, x.reg, y.reg, l);
            release(m);
            return;
        }
        // Floats: a negated comparison is not the opposite comparison (NaN), so the false
        // branch uses the "not less" forms; x > y is y < x.
        const Basic* yb = basicOf(defaultType(be->y->type, program_));
        bool floatCmp = b && (b->info & IsFloat) && yb && (yb->info & IsFloat) &&
                        !(be->x->mode == ExprMode::Constant && be->y->mode == ExprMode::Constant);
        if (floatCmp && (be->op == Tok::Lss || be->op == Tok::Leq || be->op == Tok::Gtr || be->op == Tok::Geq ||
                         be->op == Tok::Eql || be->op == Tok::Neq))
        {
            const Type* t = defaultType(xt, program_);
            Val x = exprAs(be->x, t);
            Val y = exprAs(be->y, t);
            Tok op = be->op;
            int a = x.reg, c = y.reg;
            if (op == Tok::Gtr || op == Tok::Geq)
                std::swap(a, c), op = op == Tok::Gtr ? Tok::Lss : Tok::Leq;
            Op o = op == Tok::Lss   ? (jumpIfTrue ? Op::JumpFLt : Op::JumpFNlt)
                 : op == Tok::Leq   ? (jumpIfTrue ? Op::JumpFLe : Op::JumpFNle)
                 : op == Tok::Eql ? (jumpIfTrue ? Op::JumpFEq : Op::JumpFNe)
                                  : (jumpIfTrue ? Op::JumpFNe : Op::JumpFEq);
            jumpCmp(o, a, c, l);
            release(m);
            return;
        }
    }
    if (auto ue = e->as<UnaryExpr>(); ue && ue->op == Tok::Not)
    {
        cond(ue->x, l, !jumpIfTrue);
        return;
    }
    Val v = expr(e);
    jumpIf(v.reg, l, jumpIfTrue);
    release(m);
}

Val Generator::unary(const UnaryExpr* e, int dest)
{
    // As in binary: the operand's temporaries are free once read (-, !, ^ read before writing).
    const size_t operand = mark();
    auto result = [&] {
        if (dest < 0)
        {
            release(operand);
            dest = alloc("S");
        }
    };
    switch (e->op)
    {
    case Tok::And:
    {
        const Expr* x = e->x;
        while (auto p = x->as<ParenExpr>())
            x = p->x;
        if (x->is<CompositeLit>() && isBlock(x->type))
            return expr(x, dest); // a struct or array value is already the pointer to its block
        if (x->is<CompositeLit>())
        {
            // &[]T{...}, &map[K]V{...}: a new variable holding the value.
            Val v = expr(x);
            int cell = dest >= 0 ? dest : alloc("P");
            emit(encode(Op::New, uint32_t(cell), typeIndex(x->type)));
            storeMem(x->type, cell, 0, v);
            return Val{cell};
        }
        int a = addrReg(x);
        if (dest >= 0 && dest != a)
        {
            emit(encode(Op::Move, uint32_t(dest), uint32_t(a)));
            return Val{dest};
        }
        return Val{a};
    }
    case Tok::Add: return exprAs(e->x, e->type);
    case Tok::Sub:
    {
        const Type* t = defaultType(e->type, program_);
        Val x = exprAs(e->x, t);
        result();
        if (isFloat(t))
        {
            emit(encode(Op::FNeg, uint32_t(dest), uint32_t(x.reg)));
            if (basicOf(t)->bkind == BasicKind::Float32)
                emit(encode(Op::FRound32, uint32_t(dest), uint32_t(dest)));
        }
        else
        {
            emit(encode(Op::Neg, uint32_t(dest), uint32_t(x.reg)));
            narrow(*this, dest, t);
        }
        return Val{dest};
    }
    case Tok::Not:
    {
        Val x = expr(e->x);
        result();
        emit(encode(Op::Not, uint32_t(dest), uint32_t(x.reg)));
        return Val{dest};
    }
    case Tok::Xor:
    {
        const Type* t = defaultType(e->type, program_);
        Val x = exprAs(e->x, t);
        result();
        emit(encode(Op::BitNot, uint32_t(dest), uint32_t(x.reg)));
        narrow(*this, dest, t);
        return Val{dest};
    }
    case Tok::Arrow:
    {
        Val c = expr(e->x);
        int d = dest >= 0 ? dest : allocType(e->type);
        emit(encode(Op::Recv, uint32_t(d), uint32_t(c.reg), kNoReg));
        zeroBlock(d, e->type);
        return Val{d};
    }
    default: error(e->pos, "internal error: unexpected unary operator"); return Val{dest >= 0 ? dest : alloc("S")};
    }
}

// ---- selectors, indexing, slicing ---------------------------------------------------------------

Val Generator::selector(const SelectorExpr* e, int dest)
{
    const Selection* s = program_.selection(e);
    if (!s)
    {
        error(e->pos, "internal error: unresolved selector");
        return Val{dest >= 0 ? dest : allocType(e->type)};
    }
    switch (s->kind)
    {
    case SelectionKind::Qualified:
    {
        Object* o = e->sel->object;
        if (auto v = o ? o->as<Var>() : nullptr)
            return varValue(v, dest);
        if (auto f = o ? o->as<Func>() : nullptr)
            return funcValue(f, dest);
        return expr(e->sel, dest);
    }
    case SelectionKind::FieldVal:
    {
        auto [base, off] = addrOf(e);
        return loadMem(e->type, base, off, dest);
    }
    case SelectionKind::MethodVal: return methodValue(e, s, dest);
    case SelectionKind::MethodExpr:
    {
        // T.M / (*T).M / I.M: a function with the receiver as first parameter.
        const Function* fn = methodExprFn(s->recv, static_cast<const Func*>(s->obj), s->path);
        if (dest < 0)
            dest = alloc("P");
        emit(encode(Op::Closure, uint32_t(dest), 0, 0));
        emitWord(uint64_t(functionIndex(fn)));
        return Val{dest};
    }
    }
    return Val{dest};
}

Val Generator::index(const IndexExpr* e, int dest)
{
    const Type* xt = underlying(e->x->type);
    const Type* intT = program_.types().basic(BasicKind::Int);
    if (auto m = xt->as<Map>())
    {
        Val mv = expr(e->x);
        Val k = exprAs(e->index, m->key);
        if (dest < 0)
            dest = allocType(m->elem);
        emit(encode(Op::MapGet, uint32_t(dest), uint32_t(mv.reg), uint32_t(k.reg)));
        emitWord(uint64_t(slots(m->elem)));
        zeroBlock(dest, m->elem);
        return Val{dest};
    }
    if (auto b = xt->as<Basic>(); b && (b->info & IsString))
    {
        Val s = expr(e->x);
        Val i = exprAs(e->index, intT);
        if (dest < 0)
            dest = alloc("S");
        const Position before = boundsAt(e->lbrack);
        emit(encode(Op::StrIndex, uint32_t(dest), uint32_t(s.reg), uint32_t(i.reg)));
        noteBounds({e->index->type});
        restorePos(before);
        return Val{dest};
    }
    if (auto sl = xt->as<Slice>())
    {
        int64_t es = sizeOf(sl->elem);
        Op lo = loadOp(sl->elem);
        if (!isBlock(sl->elem) && ((es == 8 && lo == Op::Load64) || lo == Op::Load8U))
        {
            Val s = expr(e->x);
            Val i = exprAs(e->index, intT);
            if (dest < 0)
                dest = allocType(sl->elem); // a pointer element needs a pointer register (GC)
            const Position before = boundsAt(e->lbrack);
            emit(encode(es == 8 ? Op::SliceGet64 : Op::SliceGet8U, uint32_t(dest), uint32_t(s.reg), uint32_t(i.reg)));
            noteBounds({e->index->type});
            restorePos(before);
            return Val{dest};
        }
    }
    auto [base, off] = addrOf(e);
    return loadMem(e->type, base, off, dest);
}

Val Generator::sliceExpr(const SliceExpr* e, int dest)
{
    const Type* xt = underlying(e->x->type);
    const Type* intT = program_.types().basic(BasicKind::Int);
    int idx = alloc("SSS");
    uint64_t flags = 0;
    if (e->lo)
    {
        exprTo(e->lo, intT, idx);
        flags |= 1;
    }
    if (e->hi)
    {
        exprTo(e->hi, intT, idx + 1);
        flags |= 2;
    }
    if (e->max)
    {
        exprTo(e->max, intT, idx + 2);
        flags |= 4;
    }
    if (auto b = xt->as<Basic>(); b && (b->info & IsString))
    {
        Val s = expr(e->x);
        if (dest < 0)
            dest = alloc("PS");
        const Position before = boundsAt(e->lbrack);
        emit(encode(Op::StrSlice, uint32_t(dest), uint32_t(s.reg), uint32_t(idx)));
        emitWord(flags);
        noteBounds({e->lo ? e->lo->type : nullptr, e->hi ? e->hi->type : nullptr, e->max ? e->max->type : nullptr});
        restorePos(before);
        return Val{dest};
    }
    if (auto sl = xt->as<Slice>())
    {
        Val s = expr(e->x);
        if (dest < 0)
            dest = alloc("PSS");
        const Position before = boundsAt(e->lbrack);
        emit(encode(Op::Slice, uint32_t(dest), uint32_t(s.reg), uint32_t(idx)));
        emitWord(uint64_t(sizeOf(sl->elem)) | (flags << 32));
        noteBounds({e->lo ? e->lo->type : nullptr, e->hi ? e->hi->type : nullptr, e->max ? e->max->type : nullptr});
        restorePos(before);
        return Val{dest};
    }
    const Array* arr = xt->as<Array>();
    int base;
    if (auto p = xt->as<Pointer>())
    {
        arr = underlying(p->elem)->as<Array>();
        base = expr(e->x).reg;
    }
    else
        base = addrReg(e->x);
    if (dest < 0)
        dest = alloc("PSS");
    const Position before = boundsAt(e->lbrack);
    emit(encode(Op::SliceArray, uint32_t(dest), uint32_t(base), uint32_t(idx)));
    emitWord((uint64_t(arr->len) << 32) | uint64_t(sizeOf(arr->elem)) | (flags << 56));
    noteBounds({e->lo ? e->lo->type : nullptr, e->hi ? e->hi->type : nullptr, e->max ? e->max->type : nullptr});
    restorePos(before);
    return Val{dest};
}

Val Generator::typeAssert(const TypeAssertExpr* e, int dest, int okReg)
{
    Val x = expr(e->x);
    const Type* t = e->type;
    if (dest < 0)
        dest = allocType(t);
    bool toIface = isInterface(t);
    if (okReg >= 0)
    {
        emit(encode(toIface ? Op::AssertIfaceOk : Op::AssertOk, uint32_t(dest), uint32_t(x.reg), typeIndex(t)));
        emitWord(uint64_t(okReg));
        zeroBlock(dest, t);
    }
    else
    {
        emit(encode(toIface ? Op::AssertIface : Op::Assert, uint32_t(dest), uint32_t(x.reg), typeIndex(t)));
        emitWord(typeIndex(e->x->type));
    }
    return Val{dest};
}

// ---- composite literals -----------------------------------------------------------------------

static int64_t constIndex(const Expr* e)
{
    if (e && e->value && e->value->kind == Constant::Kind::Int && e->value->integer.fitsInt64())
        return e->value->integer.toInt64();
    return -1;
}

Val Generator::compositeLit(const CompositeLit* e, int dest)
{
    const Type* t = e->type;
    if (auto p = underlying(t)->as<Pointer>())
        t = p->elem; // an elided &T in a nested literal
    const Type* u = underlying(t);
    if (auto s = u->as<Struct>())
    {
        int r = alloc("P");
        emit(encode(Op::New, uint32_t(r), typeIndex(t)));
        for (size_t i = 0; i < e->elts.size(); i++)
        {
            const Expr* el = e->elts[i];
            size_t fi = i;
            if (auto kv = el->as<KeyValueExpr>())
            {
                auto id = kv->key->as<Ident>();
                auto f = id && id->object ? id->object->as<Var>() : nullptr;
                fi = f && f->fieldIndex >= 0 ? size_t(f->fieldIndex) : 0;
                if (!f || f->fieldIndex < 0)
                    for (size_t k = 0; k < s->fields.size(); k++)
                        if (s->fields[k]->name == (id ? id->name : ""))
                            fi = k;
                el = kv->value;
            }
            size_t m = mark();
            const Type* ft = s->fields[fi]->type;
            Val v = exprAs(el, ft);
            storeMem(ft, r, fieldOffset(s, fi), v);
            release(m);
        }
        if (dest >= 0)
        {
            emit(encode(Op::Move, uint32_t(dest), uint32_t(r)));
            return Val{dest, true};
        }
        return Val{r, true};
    }
    if (auto a = u->as<Array>())
    {
        int r = alloc("P");
        emit(encode(Op::New, uint32_t(r), typeIndex(t)));
        int64_t idx = 0, es = sizeOf(a->elem);
        for (const Expr* el : e->elts)
        {
            if (auto kv = el->as<KeyValueExpr>())
            {
                idx = constIndex(kv->key);
                el = kv->value;
            }
            size_t m = mark();
            Val v = exprAs(el, a->elem);
            storeMem(a->elem, r, idx * es, v);
            release(m);
            idx++;
        }
        if (dest >= 0)
        {
            emit(encode(Op::Move, uint32_t(dest), uint32_t(r)));
            return Val{dest, true};
        }
        return Val{r, true};
    }
    if (auto sl = u->as<Slice>())
    {
        int64_t n = 0, idx = 0;
        for (const Expr* el : e->elts)
        {
            if (auto kv = el->as<KeyValueExpr>())
                idx = constIndex(kv->key);
            idx++;
            n = std::max(n, idx);
        }
        if (dest < 0)
            dest = alloc("PSS");
        int len = alloc("S");
        loadInt(len, n);
        emit(encode(Op::MakeSlice, uint32_t(dest), uint32_t(len), uint32_t(len)));
        emitWord(typeIndex(sl->elem));
        idx = 0;
        int64_t es = sizeOf(sl->elem);
        for (const Expr* el : e->elts)
        {
            if (auto kv = el->as<KeyValueExpr>())
            {
                idx = constIndex(kv->key);
                el = kv->value;
            }
            size_t m = mark();
            Val v = exprAs(el, sl->elem);
            storeMem(sl->elem, dest, idx * es, v);
            release(m);
            idx++;
        }
        return Val{dest, true};
    }
    if (auto mt = u->as<Map>())
    {
        if (dest < 0)
            dest = alloc("P");
        int hint = alloc("S");
        emit(encodeSBC(Op::LoadInt, uint32_t(hint), int32_t(e->elts.size())));
        emit(encode(Op::MakeMap, uint32_t(dest), typeIndex(t), uint32_t(hint)));
        for (const Expr* el : e->elts)
        {
            auto kv = el->as<KeyValueExpr>();
            if (!kv)
                continue;
            size_t m = mark();
            Val k = copyIfShared(exprAs(kv->key, mt->key), mt->key);
            Val v = copyIfShared(exprAs(kv->value, mt->elem), mt->elem);
            emit(encode(Op::MapSet, uint32_t(dest), uint32_t(k.reg), uint32_t(v.reg)));
            release(m);
        }
        return Val{dest, true};
    }
    error(e->pos, "internal error: composite literal of unexpected type");
    return Val{dest >= 0 ? dest : allocType(t)};
}

// ---- the dispatcher ----------------------------------------------------------------------------

Val Generator::expr(const Expr* e, int dest)
{
    if (auto ov = st_->overrides.find(e); ov != st_->overrides.end())
    {
        if (dest >= 0 && dest != ov->second.reg)
        {
            move(dest, ov->second.reg, isBlock(e->type) ? program_.types().pointer(e->type) : e->type);
            return Val{dest};
        }
        return ov->second;
    }
    if (e->mode == ExprMode::Constant && e->value)
        return constant(e->value, e->type, dest);
    if (stackNearlyFull()) [[unlikely]]
    {
        // The checker stopped short of this depth with its smaller frames; code for it would not.
        if (!tooDeep_)
            error(e->pos, "expression nested too deeply");
        tooDeep_ = true;
        return Val{dest >= 0 ? dest : allocType(e->type)};
    }
    switch (e->kind)
    {
    case NodeKind::ParenExpr: return expr(static_cast<const ParenExpr*>(e)->x, dest);
    case NodeKind::Ident:
    {
        auto id = static_cast<const Ident*>(e);
        Object* o = id->object;
        if (!o || o->is<Nil>())
        {
            const Type* t = e->type && !isUntypedNil(e->type) ? e->type : nullptr;
            int n = t ? slots(t) : 1;
            if (dest < 0)
                dest = t ? allocType(t) : alloc("P");
            emit(encode(Op::LoadZero, uint32_t(dest), uint32_t(n)));
            return Val{dest};
        }
        if (auto v = o->as<Var>())
            return varValue(v, dest);
        if (auto f = o->as<Func>())
            return funcValue(f, dest);
        error(e->pos, "internal error: unexpected identifier");
        return Val{dest >= 0 ? dest : alloc("S")};
    }
    case NodeKind::FuncLit: return funcLit(static_cast<const FuncLit*>(e), dest);
    case NodeKind::CompositeLit: return compositeLit(static_cast<const CompositeLit*>(e), dest);
    case NodeKind::SelectorExpr: return selector(static_cast<const SelectorExpr*>(e), dest);
    case NodeKind::IndexExpr: return index(static_cast<const IndexExpr*>(e), dest);
    case NodeKind::SliceExpr: return sliceExpr(static_cast<const SliceExpr*>(e), dest);
    case NodeKind::TypeAssertExpr: return typeAssert(static_cast<const TypeAssertExpr*>(e), dest, -1);
    case NodeKind::CallExpr:
    {
        auto c = static_cast<const CallExpr*>(e);
        if (c->fun->mode == ExprMode::TypeExpr)
            return conversion(c, dest);
        return call(c, dest);
    }
    case NodeKind::StarExpr:
    {
        Val p = expr(static_cast<const StarExpr*>(e)->x);
        if (isBlock(e->type))
        {
            emit(encode(Op::NilCheck, uint32_t(p.reg)));
            if (dest >= 0)
            {
                emit(encode(Op::Move, uint32_t(dest), uint32_t(p.reg)));
                return Val{dest};
            }
            return p;
        }
        return loadMem(e->type, p.reg, 0, dest);
    }
    case NodeKind::UnaryExpr: return unary(static_cast<const UnaryExpr*>(e), dest);
    case NodeKind::BinaryExpr: return binary(static_cast<const BinaryExpr*>(e), dest);
    default: break;
    }
    error(e->pos, "not supported in weft: this expression");
    return Val{dest >= 0 ? dest : alloc("S")};
}

} // namespace weft::detail
