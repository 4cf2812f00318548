// Composite literals, index and slice expressions, type assertions (go/types index.go, expr.go).
#include "compiler/Checker.h"

#include <bit>
#include <map>

namespace weft {

namespace {

// go/types' keyVal: integers as int64 or uint64 (larger ones are never duplicates), other floats
// as the nearest float64. Empty: no key. (Never the decimal digits of a huge constant: quadratic.)
std::string constKey(const Constant& c)
{
    // Built by append, not "literal" + string: GCC 12 gives a false -Wrestrict on the latter.
    std::string key;
    auto intKey = [&key](const BigInt& v) {
        if (v.fitsInt64())
            return key.append("n").append(std::to_string(v.toInt64()));
        if (v.fitsUint64())
            return key.append("n").append(std::to_string(v.toUint64()));
        return key;
    };
    switch (c.kind)
    {
    case Constant::Kind::Bool: return c.boolean ? "b1" : "b0";
    case Constant::Kind::String: return key.append("s").append(c.string);
    case Constant::Kind::Int: return intKey(c.integer);
    case Constant::Kind::Float:
        if (std::optional<BigInt> v = c.rational.toInt())
            return intKey(*v);
        return key.append("f").append(std::to_string(std::bit_cast<uint64_t>(c.rational.toDouble())));
    }
    return key;
}

} // namespace

bool Checker::isValidIndex(Operand& x, const char* what, bool allowNegative)
{
    if (x.invalid())
        return false;
    convertUntyped(x, prog_.types().basic(BasicKind::Int));
    if (x.invalid())
        return false;
    if (!isInteger(x.type))
    {
        errorAt(x.expr, std::string("invalid argument: ") + what + " " + operandString(x) + " must be integer");
        return false;
    }
    if (x.mode == ExprMode::Constant && x.val)
    {
        if (!allowNegative && x.val->kind == Constant::Kind::Int && x.val->integer.isNegative())
        {
            errorAt(x.expr, std::string("invalid argument: ") + what + " " + operandString(x) + " must not be negative");
            return false;
        }
        const Constant* v = nullptr;
        if (!representableConst(*x.val, prog_.types().basic(BasicKind::Int)->as<Basic>(), &v))
        {
            errorAt(x.expr, std::string("invalid argument: ") + what + " " + operandString(x) + " overflows int");
            return false;
        }
        if (v)
            x.val = v;
    }
    return true;
}

// Checks an index expression; *value is the constant index or -1. Returns false if invalid.
bool Checker::index(Expr* e, int64_t max, int64_t* value, bool allowNegative)
{
    *value = -1;
    Operand x;
    expr(x, e);
    if (!isValidIndex(x, "index", allowNegative))
        return false;
    if (x.mode != ExprMode::Constant || !x.val || x.val->kind != Constant::Kind::Int)
        return true;
    int64_t v = x.val->integer.fitsInt64() ? x.val->integer.toInt64() : -1;
    if (max >= 0 && v >= max)
    {
        errorAt(e, "invalid argument: index " + x.val->toString() + " out of bounds [0:" + std::to_string(max) + "]");
        return false;
    }
    *value = v;
    return true;
}

void Checker::indexExpr(Operand& x, IndexExpr* e)
{
    auto& types = prog_.types();
    exprOrType(x, e->x);
    if (x.invalid())
    {
        useExprs({e->index});
        return;
    }
    if (x.mode == ExprMode::TypeExpr)
    {
        errorAt(e, "not supported in weft: type parameters");
        useExprs({e->index});
        x.mode = ExprMode::Invalid;
        return;
    }
    bool valid = false;
    int64_t length = -1;
    auto u = underlying(x.type);
    if (u)
    {
        switch (u->kind)
        {
        case TypeKind::Basic:
            if (isString(u))
            {
                valid = true;
                if (x.mode == ExprMode::Constant && x.val)
                    length = static_cast<int64_t>(x.val->string.size());
                x.mode = ExprMode::Value;
                x.type = types.byteType();
                x.val = nullptr;
            }
            break;
        case TypeKind::Array:
            valid = true;
            length = u->as<Array>()->len;
            if (x.mode != ExprMode::Variable)
                x.mode = ExprMode::Value;
            x.type = u->as<Array>()->elem;
            break;
        case TypeKind::Pointer:
            if (auto a = underlying(u->as<Pointer>()->elem) ? underlying(u->as<Pointer>()->elem)->as<Array>() : nullptr)
            {
                valid = true;
                length = a->len;
                x.mode = ExprMode::Variable;
                x.type = a->elem;
            }
            break;
        case TypeKind::Slice:
            valid = true;
            x.mode = ExprMode::Variable;
            x.type = u->as<Slice>()->elem;
            break;
        case TypeKind::Map: {
            auto m = u->as<Map>();
            Operand key;
            if (!e->index)
            {
                x.mode = ExprMode::Invalid;
                return;
            }
            exprWithHint(key, e->index, m->key);
            assignment(key, m->key, "map index");
            x.mode = ExprMode::MapIndex;
            x.type = m->elem;
            x.val = nullptr;
            x.expr = e;
            return;
        }
        default: break;
        }
    }
    if (!valid)
    {
        if (auto p = u ? u->as<Pointer>() : nullptr; p && !isValid(p->elem))
        {
            useExprs({e->index});
            x.mode = ExprMode::Invalid;
            return; // follow-on error
        }
        errorAt(x.expr, "invalid operation: cannot index " + operandString(x));
        useExprs({e->index});
        x.mode = ExprMode::Invalid;
        return;
    }
    if (!e->index)
    {
        x.mode = ExprMode::Invalid;
        return;
    }
    if (!x.type)
        x.type = types.invalid();
    int64_t v;
    index(e->index, length, &v);
}

void Checker::sliceExpr(Operand& x, SliceExpr* e)
{
    auto& types = prog_.types();
    expr(x, e->x);
    if (x.invalid())
    {
        useExprs({e->lo, e->hi, e->max});
        return;
    }
    bool valid = false;
    int64_t length = -1;
    auto u = underlying(x.type);
    if (u)
    {
        switch (u->kind)
        {
        case TypeKind::Basic:
            if (isString(u))
            {
                if (e->slice3)
                {
                    errorAt(e->max ? static_cast<Node*>(e->max) : e, "invalid operation: 3-index slice of string");
                    x.mode = ExprMode::Invalid;
                    return;
                }
                valid = true;
                if (x.mode == ExprMode::Constant && x.val)
                    length = static_cast<int64_t>(x.val->string.size());
                if (isUntyped(x.type))
                    x.type = types.basic(BasicKind::String);
            }
            break;
        case TypeKind::Array:
            valid = true;
            length = u->as<Array>()->len;
            if (x.mode != ExprMode::Variable)
            {
                errorAt(x.expr, "invalid operation: cannot slice " + operandString(x) + " (value not addressable)");
                x.mode = ExprMode::Invalid;
                return;
            }
            x.type = types.slice(u->as<Array>()->elem);
            break;
        case TypeKind::Pointer:
            if (auto a = underlying(u->as<Pointer>()->elem) ? underlying(u->as<Pointer>()->elem)->as<Array>() : nullptr)
            {
                valid = true;
                length = a->len;
                x.type = types.slice(a->elem);
            }
            break;
        case TypeKind::Slice: valid = true; break;
        default: break;
        }
    }
    if (!valid)
    {
        errorAt(x.expr, "invalid operation: cannot slice " + operandString(x));
        x.mode = ExprMode::Invalid;
        return;
    }
    x.mode = ExprMode::Value;
    x.val = nullptr;
    if (e->slice3 && (!e->hi || !e->max))
    {
        errorAt(e, "middle index required in 3-index slice");
        x.mode = ExprMode::Invalid;
        return;
    }
    Expr* idx[3] = {e->lo, e->hi, e->max};
    int64_t ind[3];
    for (int i = 0; i < 3; ++i)
    {
        int64_t v = -1;
        if (idx[i])
        {
            int64_t max = length >= 0 ? length + 1 : -1;
            int64_t got;
            if (index(idx[i], max, &got) && got >= 0)
                v = got;
        }
        else if (i == 0)
            v = 0;
        else if (length >= 0)
            v = length;
        ind[i] = v;
    }
    for (int i = 0; i < 2; ++i)
    {
        if (ind[i] <= 0)
            continue;
        bool reported = false;
        for (int j = i + 1; j < 3; ++j)
            if (ind[j] >= 0 && ind[j] < ind[i] && idx[j])
            {
                errorAt(idx[j], "invalid slice indices: " + std::to_string(ind[j]) + " < " + std::to_string(ind[i]));
                reported = true;
                break;
            }
        if (reported)
            break;
    }
}

void Checker::typeAssertion(Operand& x, TypeAssertExpr* e)
{
    expr(x, e->x);
    if (x.invalid())
    {
        typExpr(e->typeExpr);
        return;
    }
    if (!isInterface(x.type))
    {
        errorAt(x.expr, "invalid operation: " + operandString(x) + " is not an interface");
        typExpr(e->typeExpr);
        x.mode = ExprMode::Invalid;
        return;
    }
    const Type* T = varType(e->typeExpr);
    if (!isValid(T))
    {
        x.mode = ExprMode::Invalid;
        return;
    }
    typeAssertCheck(e, x, T, false);
    x.mode = ExprMode::CommaOk;
    x.type = T;
    x.val = nullptr;
}

void Checker::typeAssertCheck(Expr* e, Operand& x, const Type* T, bool typeSwitch)
{
    auto iface = underlying(x.type) ? underlying(x.type)->as<Interface>() : nullptr;
    if (!iface)
        return;
    Func* method = nullptr;
    Func* wrong = nullptr;
    bool ptrRecv = false;
    if (assertableTo(iface, T, &method, &wrong, &ptrRecv))
        return;
    std::string cause = missingMethodCause(T, x.type, method, wrong, ptrRecv);
    if (auto nl = cause.find('\n'); nl != std::string::npos)
        cause.erase(nl);
    if (typeSwitch)
        errorAt(e, "impossible type switch case: " + exprString(e) + "\n\t" + operandString(x) +
                       " cannot have dynamic type " + typeStr(T) + " " + cause);
    else
        errorAt(e, "impossible type assertion: " + exprString(e) + "\n\t" + typeStr(T) + " does not implement " +
                       typeStr(x.type) + " " + cause);
}

// ---- composite literals ----------------------------------------------------------------------

int64_t Checker::indexedElts(std::vector<Expr*>& elts, const Type* elemType, int64_t length)
{
    std::unordered_set<int64_t> visited;
    int64_t idx = 0, max = 0;
    for (Expr* e : elts)
    {
        if (!e)
            continue;
        bool validIndex = false;
        Expr* eval = e;
        if (auto kv = e->as<KeyValueExpr>())
        {
            int64_t v;
            if (index(kv->key, length, &v))
            {
                if (v >= 0)
                {
                    idx = v;
                    validIndex = true;
                }
                else
                    errorAt(e, "index " + exprString(kv->key) + " must be integer constant");
            }
            eval = kv->value;
        }
        else if (length >= 0 && idx >= length)
            errorAt(e, "index " + std::to_string(idx) + " is out of bounds (>= " + std::to_string(length) + ")");
        else
            validIndex = true;
        if (validIndex)
        {
            if (!visited.insert(idx).second)
                errorAt(e, "duplicate index " + std::to_string(idx) + " in array or slice literal");
        }
        idx++;
        if (idx > max)
            max = idx;
        Operand x;
        exprWithHint(x, eval, elemType);
        assignment(x, elemType, "array or slice literal");
    }
    return max;
}

void Checker::compositeLit(Operand& x, CompositeLit* e, const Type* hint)
{
    auto& types = prog_.types();
    const Type* typ = nullptr;
    const Type* base = nullptr;
    Array* openArray = nullptr;
    if (e->typeExpr)
    {
        auto at = e->typeExpr->as<ArrayType>();
        if (at && at->len && at->len->is<EllipsisExpr>() && !static_cast<EllipsisExpr*>(at->len)->elt)
        {
            openArray = types.make<Array>(varType(at->elem), -1);
            typ = openArray;
            base = typ;
        }
        else
        {
            typ = typExpr(e->typeExpr);
            base = typ;
        }
    }
    else if (hint)
    {
        typ = hint;
        base = typ;
        if (auto p = underlying(typ) ? underlying(typ)->as<Pointer>() : nullptr)
            base = p->elem;
    }
    else
    {
        errorAt(e, "missing type in composite literal");
        useExprs(e->elts);
        x.mode = ExprMode::Invalid;
        return;
    }
    auto u = underlying(base);
    if (!u)
    {
        errorAt(e, "invalid recursive type");
        useExprs(e->elts);
        x.mode = ExprMode::Invalid;
        return;
    }
    switch (u->kind)
    {
    case TypeKind::Struct: {
        auto st = u->as<Struct>();
        if (e->elts.empty())
            break;
        auto& fields = st->fields;
        if (e->elts[0] && e->elts[0]->is<KeyValueExpr>())
        {
            std::vector<bool> visited(fields.size(), false);
            for (Expr* el : e->elts)
            {
                auto kv = el ? el->as<KeyValueExpr>() : nullptr;
                if (!kv)
                {
                    if (el)
                    {
                        errorAt(el, "mixture of field:value and value elements in struct literal");
                        useExprs({el});
                    }
                    continue;
                }
                auto key = kv->key ? kv->key->as<Ident>() : nullptr;
                Operand v;
                if (!key)
                {
                    expr(v, kv->value);
                    errorAt(kv, "invalid field name " + exprString(kv->key) + " in struct literal");
                    continue;
                }
                int i = -1;
                for (size_t j = 0; j < fields.size(); ++j)
                    if (fields[j]->name == key->name && key->name != "_" && (fields[j]->exported() || fields[j]->pkg == pkg_))
                    {
                        i = static_cast<int>(j);
                        break;
                    }
                if (i < 0)
                {
                    expr(v, kv->value);
                    errorAt(kv->key, "unknown field " + std::string(key->name) + " in struct literal of type " + typeStr(base));
                    continue;
                }
                Var* fld = fields[i];
                recordUse(key, fld);
                key->mode = ExprMode::Variable;
                key->type = fld->type;
                exprWithHint(v, kv->value, nullptr);
                assignment(v, fld->type, "struct literal");
                if (visited[i])
                {
                    errorAt(kv, "duplicate field name " + std::string(key->name) + " in struct literal");
                    continue;
                }
                visited[i] = true;
            }
        }
        else
        {
            bool tooMany = false;
            for (size_t i = 0; i < e->elts.size(); ++i)
            {
                Expr* el = e->elts[i];
                if (!el)
                    continue;
                if (el->is<KeyValueExpr>())
                {
                    errorAt(el, "mixture of field:value and value elements in struct literal");
                    useExprs({el});
                    continue;
                }
                Operand v;
                expr(v, el);
                if (i >= fields.size())
                {
                    if (!tooMany)
                        errorAt(el, "too many values in struct literal of type " + typeStr(base));
                    tooMany = true;
                    continue;
                }
                Var* fld = fields[i];
                if (!fld->exported() && fld->pkg != pkg_)
                {
                    errorAt(el, "implicit assignment to unexported field " + std::string(fld->name) +
                                    " in struct literal of type " + typeStr(base));
                    continue;
                }
                assignment(v, fld->type, "struct literal");
            }
            if (!tooMany && e->elts.size() < fields.size())
                error(e->rbrace.valid() ? e->rbrace : startPos(e), "too few values in struct literal of type " + typeStr(base));
        }
        break;
    }
    case TypeKind::Array: {
        auto a = u->as<Array>();
        int64_t n = indexedElts(e->elts, a->elem, a->len);
        if (openArray)
        {
            openArray->len = n;
            if (e->typeExpr)
            {
                e->typeExpr->mode = ExprMode::TypeExpr;
                e->typeExpr->type = openArray;
            }
        }
        break;
    }
    case TypeKind::Slice: indexedElts(e->elts, u->as<Slice>()->elem, -1); break;
    case TypeKind::Map: {
        auto m = u->as<Map>();
        bool keyIsInterface = isInterface(m->key);
        std::map<std::string, std::vector<const Type*>> visited;
        for (Expr* el : e->elts)
        {
            auto kv = el ? el->as<KeyValueExpr>() : nullptr;
            if (!kv)
            {
                if (el)
                {
                    errorAt(el, "missing key in map literal");
                    useExprs({el});
                }
                continue;
            }
            Operand k;
            exprWithHint(k, kv->key, m->key);
            assignment(k, m->key, "map literal");
            std::string key;
            if (k.mode == ExprMode::Constant && k.val && !(key = constKey(*k.val)).empty())
            {
                bool dup = false;
                auto& seen = visited[key];
                if (keyIsInterface)
                {
                    for (auto t : seen)
                        if (identical(t, k.type))
                            dup = true;
                }
                else
                    dup = !seen.empty();
                seen.push_back(k.type);
                if (dup)
                {
                    errorAt(kv->key, "duplicate key " + k.val->toString() + " in map literal");
                    Operand v;
                    exprWithHint(v, kv->value, m->elem);
                    continue;
                }
            }
            Operand v;
            exprWithHint(v, kv->value, m->elem);
            assignment(v, m->elem, "map literal");
        }
        break;
    }
    default:
        useExprs(e->elts);
        if (isValid(u))
        {
            errorAt(e, "invalid composite literal type " + typeStr(typ));
            x.mode = ExprMode::Invalid;
            return;
        }
        x.mode = ExprMode::Invalid;
        return;
    }
    x.mode = ExprMode::Value;
    x.type = typ;
    x.val = nullptr;
}

} // namespace weft
