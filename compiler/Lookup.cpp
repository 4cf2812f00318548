// Field and method lookup, method sets, interface satisfaction (go/types lookup.go).
#include "compiler/Checker.h"
#include "compiler/MethodSet.h"

namespace weft {

namespace {

bool sameId(const Object* o, const Package* pkg, std::string_view name)
{
    if (o->name != name)
        return false;
    if (o->exported())
        return true;
    return o->pkg == pkg || !o->pkg || !pkg;
}

const Type* derefPtr(const Type* t, bool* isPtr)
{
    if (auto p = t ? t->as<Pointer>() : nullptr)
    {
        *isPtr = true;
        return p->elem;
    }
    *isPtr = false;
    return t;
}

} // namespace

Checker::LookupResult Checker::lookupFieldOrMethod(const Type* T, bool addressable, const Package* pkg,
    std::string_view name)
{
    LookupResult r;
    if (!T || name == "_")
        return r;
    // A named pointer type has no methods: look up in its underlying pointer type, fields only.
    if (auto n = T->as<Named>())
        if (auto u = n->underlyingType; u && u->is<Pointer>())
        {
            r = lookupFieldOrMethod(u, false, pkg, name);
            if (r.obj && r.obj->is<Func>())
                return LookupResult{};
            return r;
        }

    bool isPtr = false;
    const Type* typ = derefPtr(T, &isPtr);
    if (isPtr && isInterface(typ))
        return r;

    std::vector<EmbeddedType> current{{typ, {}, isPtr, false}};
    std::unordered_set<const Named*> seen;
    for (int depth = 0; !current.empty() && depth < 100; ++depth)
    {
        std::vector<EmbeddedType> next;
        for (auto& e : current)
        {
            const Type* t = e.type;
            if (auto named = t ? t->as<Named>() : nullptr)
            {
                if (seen.count(named))
                    continue;
                seen.insert(named);
                int i = 0;
                Func* found = nullptr;
                for (Func* m : named->methods)
                {
                    if (sameId(m, pkg, name))
                    {
                        found = m;
                        break;
                    }
                    ++i;
                }
                if (found)
                {
                    auto idx = e.index;
                    idx.push_back(i);
                    if (r.obj || e.multiples)
                        return LookupResult{nullptr, idx, false, true, false};
                    r.obj = found;
                    r.index = idx;
                    r.indirect = e.indirect;
                    continue;
                }
            }
            auto u = underlying(t);
            if (!u)
                continue;
            if (auto st = u->as<Struct>())
            {
                for (size_t i = 0; i < st->fields.size(); ++i)
                {
                    Var* f = st->fields[i];
                    if (sameId(f, pkg, name))
                    {
                        auto idx = e.index;
                        idx.push_back(static_cast<int>(i));
                        if (r.obj || e.multiples)
                            return LookupResult{nullptr, idx, false, true, false};
                        r.obj = f;
                        r.index = idx;
                        r.indirect = e.indirect;
                        continue;
                    }
                    if (!r.obj && f->embedded)
                    {
                        bool p = false;
                        const Type* ft = derefPtr(f->type, &p);
                        auto idx = e.index;
                        idx.push_back(static_cast<int>(i));
                        next.push_back(EmbeddedType{ft, idx, e.indirect || p, e.multiples});
                    }
                }
            }
            else if (auto it = u->as<Interface>())
            {
                completeInterface(it, Position{});
                int i = 0;
                for (Func* m : it->allMethods)
                {
                    if (sameId(m, pkg, name))
                    {
                        auto idx = e.index;
                        idx.push_back(i);
                        if (r.obj || e.multiples)
                            return LookupResult{nullptr, idx, false, true, false};
                        r.obj = m;
                        r.index = idx;
                        r.indirect = e.indirect;
                        break;
                    }
                    ++i;
                }
            }
        }
        if (r.obj)
        {
            if (auto f = r.obj->as<Func>())
            {
                methodSig(f);
                if (f->hasPtrRecv && !r.indirect && !addressable)
                {
                    LookupResult p;
                    p.needPtr = true;
                    p.obj = nullptr;
                    return p;
                }
            }
            return r;
        }
        current = consolidateMultiples(std::move(next));
    }
    return LookupResult{};
}

Func* Checker::missingMethod(const Type* V, const Interface* T, bool isStatic, Func** wrongType, bool* ptrRecv)
{
    *wrongType = nullptr;
    if (ptrRecv)
        *ptrRecv = false;
    completeInterface(T, Position{});
    if (T->allMethods.empty())
        return nullptr;
    if (auto vi = underlying(V) ? underlying(V)->as<Interface>() : nullptr)
    {
        completeInterface(vi, Position{});
        for (Func* m : T->allMethods)
        {
            Func* f = nullptr;
            for (Func* g : vi->allMethods)
                if (sameId(g, m->pkg, m->name))
                    f = g;
            if (!f)
            {
                if (!isStatic)
                    continue;
                return m;
            }
            if (!identical(f->type, m->type))
            {
                *wrongType = f;
                return m;
            }
        }
        return nullptr;
    }
    for (Func* m : T->allMethods)
    {
        auto r = lookupFieldOrMethod(V, false, m->pkg, m->name);
        bool found = r.obj != nullptr;
        Object* obj = r.obj;
        if (!found)
        {
            auto r2 = lookupFieldOrMethod(prog_.types().pointer(V), false, m->pkg, m->name);
            obj = r2.obj;
        }
        auto f = obj ? obj->as<Func>() : nullptr;
        if (!f)
            return m;
        methodSig(f);
        if (f->noInterface)
        {
            *wrongType = f;
            return m;
        }
        if (!found || !identical(f->type, m->type))
        {
            *wrongType = f;
            if (!found && identical(f->type, m->type) && ptrRecv)
                *ptrRecv = true;
            return m;
        }
    }
    return nullptr;
}

static bool isInterfacePtr(const Type* t)
{
    auto u = underlying(t);
    auto p = u ? u->as<Pointer>() : nullptr;
    return p && isInterface(p->elem);
}

std::string Checker::missingMethodCause(const Type* V, const Type* T, Func* m, Func* alt, bool ptrRecv)
{
    std::string mname = "method " + std::string(m->name);
    if (alt)
    {
        if (alt->noInterface)
            return "(" + std::string(m->name) + " method is marked 'nointerface')"; // gc's wording
        if (alt->name != m->name)
            return "(missing " + mname + ")";
        if (ptrRecv || identical(m->type, alt->type))
            return "(" + mname + " has pointer receiver)";
        std::string have = std::string(alt->name), want = std::string(m->name);
        if (auto s = alt->sig())
            writeSignature(have, s, pkg_);
        if (auto s = m->sig())
            writeSignature(want, s, pkg_);
        return "(wrong type for " + mname + ")\n\t\thave " + have + "\n\t\twant " + want;
    }
    if (isInterfacePtr(V))
        return "(type " + typeStr(V) + " is pointer to interface, not interface)";
    if (isInterfacePtr(T))
        return "(type " + typeStr(T) + " is pointer to interface, not interface)";
    return "(missing " + mname + ")";
}

bool Checker::implements(const Type* V, const Type* T, std::string* cause)
{
    auto Vu = underlying(V);
    auto Tu = underlying(T);
    if (!isValid(Vu) || !isValid(Tu))
        return true;
    if (auto p = Vu->as<Pointer>(); p && !isValid(p->elem))
        return true;
    auto Ti = Tu->as<Interface>();
    if (!Ti)
    {
        if (cause)
        {
            if (isInterfacePtr(Tu))
                *cause = typeStr(V) + " does not implement " + typeStr(T) + " (type " + typeStr(T) +
                         " is pointer to interface, not interface)";
            else
                *cause = typeStr(V) + " does not implement " + typeStr(T) + " (" + typeStr(T) + " is not an interface)";
        }
        return false;
    }
    completeInterface(Ti, Position{});
    if (Ti->allMethods.empty())
        return true;
    Func* wrong = nullptr;
    bool ptrRecv = false;
    if (Func* m = missingMethod(V, Ti, true, &wrong, &ptrRecv))
    {
        if (cause)
            *cause = typeStr(V) + " does not implement " + typeStr(T) + " " + missingMethodCause(V, T, m, wrong, ptrRecv);
        return false;
    }
    return true;
}

bool Checker::assertableTo(const Interface* V, const Type* T, Func** method, Func** wrongType, bool* ptrRecv)
{
    *method = nullptr;
    if (isInterface(T))
        return true;
    *method = missingMethod(T, V, false, wrongType, ptrRecv);
    return *method == nullptr;
}

} // namespace weft
