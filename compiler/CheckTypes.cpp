// Type expressions: named types, literals, signatures, structs, interfaces.
#include "compiler/Checker.h"

#include <algorithm>

namespace weft {

const Type* Checker::defaultType(const Type* t) const
{
    auto b = t ? t->as<Basic>() : nullptr;
    if (!b)
        return t;
    auto& types = prog_.types();
    switch (b->bkind)
    {
    case BasicKind::UntypedBool: return types.basic(BasicKind::Bool);
    case BasicKind::UntypedInt: return types.basic(BasicKind::Int);
    case BasicKind::UntypedRune: return types.runeType();
    case BasicKind::UntypedFloat: return types.basic(BasicKind::Float64);
    case BasicKind::UntypedString: return types.basic(BasicKind::String);
    default: return t;
    }
}

const Type* Checker::typExpr(Expr* e)
{
    return definedType(e, nullptr);
}

const Type* Checker::varType(Expr* e)
{
    const Type* t = definedType(e, nullptr);
    if (auto u = underlying(t) ? underlying(t)->as<Interface>() : nullptr; u && u->isComparableConstraint)
    {
        errorAt(e, "not supported in weft: type parameters");
        return prog_.types().invalid();
    }
    return t;
}

const Type* Checker::definedType(Expr* e, Named* def)
{
    const Type* t = typInternal(e, def);
    if (!t)
        t = prog_.types().invalid();
    if (e)
    {
        e->mode = ExprMode::TypeExpr;
        e->type = t;
    }
    return t;
}

const Type* Checker::typInternal(Expr* e, Named* def)
{
    auto& types = prog_.types();
    if (!e)
        return types.invalid();
    if (nestedTooDeeply())
    {
        --depth_;
        errorAt(e, "type nested too deeply");
        return types.invalid();
    }
    struct DepthGuard
    {
        int& d;
        ~DepthGuard() { --d; }
    } guard{depth_};

    switch (e->kind)
    {
    case NodeKind::BadExpr: return types.invalid();
    case NodeKind::Ident:
    case NodeKind::SelectorExpr: {
        Operand x;
        if (auto id = e->as<Ident>())
            ident(x, id, true);
        else
            selector(x, static_cast<SelectorExpr*>(e), true);
        switch (x.mode)
        {
        case ExprMode::TypeExpr: return x.type;
        case ExprMode::Invalid: return types.invalid();
        case ExprMode::NoValue: errorAt(e, exprString(e) + " used as type"); return types.invalid();
        default: errorAt(e, operandString(x) + " is not a type"); return types.invalid();
        }
    }
    case NodeKind::ParenExpr: return definedType(static_cast<ParenExpr*>(e)->x, def);
    case NodeKind::ArrayType: {
        auto a = static_cast<ArrayType*>(e);
        if (!a->len)
            return types.slice(varType(a->elem));
        if (auto el = a->len->as<EllipsisExpr>(); el && !el->elt)
        {
            errorAt(a->len, "invalid use of [...] array (outside a composite literal)");
            varType(a->elem);
            return types.invalid();
        }
        int64_t n = arrayLength(a->len);
        const Type* elem = varType(a->elem);
        if (n < 0)
            return types.invalid();
        return types.make<Array>(elem, n);
    }
    case NodeKind::EllipsisExpr: {
        errorAt(e, "invalid use of ...");
        return types.invalid();
    }
    case NodeKind::StructType: return structType(static_cast<StructType*>(e));
    case NodeKind::StarExpr: {
        const Type* base = varType(static_cast<StarExpr*>(e)->x);
        return types.pointer(base);
    }
    case NodeKind::FuncType: {
        Scope* scope = prog_.newScope(scope_, Scope::Kind::Func);
        return funcType(static_cast<FuncType*>(e), nullptr, scope, nullptr, nullptr);
    }
    case NodeKind::InterfaceType: return interfaceType(static_cast<InterfaceType*>(e), def);
    case NodeKind::MapType: {
        auto m = static_cast<MapType*>(e);
        const Type* key = varType(m->key);
        const Type* elem = varType(m->value);
        auto mt = types.make<Map>(key, elem);
        auto checkKey = [this, key, m]() {
            if (!isValid(key))
                return;
            if (!comparable(key))
                errorAt(m->key, "invalid map key type " + typeStr(key));
        };
        if (underlying(key))
            checkKey();
        else
            later_.push_back(checkKey);
        return mt;
    }
    case NodeKind::ChanType: {
        auto c = static_cast<ChanType*>(e);
        return types.make<Chan>(c->dir, varType(c->elem));
    }
    default: {
        Operand x;
        expr(x, e);
        if (x.mode != ExprMode::Invalid)
            errorAt(e, exprString(e) + " is not a type");
        return types.invalid();
    }
    }
}

int64_t Checker::arrayLength(Expr* e)
{
    if (auto id = e->as<Ident>())
    {
        Object* obj = scope_ ? scope_->lookupParent(id->name) : nullptr;
        if (!obj)
        {
            errorAt(id, "undefined array length " + std::string(id->name) + " or missing type constraint");
            return -1;
        }
        if (!obj->is<Const>())
        {
            Operand x;
            expr(x, e);
            if (x.mode != ExprMode::Invalid)
                errorAt(id, "invalid array length " + std::string(id->name));
            return -1;
        }
    }
    Operand x;
    expr(x, e);
    if (x.mode != ExprMode::Constant)
    {
        if (x.mode != ExprMode::Invalid)
            errorAt(e, "array length " + operandString(x) + " must be constant");
        return -1;
    }
    if (isUntyped(x.type) || isInteger(x.type))
    {
        const Constant* v = x.val;
        std::optional<BigInt> iv;
        if (v && v->kind == Constant::Kind::Int)
            iv = v->integer;
        else if (v && v->kind == Constant::Kind::Float)
            iv = v->rational.toInt();
        if (iv)
        {
            if (iv->fitsInt64() && iv->toInt64() >= 0)
            {
                int64_t n = iv->toInt64();
                if (n > (int64_t(1) << 40))
                {
                    errorAt(e, "array length " + operandString(x) + " too large");
                    return -1;
                }
                return n;
            }
            errorAt(e, "invalid array length " + operandString(x));
            return -1;
        }
    }
    if (isInteger(x.type))
        errorAt(e, "invalid array length " + operandString(x));
    else
        errorAt(e, "array length " + operandString(x) + " must be integer");
    return -1;
}

// ---- signatures ------------------------------------------------------------------------------

const Signature* Checker::funcType(FuncType* ft, Field* recv, Scope* scope, const Node* owner, Func* method)
{
    auto& types = prog_.types();
    auto sig = types.make<Signature>();
    sig->params = types.emptyTuple();
    sig->results = types.emptyTuple();
    if (!ft)
        return sig;
    Scope* savedScope = scope_;
    // parameter types are resolved in the enclosing scope
    std::vector<std::pair<Ident*, Var*>> toDeclare;

    if (recv)
    {
        std::string_view name = recv->names.empty() ? std::string_view() : recv->names[0]->name;
        Position pos = recv->names.empty() ? (recv->typeExpr ? recv->typeExpr->pos : recv->pos) : recv->names[0]->pos;
        auto v = prog_.newObject<Var>(name, pos);
        v->file = file_;
        v->pkg = pkg_;
        v->isParam = true;
        v->owner = owner;
        const Type* rt = varType(recv->typeExpr);
        v->type = rt;
        sig->recv = v;
        if (recv->names.size() > 1)
            error(recv->names[1]->pos, "method must have exactly one receiver");
        if (!recv->names.empty())
            toDeclare.emplace_back(recv->names[0], v);
        // validate the receiver type
        const Type* base = rt;
        bool ptr = false;
        if (auto p = rt->as<Pointer>())
        {
            base = p->elem;
            ptr = true;
        }
        if (method)
        {
            method->hasPtrRecv = ptr;
            if (!method->recvBase)
                method->recvBase = base;
        }
        if (isValid(base) || (base && base->is<Named>()))
        {
            Node* at = recv->typeExpr;
            if (auto n = base->as<Named>())
            {
                if (n->obj->pkg != pkg_)
                    errorAt(at, "cannot define new methods on non-local type " + typeStr(base));
                else if (auto u = n->underlyingType)
                {
                    if (u->is<Pointer>() || u->is<Interface>())
                        errorAt(at, "invalid receiver type " + typeStr(rt) + " (pointer or interface type)");
                }
            }
            else if (base->is<Basic>())
                errorAt(at, "cannot define new methods on non-local type " + typeStr(base));
            else
                errorAt(at, "invalid receiver type " + typeStr(rt));
        }
    }

    auto collect = [&](std::vector<Field>& fields, bool variadicOk, bool* variadic) {
        auto tuple = types.make<Tuple>();
        for (size_t i = 0; i < fields.size(); ++i)
        {
            Field& f = fields[i];
            Expr* te = f.typeExpr;
            const Type* t;
            if (auto el = te ? te->as<EllipsisExpr>() : nullptr; el && el->elt)
            {
                const Type* elem = varType(el->elt);
                te->mode = ExprMode::TypeExpr;
                if (variadicOk && i + 1 == fields.size() && f.names.size() <= 1)
                {
                    *variadic = true;
                    t = types.slice(elem);
                    te->type = t;
                }
                else
                {
                    errorAt(te, "can only use ... with final parameter in list");
                    t = types.slice(elem);
                    te->type = t;
                }
            }
            else
                t = varType(te);
            if (f.names.empty())
            {
                auto v = prog_.newObject<Var>("", te ? te->pos : f.pos);
                v->file = file_;
                v->pkg = pkg_;
                v->type = t;
                v->isParam = true;
                v->owner = owner;
                tuple->vars.push_back(v);
            }
            else
                for (Ident* id : f.names)
                {
                    auto v = prog_.newObject<Var>(id->name, id->pos);
                    v->file = file_;
                    v->pkg = pkg_;
                    v->type = t;
                    v->isParam = true;
                    v->owner = owner;
                    tuple->vars.push_back(v);
                    toDeclare.emplace_back(id, v);
                }
        }
        return tuple;
    };
    bool variadic = false, dummy = false;
    sig->params = collect(ft->params, true, &variadic);
    sig->results = collect(ft->results, false, &dummy);
    sig->variadic = variadic;
    scope_ = savedScope;
    for (auto& [id, v] : toDeclare)
        declare(scope, id, v);
    if (owner)
        sigScopes_[owner] = scope;
    ft->mode = ExprMode::TypeExpr;
    ft->type = sig;
    return sig;
}

// ---- structs ---------------------------------------------------------------------------------

static Ident* embeddedFieldIdent(Expr* e)
{
    for (int guard = 0; e && guard < 100; ++guard)
    {
        if (auto id = e->as<Ident>())
            return id;
        if (auto s = e->as<StarExpr>())
            e = s->x;
        else if (auto p = e->as<ParenExpr>())
            e = p->x;
        else if (auto sel = e->as<SelectorExpr>())
            return sel->sel;
        else
            return nullptr;
    }
    return nullptr;
}

const Type* Checker::structType(StructType* st)
{
    auto& types = prog_.types();
    auto s = types.make<Struct>();
    std::unordered_map<std::string_view, Var*> seen;
    auto add = [&](Var* v, const std::string& tag) {
        if (v->name != "_" && !seen.emplace(v->name, v).second)
        {
            error(v->pos, std::string(v->name) + " redeclared");
            return; // a duplicate is not a field
        }
        v->fieldIndex = static_cast<int>(s->fields.size());
        s->fields.push_back(v);
        s->tags.push_back(tag);
    };
    for (Field& f : st->fields)
    {
        std::string tag;
        if (f.tag)
        {
            if (auto t = parseStringLiteral(f.tag->text))
                tag = *t;
        }
        const Type* t = varType(f.typeExpr);
        if (!f.names.empty())
        {
            for (Ident* id : f.names)
            {
                auto v = prog_.newObject<Var>(id->name, id->pos);
                v->file = file_;
                v->pkg = pkg_;
                v->type = t;
                v->isField = true;
                recordDef(id, v);
                add(v, tag);
            }
            continue;
        }
        // embedded field
        Ident* id = embeddedFieldIdent(f.typeExpr);
        std::string_view name = id ? id->name : std::string_view("_");
        auto v = prog_.newObject<Var>(name, f.typeExpr ? startPos(f.typeExpr) : f.pos);
        v->file = file_;
        v->pkg = pkg_;
        v->type = t;
        v->isField = true;
        v->embedded = true;
        add(v, tag);
        Expr* te = f.typeExpr;
        auto checkEmbedded = [this, t, te]() {
            const Type* base = t;
            bool ptr = false;
            if (auto p = t->as<Pointer>())
            {
                base = p->elem;
                ptr = true;
            }
            if (!isValid(base))
                return;
            auto u = underlying(base);
            if (u->is<Pointer>())
                errorAt(te, "embedded field type cannot be a pointer");
            else if (ptr && u->is<Interface>())
                errorAt(te, "embedded field type cannot be a pointer to an interface");
        };
        const Type* base = t->is<Pointer>() ? t->as<Pointer>()->elem : t;
        if (underlying(base))
            checkEmbedded();
        else
            later_.push_back(checkEmbedded);
    }
    return s;
}

// ---- interfaces ------------------------------------------------------------------------------

const Type* Checker::interfaceType(InterfaceType* it, Named* def)
{
    auto& types = prog_.types();
    auto ityp = types.make<Interface>();
    const Type* recvType = def ? static_cast<const Type*>(def) : ityp;
    for (Field& f : it->methods)
    {
        if (f.names.empty())
        {
            const Type* t = typExpr(f.typeExpr);
            if (isValid(t) || (t && t->is<Named>()))
                ityp->embeddeds.push_back(t);
            continue;
        }
        Ident* id = f.names[0];
        auto ft = f.typeExpr ? f.typeExpr->as<FuncType>() : nullptr;
        auto m = prog_.newObject<Func>(id->name, id->pos);
        m->file = file_;
        m->pkg = pkg_;
        m->isInterfaceMethod = true;
        m->recvBase = recvType;
        Scope* scope = prog_.newScope(scope_, Scope::Kind::Func);
        auto sig = const_cast<Signature*>(funcType(ft, nullptr, scope, nullptr, nullptr));
        auto rv = prog_.newObject<Var>("", id->pos);
        rv->type = recvType;
        rv->isParam = true;
        sig->recv = rv;
        m->type = sig;
        recordDef(id, m);
        if (id->name == "_")
        {
            error(id->pos, "methods must have a unique non-blank name");
            continue;
        }
        bool dup = false;
        for (Func* o : ityp->methods)
            if (o->name == m->name)
                dup = true;
        if (dup)
        {
            error(id->pos, "duplicate method " + std::string(id->name));
            continue;
        }
        ityp->methods.push_back(m);
    }
    // complete now when every embedded interface is known, otherwise once the declarations are done
    bool ready = true;
    for (auto e : ityp->embeddeds)
        if (!underlying(e))
            ready = false;
    Position pos = it->pos;
    if (ready)
        completeInterface(ityp, pos);
    else
        later_.push_back([this, ityp, pos]() { completeInterface(ityp, pos); });
    return ityp;
}

void Checker::completeInterface(const Interface* it, Position pos)
{
    if (!it || it->complete)
        return;
    if (completing_.count(it))
    {
        error(pos, "invalid recursive type: interface embeds itself");
        return;
    }
    for (const Type* e : it->embeddeds)
        if (!underlying(e))
            return; // not yet resolved: completed later
    completing_.insert(it);
    std::vector<Func*> all(it->methods.begin(), it->methods.end());
    std::unordered_map<std::string_view, Func*> byName; // as go/types' seen set
    for (Func* m : all)
        byName.emplace(m->name, m);
    for (const Type* e : it->embeddeds)
    {
        auto u = underlying(e);
        if (auto ui = u->as<Interface>(); ui && completing_.count(ui))
        {
            if (auto n = e->as<Named>())
            {
                File* saved = file_;
                if (n->obj->file)
                    file_ = const_cast<File*>(n->obj->file);
                error(n->obj->pos, "invalid recursive type " + std::string(n->obj->name));
                file_ = saved;
                n->underlyingType = prog_.types().invalid(); // as Go: no follow-on errors from its uses
            }
            else
                error(pos, "invalid recursive type");
            continue;
        }
        if (isBasicKind(u, BasicKind::Invalid))
            continue;
        auto ei = u->as<Interface>();
        if (!ei)
        {
            error(pos, "not supported in weft: type parameters (interface embeds non-interface " + typeStr(e) + ")");
            continue;
        }
        if (ei->isComparableConstraint)
        {
            error(pos, "not supported in weft: type parameters");
            continue;
        }
        completeInterface(ei, pos);
        if (!ei->complete)
        {
            completing_.erase(it);
            return;
        }
        for (Func* m : ei->allMethods)
        {
            auto [dup, added] = byName.emplace(m->name, m);
            if (added)
                all.push_back(m);
            else if (!identical(dup->second->type, m->type))
                error(pos, "duplicate method " + std::string(m->name));
        }
    }
    std::stable_sort(all.begin(), all.end(), [](Func* a, Func* b) { return a->name < b->name; });
    it->allMethods = std::move(all);
    it->complete = true;
    completing_.erase(it);
}

} // namespace weft
