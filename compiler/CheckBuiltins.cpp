// Built-in functions (go/types builtins.go).
#include "compiler/Checker.h"

namespace weft {

namespace {

struct BuiltinInfo
{
    const char* name;
    int nargs;
    bool variadic;
};

BuiltinInfo infoOf(BuiltinId id)
{
    switch (id)
    {
    case BuiltinId::Append: return {"append", 1, true};
    case BuiltinId::Cap: return {"cap", 1, false};
    case BuiltinId::Clear: return {"clear", 1, false};
    case BuiltinId::Close: return {"close", 1, false};
    case BuiltinId::Complex: return {"complex", 2, false};
    case BuiltinId::Copy: return {"copy", 2, false};
    case BuiltinId::Delete: return {"delete", 2, false};
    case BuiltinId::Imag: return {"imag", 1, false};
    case BuiltinId::Len: return {"len", 1, false};
    case BuiltinId::Make: return {"make", 1, true};
    case BuiltinId::Max: return {"max", 1, true};
    case BuiltinId::Min: return {"min", 1, true};
    case BuiltinId::New: return {"new", 1, false};
    case BuiltinId::Panic: return {"panic", 1, false};
    case BuiltinId::Print: return {"print", 0, true};
    case BuiltinId::Println: return {"println", 0, true};
    case BuiltinId::Real: return {"real", 1, false};
    case BuiltinId::Recover: return {"recover", 0, false};
    case BuiltinId::Alignof: return {"unsafe.Alignof", 1, false};
    case BuiltinId::Offsetof: return {"unsafe.Offsetof", 1, false};
    case BuiltinId::Sizeof: return {"unsafe.Sizeof", 1, false};
    }
    return {"?", 0, true};
}

} // namespace

void Checker::builtin(Operand& x, CallExpr* call, BuiltinId id)
{
    auto& types = prog_.types();
    auto& argList = call->args;
    BuiltinInfo bin = infoOf(id);
    auto fail = [&]() { x.mode = ExprMode::Invalid; };

    if (id == BuiltinId::Complex || id == BuiltinId::Real || id == BuiltinId::Imag)
    {
        errorAt(call, "not supported in weft: complex numbers");
        useExprs(argList);
        return fail();
    }
    if (call->hasEllipsis && id != BuiltinId::Append)
    {
        errorAt(call, "invalid operation: invalid use of ... with built-in " + std::string(bin.name));
        useExprs(argList);
        return fail();
    }
    bool savedCallOrRecv = hasCallOrRecv_;
    if (id == BuiltinId::Len || id == BuiltinId::Cap)
        hasCallOrRecv_ = false;
    struct Restore
    {
        bool& flag;
        bool saved;
        bool active;
        ~Restore()
        {
            if (active)
                flag = saved;
        }
    } restore{hasCallOrRecv_, savedCallOrRecv, id == BuiltinId::Len || id == BuiltinId::Cap};

    std::vector<Operand> args;
    size_t nargs = 0;
    if (id == BuiltinId::Make || id == BuiltinId::New)
        nargs = argList.size();
    else
    {
        exprList(args, argList, false);
        nargs = args.size();
        for (auto& a : args)
            if (a.invalid())
                return fail();
        if (nargs > 0)
            x = args[0];
    }
    {
        const char* msg = nullptr;
        if (nargs < static_cast<size_t>(bin.nargs))
            msg = "not enough";
        else if (!bin.variadic && nargs > static_cast<size_t>(bin.nargs))
            msg = "too many";
        if (msg)
        {
            error(startPos(call),
                std::string("invalid operation: ") + msg + " arguments for " + exprString(call) + " (expected " +
                    std::to_string(bin.nargs) + ", found " + std::to_string(nargs) + ")");
            return fail();
        }
    }

    switch (id)
    {
    case BuiltinId::Append: {
        const Type* S = x.type;
        auto s = underlying(S) ? underlying(S)->as<Slice>() : nullptr;
        if (!s)
        {
            std::string cause = x.isNil() ? "have untyped nil" : "have " + operandString(x);
            errorAt(x.expr, "first argument to append must be a slice; " + cause);
            return fail();
        }
        if (nargs == 2 && call->hasEllipsis)
        {
            Operand probe = x;
            if (assignableTo(probe, types.slice(types.byteType()), nullptr) && isString(args[1].type))
            {
                if (isUntyped(args[1].type))
                    convertUntyped(args[1], types.basic(BasicKind::String));
                x.mode = ExprMode::Value;
                x.type = S;
                x.val = nullptr;
                break;
            }
        }
        auto sig = types.make<Signature>();
        auto params = types.make<Tuple>();
        auto p0 = prog_.newObject<Var>("", Position{});
        p0->type = S;
        auto p1 = prog_.newObject<Var>("", Position{});
        p1->type = types.slice(s->elem);
        params->vars = {p0, p1};
        sig->params = params;
        auto results = types.make<Tuple>();
        results->vars = {p0};
        sig->results = results;
        sig->variadic = true;
        arguments(call, sig, args, exprString(call->fun));
        x.mode = ExprMode::Value;
        x.type = S;
        x.val = nullptr;
        break;
    }
    case BuiltinId::Cap:
    case BuiltinId::Len: {
        ExprMode mode = ExprMode::Invalid;
        const Constant* val = nullptr;
        const Type* u = underlying(x.type);
        if (auto p = u ? u->as<Pointer>() : nullptr)
            if (auto a = underlying(p->elem) ? underlying(p->elem)->as<Array>() : nullptr)
                u = a;
        if (u)
        {
            switch (u->kind)
            {
            case TypeKind::Basic:
                if (isString(u) && id == BuiltinId::Len)
                {
                    if (x.mode == ExprMode::Constant && x.val)
                    {
                        mode = ExprMode::Constant;
                        val = makeInt(static_cast<int64_t>(x.val->string.size()));
                    }
                    else
                        mode = ExprMode::Value;
                }
                break;
            case TypeKind::Array:
                mode = ExprMode::Value;
                if (!hasCallOrRecv_ && u->as<Array>()->len >= 0)
                {
                    mode = ExprMode::Constant;
                    val = makeInt(u->as<Array>()->len);
                }
                break;
            case TypeKind::Slice:
            case TypeKind::Chan: mode = ExprMode::Value; break;
            case TypeKind::Map:
                if (id == BuiltinId::Len)
                    mode = ExprMode::Value;
                break;
            default: break;
            }
        }
        if (mode == ExprMode::Invalid)
        {
            if (isValid(x.type))
                errorAt(x.expr, "invalid argument: " + operandString(x) + " for " + bin.name);
            return fail();
        }
        if (isUntyped(x.type))
            convertUntyped(x, types.basic(BasicKind::String));
        x.mode = mode;
        x.type = types.basic(BasicKind::Int);
        x.val = val;
        break;
    }
    case BuiltinId::Clear: {
        auto u = underlying(x.type);
        if (!u || !(u->is<Map>() || u->is<Slice>()))
        {
            errorAt(x.expr, "invalid argument: cannot clear " + operandString(x) +
                                ": argument must be (or constrained by) map or slice");
            return fail();
        }
        x.mode = ExprMode::NoValue;
        break;
    }
    case BuiltinId::Close: {
        auto u = underlying(x.type);
        auto ch = u ? u->as<Chan>() : nullptr;
        if (!ch)
        {
            errorAt(x.expr, "invalid operation: cannot close non-channel " + operandString(x));
            return fail();
        }
        if (ch->dir == ChanDir::Recv)
        {
            errorAt(x.expr, "invalid operation: cannot close receive-only channel " + operandString(x));
            return fail();
        }
        x.mode = ExprMode::NoValue;
        break;
    }
    case BuiltinId::Copy: {
        auto dst = underlying(x.type) ? underlying(x.type)->as<Slice>() : nullptr;
        Operand& y = args[1];
        const Type* src0 = underlying(y.type);
        if (src0 && isString(src0))
            src0 = types.slice(types.byteType());
        auto src = src0 ? src0->as<Slice>() : nullptr;
        if (!dst || !src)
        {
            errorAt(x.expr, "invalid argument: copy expects slice arguments; found " + operandString(x) + " and " +
                                operandString(y));
            return fail();
        }
        if (!identical(dst->elem, src->elem))
        {
            errorAt(x.expr, "invalid argument: arguments to copy " + operandString(x) + " and " + operandString(y) +
                                " have different element types " + typeStr(dst->elem) + " and " + typeStr(src->elem));
            return fail();
        }
        if (isUntyped(y.type))
            convertUntyped(y, types.basic(BasicKind::String));
        x.mode = ExprMode::Value;
        x.type = types.basic(BasicKind::Int);
        x.val = nullptr;
        break;
    }
    case BuiltinId::Delete: {
        auto m = underlying(x.type) ? underlying(x.type)->as<Map>() : nullptr;
        if (!m)
        {
            errorAt(x.expr, "invalid argument: " + operandString(x) + " is not a map");
            return fail();
        }
        x = args[1];
        assignment(x, m->key, "argument to delete");
        if (x.invalid())
            return fail();
        x.mode = ExprMode::NoValue;
        break;
    }
    case BuiltinId::Make: {
        Expr* arg0 = argList[0];
        const Type* T = varType(arg0);
        if (!isValid(T))
        {
            useExprs(std::vector<Expr*>(argList.begin() + 1, argList.end()));
            return fail();
        }
        size_t min = 0;
        auto u = underlying(T);
        if (u && u->is<Slice>())
            min = 2;
        else if (u && (u->is<Map>() || u->is<Chan>()))
            min = 1;
        else
        {
            errorAt(arg0, "invalid argument: cannot make " + exprString(arg0) + "; type must be slice, map, or channel");
            useExprs(std::vector<Expr*>(argList.begin() + 1, argList.end()));
            return fail();
        }
        if (nargs < min || min + 1 < nargs)
        {
            errorAt(call, "invalid operation: " + exprString(call) + " expects " + std::to_string(min) + " or " +
                              std::to_string(min + 1) + " arguments; found " + std::to_string(nargs));
            useExprs(std::vector<Expr*>(argList.begin() + 1, argList.end()));
            return fail();
        }
        std::vector<int64_t> sizes;
        for (size_t i = 1; i < argList.size(); ++i)
        {
            int64_t v;
            if (index(argList[i], -1, &v) && v >= 0)
                sizes.push_back(v);
        }
        if (sizes.size() == 2 && sizes[0] > sizes[1])
            errorAt(argList[1], "invalid argument: length and capacity swapped");
        x.mode = ExprMode::Value;
        x.type = T;
        x.val = nullptr;
        break;
    }
    case BuiltinId::Max:
    case BuiltinId::Min: {
        for (size_t i = 0; i < args.size(); ++i)
        {
            Operand& a = args[i];
            if (!isOrdered(a.type))
            {
                errorAt(a.expr, "invalid argument: " + operandString(a) + " cannot be ordered");
                return fail();
            }
            if (i > 0)
            {
                matchTypes(x, a);
                if (x.invalid())
                    return fail();
                if (!identical(x.type, a.type))
                {
                    errorAt(a.expr, "invalid argument: mismatched types " + typeStr(x.type) + " (previous argument) and " +
                                        typeStr(a.type) + " (type of " + exprString(a.expr) + ")");
                    return fail();
                }
                if (x.mode == ExprMode::Constant && a.mode == ExprMode::Constant && x.val && a.val)
                {
                    // a < x for min, a > x for max
                    bool take = false;
                    const Constant& av = *a.val;
                    const Constant& xv = *x.val;
                    if (av.kind == Constant::Kind::String)
                        take = id == BuiltinId::Min ? av.string < xv.string : av.string > xv.string;
                    else
                    {
                        BigRat ar = av.kind == Constant::Kind::Float ? av.rational : BigRat::fromInt(av.integer);
                        BigRat xr = xv.kind == Constant::Kind::Float ? xv.rational : BigRat::fromInt(xv.integer);
                        int c = compare(ar, xr);
                        take = id == BuiltinId::Min ? c < 0 : c > 0;
                    }
                    if (take)
                    {
                        Expr* keep = x.expr;
                        x = a;
                        x.expr = keep;
                    }
                }
                else
                    x.mode = ExprMode::Value;
            }
        }
        if (x.mode != ExprMode::Constant)
        {
            x.mode = ExprMode::Value;
            x.val = nullptr;
            assignment(x, prog_.anyType(), std::string("argument to built-in ") + bin.name);
            if (x.invalid())
                return fail();
        }
        for (auto& a : args)
            updateExprType(a.expr, x.type, true);
        break;
    }
    case BuiltinId::New: {
        const Type* T = varType(argList[0]);
        if (!isValid(T))
            return fail();
        x.mode = ExprMode::Value;
        x.type = types.pointer(T);
        x.val = nullptr;
        break;
    }
    case BuiltinId::Panic: {
        assignment(x, prog_.anyType(), "argument to panic");
        if (x.invalid())
            return fail();
        x.mode = ExprMode::NoValue;
        break;
    }
    case BuiltinId::Print:
    case BuiltinId::Println: {
        for (auto& a : args)
        {
            assignment(a, nullptr, std::string("argument to built-in ") + bin.name);
            if (a.invalid())
                return fail();
        }
        x.mode = ExprMode::NoValue;
        break;
    }
    case BuiltinId::Recover:
        x.mode = ExprMode::Value;
        x.type = prog_.anyType();
        x.val = nullptr;
        break;
    case BuiltinId::Alignof:
    case BuiltinId::Offsetof:
    case BuiltinId::Sizeof:
        if (!unsafeBuiltin(x, id))
            return fail();
        break;
    default: break;
    }
    if (x.mode == ExprMode::NoValue)
    {
        x.type = types.emptyTuple();
        x.val = nullptr;
    }
}

} // namespace weft
