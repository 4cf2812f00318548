// Calls, conversions and selectors (go/types call.go, conversions.go).
#include "compiler/Checker.h"
#include "compiler/GoApiNames.h"

#include <cctype>

namespace weft {

void Checker::useExprs(const std::vector<Expr*>& list)
{
    for (Expr* e : list)
    {
        if (!e)
            continue;
        if (auto kv = e->as<KeyValueExpr>())
            e = kv->value;
        Operand x;
        rawExpr(x, e, nullptr, false);
    }
}

void Checker::exprList(std::vector<Operand>& out, const std::vector<Expr*>& elist, bool allowCommaOk)
{
    out.clear();
    if (elist.size() == 1)
    {
        Operand x;
        multiExpr(x, elist[0]);
        if (!x.invalid() && x.type && x.type->is<Tuple>())
        {
            for (Var* v : x.type->as<Tuple>()->vars)
            {
                Operand o;
                o.mode = ExprMode::Value;
                o.expr = elist[0];
                o.type = v->type;
                out.push_back(o);
            }
            return;
        }
        if (allowCommaOk && (x.mode == ExprMode::CommaOk || x.mode == ExprMode::MapIndex))
        {
            out.push_back(x);
            Operand ok;
            ok.mode = ExprMode::Value;
            ok.expr = elist[0];
            ok.type = prog_.types().basic(BasicKind::UntypedBool);
            out.push_back(ok);
            return;
        }
        if (x.mode == ExprMode::CommaOk)
            x.mode = ExprMode::Value;
        out.push_back(x);
        return;
    }
    for (Expr* e : elist)
    {
        Operand x;
        expr(x, e);
        out.push_back(x);
    }
}

void Checker::callExpr(Operand& x, CallExpr* call)
{
    exprOrType(x, call->fun);
    switch (x.mode)
    {
    case ExprMode::Invalid:
        useExprs(call->args);
        x.expr = call;
        return;
    case ExprMode::TypeExpr: {
        const Type* T = x.type;
        x.mode = ExprMode::Invalid;
        size_t n = call->args.size();
        if (n == 0)
            errorAt(call, "missing argument in conversion to " + typeStr(T));
        else if (n == 1)
        {
            expr(x, call->args[0]);
            if (!x.invalid())
            {
                if (call->hasEllipsis)
                {
                    errorAt(call->args[0], "invalid use of ... in conversion to " + typeStr(T));
                    x.mode = ExprMode::Invalid;
                }
                else
                    conversion(x, T);
            }
        }
        else
        {
            useExprs(call->args);
            errorAt(call->args[n - 1], "too many arguments in conversion to " + typeStr(T));
        }
        x.expr = call;
        return;
    }
    case ExprMode::Builtin:
        builtin(x, call, x.builtin);
        x.expr = call;
        if (!x.invalid() && x.mode != ExprMode::Constant)
            hasCallOrRecv_ = true;
        return;
    default: break;
    }
    auto u = underlying(x.type);
    auto sig = u ? u->as<Signature>() : nullptr;
    if (!sig)
    {
        if (isValid(x.type))
            errorAt(x.expr, "invalid operation: cannot call non-function " + operandString(x));
        x.mode = ExprMode::Invalid;
        useExprs(call->args);
        x.expr = call;
        return;
    }
    std::vector<Operand> args;
    exprList(args, call->args, false);
    arguments(call, sig, args, exprString(call->fun));
    size_t nres = sig->results ? sig->results->size() : 0;
    if (nres == 0)
    {
        x.mode = ExprMode::NoValue;
        x.type = prog_.types().emptyTuple();
    }
    else if (nres == 1)
    {
        x.mode = ExprMode::Value;
        x.type = sig->results->vars[0]->type;
    }
    else
    {
        x.mode = ExprMode::Value;
        x.type = sig->results;
    }
    x.val = nullptr;
    x.expr = call;
    hasCallOrRecv_ = true;
}

void Checker::arguments(CallExpr* call, const Signature* sig, std::vector<Operand>& args, std::string_view fname)
{
    for (auto& a : args)
        if (a.invalid())
            return;
    size_t nargs = args.size();
    size_t npars = sig->params ? sig->params->size() : 0;
    bool ddd = call->hasEllipsis;
    std::vector<const Type*> paramTypes;
    for (size_t i = 0; i < npars; ++i)
        paramTypes.push_back(sig->params->vars[i]->type);
    if (sig->variadic)
    {
        if (ddd)
        {
            if (call->args.size() == 1 && nargs > 1)
            {
                errorAt(call, "cannot use ... with " + std::to_string(nargs) + "-valued " + exprString(call->args[0]));
                return;
            }
        }
        else
        {
            if (nargs + 1 >= npars)
            {
                const Type* last = paramTypes.back();
                auto s = last ? last->as<Slice>() : nullptr;
                const Type* elem = s ? s->elem : prog_.types().invalid();
                paramTypes.pop_back();
                while (paramTypes.size() < nargs)
                    paramTypes.push_back(elem);
                npars = nargs;
            }
            else
                npars--;
        }
    }
    else if (ddd)
    {
        errorAt(call, "cannot use ... in call to non-variadic " + std::string(fname));
        return;
    }
    if (nargs != npars)
    {
        const Node* at = call;
        std::string qualifier = "not enough";
        if (nargs > npars)
        {
            at = args[npars].expr;
            qualifier = "too many";
        }
        else if (nargs > 0)
            at = args[nargs - 1].expr;
        std::vector<const Type*> have, want;
        for (const Operand& a : args)
            have.push_back(a.type);
        for (size_t i = 0; sig->params && i < sig->params->size(); ++i)
            want.push_back(sig->params->vars[i]->type);
        errorAt(at, qualifier + " arguments in call to " + std::string(fname) + "\n\thave " + typesSummary(have, false) +
                        "\n\twant " + typesSummary(want, sig->variadic));
        return;
    }
    std::string context = "argument to " + std::string(fname);
    for (size_t i = 0; i < nargs; ++i)
        assignment(args[i], paramTypes[i], context);
}

// ---- conversions -----------------------------------------------------------------------------

void Checker::conversion(Operand& x, const Type* T)
{
    bool constArg = x.mode == ExprMode::Constant;
    bool ok = false;
    std::string cause;
    auto tb = underlying(T) ? underlying(T)->as<Basic>() : nullptr;
    if (constArg && isConstType(T) && x.val)
    {
        const Constant* v = nullptr;
        if (representableConst(*x.val, tb, &v))
        {
            ok = true;
            if (v)
                x.val = v;
        }
        else if (isInteger(x.type) && isString(T))
        {
            int64_t cp = 0xFFFD;
            if (auto iv = x.val->kind == Constant::Kind::Int ? std::optional<BigInt>(x.val->integer) : std::nullopt;
                iv && iv->fitsInt64() && iv->toInt64() >= 0 && iv->toInt64() <= 0x10FFFF &&
                !(iv->toInt64() >= 0xD800 && iv->toInt64() <= 0xDFFF))
                cp = iv->toInt64();
            std::string s;
            uint32_t c = static_cast<uint32_t>(cp);
            if (c < 0x80)
                s += static_cast<char>(c);
            else if (c < 0x800)
            {
                s += static_cast<char>(0xC0 | (c >> 6));
                s += static_cast<char>(0x80 | (c & 0x3F));
            }
            else if (c < 0x10000)
            {
                s += static_cast<char>(0xE0 | (c >> 12));
                s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
                s += static_cast<char>(0x80 | (c & 0x3F));
            }
            else
            {
                s += static_cast<char>(0xF0 | (c >> 18));
                s += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
                s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
                s += static_cast<char>(0x80 | (c & 0x3F));
            }
            x.val = newConst(Constant::makeString(std::move(s)));
            ok = true;
        }
    }
    else if (convertibleTo(x, T, &cause))
    {
        ok = true;
        x.mode = ExprMode::Value;
        x.val = nullptr;
    }
    if (!ok)
    {
        if (!cause.empty())
            errorAt(x.expr, "cannot convert " + operandString(x) + " to type " + typeStr(T) + ": " + cause);
        else
            errorAt(x.expr, "cannot convert " + operandString(x) + " to type " + typeStr(T));
        x.mode = ExprMode::Invalid;
        return;
    }
    if (isUntyped(x.type))
    {
        const Type* final = T;
        if (isInterface(T) || (constArg && !isConstType(T)) || x.isNil())
            final = defaultType(x.type);
        else if (x.mode == ExprMode::Constant && isInteger(x.type) && isString(T))
            final = x.type;
        updateExprType(x.expr, final, true);
    }
    x.type = T;
}

// ---- selectors -------------------------------------------------------------------------------

void Checker::selector(Operand& x, SelectorExpr* e, bool wantType)
{
    auto& types = prog_.types();
    x.mode = ExprMode::Invalid;
    x.expr = e;
    x.type = types.invalid();
    if (!e->sel)
        return;
    std::string_view sel = e->sel->name;
    if (auto id = e->x ? e->x->as<Ident>() : nullptr)
    {
        Object* obj = lookup(id->name, id); // scripts: standard packages without import
        if (auto pn = obj ? obj->as<PkgName>() : nullptr)
        {
            recordUse(id, pn);
            pn->used = true;
            id->mode = ExprMode::NoValue; // a package name denotes no value (see Program.h)
            id->type = prog_.types().invalid();
            Package* pkg = pn->imported;
            if (!pkg)
                return; // import failed: reported there
            Object* exp = pkg->scope->lookup(sel);
            if (!exp && pkg->isStd && (goApiHas(pkg->path, sel) || pkg->path == "unsafe"))
            {
                errorAt(e->sel, "not supported in weft: " + pkg->path + "." + std::string(sel));
                return;
            }
            if (!exp || (!exp->exported() && !pkg->isStd))
            {
                errorAt(e->sel, "undefined: " + std::string(pn->name) + "." + std::string(sel));
                return;
            }
            if (!exp->exported())
            {
                errorAt(e->sel, "name " + std::string(sel) + " not exported by package " + std::string(pkg->name));
                return;
            }
            recordUse(e->sel, exp);
            Selection s;
            s.kind = SelectionKind::Qualified;
            s.obj = exp;
            prog_.recordSelection(e, s);
            switch (exp->kind)
            {
            case ObjKind::Const:
                x.mode = ExprMode::Constant;
                x.type = exp->type;
                x.val = static_cast<Const*>(exp)->value;
                if (!x.val)
                    x.mode = ExprMode::Invalid;
                break;
            case ObjKind::TypeName:
                x.mode = ExprMode::TypeExpr;
                x.type = exp->type;
                break;
            case ObjKind::Var:
                x.mode = ExprMode::Variable;
                x.type = exp->type;
                break;
            case ObjKind::Func:
                x.mode = ExprMode::Value;
                x.type = exp->type;
                break;
            case ObjKind::Builtin:
                x.mode = ExprMode::Builtin;
                x.type = exp->type;
                x.builtin = static_cast<Builtin*>(exp)->id;
                break;
            default: break;
            }
            if (!x.type)
            {
                x.type = types.invalid();
                x.mode = ExprMode::Invalid;
            }
            x.expr = e;
            return;
        }
    }

    exprOrType(x, e->x);
    switch (x.mode)
    {
    case ExprMode::Builtin:
        errorAt(e, "cannot select on " + operandString(x));
        x.mode = ExprMode::Invalid;
        return;
    case ExprMode::Invalid: return;
    default: break;
    }
    if (wantType)
    {
        errorAt(e->sel, exprString(e) + " is not a type");
        x.mode = ExprMode::Invalid;
        return;
    }
    if (!isValid(x.type))
    {
        x.mode = ExprMode::Invalid;
        return;
    }
    auto r = lookupFieldOrMethod(x.type, x.mode == ExprMode::Variable, pkg_, sel);
    if (!r.obj)
    {
        if (!isValid(underlying(x.type)))
        {
            x.mode = ExprMode::Invalid;
            return;
        }
        if (r.ambiguous)
        {
            errorAt(e->sel, "ambiguous selector " + exprString(e->x) + "." + std::string(sel));
            x.mode = ExprMode::Invalid;
            return;
        }
        if (r.needPtr)
        {
            errorAt(e->sel, "cannot call pointer method " + std::string(sel) + " on " + typeStr(x.type));
            x.mode = ExprMode::Invalid;
            return;
        }
        std::string why;
        auto u = underlying(x.type);
        if (auto p = u ? u->as<Pointer>() : nullptr; p && isInterface(p->elem))
            why = "type " + typeStr(x.type) + " is pointer to interface, not interface";
        else
        {
            why = "type " + typeStr(x.type) + " has no field or method " + std::string(sel);
            if (!sel.empty())
            {
                std::string changed(sel);
                unsigned char c0 = static_cast<unsigned char>(changed[0]);
                changed[0] = std::isupper(c0) ? static_cast<char>(std::tolower(c0)) : static_cast<char>(std::toupper(c0));
                auto alt = lookupFieldOrMethod(x.type, x.mode == ExprMode::Variable, pkg_, changed);
                if (alt.obj)
                    why += ", but does have " + changed;
            }
        }
        errorAt(e->sel, exprString(e->x) + "." + std::string(sel) + " undefined (" + why + ")");
        x.mode = ExprMode::Invalid;
        return;
    }
    recordUse(e->sel, r.obj);
    Selection s;
    s.recv = x.type;
    s.obj = r.obj;
    s.indirect = r.indirect;
    if (auto m = r.obj->as<Func>())
    {
        methodSig(m);
        // the path to the method's receiver: the embedded fields (the last index is the method's)
        s.path.assign(r.index.begin(), r.index.empty() ? r.index.end() : r.index.end() - 1);
    }
    else
        s.path = r.index;
    if (x.mode == ExprMode::TypeExpr)
    {
        auto m = r.obj->as<Func>();
        if (!m)
        {
            errorAt(e->sel, exprString(e->x) + "." + std::string(sel) + " undefined (type " + typeStr(x.type) +
                                " has no method " + std::string(sel) + ")");
            x.mode = ExprMode::Invalid;
            return;
        }
        s.kind = SelectionKind::MethodExpr;
        prog_.recordSelection(e, s);
        auto sig = m->sig();
        if (!sig)
        {
            errorAt(e, "illegal cycle in method declaration");
            x.mode = ExprMode::Invalid;
            return;
        }
        auto params = types.make<Tuple>();
        std::string_view name;
        if (sig->params && sig->params->size() > 0 && !sig->params->vars[0]->name.empty())
            name = sig->recv && !sig->recv->name.empty() ? sig->recv->name : std::string_view("_");
        auto rv = prog_.newObject<Var>(name, sig->recv ? sig->recv->pos : Position{});
        rv->type = x.type;
        rv->isParam = true;
        params->vars.push_back(rv);
        if (sig->params)
            for (Var* v : sig->params->vars)
                params->vars.push_back(v);
        auto nsig = types.make<Signature>();
        nsig->params = params;
        nsig->results = sig->results;
        nsig->variadic = sig->variadic;
        x.mode = ExprMode::Value;
        x.type = nsig;
        if (decl_ && objMap_.count(m))
            decl_->addDep(m);
    }
    else if (auto f = r.obj->as<Var>())
    {
        s.kind = SelectionKind::FieldVal;
        prog_.recordSelection(e, s);
        x.mode = (x.mode == ExprMode::Variable || r.indirect) ? ExprMode::Variable : ExprMode::Value;
        x.type = f->type ? f->type : types.invalid();
    }
    else if (auto m = r.obj->as<Func>())
    {
        s.kind = SelectionKind::MethodVal;
        prog_.recordSelection(e, s);
        x.mode = ExprMode::Value;
        auto sig = m->sig();
        if (!sig)
        {
            x.mode = ExprMode::Invalid;
            return;
        }
        auto nsig = types.make<Signature>();
        nsig->params = sig->params;
        nsig->results = sig->results;
        nsig->variadic = sig->variadic;
        x.type = nsig;
        if (decl_ && objMap_.count(m))
            decl_->addDep(m);
    }
    x.val = nullptr;
    x.expr = e;
}

} // namespace weft
