// Assignability, convertibility, assignments and variable initialization (go/types assignments.go,
// operand.go, conversions.go).
#include "compiler/Checker.h"

namespace weft {

namespace {

bool isBytesOrRunes(const Type* t)
{
    auto u = underlying(t);
    auto s = u ? u->as<Slice>() : nullptr;
    if (!s)
        return false;
    auto e = underlying(s->elem);
    auto b = e ? e->as<Basic>() : nullptr;
    return b && (b->bkind == BasicKind::Uint8 || b->bkind == BasicKind::Int32);
}

bool isInterfacePtr(const Type* t)
{
    auto u = underlying(t);
    auto p = u ? u->as<Pointer>() : nullptr;
    return p && isInterface(p->elem);
}

Expr* unparen(Expr* e)
{
    for (int guard = 0; e && guard < 10000; ++guard)
    {
        auto p = e->as<ParenExpr>();
        if (!p)
            break;
        e = p->x;
    }
    return e;
}

std::string measure(size_t n, const char* unit)
{
    std::string s = std::to_string(n) + " " + unit;
    if (n != 1)
        s += "s";
    return s;
}

void markCommaOk(Expr* e)
{
    // the expression is used in a two-value (v, ok) context
    for (int guard = 0; e && guard < 10000; ++guard)
    {
        e->mode = ExprMode::CommaOk;
        auto p = e->as<ParenExpr>();
        if (!p)
            break;
        e = p->x;
    }
}

} // namespace

bool Checker::assignableTo(const Operand& x, const Type* T, std::string* cause)
{
    if (x.invalid() || !T || !isValid(T))
        return true;
    const Type* V = x.type;
    if (!V || !isValid(V))
        return true;
    if (identical(V, T))
        return true;
    auto Vu = underlying(V);
    auto Tu = underlying(T);
    if (!Vu || !Tu)
        return true; // unresolved (cycle): an error was reported
    if (isUntyped(Vu))
    {
        Operand y = x;
        const Type* nt = nullptr;
        const Constant* nv = nullptr;
        return implicitTypeAndValue(y, T, &nt, &nv) == ConvCode::Ok && nt;
    }
    if (identical(Vu, Tu) && (!isNamed(V) || !isNamed(T)))
        return true;
    if (Tu->is<Interface>() || isInterfacePtr(Tu))
    {
        std::string c;
        if (!implements(V, T, &c))
        {
            if (cause)
                *cause = c;
            return false;
        }
        return true;
    }
    if (Vu->is<Interface>())
    {
        if (implements(T, V, nullptr))
        {
            if (cause)
                *cause = "need type assertion";
            return false;
        }
    }
    if (auto vc = Vu->as<Chan>(); vc && vc->dir == ChanDir::Both)
        if (auto tc = Tu->as<Chan>(); tc && identical(vc->elem, tc->elem))
            return !isNamed(V) || !isNamed(T);
    return false;
}

bool Checker::convertibleTo(const Operand& x, const Type* T, std::string* cause)
{
    if (assignableTo(x, T, cause))
        return true;
    const Type* V = x.type;
    auto Vu = underlying(V);
    auto Tu = underlying(T);
    if (!Vu || !Tu)
        return true;
    if (identicalIgnoreTags(Vu, Tu))
        return true;
    if (auto vp = V->as<Pointer>())
        if (auto tp = T->as<Pointer>())
            if (identicalIgnoreTags(underlying(vp->elem), underlying(tp->elem)))
                return true;
    if ((isInteger(Vu) || isFloat(Vu)) && (isInteger(Tu) || isFloat(Tu)))
        return true;
    if ((isInteger(Vu) || isBytesOrRunes(Vu)) && isString(Tu))
        return true;
    if (isString(Vu) && isBytesOrRunes(Tu))
        return true;
    if (auto s = Vu->as<Slice>())
    {
        if (auto p = Tu->as<Pointer>())
            if (auto a = underlying(p->elem) ? underlying(p->elem)->as<Array>() : nullptr)
                if (identical(s->elem, a->elem))
                    return true;
        if (auto a = Tu->as<Array>())
            if (identical(s->elem, a->elem))
                return true;
    }
    return false;
}

void Checker::assignment(Operand& x, const Type* T, std::string_view context)
{
    singleValue(x);
    switch (x.mode)
    {
    case ExprMode::Invalid: return;
    case ExprMode::Constant:
    case ExprMode::Variable:
    case ExprMode::MapIndex:
    case ExprMode::Value:
    case ExprMode::CommaOk: break;
    default:
        errorAt(x.expr, "cannot assign " + operandString(x) + " to " + typeStr(T) + " in " + std::string(context));
        x.mode = ExprMode::Invalid;
        return;
    }
    if (isUntyped(x.type))
    {
        const Type* target = T;
        if (!T || isInterface(T))
        {
            if (!T && isBasicKind(x.type, BasicKind::UntypedNil))
            {
                errorAt(x.expr, "use of untyped nil in " + std::string(context));
                x.mode = ExprMode::Invalid;
                return;
            }
            target = defaultType(x.type);
        }
        const Type* nt = nullptr;
        const Constant* nv = nullptr;
        ConvCode code = implicitTypeAndValue(x, target, &nt, &nv);
        if (code != ConvCode::Ok)
        {
            std::string msg = "cannot use " + operandString(x) + " as " + typeStr(target) + " value in " + std::string(context);
            if (code == ConvCode::Truncated)
                msg += " (truncated)";
            else if (code == ConvCode::Overflow)
                msg += " (overflows)";
            errorAt(x.expr, msg);
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
    if (!T)
        return;
    std::string cause;
    if (!assignableTo(x, T, &cause))
    {
        std::string msg = "cannot use " + operandString(x) + " as " + typeStr(T) + " value in " + std::string(context);
        if (!cause.empty())
            msg += ": " + cause;
        errorAt(x.expr, msg);
        x.mode = ExprMode::Invalid;
    }
}

void Checker::initConst(Const* lhs, Operand& x)
{
    auto& types = prog_.types();
    if (x.invalid() || !isValid(x.type) || (lhs->type && !isValid(lhs->type)))
    {
        if (!lhs->type)
            lhs->type = types.invalid();
        return;
    }
    if (x.mode != ExprMode::Constant)
    {
        errorAt(x.expr, operandString(x) + " is not constant");
        if (!lhs->type)
            lhs->type = types.invalid();
        return;
    }
    if (!lhs->type)
        lhs->type = x.type;
    assignment(x, lhs->type, "constant declaration");
    if (x.invalid())
        return;
    lhs->value = x.val;
}

void Checker::initVar(Var* lhs, Operand& x, std::string_view context)
{
    auto& types = prog_.types();
    if (x.invalid() || !isValid(x.type) || (lhs->type && !isValid(lhs->type)))
    {
        if (!lhs->type)
            lhs->type = types.invalid();
        lhs->used = true; // no follow-on "declared and not used"
        x.mode = ExprMode::Invalid;
        return;
    }
    if (!lhs->type)
    {
        const Type* t = x.type;
        if (isUntyped(t))
        {
            if (isBasicKind(t, BasicKind::UntypedNil))
            {
                errorAt(x.expr, "use of untyped nil in " + std::string(context));
                lhs->type = types.invalid();
                x.mode = ExprMode::Invalid;
                return;
            }
            t = defaultType(t);
        }
        else if (t->is<Tuple>())
        {
            lhs->type = types.invalid();
            x.mode = ExprMode::Invalid;
            return;
        }
        lhs->type = t;
    }
    assignment(x, lhs->type, context);
    if (x.invalid())
        lhs->used = true; // as Go: no "declared and not used" after a failed initialization
}

const Type* Checker::lhsVar(Expr* lhs)
{
    Expr* u = unparen(lhs);
    auto id = u ? u->as<Ident>() : nullptr;
    if (id && id->name == "_")
    {
        for (Expr* p = lhs; p; p = p->is<ParenExpr>() ? static_cast<ParenExpr*>(p)->x : nullptr)
            p->mode = ExprMode::Variable;
        return nullptr;
    }
    Var* v = nullptr;
    bool wasUsed = false;
    if (id && scope_)
        if (Object* obj = scope_->lookupParent(id->name))
            if (auto w = obj->as<Var>(); w && w->pkg == pkg_)
            {
                v = w;
                wasUsed = w->used;
            }
    Operand x;
    expr(x, lhs);
    if (v)
        v->used = wasUsed;
    switch (x.mode)
    {
    case ExprMode::Invalid: return prog_.types().invalid();
    case ExprMode::Variable:
    case ExprMode::MapIndex: break;
    default: {
        if (auto sel = u ? u->as<SelectorExpr>() : nullptr)
        {
            Expr* base = unparen(sel->x);
            if (base && base->mode == ExprMode::MapIndex)
            {
                errorAt(lhs, "cannot assign to struct field " + exprString(lhs) + " in map");
                return prog_.types().invalid();
            }
        }
        errorAt(lhs, "cannot assign to " + exprString(lhs) + " (neither addressable nor a map index expression)");
        return prog_.types().invalid();
    }
    }
    return x.type;
}

const Type* Checker::assignVar(Expr* lhs, Operand& x)
{
    const Type* T = lhsVar(lhs);
    if (T && !isValid(T))
    {
        x.mode = ExprMode::Invalid;
        return nullptr;
    }
    assignment(x, T, T ? "assignment" : "assignment to _ identifier");
    if (!T && !x.invalid())
        if (Expr* u = unparen(lhs); u && u->is<Ident>())
            u->type = x.type; // `_ = x`: the blank records the assigned value's type
    return x.type;
}

void Checker::assignError(const std::vector<Expr*>& rhs, size_t l, size_t r)
{
    if (rhs.empty())
        return;
    std::string vars = measure(l, "variable");
    std::string vals = measure(r, "value");
    Expr* rhs0 = rhs[0];
    if (rhs.size() == 1)
        if (auto call = unparen(rhs0) ? unparen(rhs0)->as<CallExpr>() : nullptr)
        {
            errorAt(rhs0, "assignment mismatch: " + vars + " but " + exprString(call->fun) + " returns " + vals);
            return;
        }
    errorAt(rhs0, "assignment mismatch: " + vars + " but " + vals);
}

void Checker::returnError(const Node* at, const std::vector<Expr*>& rhs, const std::vector<Var*>& lhs,
                          const std::vector<const Type*>& have)
{
    const size_t l = lhs.size(), r = have.size();
    const Node* pos = at;
    std::string qualifier = "not enough";
    if (r > l)
    {
        if (l < rhs.size())
            pos = rhs[l];
        qualifier = "too many";
    }
    else if (r > 0 && !rhs.empty())
        pos = rhs[std::min(r, rhs.size()) - 1];
    std::vector<const Type*> want;
    for (const Var* v : lhs)
        want.push_back(v->type);
    errorAt(pos, qualifier + " return values\n\thave " + typesSummary(have, false) + "\n\twant " +
                     typesSummary(want, false));
}

// The values of a single right-hand side `rhs` assigned to `l` variables: a multi-valued call's
// results, a comma-ok expression's value and untyped bool (when `commaOkAllowed` and l == 2), or
// the one value. `x` is left as the checked operand (for the caller's error reporting).
std::vector<Operand> Checker::unpackValues(Operand& x, Expr* rhs, size_t l, bool commaOkAllowed)
{
    multiExpr(x, rhs);
    std::vector<Operand> values;
    if (x.mode != ExprMode::Invalid && x.type && x.type->is<Tuple>())
    {
        for (Var* v : x.type->as<Tuple>()->vars)
        {
            Operand o;
            o.mode = ExprMode::Value;
            o.expr = rhs;
            o.type = v->type;
            values.push_back(o);
        }
    }
    else if ((x.mode == ExprMode::CommaOk || x.mode == ExprMode::MapIndex) && l == 2 && commaOkAllowed)
    {
        Operand a = x;
        if (a.mode == ExprMode::CommaOk)
            a.mode = ExprMode::Value;
        Operand b;
        b.mode = ExprMode::Value;
        b.expr = rhs;
        b.type = prog_.types().basic(BasicKind::UntypedBool);
        values.push_back(a);
        values.push_back(b);
        markCommaOk(rhs);
    }
    else
    {
        if (x.mode == ExprMode::CommaOk)
            x.mode = ExprMode::Value;
        values.push_back(x);
    }
    return values;
}

void Checker::initVars(const std::vector<Var*>& lhs, const std::vector<Expr*>& rhs, const Node* returnStmt)
{
    std::string_view context = returnStmt ? "return statement" : "assignment";
    size_t l = lhs.size(), r = rhs.size();
    bool isCall = r == 1 && unparen(rhs[0]) && unparen(rhs[0])->is<CallExpr>();
    if (l == r && !isCall)
    {
        for (size_t i = 0; i < l; ++i)
        {
            Operand x;
            exprWithHint(x, rhs[i], nullptr);
            initVar(lhs[i], x, context);
        }
        return;
    }
    if (r != 1)
    {
        bool ok = true;
        for (Var* v : lhs)
            if (v->type && !isValid(v->type))
                ok = false;
        std::vector<const Type*> have;
        for (Expr* e : rhs)
        {
            Operand x;
            rawExpr(x, e, nullptr, false);
            if (x.invalid())
                ok = false;
            have.push_back(x.type);
        }
        if (ok)
        {
            if (returnStmt)
                returnError(returnStmt, rhs, lhs, have);
            else
                assignError(rhs, l, r);
        }
        for (Var* v : lhs)
        {
            if (!v->type)
                v->type = prog_.types().invalid();
            v->used = true;
        }
        return;
    }
    // a single expression: a multi-valued call or a comma-ok expression
    Operand x;
    std::vector<Operand> values = unpackValues(x, rhs[0], l, /*commaOkAllowed=*/!returnStmt);
    if (values.size() == l)
    {
        for (size_t i = 0; i < l; ++i)
            initVar(lhs[i], values[i], context == "assignment" ? "assignment" : context);
        return;
    }
    if (!x.invalid())
    {
        std::vector<const Type*> have;
        for (const Operand& v : values)
            have.push_back(v.type);
        if (returnStmt)
            returnError(returnStmt, rhs, lhs, have);
        else
            assignError(rhs, l, values.size());
    }
    for (Var* v : lhs)
    {
        if (!v->type)
            v->type = prog_.types().invalid();
        v->used = true;
    }
}

void Checker::assignVars(const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs)
{
    size_t l = lhs.size(), r = rhs.size();
    bool isCall = r == 1 && unparen(rhs[0]) && unparen(rhs[0])->is<CallExpr>();
    if (l == r && !isCall)
    {
        for (size_t i = 0; i < l; ++i)
        {
            const Type* T = lhsVar(lhs[i]);
            Operand x;
            if (T && !isValid(T))
            {
                expr(x, rhs[i]);
                continue;
            }
            exprWithHint(x, rhs[i], nullptr);
            assignment(x, T, T ? "assignment" : "assignment to _ identifier");
            if (!T && !x.invalid())
                if (Expr* u = unparen(lhs[i]); u && u->is<Ident>())
                    u->type = x.type; // `_ = x`: the blank records the assigned value's type
        }
        return;
    }
    if (r != 1)
    {
        bool ok = true;
        for (Expr* e : lhs)
        {
            const Type* T = lhsVar(e);
            if (T && !isValid(T))
                ok = false;
        }
        for (Expr* e : rhs)
        {
            Operand x;
            rawExpr(x, e, nullptr, false);
            if (x.invalid())
                ok = false;
        }
        if (ok)
            assignError(rhs, l, r);
        return;
    }
    Operand x;
    std::vector<Operand> values = unpackValues(x, rhs[0], l, /*commaOkAllowed=*/true);
    if (values.size() == l)
    {
        for (size_t i = 0; i < l; ++i)
            assignVar(lhs[i], values[i]);
        return;
    }
    if (!x.invalid())
        assignError(rhs, l, values.size());
    for (Expr* e : lhs)
        lhsVar(e);
}

void Checker::shortVarDecl(AssignStmt* s)
{
    Scope* scope = scope_;
    std::unordered_set<std::string_view> seen;
    std::vector<Var*> lhsVars(s->lhs.size(), nullptr);
    std::vector<std::pair<Ident*, Var*>> newVars;
    bool hasErr = false;
    for (size_t i = 0; i < s->lhs.size(); ++i)
    {
        Expr* e = s->lhs[i];
        auto id = e ? e->as<Ident>() : nullptr;
        if (!id)
        {
            if (e)
            {
                Operand x;
                rawExpr(x, e, nullptr, true);
                errorAt(e, "non-name " + exprString(e) + " on left side of :=");
            }
            hasErr = true;
            continue;
        }
        std::string_view name = id->name;
        if (name != "_")
        {
            if (!seen.insert(name).second)
            {
                errorAt(e, std::string(name) + " repeated on left side of :=");
                hasErr = true;
                continue;
            }
        }
        if (Object* alt = scope->lookup(name); alt && name != "_")
        {
            recordUse(id, alt);
            if (auto v = alt->as<Var>())
                lhsVars[i] = v;
            else
            {
                errorAt(e, "cannot assign to " + exprString(e));
                hasErr = true;
            }
            continue;
        }
        auto v = prog_.newObject<Var>(name, id->pos);
        v->file = file_;
        v->pkg = pkg_;
        v->owner = fn_.node;
        lhsVars[i] = v;
        recordDef(id, v);
        id->mode = ExprMode::Variable;
        if (name != "_")
            newVars.emplace_back(id, v);
    }
    for (size_t i = 0; i < lhsVars.size(); ++i)
        if (!lhsVars[i])
            lhsVars[i] = prog_.newObject<Var>("_", s->lhs[i] ? s->lhs[i]->pos : s->pos);
    initVars(lhsVars, s->rhs, nullptr);
    for (size_t i = 0; i < s->lhs.size(); ++i)
        if (auto id = s->lhs[i] ? s->lhs[i]->as<Ident>() : nullptr)
        {
            id->mode = ExprMode::Variable;
            id->type = lhsVars[i]->type;
        }
    if (newVars.empty() && !hasErr)
    {
        error(s->opPos.valid() ? s->opPos : s->pos, "no new variables on left side of :=");
        return;
    }
    for (auto& [id, v] : newVars)
        declare(scope, nullptr, v);
}

} // namespace weft
