// Code generation: calls, builtins, closures, method values, interface method tables, defer.
#include "compiler/CodegenImpl.h"
#include "parser/AstWalk.h"

#include <algorithm>
#include <unordered_set>

namespace weft::detail {

static const Expr* unparen(const Expr* e)
{
    while (auto p = e->as<ParenExpr>())
        e = p->x;
    return e;
}

static int methodIndex(const Type* iface, std::string_view name)
{
    auto it = underlying(iface)->as<Interface>();
    for (size_t i = 0; i < it->allMethods.size(); i++)
        if (it->allMethods[i]->name == name)
            return int(i);
    return -1;
}

// The static callee of a call, if it is a declared function (not a func value).
static const Func* staticFunc(const Program& p, const Expr* fun)
{
    fun = unparen(fun);
    if (auto id = fun->as<Ident>())
        return id->object ? id->object->as<Func>() : nullptr;
    if (auto sel = fun->as<SelectorExpr>())
    {
        const Selection* s = p.selection(sel);
        if (s && s->kind == SelectionKind::Qualified)
            return sel->sel->object ? sel->sel->object->as<Func>() : nullptr;
    }
    return nullptr;
}

void Generator::genArgs(const CallExpr* e, const Signature* sig, int argBase, size_t)
{
    const auto& params = sig->params->vars;
    int at = argBase;
    // f(g()) with a multi-valued g.
    if (e->args.size() == 1 && e->args[0]->type && e->args[0]->type->is<Tuple>())
    {
        auto tup = e->args[0]->type->as<Tuple>();
        int r = callMulti(e->args[0]->as<CallExpr>() ? e->args[0]->as<CallExpr>() : nullptr);
        int src = r;
        size_t np = params.size();
        for (size_t i = 0; i < tup->size(); i++)
        {
            const Type* vt = tup->vars[i]->type;
            if (sig->variadic && i >= np - 1)
            {
                // Pack the rest into the variadic slice.
                const Type* st = params[np - 1]->type;
                const Type* et = underlying(st)->as<Slice>()->elem;
                int n = int(tup->size() - (np - 1));
                int len = alloc("S");
                emit(encodeSBC(Op::LoadInt, uint32_t(len), n));
                emit(encode(Op::MakeSlice, uint32_t(at), uint32_t(len), uint32_t(len)));
                emitWord(typeIndex(et));
                for (size_t k = i; k < tup->size(); k++)
                {
                    const Type* kt = tup->vars[k]->type;
                    Val v = convertValue(Val{src}, kt, et, -1);
                    storeMem(et, at, int64_t(k - i) * sizeOf(et), v);
                    src += slots(kt);
                }
                return;
            }
            convertValue(Val{src}, vt, params[i]->type, at);
            at += slots(params[i]->type);
            src += slots(vt);
        }
        if (sig->variadic && tup->size() == np - 1)
            emit(encode(Op::LoadZero, uint32_t(at), 3));
        return;
    }
    size_t np = params.size();
    for (size_t i = 0; i < np; i++)
    {
        const Type* pt = params[i]->type;
        if (sig->variadic && i == np - 1 && !e->hasEllipsis)
        {
            const Type* et = underlying(pt)->as<Slice>()->elem;
            size_t n = e->args.size() > i ? e->args.size() - i : 0;
            if (n == 0)
            {
                emit(encode(Op::LoadZero, uint32_t(at), 3));
                return;
            }
            int len = alloc("S");
            emit(encodeSBC(Op::LoadInt, uint32_t(len), int32_t(n)));
            emit(encode(Op::MakeSlice, uint32_t(at), uint32_t(len), uint32_t(len)));
            emitWord(typeIndex(et));
            for (size_t k = 0; k < n; k++)
            {
                size_t m = mark();
                Val v = exprAs(e->args[i + k], et);
                storeMem(et, at, int64_t(k) * sizeOf(et), v);
                release(m);
            }
            return;
        }
        exprTo(e->args[i], pt, at);
        at += slots(pt);
    }
}

// The receiver of a static method call x.m(), in the form m expects (T or *T).
Val Generator::methodReceiver(const SelectorExpr* sel, const Selection* s, const Func* m)
{
    if (auto ov = st_->recvOverrides.find(sel); ov != st_->recvOverrides.end())
        return ov->second;
    const Type* xt = sel->x->type;
    bool wantPtr = m->hasPtrRecv;
    const Type* recvT = m->sig()->recv->type;
    const Type* baseT = wantPtr ? recvT->as<Pointer>()->elem : recvT;
    bool xPtr = underlying(xt)->is<Pointer>() && !xt->is<Named>();
    if (xt->is<Named>() && underlying(xt)->is<Pointer>())
        xPtr = true;
    if (s->path.empty())
    {
        if (wantPtr)
        {
            if (xPtr)
                return expr(sel->x);
            return Val{addrReg(sel->x)};
        }
        if (xPtr)
        {
            Val p = expr(sel->x);
            if (isBlock(baseT))
            {
                emit(encode(Op::NilCheck, uint32_t(p.reg)));
                return p;
            }
            return loadMem(baseT, p.reg, 0, -1);
        }
        return expr(sel->x);
    }
    int base;
    int64_t off = 0;
    if (xPtr)
        base = expr(sel->x).reg;
    else if (addressable(sel->x))
        std::tie(base, off) = addrOf(sel->x);
    else
        base = expr(sel->x).reg;
    // Follow all but the last embedded field, then handle the last.
    auto [b, o] = fieldPath(base, off, xt, s->path, s->path.size(), xPtr);
    // Type of the last embedded field:
    const Type* cur = xPtr ? underlying(xt)->as<Pointer>()->elem : xt;
    for (size_t i = 0; i < s->path.size(); i++)
    {
        const Type* u = underlying(cur);
        if (auto p = u->as<Pointer>())
            u = underlying(p->elem);
        cur = u->as<Struct>()->fields[size_t(s->path[i])]->type;
    }
    if (underlying(cur)->is<Pointer>())
    {
        Val p = loadMem(cur, b, o, -1);
        if (wantPtr)
            return p;
        if (isBlock(baseT))
        {
            emit(encode(Op::NilCheck, uint32_t(p.reg)));
            return p;
        }
        return loadMem(baseT, p.reg, 0, -1);
    }
    if (wantPtr)
    {
        int a = alloc("P");
        emit(encode(Op::Lea, uint32_t(a), uint32_t(b), 0));
        emitWord(uint64_t(o));
        return Val{a};
    }
    return loadMem(cur, b, o, -1);
}

// For x.m where m is reached through embedded fields ending at an interface, or x is an
// interface: the interface value.
static bool isIfaceMethodCall(const Selection* s)
{
    auto f = s->obj ? s->obj->as<Func>() : nullptr;
    return f && f->isInterfaceMethod;
}

// The type of the field that `path` (embedded fields, through pointers) reaches from t.
static const Type* pathEndType(const Type* t, const std::vector<int>& path)
{
    const Type* cur = t;
    for (int i : path)
    {
        const Type* u = underlying(cur);
        if (auto p = u->as<Pointer>())
            u = underlying(p->elem);
        cur = u->as<Struct>()->fields[size_t(i)]->type;
    }
    return cur;
}

// Not the method's declaring interface (m->recvBase): in `interface{ R; W }` R's methods are
// numbered in the combined interface's table, which is the one the value carries.
std::pair<Val, const Type*> Generator::ifaceReceiver(const SelectorExpr* sel, const Selection* s, bool nilCheck)
{
    const Type* xt = sel->x->type;
    const Type* it = pathEndType(xt, s->path);
    Val iv;
    if (auto ov = st_->recvOverrides.find(sel); ov != st_->recvOverrides.end())
        return {ov->second, it};
    if (s->path.empty())
        iv = expr(sel->x);
    else
    {
        bool xPtr = underlying(xt)->is<Pointer>();
        int base;
        int64_t off = 0;
        if (xPtr)
            base = expr(sel->x).reg;
        else if (addressable(sel->x))
            std::tie(base, off) = addrOf(sel->x);
        else
            base = expr(sel->x).reg;
        auto [b, o] = fieldPath(base, off, xt, s->path, s->path.size(), xPtr);
        iv = loadMem(it, b, o, -1);
    }
    if (nilCheck)
        emit(encode(Op::NilCheck, uint32_t(iv.reg)));
    return {iv, it};
}

int Generator::callMulti(const CallExpr* e)
{
    if (!e)
        return -1;
    if (auto ov = st_->overrides.find(e); ov != st_->overrides.end())
        return ov->second.reg; // f(g()) with g's results evaluated ahead (GenOrder.cpp)
    setLine(e);
    if (e->fun->mode == ExprMode::Builtin)
    {
        const Builtin* b = program_.builtinOf(e);
        return builtinCall(e, b, -1).reg;
    }
    const Expr* fun = unparen(e->fun);
    const Signature* sig = underlying(fun->type)->as<Signature>();
    const Tuple* res = sig->results;
    Pattern rp = pattern(res);
    int resBase = rp.empty() ? 0 : alloc(rp);
    Pattern pp = pattern(sig->params);

    if (const Func* f = staticFunc(program_, fun))
    {
        Function* fn = functionFor(f);
        int args = pp.empty() ? 0 : alloc(pp);
        genArgs(e, sig, args, 0);
        setLine(e);
        emit(encode(fn->native ? Op::CallNative : Op::Call, uint32_t(args), uint32_t(resBase)));
        emitWord(uint64_t(functionIndex(fn)));
        return resBase;
    }
    if (auto sel = fun->as<SelectorExpr>())
    {
        const Selection* s = program_.selection(sel);
        if (s && s->kind == SelectionKind::MethodVal)
        {
            auto m = static_cast<const Func*>(s->obj);
            if (isIfaceMethodCall(s))
            {
                auto [iv, ifaceT] = ifaceReceiver(sel, s, false);
                int args = pp.empty() ? 0 : alloc(pp);
                genArgs(e, sig, args, 0);
                setLine(e);
                emit(encode(Op::CallIface, uint32_t(args), uint32_t(resBase), uint32_t(iv.reg)));
                emitWord(uint64_t(methodIndex(ifaceT, m->name)));
                return resBase;
            }
            Function* fn = functionFor(m);
            const Type* recvT = m->sig()->recv->type;
            Pattern full = pattern(recvT) + pp;
            int args = alloc(full);
            Val r = methodReceiver(sel, s, m);
            move(args, r.reg, isBlock(recvT) ? program_.types().pointer(recvT) : recvT);
            genArgs(e, sig, args + slots(recvT), 0);
            setLine(e);
            emit(encode(fn->native ? Op::CallNative : Op::Call, uint32_t(args), uint32_t(resBase)));
            emitWord(uint64_t(functionIndex(fn)));
            return resBase;
        }
    }
    // A func value.
    Val f = expr(fun);
    int args = pp.empty() ? 0 : alloc(pp);
    genArgs(e, sig, args, 0);
    setLine(e);
    emit(encode(Op::CallClosure, uint32_t(args), uint32_t(resBase), uint32_t(f.reg)));
    return resBase;
}

Val Generator::call(const CallExpr* e, int dest)
{
    if (e->fun->mode == ExprMode::Builtin)
        return builtinCall(e, program_.builtinOf(e), dest);
    int r = callMulti(e);
    const Type* t = e->type;
    if (!t || t->is<Tuple>() || e->mode == ExprMode::NoValue)
        return Val{r, true};
    if (dest >= 0 && dest != r)
    {
        move(dest, r, isBlock(t) ? program_.types().pointer(t) : t);
        return Val{dest, true};
    }
    return Val{r, true};
}

// ---- builtins ---------------------------------------------------------------------------------

// append(s, v...) once the values are evaluated: grow the slice at r[slice..] by their count
// and store each after the old length.
void Generator::appendElems(int slice, const Type* et, const std::vector<Val>& vals)
{
    int oldLen = alloc("S");
    emit(encode(Op::Move, uint32_t(oldLen), uint32_t(slice + 1)));
    int cnt = alloc("S");
    loadInt(cnt, int64_t(vals.size()));
    emit(encode(Op::Grow, uint32_t(slice), uint32_t(cnt)));
    emitWord(typeIndex(et));
    for (size_t i = 0; i < vals.size(); i++)
    {
        int idx = alloc("S");
        if (i <= 32767)
            emit(encode(Op::AddImm, uint32_t(idx), uint32_t(oldLen), uint32_t(i)));
        else
        {
            loadInt(idx, int64_t(i)); // beyond AddImm's signed 16 bits
            emit(encode(Op::Add, uint32_t(idx), uint32_t(oldLen), uint32_t(idx)));
        }
        int a = alloc("P");
        emit(encode(Op::IndexAddr, uint32_t(a), uint32_t(slice), uint32_t(idx)));
        emitWord(uint64_t(sizeOf(et)));
        storeMem(et, a, 0, vals[i]);
    }
}

// copy(f()), delete(g()), append(h()), println(k()): a builtin whose one argument is a call with
// several results takes them as its arguments, in order.
Val Generator::tupleBuiltin(const CallExpr* e, const Builtin* b, int dest)
{
    auto tup = e->args[0]->type->as<Tuple>();
    int r = callMulti(e->args[0]->as<CallExpr>() ? e->args[0]->as<CallExpr>() : nullptr);
    std::vector<std::pair<Val, const Type*>> vals;
    for (const Var* v : tup->vars)
    {
        vals.push_back({Val{r}, v->type});
        r += slots(v->type);
    }
    switch (b->id)
    {
    case BuiltinId::Copy:
    {
        int d = dest >= 0 ? dest : alloc("S");
        const Type* et = underlying(vals[0].second)->as<Slice>()->elem;
        emit(encode(Op::CopySlice, uint32_t(d), uint32_t(vals[0].first.reg), uint32_t(vals[1].first.reg)));
        emitWord(uint64_t(sizeOf(et)));
        return Val{d};
    }
    case BuiltinId::Delete:
    {
        const Type* kt = underlying(vals[0].second)->as<Map>()->key;
        Val k = convertValue(vals[1].first, vals[1].second, kt, -1);
        emit(encode(Op::MapDelete, uint32_t(vals[0].first.reg), uint32_t(k.reg)));
        return Val{-1};
    }
    case BuiltinId::Append:
    {
        const Type* st = e->type;
        const Type* et = underlying(st)->as<Slice>()->elem;
        int d = dest >= 0 ? dest : alloc("PSS");
        move(d, vals[0].first.reg, st);
        size_t n = vals.size() - 1;
        if (n == 0)
            return Val{d};
        std::vector<Val> elems;
        for (size_t i = 1; i < vals.size(); i++)
            elems.push_back(copyIfShared(convertValue(vals[i].first, vals[i].second, et, -1), et));
        appendElems(d, et, elems);
        return Val{d};
    }
    case BuiltinId::Print:
    case BuiltinId::Println:
    {
        bool ln = b->id == BuiltinId::Println;
        for (size_t i = 0; i < vals.size(); i++)
            emit(encode(Op::Print, uint32_t(vals[i].first.reg), typeIndex(vals[i].second), ln && i > 0 ? 1u : 0u));
        if (ln)
            emit(encode(Op::Print, 0, 0xffff, 2));
        return Val{-1};
    }
    default: error(e->pos, "not supported in weft: a multi-valued argument to " + std::string(b->name)); return Val{-1};
    }
}

Val Generator::builtinCall(const CallExpr* e, const Builtin* b, int dest)
{
    const Type* intT = program_.types().basic(BasicKind::Int);
    auto out = [&](const Pattern& p) {
        if (dest < 0)
            dest = alloc(p);
        return dest;
    };
    setLine(e);
    if (e->args.size() == 1 && e->args[0]->type && e->args[0]->type->is<Tuple>())
        return tupleBuiltin(e, b, dest);
    switch (b->id)
    {
    case BuiltinId::Len:
    case BuiltinId::Cap:
    {
        if (e->mode == ExprMode::Constant)
            return constant(e->value, e->type, dest);
        const Type* xt = underlying(e->args[0]->type);
        const Array* arr = xt->as<Array>();
        if (auto p = xt->as<Pointer>())
            arr = underlying(p->elem)->as<Array>();
        if (arr)
        {
            // len(x) of an array or *[N]T that calls or receives: x is evaluated (a nil pointer
            // allowed), the length is N.
            expr(e->args[0]);
            int d = out("S");
            loadInt(d, arr->len);
            return Val{d};
        }
        Val x = expr(e->args[0]);
        int d = out("S");
        if (xt->is<Map>())
            emit(encode(Op::MapLen, uint32_t(d), uint32_t(x.reg)));
        else if (xt->is<Chan>())
            emit(encode(b->id == BuiltinId::Len ? Op::ChanLen : Op::ChanCap, uint32_t(d), uint32_t(x.reg)));
        else
            emit(encode(Op::Move, uint32_t(d), uint32_t(x.reg + (b->id == BuiltinId::Len ? 1 : 2))));
        return Val{d};
    }
    case BuiltinId::Append:
    {
        const Type* st = e->type;
        const Type* et = underlying(st)->as<Slice>()->elem;
        // The slice is built in the destination unless that may be a variable the other
        // operands still read (a = append([]int(nil), a...)): then in a temporary, moved last.
        // s = append(s, ...) needs neither.
        int final = dest;
        if (dest >= 0 && e->args.size() > 1)
        {
            const Expr* first = e->args[0];
            while (auto p = first->as<ParenExpr>())
                first = p->x;
            bool same = false;
            if (auto id = first->as<Ident>(); id && id->object)
                if (auto v = id->object->as<Var>(); v && st_->vars.count(v))
                    same = st_->vars[v].kind == VarLoc::Reg && st_->vars[v].reg == dest;
            bool readsDest = false;
            for (const Expr* a : e->args)
                walkAst(a, [&](const Node* n) {
                    if (auto id = n->as<Ident>(); id && id->object)
                        if (auto v = id->object->as<Var>(); v && st_->vars.count(v))
                            readsDest = readsDest || (st_->vars[v].kind == VarLoc::Reg && st_->vars[v].reg == dest);
                    return !readsDest;
                });
            if (!same && readsDest)
                dest = -1;
        }
        int d = out("PSS");
        exprTo(e->args[0], st, d);
        auto result = [&] {
            if (final >= 0 && final != d)
                move(final, d, st);
            return Val{final >= 0 ? final : d};
        };
        if (e->hasEllipsis)
        {
            Val src = expr(e->args[1]);
            emit(encode(Op::AppendSlice, uint32_t(d), uint32_t(src.reg)));
            emitWord(typeIndex(et));
            return result();
        }
        size_t n = e->args.size() - 1;
        if (n == 0)
            return Val{d};
        // Evaluate the new elements first (Go evaluates all operands before appending).
        std::vector<Val> vals;
        for (size_t i = 1; i < e->args.size(); i++)
        {
            Val v = exprAs(e->args[i], et);
            if (!isBlock(et) && v.reg >= d && v.reg < d + 3)
            {
                int t = allocType(et);
                move(t, v.reg, et);
                v.reg = t;
            }
            // A struct or array element is its memory: append(s[:1], s[2], s[0]) would read s[2]
            // after writing s[0]'s copy over it. With several elements each is copied first.
            if (n > 1)
                v = copyIfShared(v, et);
            vals.push_back(v);
        }
        appendElems(d, et, vals);
        return result();
    }
    case BuiltinId::Copy:
    {
        Val dst = expr(e->args[0]);
        Val src = expr(e->args[1]);
        int d = out("S");
        const Type* et = underlying(e->args[0]->type)->as<Slice>()->elem;
        emit(encode(Op::CopySlice, uint32_t(d), uint32_t(dst.reg), uint32_t(src.reg)));
        emitWord(uint64_t(sizeOf(et)));
        return Val{d};
    }
    case BuiltinId::Delete:
    {
        Val m = expr(e->args[0]);
        Val k = exprAs(e->args[1], underlying(e->args[0]->type)->as<Map>()->key);
        emit(encode(Op::MapDelete, uint32_t(m.reg), uint32_t(k.reg)));
        return Val{-1};
    }
    case BuiltinId::Clear:
    {
        const Type* xt = underlying(e->args[0]->type);
        Val x = expr(e->args[0]);
        if (xt->is<Map>())
            emit(encode(Op::MapClear, uint32_t(x.reg)));
        else
        {
            // clear(slice): zero the elements: copy from a fresh zeroed slice.
            const Type* et = xt->as<Slice>()->elem;
            int z = alloc("PSS");
            emit(encode(Op::MakeSlice, uint32_t(z), uint32_t(x.reg + 1), uint32_t(x.reg + 1)));
            emitWord(typeIndex(et));
            int n = alloc("S");
            emit(encode(Op::CopySlice, uint32_t(n), uint32_t(x.reg), uint32_t(z)));
            emitWord(uint64_t(sizeOf(et)));
        }
        return Val{-1};
    }
    case BuiltinId::Make:
    {
        const Type* t = e->args[0]->type;
        const Type* u = underlying(t);
        if (auto sl = u->as<Slice>())
        {
            Val len = exprAs(e->args[1], intT);
            Val cap = e->args.size() > 2 ? exprAs(e->args[2], intT) : len;
            int d = out("PSS");
            emit(encode(Op::MakeSlice, uint32_t(d), uint32_t(len.reg), uint32_t(cap.reg)));
            emitWord(typeIndex(sl->elem));
            return Val{d};
        }
        if (u->is<Map>())
        {
            int hint;
            if (e->args.size() > 1)
                hint = exprAs(e->args[1], intT).reg;
            else
            {
                hint = alloc("S");
                emit(encodeSBC(Op::LoadInt, uint32_t(hint), 0));
            }
            int d = out("P");
            emit(encode(Op::MakeMap, uint32_t(d), typeIndex(t), uint32_t(hint)));
            return Val{d};
        }
        // A channel.
        int size;
        if (e->args.size() > 1)
            size = exprAs(e->args[1], intT).reg;
        else
        {
            size = alloc("S");
            emit(encodeSBC(Op::LoadInt, uint32_t(size), 0));
        }
        int d = out("P");
        emit(encode(Op::MakeChan, uint32_t(d), typeIndex(t), uint32_t(size)));
        return Val{d};
    }
    case BuiltinId::Close:
    {
        Val c = expr(e->args[0]);
        emit(encode(Op::Close, uint32_t(c.reg)));
        return Val{-1};
    }
    case BuiltinId::New:
    {
        int d = out("P");
        emit(encode(Op::New, uint32_t(d), typeIndex(e->args[0]->type)));
        return Val{d, true};
    }
    case BuiltinId::Panic:
    {
        Val v = exprAs(e->args[0], program_.anyType());
        emit(encode(Op::Panic, uint32_t(v.reg)));
        return Val{-1};
    }
    case BuiltinId::Recover:
    {
        int d = out("TD");
        emit(encode(Op::Recover, uint32_t(d), st_->deferredRecover ? 1 : 0));
        return Val{d};
    }
    case BuiltinId::Print:
    case BuiltinId::Println:
    {
        bool ln = b->id == BuiltinId::Println;
        for (size_t i = 0; i < e->args.size(); i++)
        {
            const Type* t = defaultType(e->args[i]->type, program_);
            Val v = exprAs(e->args[i], t);
            uint32_t flags = (ln && i > 0 ? 1u : 0u);
            emit(encode(Op::Print, uint32_t(v.reg), typeIndex(t), flags));
        }
        if (ln)
            emit(encode(Op::Print, 0, 0xffff, 2));
        return Val{-1};
    }
    case BuiltinId::Min:
    case BuiltinId::Max:
    {
        if (e->mode == ExprMode::Constant)
            return constant(e->value, e->type, dest);
        const Type* t = defaultType(e->type, program_);
        int d = out(pattern(t));
        exprTo(e->args[0], t, d);
        for (size_t i = 1; i < e->args.size(); i++)
        {
            Val v = exprAs(e->args[i], t);
            int c = alloc("S");
            bool isMin = b->id == BuiltinId::Min;
            const Basic* bt = underlying(t)->as<Basic>();
            Op lt = (bt->info & IsString) ? Op::SLt : (bt->info & IsFloat) ? Op::FLt : (bt->info & IsUnsigned) ? Op::LtU : Op::Lt;
            if (isMin)
                emit(encode(lt, uint32_t(c), uint32_t(v.reg), uint32_t(d)));
            else
                emit(encode(lt, uint32_t(c), uint32_t(d), uint32_t(v.reg)));
            Label skip;
            jumpIf(c, skip, false);
            move(d, v.reg, t);
            bind(skip);
            if (bt->info & IsFloat)
            {
                // NaN wins: if v != v, d = v.
                int nan = alloc("S");
                emit(encode(Op::FNe, uint32_t(nan), uint32_t(v.reg), uint32_t(v.reg)));
                Label skip2;
                jumpIf(nan, skip2, false);
                move(d, v.reg, t);
                bind(skip2);
            }
        }
        return Val{d};
    }
    default: break;
    }
    error(e->pos, "not supported in weft: builtin " + std::string(b->name));
    return Val{dest >= 0 ? dest : alloc("S")};
}

// ---- func values ------------------------------------------------------------------------------

Val Generator::funcValue(const Func* f, int dest)
{
    Function* fn = functionFor(f);
    if (dest < 0)
        dest = alloc("P");
    emit(encode(Op::Closure, uint32_t(dest), 0, 0));
    emitWord(uint64_t(functionIndex(fn)));
    return Val{dest};
}

// The local variables of enclosing functions that lit uses, in the order of their first use.
// A nested literal's are found once (memoized) and merged at its place, less lit's own: one
// walk of each literal, however deeply literals nest.
const std::vector<const Var*>& Generator::freeVars(const FuncLit* lit)
{
    if (auto it = freeVars_.find(lit); it != freeVars_.end())
        return it->second;
    std::vector<const Var*> out;
    std::unordered_set<const Var*> seen;
    auto add = [&](const Var* v) {
        if (v->owner != lit && seen.insert(v).second)
            out.push_back(v);
    };
    walkAst(lit->body, [&](const Node* n) {
        if (auto nested = n->as<FuncLit>())
        {
            for (const Var* v : freeVars(nested))
                add(v);
            return false;
        }
        if (auto id = n->as<Ident>())
        {
            auto v = id->object ? id->object->as<Var>() : nullptr;
            if (v && !v->isGlobal && !v->isField && v->owner && !globals_.count(v))
                add(v);
        }
        return true;
    });
    return freeVars_[lit] = std::move(out);
}

static void emitCaptureList(Generator& g, const std::vector<int>& regs)
{
    for (size_t i = 0; i < regs.size(); i += 4)
    {
        uint64_t w = 0;
        for (size_t k = 0; k < 4 && i + k < regs.size(); k++)
            w |= uint64_t(uint16_t(regs[i + k])) << (16 * k);
        g.emitWord(w);
    }
}

Val Generator::funcLit(const FuncLit* e, int dest)
{
    Function* fn = newFunction();
    // gc's names: F.func1, F.func2 in a function; F.func1.1 in a function literal.
    const bool inLiteral = st_->owner && st_->owner->is<FuncLit>();
    fn->name = st_->fn->name + (inLiteral ? "." : ".func") + std::to_string(++st_->funcLitCount);
    const File* file = st_->file;
    if (file)
        placeFunction(fn, file, e->pos);
    else
        fn->file = st_->fn->file, fn->line = int32_t(e->pos.line);
    const Signature* sig = e->type->as<Signature>() ? e->type->as<Signature>() : underlying(e->type)->as<Signature>();
    for (const Var* p : sig->params->vars)
        fn->paramSlots += uint32_t(slots(p->type));
    for (const Var* r : sig->results->vars)
        fn->resultSlots += uint32_t(slots(r->type));
    std::vector<const Var*> caps = freeVars(e);
    std::vector<int> regs;
    for (const Var* v : caps)
    {
        auto it = st_->vars.find(v);
        if (it == st_->vars.end() || it->second.kind != VarLoc::Addr)
        {
            error(e->pos, "internal error: captured variable " + std::string(v->name) + " is not in memory");
            regs.push_back(0);
            continue;
        }
        regs.push_back(it->second.reg);
    }
    if (dest < 0)
        dest = alloc("P");
    emit(encode(Op::Closure, uint32_t(dest), 0, uint32_t(regs.size())));
    emitWord(uint64_t(funcIndex_[fn]));
    emitCaptureList(*this, regs);
    // Generated now, nested: the literal's Function needs its parent's name only.
    pending_.push_back([this, fn, e, sig, file] { compileFunction(fn, e, sig, e->body, nullptr, nullptr, file); });
    return Val{dest, true};
}

// A method value x.m: a closure of a wrapper that calls m with the receiver it captured.
Val Generator::methodValue(const SelectorExpr* e, const Selection* s, int dest)
{
    auto m = static_cast<const Func*>(s->obj);
    const Type* recvT;
    Val r;
    const Function* target;
    if (isIfaceMethodCall(s))
    {
        // Go evaluates the interface now: a nil one panics here, not at the call.
        std::tie(r, recvT) = ifaceReceiver(e, s, true);
        target = nullptr;
    }
    else
    {
        recvT = m->sig()->recv->type;
        r = methodReceiver(e, s, m);
        target = functionFor(m);
    }
    // The receiver is evaluated now and kept in a cell.
    int cell = alloc("P");
    emit(encode(Op::New, uint32_t(cell), typeIndex(recvT)));
    storeMem(recvT, cell, 0, r);
    std::string key = "bound:" + typeString(recvT, nullptr);
    auto wit = wrappers_.find({m, key});
    const Function* w;
    if (wit != wrappers_.end())
        w = wit->second;
    else
    {
        Function* fn = newFunction();
        fn->name = (target ? target->name : typeString(recvT, nullptr) + "." + std::string(m->name)) + "-fm";
        fn->wrapper = true;
        const Signature* sig = m->sig();
        for (const Var* p : sig->params->vars)
            fn->paramSlots += uint32_t(slots(p->type));
        for (const Var* rv : sig->results->vars)
            fn->resultSlots += uint32_t(slots(rv->type));
        wrappers_[{m, key}] = fn;
        w = fn;
        FnState state;
        FnState* saved = st_;
        st_ = &state;
        state.fn = fn;
        state.sig = sig;
        int params = fn->paramSlots ? alloc(pattern(sig->params), false) : 0;
        int results = fn->resultSlots ? alloc(pattern(sig->results), false) : 0;
        int capReg = alloc("P", false);
        emit(encode(Op::GetCapture, uint32_t(capReg), 0));
        Val rv = loadMem(recvT, capReg, 0, -1);
        if (target)
        {
            int args = alloc(pattern(recvT) + pattern(sig->params));
            move(args, rv.reg, isBlock(recvT) ? program_.types().pointer(recvT) : recvT);
            if (fn->paramSlots)
                emit(encode(Op::MoveN, uint32_t(args + slots(recvT)), uint32_t(params), fn->paramSlots));
            emit(encode(target->native ? Op::CallNative : Op::Call, uint32_t(args), uint32_t(results)));
            emitWord(uint64_t(functionIndex(target)));
        }
        else
        {
            int args = fn->paramSlots ? alloc(pattern(sig->params)) : 0;
            if (fn->paramSlots)
                emit(encode(Op::MoveN, uint32_t(args), uint32_t(params), fn->paramSlots));
            emit(encode(Op::CallIface, uint32_t(args), uint32_t(results), uint32_t(rv.reg)));
            emitWord(uint64_t(methodIndex(recvT, m->name)));
        }
        fn->epilogue = uint32_t(here());
        emit(encode(Op::RunDefers));
        emit(encode(Op::Return));
        finishFrame();
        st_ = saved;
    }
    if (dest < 0)
        dest = alloc("P");
    emit(encode(Op::Closure, uint32_t(dest), 0, 1));
    emitWord(uint64_t(functionIndex(w)));
    emitCaptureList(*this, {cell});
    return Val{dest, true};
}

// The function an interface method table holds for method m of `concrete`: it takes the
// interface's data word as its receiver. A wrapper when the method's receiver is not that word.
const Function* Generator::ifaceMethodFn(const Type* concrete, const Func* m, const std::vector<int>& path, bool)
{
    const Type* recvT = m->isInterfaceMethod ? nullptr : m->sig()->recv->type;
    bool concretePtr = underlying(concrete)->is<Pointer>() && concrete->is<Pointer>();
    const TypeDesc* cd = nullptr;
    (void)cd;
    if (path.empty() && recvT)
    {
        bool direct = false;
        if (m->hasPtrRecv)
            direct = concretePtr;
        else if (!concretePtr)
            direct = slots(concrete) == 1; // scalars inline, blocks and pointer-shaped values direct
        else
            direct = false; // *T to a value method: a wrapper, which panics as Go's panicwrap on nil
        if (direct)
            return functionFor(m);
    }
    std::string key = "iface:" + typeString(concrete, nullptr);
    auto wit = wrappers_.find({m, key});
    if (wit != wrappers_.end())
        return wit->second;
    Function* fn = newFunction();
    wrappers_[{m, key}] = fn;
    fn->name = (concretePtr ? "main.(" + typeString(concrete, nullptr) + ")." : typeString(concrete, nullptr) + ".") +
               std::string(m->name);
    fn->wrapper = true;
    const Signature* sig = m->sig();
    bool scalarWord = slots(concrete) == 1 && !underlying(concrete)->is<Pointer>() && !isBlock(concrete) &&
                      underlying(concrete)->is<Basic>();
    fn->paramSlots = 1;
    for (const Var* p : sig->params->vars)
        fn->paramSlots += uint32_t(slots(p->type));
    for (const Var* rv : sig->results->vars)
        fn->resultSlots += uint32_t(slots(rv->type));
    std::vector<int> pathCopy = path;
    const Type* concreteCopy = concrete;
    pending_.push_back([this, fn, m, sig, scalarWord, pathCopy, concreteCopy, concretePtr] {
        FnState state;
        FnState* saved = st_;
        st_ = &state;
        state.fn = fn;
        state.sig = sig;
        int recv = alloc(scalarWord ? "S" : "P", false);
        int params = sig->params->vars.empty() ? 0 : alloc(pattern(sig->params), false);
        int results = sig->results->vars.empty() ? 0 : alloc(pattern(sig->results), false);
        // Materialise the concrete value's storage address: base register + offset.
        const Type* cur = concreteCopy;
        int base = recv;
        int64_t off = 0;
        bool valueInReg = false;
        if (concretePtr)
        {
            cur = underlying(concreteCopy)->as<Pointer>()->elem;
        }
        else if (isBlock(concreteCopy))
        {
            // data word = pointer to the struct copy
        }
        else if (slots(concreteCopy) > 1)
        {
            // a boxed string or slice: the box is its storage
        }
        else
            valueInReg = true;
        for (size_t i = 0; i < pathCopy.size(); i++)
        {
            const Type* u = underlying(cur);
            if (auto p = u->as<Pointer>())
            {
                Val v = loadMem(cur, base, off, -1);
                base = v.reg;
                off = 0;
                cur = p->elem;
                u = underlying(cur);
            }
            auto s = u->as<Struct>();
            off += fieldOffset(s, size_t(pathCopy[i]));
            cur = s->fields[size_t(pathCopy[i])]->type;
        }
        if (concretePtr && pathCopy.empty() && !m->hasPtrRecv)
            panicWrap(recv, concreteCopy, m);
        callMethodAt(m, cur, base, off, valueInReg ? Val{recv} : Val{-1}, !pathCopy.empty(), params, results,
                     fn->paramSlots - 1);
        fn->epilogue = uint32_t(here());
        emit(encode(Op::RunDefers));
        emit(encode(Op::Return));
        finishFrame();
        st_ = saved;
    });
    return fn;
}

// The body of a method wrapper: calls m on the receiver stored at base+off, of type cur (or held
// in registers: inReg), reached through embedded fields (viaPath), with the wrapper's
// parameters at params and results to results.
void Generator::callMethodAt(const Func* m, const Type* cur, int base, int64_t off, Val inReg, bool viaPath,
                             int params, int results, uint32_t paramSlots)
{
    const Signature* sig = m->sig();
    Val rv;
    if (m->isInterfaceMethod)
    {
        rv = inReg.reg >= 0 ? inReg : loadMem(cur, base, off, -1);
        emit(encode(Op::NilCheck, uint32_t(rv.reg)));
        int args = sig->params->vars.empty() ? 0 : alloc(pattern(sig->params));
        if (!sig->params->vars.empty())
            emit(encode(Op::MoveN, uint32_t(args), uint32_t(params), paramSlots));
        emit(encode(Op::CallIface, uint32_t(args), uint32_t(results), uint32_t(rv.reg)));
        emitWord(uint64_t(methodIndex(cur, m->name)));
        return;
    }
    const Type* recvT = sig->recv->type;
    if (inReg.reg >= 0)
        rv = inReg;
    else if (underlying(cur)->is<Pointer>() && viaPath)
    {
        Val p = loadMem(cur, base, off, -1);
        rv = m->hasPtrRecv ? p : (isBlock(recvT) ? p : loadMem(recvT, p.reg, 0, -1));
        if (isBlock(recvT) && !m->hasPtrRecv)
            emit(encode(Op::NilCheck, uint32_t(p.reg)));
    }
    else if (m->hasPtrRecv)
    {
        int a = alloc("P");
        emit(encode(Op::Lea, uint32_t(a), uint32_t(base), 0));
        emitWord(uint64_t(off));
        rv = Val{a};
    }
    else
        rv = loadMem(recvT, base, off, -1);
    Function* target = functionFor(m);
    int args = alloc(pattern(recvT) + pattern(sig->params));
    move(args, rv.reg, isBlock(recvT) ? program_.types().pointer(recvT) : recvT);
    if (!sig->params->vars.empty())
        emit(encode(Op::MoveN, uint32_t(args + slots(recvT)), uint32_t(params), paramSlots));
    emit(encode(target->native ? Op::CallNative : Op::Call, uint32_t(args), uint32_t(results)));
    emitWord(uint64_t(functionIndex(target)));
}

// A value method called through a nil *T by the wrapper Go generates for (*T).M (a method
// expression, or a method table of *T): Go's panicwrap message. (gc reports a plain nil
// dereference instead where it devirtualizes an interface call; weft never does.)
void Generator::panicWrap(int recvReg, const Type* ptrT, const Func* m)
{
    std::string full = typeString(ptrT->as<Pointer>()->elem, nullptr);
    std::string local = full.substr(full.rfind('.') == std::string::npos ? 0 : full.rfind('.') + 1);
    std::string msg = "value method " + full + "." + std::string(m->name) + " called using nil *" + local + " pointer";
    emit(encode(Op::NilCheckWrap, uint32_t(recvReg), stringConst(msg)));
}

// A method expression's function: the receiver (of the expression's type recvT) comes first.
// Direct when the method takes exactly that receiver; otherwise a wrapper that dereferences
// (*T).M of a value method, follows embedded fields, or calls through the interface (I.M).
const Function* Generator::methodExprFn(const Type* recvT, const Func* m, const std::vector<int>& path)
{
    bool recvPtr = recvT->is<Pointer>();
    if (!m->isInterfaceMethod && path.empty() && (m->hasPtrRecv || !recvPtr))
        return functionFor(m);
    std::string key = "mexpr:" + typeString(recvT, nullptr);
    for (int i : path)
        key += "." + std::to_string(i);
    if (auto wit = wrappers_.find({m, key}); wit != wrappers_.end())
        return wit->second;
    Function* fn = newFunction();
    wrappers_[{m, key}] = fn;
    std::string rs = typeString(recvT, nullptr);
    fn->name = recvPtr ? "(" + rs + ")." + std::string(m->name) : rs + "." + std::string(m->name);
    fn->wrapper = true;
    const Signature* sig = m->sig();
    uint32_t paramSlots = 0;
    for (const Var* p : sig->params->vars)
        paramSlots += uint32_t(slots(p->type));
    fn->paramSlots = uint32_t(slots(recvT)) + paramSlots;
    for (const Var* rv : sig->results->vars)
        fn->resultSlots += uint32_t(slots(rv->type));
    std::vector<int> pathCopy = path;
    pending_.push_back([this, fn, m, sig, recvT, recvPtr, pathCopy, paramSlots] {
        FnState state;
        FnState* saved = st_;
        st_ = &state;
        state.fn = fn;
        state.sig = sig;
        int recv = alloc(pattern(recvT), false);
        int params = sig->params->vars.empty() ? 0 : alloc(pattern(sig->params), false);
        int results = sig->results->vars.empty() ? 0 : alloc(pattern(sig->results), false);
        const Type* cur = recvT;
        bool inReg = !recvPtr && !isBlock(recvT);
        if (recvPtr)
        {
            cur = recvT->as<Pointer>()->elem;
            if (pathCopy.empty() && !m->isInterfaceMethod && !m->hasPtrRecv)
                panicWrap(recv, recvT, m);
        }
        auto [base, off] = inReg ? std::pair<int, int64_t>{recv, 0}
                                 : fieldPath(recv, 0, recvT, pathCopy, pathCopy.size(), recvPtr);
        cur = pathEndType(cur, pathCopy);
        callMethodAt(m, cur, base, off, inReg ? Val{recv} : Val{-1}, !pathCopy.empty(), params, results, paramSlots);
        fn->epilogue = uint32_t(here());
        emit(encode(Op::RunDefers));
        emit(encode(Op::Return));
        finishFrame();
        st_ = saved;
    });
    return fn;
}

// ---- defer and go ---------------------------------------------------------------------------

void Generator::deferOrGo(const CallExpr* call, bool isGo)
{
    setLine(call);
    // `defer func() { ... }()` and `go func() { ... }()`: the closure is the call, no thunk
    // needed (it cannot be nil, and there are no arguments to evaluate or results to drop).
    if (auto lit = unparen(call->fun)->as<FuncLit>())
        if (auto sig = lit->type->as<Signature>(); sig && sig->params->vars.empty() && sig->results->vars.empty())
        {
            Val clo = expr(lit);
            emit(encode(isGo ? Op::Go : Op::Defer, uint32_t(clo.reg)));
            if (!isGo)
                st_->fn->hasDefer = true;
            return;
        }
    // Evaluate the function value, receiver and arguments now, each into a new cell.
    struct Pre
    {
        const Node* node;
        const Type* type;
        int cell;
        bool recv;
    };
    std::vector<Pre> pre;
    auto preEval = [&](const Node* node, Val v, const Type* t, bool recv) {
        int cell = alloc("P", false);
        emit(encode(Op::New, uint32_t(cell), typeIndex(t)));
        storeMem(t, cell, 0, v);
        pre.push_back({node, t, cell, recv});
    };
    const Expr* fun = unparen(call->fun);
    bool builtin = call->fun->mode == ExprMode::Builtin;
    if (!builtin && !staticFunc(program_, fun))
    {
        auto sel = fun->as<SelectorExpr>();
        const Selection* s = sel ? program_.selection(sel) : nullptr;
        if (s && s->kind == SelectionKind::MethodVal)
        {
            auto m = static_cast<const Func*>(s->obj);
            if (isIfaceMethodCall(s))
            {
                // `defer i.M()` with a nil i panics at the defer statement, as in Go.
                auto [iv, it] = ifaceReceiver(sel, s, true);
                preEval(sel, iv, it, true);
            }
            else
            {
                const Type* rt = m->sig()->recv->type;
                preEval(sel, methodReceiver(sel, s, m), rt, true);
            }
        }
        else
        {
            Val fv = expr(fun);
            if (isGo) // Go's newproc: not a panic, the program ends
                emit(encode(Op::FatalIfNil, uint32_t(fv.reg), stringConst("go of nil func value")));
            preEval(fun, fv, fun->type, false);
        }
    }
    for (const Expr* a : call->args)
    {
        if (a->type && a->type->is<Tuple>())
        {
            error(a->pos, "not supported in weft yet: a multi-valued call as the argument of go/defer");
            continue;
        }
        if (a->mode == ExprMode::Constant || a->mode == ExprMode::TypeExpr)
            continue;
        const Type* t = defaultType(a->type, program_);
        if (isUntyped(a->type) && a->type->as<Basic>()->bkind == BasicKind::UntypedNil)
            continue;
        orderExprs({{a, nullptr, false, false}}); // gc: each argument is a statement of its own
        preEval(a, expr(a), t, false);
    }
    // The thunk: no parameters; loads the cells and makes the call.
    Function* fn = newFunction();
    fn->name = st_->fn->name + (isGo ? ".gowrap" : ".deferwrap") + std::to_string(++st_->funcLitCount);
    fn->wrapper = true;
    if (st_->file)
        placeFunction(fn, st_->file, call->pos);
    else
        fn->file = st_->fn->file, fn->line = int32_t(call->pos.line);
    {
        FnState state;
        FnState* saved = st_;
        st_ = &state;
        state.fn = fn;
        state.file = saved->file;
        state.line = fn->line;
        static Signature noSig;
        state.sig = &noSig;
        for (size_t i = 0; i < pre.size(); i++)
        {
            int c = alloc("P", false);
            emit(encode(Op::GetCapture, uint32_t(c), uint32_t(i)));
            Val v = loadMem(pre[i].type, c, 0, -1);
            if (pre[i].recv)
                state.recvOverrides[pre[i].node] = v;
            else
                state.overrides[pre[i].node] = v;
        }
        // Variables of the enclosing function are not visible here: every operand was pre-evaluated.
        state.deferredRecover = !isGo && builtin && program_.builtinOf(call)->id == BuiltinId::Recover;
        if (builtin)
            builtinCall(call, program_.builtinOf(call), -1);
        else
            callMulti(call);
        fn->epilogue = uint32_t(here());
        emit(encode(Op::RunDefers));
        emit(encode(Op::Return));
        finishFrame();
        st_ = saved;
    }
    int clo = alloc("P");
    std::vector<int> regs;
    for (auto& p : pre)
        regs.push_back(p.cell);
    emit(encode(Op::Closure, uint32_t(clo), 0, uint32_t(regs.size())));
    emitWord(uint64_t(functionIndex(fn)));
    emitCaptureList(*this, regs);
    emit(encode(isGo ? Op::Go : Op::Defer, uint32_t(clo)));
    if (!isGo)
        st_->fn->hasDefer = true;
    for (auto& p : pre)
        freeRegs(p.cell, "P");
}

} // namespace weft::detail
