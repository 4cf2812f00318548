// Expressions: operands, untyped constants, unary and binary operators (go/types expr.go).
#include "compiler/Checker.h"
#include "compiler/TypeLayout.h"

#include <climits>
#include <cmath>

namespace weft {

namespace {

const char* opName(const Expr* e)
{
    if (auto b = e ? e->as<BinaryExpr>() : nullptr)
    {
        switch (b->op)
        {
        case Tok::Add: return "addition";
        case Tok::Sub: return "subtraction";
        case Tok::Xor: return "bitwise XOR";
        case Tok::Mul: return "multiplication";
        case Tok::Shl: return "shift";
        default: return nullptr;
        }
    }
    if (auto u = e ? e->as<UnaryExpr>() : nullptr)
    {
        switch (u->op)
        {
        case Tok::Sub: return "negation";
        case Tok::Xor: return "bitwise complement";
        default: return nullptr;
        }
    }
    return nullptr;
}

BigRat toRat(const Constant& c)
{
    return c.kind == Constant::Kind::Float ? c.rational : BigRat::fromInt(c.integer);
}

std::optional<BigInt> toInt(const Constant& c)
{
    if (c.kind == Constant::Kind::Int)
        return c.integer;
    if (c.kind == Constant::Kind::Float)
        return c.rational.toInt();
    return std::nullopt;
}

} // namespace

// ---- operand plumbing ------------------------------------------------------------------------

void Checker::record(Operand& x)
{
    if (!x.expr)
        return;
    const Type* t = x.invalid() ? prog_.types().invalid() : x.type;
    if (!t)
        t = prog_.types().invalid();
    if (isUntyped(t))
        rememberUntyped(x.expr, false, x.mode, t, x.mode == ExprMode::Constant ? x.val : nullptr);
    x.expr->mode = x.mode == ExprMode::CommaOk ? ExprMode::Value : x.mode;
    x.expr->type = t;
    x.expr->value = x.mode == ExprMode::Constant ? x.val : nullptr;
}

void Checker::rememberUntyped(Expr* e, bool isLhs, ExprMode mode, const Type* t, const Constant* val)
{
    auto& info = untyped_[e];
    info.isLhs = isLhs;
    info.mode = mode;
    info.type = t;
    info.val = val;
}

void Checker::updateExprVal(Expr* e, const Constant* val)
{
    auto it = untyped_.find(e);
    if (it != untyped_.end())
        it->second.val = val;
    if (e && e->mode == ExprMode::Constant)
        e->value = val;
}

void Checker::updateExprType(Expr* e, const Type* typ, bool final)
{
    if (!e)
        return;
    auto it = untyped_.find(e);
    if (it == untyped_.end())
        return;
    UntypedInfo old = it->second;
    switch (e->kind)
    {
    case NodeKind::ParenExpr: updateExprType(static_cast<ParenExpr*>(e)->x, typ, final); break;
    case NodeKind::UnaryExpr:
        if (!old.val)
            updateExprType(static_cast<UnaryExpr*>(e)->x, typ, final);
        break;
    case NodeKind::BinaryExpr: {
        auto b = static_cast<BinaryExpr*>(e);
        if (old.val)
            break;
        if (isComparisonOp(b->op))
            break;
        if (isShiftOp(b->op))
            updateExprType(b->x, typ, final);
        else
        {
            updateExprType(b->x, typ, final);
            updateExprType(b->y, typ, final);
        }
        break;
    }
    default: break;
    }
    it = untyped_.find(e);
    if (it == untyped_.end())
        return;
    if (!final && isUntyped(typ))
    {
        it->second.type = underlying(typ);
        e->type = typ;
        return;
    }
    untyped_.erase(it);
    if (old.isLhs)
    {
        if (!isInteger(typ))
        {
            errorAt(e, "invalid operation: shifted operand " + exprString(e) + " (type " + typeStr(typ) +
                           ") must be integer");
            return;
        }
    }
    if (old.val)
    {
        Operand c;
        c.mode = old.mode;
        c.expr = e;
        c.type = old.type;
        c.val = old.val;
        convertUntyped(c, typ);
        if (c.invalid())
            return;
        e->value = c.val;
    }
    e->type = typ;
}

void Checker::convertUntyped(Operand& x, const Type* target)
{
    const Type* nt = nullptr;
    const Constant* nv = nullptr;
    ConvCode code = implicitTypeAndValue(x, target, &nt, &nv);
    if (code != ConvCode::Ok)
    {
        const Type* t = underlying(target) ? underlying(target) : target;
        invalidConversion(code, x, t);
        x.mode = ExprMode::Invalid;
        return;
    }
    if (nv)
    {
        x.val = nv;
        updateExprVal(x.expr, nv);
    }
    if (nt != x.type)
    {
        x.type = nt;
        updateExprType(x.expr, nt, false);
    }
}

void Checker::invalidConversion(ConvCode code, Operand& x, const Type* target)
{
    std::string xs = operandString(x), ts = typeStr(target);
    switch (code)
    {
    case ConvCode::Truncated: errorAt(x.expr, xs + " truncated to " + ts); break;
    case ConvCode::Overflow: errorAt(x.expr, xs + " overflows " + ts); break;
    default: errorAt(x.expr, "cannot convert " + xs + " to type " + ts); break;
    }
}

Checker::ConvCode Checker::implicitTypeAndValue(Operand& x, const Type* target, const Type** newType,
    const Constant** newVal)
{
    *newType = x.type;
    *newVal = nullptr;
    if (x.invalid() || isTyped(x.type) || !target || !isValid(target))
        return ConvCode::Ok;
    auto& types = prog_.types();
    if (isUntyped(target))
    {
        // both untyped
        auto xb = x.type->as<Basic>();
        auto tb = target->as<Basic>();
        if (isNumeric(xb) && isNumeric(tb))
        {
            const Type* m = xb->bkind > tb->bkind ? xb : tb;
            *newType = m;
            if (x.val && isFloat(m) && x.val->kind == Constant::Kind::Int)
                *newVal = newConst(Constant::makeFloat(BigRat::fromInt(x.val->integer)));
            return ConvCode::Ok;
        }
        if (xb->bkind == tb->bkind)
            return ConvCode::Ok;
        *newType = nullptr;
        return ConvCode::Invalid;
    }
    if (x.isNil())
    {
        if (hasNil(target))
        {
            *newType = target;
            return ConvCode::Ok;
        }
        *newType = nullptr;
        return ConvCode::Invalid;
    }
    auto u = underlying(target);
    if (!u)
        return ConvCode::Ok;
    if (auto b = u->as<Basic>())
    {
        if (x.mode == ExprMode::Constant)
        {
            const Constant* v = nullptr;
            ConvCode code = representation(x, b, &v);
            if (code != ConvCode::Ok)
            {
                *newType = nullptr;
                return code;
            }
            *newType = target;
            *newVal = v;
            return ConvCode::Ok;
        }
        auto xk = x.type->as<Basic>()->bkind;
        bool ok = true;
        switch (xk)
        {
        case BasicKind::UntypedBool: ok = isBoolean(target); break;
        case BasicKind::UntypedInt:
        case BasicKind::UntypedRune:
        case BasicKind::UntypedFloat: ok = isNumeric(target); break;
        case BasicKind::UntypedString: ok = isString(target); break;
        default: ok = false; break;
        }
        if (!ok)
        {
            *newType = nullptr;
            return ConvCode::Invalid;
        }
        *newType = target;
        return ConvCode::Ok;
    }
    if (auto it = u->as<Interface>())
    {
        completeInterface(it, Position{});
        if (!it->allMethods.empty() || it->isComparableConstraint)
        {
            *newType = nullptr;
            return ConvCode::Invalid;
        }
        *newType = defaultType(x.type);
        if (x.val && isFloat(*newType) && x.val->kind == Constant::Kind::Int)
            *newVal = newConst(Constant::makeFloat(BigRat::fromInt(x.val->integer)));
        return ConvCode::Ok;
    }
    (void)types;
    *newType = nullptr;
    return ConvCode::Invalid;
}

Checker::ConvCode Checker::representation(const Operand& x, const Basic* t, const Constant** out)
{
    *out = x.val;
    if (!x.val)
        return ConvCode::Ok;
    if (!representableConst(*x.val, t, out))
    {
        if (isNumeric(x.type) && isNumeric(t))
        {
            if (!isInteger(x.type) && isInteger(t))
                return ConvCode::Truncated;
            return ConvCode::Overflow;
        }
        return ConvCode::Invalid;
    }
    return ConvCode::Ok;
}

bool Checker::representableConst(const Constant& c, const Basic* t, const Constant** rounded)
{
    using K = Constant::Kind;
    if (t->bkind == BasicKind::Invalid)
        return true;
    if (t->info & IsBoolean)
        return c.kind == K::Bool;
    if (t->info & IsString)
        return c.kind == K::String;
    if (t->info & IsInteger)
    {
        if (c.kind != K::Int && c.kind != K::Float)
            return false;
        auto v = toInt(c);
        if (!v)
            return false;
        bool ok = false;
        switch (t->bkind)
        {
        case BasicKind::UntypedInt:
        case BasicKind::UntypedRune: ok = true; break;
        case BasicKind::Int:
        case BasicKind::Int64: ok = v->fitsInt64(); break;
        case BasicKind::Int8: ok = v->fitsInt64() && v->toInt64() >= -128 && v->toInt64() <= 127; break;
        case BasicKind::Int16: ok = v->fitsInt64() && v->toInt64() >= -32768 && v->toInt64() <= 32767; break;
        case BasicKind::Int32:
            ok = v->fitsInt64() && v->toInt64() >= INT32_MIN && v->toInt64() <= INT32_MAX;
            break;
        case BasicKind::Uint:
        case BasicKind::Uint64:
        case BasicKind::Uintptr: ok = !v->isNegative() && v->fitsUint64(); break;
        case BasicKind::Uint8: ok = !v->isNegative() && v->fitsUint64() && v->toUint64() <= 0xff; break;
        case BasicKind::Uint16: ok = !v->isNegative() && v->fitsUint64() && v->toUint64() <= 0xffff; break;
        case BasicKind::Uint32: ok = !v->isNegative() && v->fitsUint64() && v->toUint64() <= 0xffffffffu; break;
        default: ok = false;
        }
        if (ok && rounded && c.kind != K::Int)
            *rounded = newConst(Constant::makeInt(*v));
        return ok;
    }
    if (t->info & IsFloat)
    {
        if (c.kind != K::Int && c.kind != K::Float)
            return false;
        BigRat r = toRat(c);
        switch (t->bkind)
        {
        case BasicKind::Float32: {
            float f = r.toFloat();
            if (std::isinf(f))
                return false;
            if (rounded)
                *rounded = newConst(Constant::makeFloat(BigRat::fromDouble(static_cast<double>(f))));
            return true;
        }
        case BasicKind::Float64: {
            double d = r.toDouble();
            if (std::isinf(d))
                return false;
            if (rounded)
                *rounded = newConst(Constant::makeFloat(BigRat::fromDouble(d)));
            return true;
        }
        default:
            if (rounded && c.kind == K::Int)
                *rounded = newConst(Constant::makeFloat(r));
            return true;
        }
    }
    return false;
}

void Checker::representable(Operand& x, const Basic* t)
{
    const Constant* v = nullptr;
    ConvCode code = representation(x, t, &v);
    if (code != ConvCode::Ok)
    {
        invalidConversion(code, x, t);
        x.mode = ExprMode::Invalid;
        return;
    }
    x.val = v;
}

void Checker::overflow(Operand& x, Position opPos)
{
    if (!x.val)
        return;
    if (x.val->kind == Constant::Kind::Float && x.val->rational.isInf())
    {
        // go/constant's unknown value: a result beyond big.Float's int32 exponents
        error(opPos, "constant result is not representable");
        x.mode = ExprMode::Invalid;
        return;
    }
    if (isTyped(x.type))
    {
        auto b = underlying(x.type) ? underlying(x.type)->as<Basic>() : nullptr;
        if (b)
            representable(x, b);
        return;
    }
    if (x.val->kind == Constant::Kind::Int && x.val->integer.bitLen() > 512)
    {
        const char* op = opName(x.expr);
        error(opPos, std::string("constant ") + (op ? std::string(op) + " " : std::string()) + "overflow");
        x.mode = ExprMode::Invalid;
    }
}

void Checker::singleValue(Operand& x)
{
    if (x.mode == ExprMode::Value && x.type && x.type->is<Tuple>())
    {
        errorAt(x.expr, "multiple-value " + operandString(x) + " in single-value context");
        x.mode = ExprMode::Invalid;
    }
    if (x.mode == ExprMode::CommaOk)
        x.mode = ExprMode::Value;
}

enum : unsigned
{
    ModeNoValue = 1,
    ModeBuiltin = 2,
    ModeTypeExpr = 4,
};

void Checker::exclude(Operand& x, unsigned modes)
{
    const char* msg = nullptr;
    if (x.mode == ExprMode::NoValue && (modes & ModeNoValue))
        msg = (modes & ModeTypeExpr) ? "%s used as value" : "%s used as value or type";
    else if (x.mode == ExprMode::Builtin && (modes & ModeBuiltin))
        msg = "%s must be called";
    else if (x.mode == ExprMode::TypeExpr && (modes & ModeTypeExpr))
        msg = "%s is not an expression";
    if (!msg)
        return;
    std::string m = msg;
    m.replace(m.find("%s"), 2, operandString(x));
    errorAt(x.expr, m);
    x.mode = ExprMode::Invalid;
}

void Checker::expr(Operand& x, Expr* e)
{
    rawExpr(x, e, nullptr, false);
    exclude(x, ModeNoValue | ModeBuiltin | ModeTypeExpr);
    singleValue(x);
}

void Checker::exprWithHint(Operand& x, Expr* e, const Type* hint)
{
    rawExpr(x, e, hint, false);
    exclude(x, ModeNoValue | ModeBuiltin | ModeTypeExpr);
    singleValue(x);
}

void Checker::exprOrType(Operand& x, Expr* e)
{
    rawExpr(x, e, nullptr, true);
    exclude(x, ModeNoValue);
    singleValue(x);
}

void Checker::multiExpr(Operand& x, Expr* e)
{
    rawExpr(x, e, nullptr, false);
    exclude(x, ModeNoValue | ModeBuiltin | ModeTypeExpr);
}

void Checker::rawExpr(Operand& x, Expr* e, const Type* hint, bool allowType)
{
    (void)allowType;
    x = Operand{};
    if (!e)
    {
        x.mode = ExprMode::Invalid;
        return;
    }
    if (nestedTooDeeply())
    {
        --depth_;
        errorAt(e, "expression nested too deeply");
        x.mode = ExprMode::Invalid;
        x.expr = e;
        e->mode = ExprMode::Invalid;
        e->type = prog_.types().invalid();
        return;
    }
    exprInternal(x, e, hint);
    --depth_;
    x.expr = e;
    record(x);
}

void Checker::exprInternal(Operand& x, Expr* e, const Type* hint)
{
    auto& types = prog_.types();
    x.mode = ExprMode::Invalid;
    x.type = types.invalid();
    x.expr = e;
    switch (e->kind)
    {
    case NodeKind::BadExpr: return;
    case NodeKind::Ident: ident(x, static_cast<Ident*>(e), false); return;
    case NodeKind::EllipsisExpr: errorAt(e, "invalid use of ..."); return;
    case NodeKind::BasicLit: basicLit(x, static_cast<BasicLit*>(e)); return;
    case NodeKind::FuncLit: funcLit(x, static_cast<FuncLit*>(e)); return;
    case NodeKind::CompositeLit: compositeLit(x, static_cast<CompositeLit*>(e), hint); return;
    case NodeKind::ParenExpr: {
        auto p = static_cast<ParenExpr*>(e);
        rawExpr(x, p->x, nullptr, true);
        x.expr = e;
        return;
    }
    case NodeKind::SelectorExpr: selector(x, static_cast<SelectorExpr*>(e), false); return;
    case NodeKind::IndexExpr: indexExpr(x, static_cast<IndexExpr*>(e)); return;
    case NodeKind::SliceExpr: sliceExpr(x, static_cast<SliceExpr*>(e)); return;
    case NodeKind::TypeAssertExpr: {
        auto ta = static_cast<TypeAssertExpr*>(e);
        if (!ta->typeExpr)
        {
            Operand y;
            expr(y, ta->x);
            errorAt(e, "use of .(type) outside type switch");
            x.mode = ExprMode::Invalid;
            return;
        }
        typeAssertion(x, ta);
        return;
    }
    case NodeKind::CallExpr: callExpr(x, static_cast<CallExpr*>(e)); return;
    case NodeKind::StarExpr: {
        auto s = static_cast<StarExpr*>(e);
        exprOrType(x, s->x);
        switch (x.mode)
        {
        case ExprMode::Invalid: return;
        case ExprMode::TypeExpr: x.type = types.pointer(x.type); return;
        default: {
            if (x.isNil())
            {
                errorAt(e, "invalid operation: cannot indirect nil");
                x.mode = ExprMode::Invalid;
                return;
            }
            auto u = underlying(x.type);
            auto p = u ? u->as<Pointer>() : nullptr;
            if (!p)
            {
                if (isValid(x.type))
                    errorAt(e, "invalid operation: cannot indirect " + operandString(x));
                x.mode = ExprMode::Invalid;
                return;
            }
            if (!isValid(p->elem))
            {
                x.mode = ExprMode::Invalid;
                return;
            }
            x.mode = ExprMode::Variable;
            x.type = p->elem;
            return;
        }
        }
    }
    case NodeKind::UnaryExpr: unary(x, static_cast<UnaryExpr*>(e)); return;
    case NodeKind::BinaryExpr: {
        auto b = static_cast<BinaryExpr*>(e);
        binary(x, e, b->x, b->y, b->op, b->pos);
        return;
    }
    case NodeKind::KeyValueExpr: {
        errorAt(e, "unexpected key:value expression");
        return;
    }
    case NodeKind::ArrayType:
    case NodeKind::StructType:
    case NodeKind::FuncType:
    case NodeKind::InterfaceType:
    case NodeKind::MapType:
    case NodeKind::ChanType:
        x.type = typExpr(e);
        x.mode = ExprMode::TypeExpr;
        return;
    default: errorAt(e, "invalid expression"); return;
    }
}

// ---- literals and identifiers ----------------------------------------------------------------

void Checker::basicLit(Operand& x, BasicLit* e)
{
    auto& types = prog_.types();
    bool number = e->litKind == LitKind::Int || e->litKind == LitKind::Float || e->litKind == LitKind::Imag;
    if (number && e->text.size() > kMaxNumberLiteralLength)
    {
        errorAt(e, "excessively long constant: " + std::string(e->text.substr(0, 10)) + "... (" +
                       std::to_string(e->text.size()) + " chars)");
        return;
    }
    switch (e->litKind)
    {
    case LitKind::Int:
        if (auto v = parseIntLiteral(e->text))
        {
            x.val = newConst(Constant::makeInt(std::move(*v)));
            x.type = types.basic(BasicKind::UntypedInt);
            x.mode = ExprMode::Constant;
            if (x.val->integer.bitLen() > 512)
            {
                errorAt(e, "constant overflow");
                x.mode = ExprMode::Invalid;
            }
            return;
        }
        break;
    case LitKind::Float:
        if (auto v = parseFloatLiteral(e->text))
        {
            x.val = newConst(Constant::makeFloat(std::move(*v)));
            x.type = types.basic(BasicKind::UntypedFloat);
            x.mode = ExprMode::Constant;
            return;
        }
        break;
    case LitKind::Imag:
    {
        const std::string_view mantissa = e->text.substr(0, e->text.size() - 1);
        if (hadParseErrors_ && !parseIntLiteral(mantissa) && !parseFloatLiteral(mantissa))
            return; // malformed: reported by the lexer
        errorAt(e, "not supported in weft: complex numbers");
        return;
    }
    case LitKind::Char:
        if (auto v = parseRuneLiteral(e->text))
        {
            x.val = newConst(Constant::makeInt(BigInt(*v)));
            x.type = types.basic(BasicKind::UntypedRune);
            x.mode = ExprMode::Constant;
            return;
        }
        break;
    case LitKind::String:
        if (auto v = parseStringLiteral(e->text))
        {
            x.val = newConst(Constant::makeString(std::move(*v)));
            x.type = types.basic(BasicKind::UntypedString);
            x.mode = ExprMode::Constant;
            return;
        }
        break;
    }
    if (hadParseErrors_)
        return; // reported by the lexer
    // the syntax is right: go/constant could not represent the value
    errorAt(e, "malformed constant: " + std::string(e->text));
}

Object* scriptImport(Checker& c, std::string_view name, const Node* at);

static const char* const scriptPackages[][2] = {
    {"fmt", "fmt"},
    {"strings", "strings"},
    {"strconv", "strconv"},
    {"math", "math"},
    {"rand", "math/rand"},
    {"errors", "errors"},
    {"sort", "sort"},
    {"unicode", "unicode"},
    {"utf8", "unicode/utf8"},
    {"os", "os"},
    {"bufio", "bufio"},
    {"time", "time"},
    {"sync", "sync"},
    {"atomic", "sync/atomic"},
    {"runtime", "runtime"},
    {"io", "io"},
    {"context", "context"},
};

// Scripts use the standard packages without importing them.
Object* Checker::lookup(std::string_view name, const Node* at)
{
    Object* obj = scope_ ? scope_->lookupParent(name) : nullptr;
    if (obj)
    {
        if (!dotImports_.empty())
            if (auto it = dotImports_.find({file_, obj}); it != dotImports_.end())
                it->second->used = true; // a use of a dot-imported name uses its import
        return obj;
    }
    return scriptImport(*this, name, at);
}

Object* scriptImport(Checker& c, std::string_view name, const Node* at)
{
    if (!c.isScript_ || c.pkg_ != c.prog_.mainPackage() || !c.scriptFileScope_)
        return nullptr;
    for (auto& p : scriptPackages)
        if (name == p[0])
        {
            Package* imp = c.importPackage(p[1], at, false);
            if (!imp)
                return nullptr;
            auto pn = c.prog_.newObject<PkgName>(name, Position{});
            pn->pkg = c.pkg_;
            pn->imported = imp;
            pn->implicit = true;
            pn->used = true;
            c.scriptFileScope_->insert(pn);
            return pn;
        }
    return nullptr;
}

void Checker::ident(Operand& x, Ident* e, bool wantType)
{
    auto& types = prog_.types();
    x.mode = ExprMode::Invalid;
    x.expr = e;
    x.type = types.invalid();
    Object* obj = lookup(e->name, e);
    if (!obj)
    {
        if (e->name == "_")
            errorAt(e, "cannot use _ as value");
        else
            errorAt(e, "undefined: " + std::string(e->name));
        return;
    }
    if (!obj->pkg && obj->parent == prog_.universe())
    {
        if (e->name == "complex64" || e->name == "complex128")
        {
            recordUse(e, obj);
            errorAt(e, "not supported in weft: complex numbers");
            return;
        }
        if (e->name == "comparable" && obj->is<TypeName>())
        {
            recordUse(e, obj);
            errorAt(e, "not supported in weft: type parameters");
            return;
        }
    }
    recordUse(e, obj);
    const Type* typ = obj->type;
    if (!typ || (obj->is<TypeName>() && wantType))
    {
        if (objMap_.count(obj) || (obj->is<TypeName>() && obj->color == 1)) // or a local type being declared
            objDecl(obj);
        typ = obj->type;
    }
    if (!typ)
        typ = types.invalid();
    auto addDep = [&](Object* o) {
        if (decl_ && objMap_.count(o))
            decl_->addDep(o);
    };
    switch (obj->kind)
    {
    case ObjKind::PkgName: // not a use: Go reports the import as unused as well
        errorAt(e, "use of package " + std::string(obj->name) + " not in selector");
        return;
    case ObjKind::Const: {
        auto c = static_cast<Const*>(obj);
        addDep(c);
        if (!isValid(typ))
            return;
        if (obj == prog_.universeIota())
        {
            if (!iota_)
            {
                errorAt(e, "cannot use iota outside constant declaration");
                return;
            }
            x.val = iota_;
        }
        else
            x.val = c->value;
        if (!x.val)
            return;
        x.mode = ExprMode::Constant;
        break;
    }
    case ObjKind::TypeName: x.mode = ExprMode::TypeExpr; break;
    case ObjKind::Var: {
        auto v = static_cast<Var*>(obj);
        if (v->pkg == pkg_)
            v->used = true;
        if (v->owner && fn_.node && v->owner != fn_.node && !v->isGlobal)
            v->captured = true;
        addDep(v);
        if (!isValid(typ))
            return;
        x.mode = ExprMode::Variable;
        break;
    }
    case ObjKind::Func: addDep(obj); x.mode = ExprMode::Value; break;
    case ObjKind::Builtin:
        x.builtin = static_cast<Builtin*>(obj)->id;
        x.mode = ExprMode::Builtin;
        break;
    case ObjKind::Nil: x.mode = ExprMode::Value; break;
    case ObjKind::Label: errorAt(e, "undefined: " + std::string(e->name)); return;
    }
    x.type = typ;
}

void Checker::funcLit(Operand& x, FuncLit* e)
{
    Scope* scope = prog_.newScope(scope_, Scope::Kind::Func);
    auto sig = funcType(e->sig, nullptr, scope, e, nullptr);
    if (e->body)
    {
        funcBody(e, "<function literal>", sig, e->body, scope);
        processLater();
    }
    x.mode = ExprMode::Value;
    x.type = sig;
}

// ---- unary and binary operators --------------------------------------------------------------

bool Checker::opPredicate(Operand& x, Tok op, bool binaryOp)
{
    bool ok = false;
    const Type* t = x.type;
    switch (op)
    {
    case Tok::Add: ok = binaryOp ? (isNumeric(t) || isString(t)) : isNumeric(t); break;
    case Tok::Sub:
    case Tok::Mul:
    case Tok::Quo: ok = isNumeric(t); break;
    case Tok::Rem:
    case Tok::And:
    case Tok::Or:
    case Tok::Xor:
    case Tok::AndNot: ok = isInteger(t); break;
    case Tok::LAnd:
    case Tok::LOr:
    case Tok::Not: ok = isBoolean(t); break;
    default: errorAt(x.expr, "unknown operator " + std::string(tokenSpelling(op))); return false;
    }
    if (!ok)
        errorAt(x.expr, "invalid operation: operator " + std::string(tokenSpelling(op)) + " not defined on " +
                            operandString(x));
    return ok;
}

void Checker::unary(Operand& x, UnaryExpr* e)
{
    auto& types = prog_.types();
    expr(x, e->x);
    if (x.invalid())
        return;
    Tok op = e->op;
    switch (op)
    {
    case Tok::And: {
        Expr* inner = e->x;
        while (inner && inner->is<ParenExpr>())
            inner = static_cast<ParenExpr*>(inner)->x;
        if (!(inner && inner->is<CompositeLit>()) && x.mode != ExprMode::Variable)
        {
            errorAt(x.expr, "invalid operation: cannot take address of " + operandString(x));
            x.mode = ExprMode::Invalid;
            return;
        }
        x.mode = ExprMode::Value;
        x.type = types.pointer(x.type);
        return;
    }
    case Tok::Arrow: {
        auto u = underlying(x.type);
        auto ch = u ? u->as<Chan>() : nullptr;
        if (!ch)
        {
            errorAt(x.expr, "invalid operation: cannot receive from non-channel " + operandString(x));
            x.mode = ExprMode::Invalid;
            return;
        }
        if (ch->dir == ChanDir::Send)
        {
            errorAt(x.expr, "invalid operation: cannot receive from send-only channel " + operandString(x));
            x.mode = ExprMode::Invalid;
            return;
        }
        x.mode = ExprMode::CommaOk;
        x.type = ch->elem;
        hasCallOrRecv_ = true;
        return;
    }
    case Tok::Tilde:
        errorAt(e, "cannot use ~ outside of interface or type constraint");
        x.mode = ExprMode::Invalid;
        return;
    default: break;
    }
    if (!opPredicate(x, op, false))
    {
        x.mode = ExprMode::Invalid;
        return;
    }
    if (x.mode == ExprMode::Constant && x.val)
    {
        const Constant& v = *x.val;
        Constant r;
        switch (op)
        {
        case Tok::Add: r = v; break;
        case Tok::Sub:
            if (v.kind == Constant::Kind::Int)
                r = Constant::makeInt(-v.integer);
            else
                r = Constant::makeFloat(-v.rational);
            break;
        case Tok::Not: r = Constant::makeBool(!v.boolean); break;
        case Tok::Xor: {
            BigInt iv = v.kind == Constant::Kind::Int ? v.integer : BigInt(0);
            if (isUnsigned(x.type))
            {
                auto b = underlying(x.type)->as<Basic>();
                int bits = int(basicLayoutSize(b->bkind)) * 8;
                BigInt mask = BigInt(1).shl(bits) - BigInt(1);
                r = Constant::makeInt(iv ^ mask);
            }
            else
                r = Constant::makeInt(iv.bitNot());
            break;
        }
        default: r = v; break;
        }
        x.val = newConst(std::move(r));
        x.expr = e;
        overflow(x, e->pos);
        return;
    }
    x.mode = ExprMode::Value;
}

void Checker::matchTypes(Operand& x, Operand& y)
{
    auto mayConvert = [](const Operand& a, const Operand& b) {
        // Go 1.19's canMix
        if (isInterface(a.type) || isInterface(b.type))
            return true;
        if (isBoolean(a.type) != isBoolean(b.type))
            return false;
        if (isString(a.type) != isString(b.type))
            return false;
        if (a.isNil() && !hasNil(b.type))
            return false;
        if (b.isNil() && !hasNil(a.type))
            return false;
        return true;
    };
    if (mayConvert(x, y))
    {
        convertUntyped(x, y.type);
        if (x.invalid())
            return;
        convertUntyped(y, x.type);
        if (y.invalid())
        {
            x.mode = ExprMode::Invalid;
            return;
        }
    }
}

static std::string kindString(Checker& c, const Type* t)
{
    auto u = underlying(t);
    if (!u)
        return c.typeStr(t);
    switch (u->kind)
    {
    case TypeKind::Array: return "array";
    case TypeKind::Slice: return "slice";
    case TypeKind::Struct: return "struct";
    case TypeKind::Pointer: return "pointer";
    case TypeKind::Signature: return "func";
    case TypeKind::Interface: return "interface";
    case TypeKind::Map: return "map";
    case TypeKind::Chan: return "chan";
    default: return c.typeStr(t);
    }
}

static bool compareConst(Tok op, const Constant& a, const Constant& b)
{
    int c = 0;
    if (a.kind == Constant::Kind::Bool && b.kind == Constant::Kind::Bool)
        c = a.boolean == b.boolean ? 0 : 1;
    else if (a.kind == Constant::Kind::String && b.kind == Constant::Kind::String)
        c = a.string < b.string ? -1 : (a.string == b.string ? 0 : 1);
    else if (a.kind == Constant::Kind::Int && b.kind == Constant::Kind::Int)
        c = compare(a.integer, b.integer);
    else
        c = compare(toRat(a), toRat(b));
    switch (op)
    {
    case Tok::Eql: return c == 0;
    case Tok::Neq: return c != 0;
    case Tok::Lss: return c < 0;
    case Tok::Leq: return c <= 0;
    case Tok::Gtr: return c > 0;
    case Tok::Geq: return c >= 0;
    default: return false;
    }
}

void Checker::comparison(Operand& x, Operand& y, Tok op, Expr* e, bool switchCase)
{
    (void)e;
    if (!isValid(x.type) || !isValid(y.type))
    {
        x.mode = ExprMode::Invalid;
        return;
    }
    if (switchCase)
        op = Tok::Eql;
    Operand* errOp = &x;
    std::string cause;
    bool ok = assignableTo(x, y.type, nullptr) || assignableTo(y, x.type, nullptr);
    if (!ok)
    {
        errOp = &y;
        cause = "mismatched types " + typeStr(x.type) + " and " + typeStr(y.type);
    }
    else
    {
        bool bad = false;
        if (op == Tok::Eql || op == Tok::Neq)
        {
            if (x.isNil() || y.isNil())
            {
                const Type* t = x.isNil() ? y.type : x.type;
                if (!hasNil(t) || (x.isNil() && y.isNil())) // nil == nil compares no type
                {
                    errOp = &y;
                    bad = true;
                }
            }
            else if (!comparable(x.type))
            {
                errOp = &x;
                cause = incomparableCause(x.type, pkg_);
                bad = true;
            }
            else if (!comparable(y.type))
            {
                errOp = &y;
                cause = incomparableCause(y.type, pkg_);
                bad = true;
            }
        }
        else
        {
            if (!isOrdered(x.type))
            {
                errOp = &x;
                bad = true;
            }
            else if (!isOrdered(y.type))
            {
                errOp = &y;
                bad = true;
            }
        }
        ok = !bad;
    }
    if (!ok)
    {
        if (cause.empty())
            cause = "operator " + std::string(tokenSpelling(op)) + " not defined on " + kindString(*this, errOp->type);
        if (switchCase)
            errorAt(x.expr, "invalid case " + exprString(x.expr) + " in switch on " + exprString(y.expr) + " (" + cause + ")");
        else
            errorAt(errOp->expr, "invalid operation: " + exprString(x.expr) + " " + std::string(tokenSpelling(op)) + " " +
                                     exprString(y.expr) + " (" + cause + ")");
        x.mode = ExprMode::Invalid;
        return;
    }
    if (x.mode == ExprMode::Constant && y.mode == ExprMode::Constant && x.val && y.val)
    {
        x.val = newConst(Constant::makeBool(compareConst(op, *x.val, *y.val)));
    }
    else
    {
        x.mode = ExprMode::Value;
        x.val = nullptr;
        updateExprType(x.expr, defaultType(x.type), true);
        updateExprType(y.expr, defaultType(y.type), true);
    }
    x.type = prog_.types().basic(BasicKind::UntypedBool);
}

const Constant* Checker::constOp(Tok op, const Constant& a, const Constant& b, bool intDiv)
{
    using K = Constant::Kind;
    if (a.kind == K::String && b.kind == K::String && op == Tok::Add)
        return newConst(Constant::makeString(a.string + b.string));
    if (a.kind == K::Bool && b.kind == K::Bool)
    {
        if (op == Tok::LAnd)
            return newConst(Constant::makeBool(a.boolean && b.boolean));
        if (op == Tok::LOr)
            return newConst(Constant::makeBool(a.boolean || b.boolean));
        return nullptr;
    }
    if (a.kind == K::Int && b.kind == K::Int)
    {
        const BigInt &x = a.integer, &y = b.integer;
        switch (op)
        {
        case Tok::Add: return newConst(Constant::makeInt(x + y));
        case Tok::Sub: return newConst(Constant::makeInt(x - y));
        case Tok::Mul: return newConst(Constant::makeInt(x * y));
        case Tok::Quo:
            if (y.isZero())
                return nullptr;
            if (intDiv)
            {
                BigInt q, r;
                BigInt::divMod(x, y, q, r);
                return newConst(Constant::makeInt(q));
            }
            return newConst(Constant::makeFloat(BigRat(x, y)));
        case Tok::Rem: {
            if (y.isZero())
                return nullptr;
            BigInt q, r;
            BigInt::divMod(x, y, q, r);
            return newConst(Constant::makeInt(r));
        }
        case Tok::And: return newConst(Constant::makeInt(x & y));
        case Tok::Or: return newConst(Constant::makeInt(x | y));
        case Tok::Xor: return newConst(Constant::makeInt(x ^ y));
        case Tok::AndNot: return newConst(Constant::makeInt(x.andNot(y)));
        default: return nullptr;
        }
    }
    if ((a.kind == K::Int || a.kind == K::Float) && (b.kind == K::Int || b.kind == K::Float))
    {
        BigRat x = toRat(a), y = toRat(b);
        switch (op)
        {
        case Tok::Add: return newConst(Constant::makeFloat(x + y));
        case Tok::Sub: return newConst(Constant::makeFloat(x - y));
        case Tok::Mul: return newConst(Constant::makeFloat(x * y));
        case Tok::Quo:
            if (y.sign() == 0)
                return nullptr;
            return newConst(Constant::makeFloat(x / y));
        default: return nullptr;
        }
    }
    return nullptr;
}

void Checker::binary(Operand& x, Expr* e, Expr* lhs, Expr* rhs, Tok op, Position opPos)
{
    Operand y;
    expr(x, lhs);
    expr(y, rhs);
    if (x.invalid())
        return;
    if (y.invalid())
    {
        x.mode = ExprMode::Invalid;
        x.expr = y.expr;
        return;
    }
    if (isShiftOp(op))
    {
        shift(x, y, e, op);
        return;
    }
    matchTypes(x, y);
    if (x.invalid())
        return;
    if (isComparisonOp(op))
    {
        comparison(x, y, op, e, false);
        return;
    }
    if (!identical(x.type, y.type))
    {
        if (isValid(x.type) && isValid(y.type))
        {
            std::string what = e ? exprString(e)
                                 : exprString(lhs) + " " + std::string(tokenSpelling(op)) + "= " + exprString(rhs);
            errorAt(x.expr, "invalid operation: " + what + " (mismatched types " + typeStr(x.type) + " and " +
                                typeStr(y.type) + ")");
        }
        x.mode = ExprMode::Invalid;
        return;
    }
    if (!opPredicate(x, op, true))
    {
        x.mode = ExprMode::Invalid;
        return;
    }
    if (op == Tok::Quo || op == Tok::Rem)
    {
        if ((x.mode == ExprMode::Constant || isInteger(x.type)) && y.mode == ExprMode::Constant && y.val)
        {
            bool zero = y.val->kind == Constant::Kind::Int ? y.val->integer.isZero()
                                                           : (y.val->kind == Constant::Kind::Float && y.val->rational.sign() == 0);
            if (zero)
            {
                errorAt(y.expr, "invalid operation: division by zero");
                x.mode = ExprMode::Invalid;
                return;
            }
        }
    }
    if (x.mode == ExprMode::Constant && y.mode == ExprMode::Constant && x.val && y.val)
    {
        // Constant strings must not grow arbitrarily either (s = s + s doubles it): go/constant
        // has no limit and runs out of memory; weft stops at 1 MiB.
        constexpr size_t kMaxConstString = size_t(1) << 20;
        if (op == Tok::Add && x.val->kind == Constant::Kind::String && y.val->kind == Constant::Kind::String &&
            x.val->string.size() + y.val->string.size() > kMaxConstString)
        {
            error(opPos, "constant string too long");
            x.mode = ExprMode::Invalid;
            return;
        }
        bool intDiv = op == Tok::Quo && isInteger(x.type);
        const Constant* r = constOp(op, *x.val, *y.val, intDiv);
        if (!r)
        {
            x.mode = ExprMode::Invalid;
            return;
        }
        x.val = r;
        x.expr = e;
        overflow(x, opPos);
        return;
    }
    x.mode = ExprMode::Value;
    x.val = nullptr;
}

void Checker::shift(Operand& x, Operand& y, Expr* e, Tok op)
{
    auto& types = prog_.types();
    std::optional<BigInt> xval;
    if (x.mode == ExprMode::Constant && x.val)
        xval = toInt(*x.val);
    if (isInteger(x.type) || (isUntyped(x.type) && xval))
    {
    }
    else
    {
        errorAt(x.expr, "invalid operation: shifted operand " + operandString(x) + " must be integer");
        x.mode = ExprMode::Invalid;
        return;
    }
    std::optional<BigInt> yval;
    if (y.mode == ExprMode::Constant && y.val)
    {
        yval = toInt(*y.val);
        if (yval && yval->isNegative())
        {
            errorAt(y.expr, "invalid operation: negative shift count " + operandString(y));
            x.mode = ExprMode::Invalid;
            return;
        }
        if (isUntyped(y.type))
        {
            representable(y, types.basic(BasicKind::Uint)->as<Basic>());
            if (y.invalid())
            {
                x.mode = ExprMode::Invalid;
                return;
            }
        }
        else if (!isInteger(y.type))
        {
            errorAt(y.expr, "invalid operation: shift count " + operandString(y) + " must be integer");
            x.mode = ExprMode::Invalid;
            return;
        }
    }
    else
    {
        if (isUntyped(y.type))
        {
            // a non-constant untyped count (`1 << (1 << n)`) is given type uint
            convertUntyped(y, types.basic(BasicKind::Uint));
            if (y.invalid())
            {
                x.mode = ExprMode::Invalid;
                return;
            }
        }
        else if (!isInteger(y.type))
        {
            errorAt(y.expr, "invalid operation: shift count " + operandString(y) + " must be integer");
            x.mode = ExprMode::Invalid;
            return;
        }
    }
    if (x.mode == ExprMode::Constant)
    {
        if (y.mode == ExprMode::Constant)
        {
            constexpr uint64_t shiftBound = 1023 - 1 + 52;
            if (!yval || !yval->fitsUint64() || yval->toUint64() > shiftBound)
            {
                errorAt(y.expr, "invalid operation: invalid shift count " + operandString(y));
                x.mode = ExprMode::Invalid;
                return;
            }
            if (!isInteger(x.type))
                x.type = types.basic(BasicKind::UntypedInt);
            uint64_t s = yval->toUint64();
            BigInt r = op == Tok::Shl ? xval->shl(s) : xval->shr(s);
            x.val = newConst(Constant::makeInt(std::move(r)));
            x.expr = e;
            overflow(x, e ? e->pos : Position{});
            return;
        }
        if (isUntyped(x.type))
        {
            auto it = untyped_.find(x.expr);
            if (it != untyped_.end())
                it->second.isLhs = true;
            x.mode = ExprMode::Value;
            x.val = nullptr;
            return;
        }
    }
    if (!isInteger(x.type))
    {
        errorAt(x.expr, "invalid operation: shifted operand " + operandString(x) + " must be integer");
        x.mode = ExprMode::Invalid;
        return;
    }
    x.mode = ExprMode::Value;
    x.val = nullptr;
}

} // namespace weft
