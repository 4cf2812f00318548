// Run-time method sets (go/types methodset.go, with types2 lookupFieldOrMethod's resolution).
#include "compiler/MethodSet.h"
#include "compiler/Program.h"

#include <algorithm>
#include <optional>
#include <set>

namespace weft {

namespace {

// The names found at one depth: how often each was found, and the method it denotes when that
// method belongs to the method set (not for fields, nor for a pointer-receiver method reached
// without a pointer).
struct Found
{
    std::optional<MethodSetEntry> entry;
    int count = 0;
};

void add(std::map<MethodId, Found>& found, const Object* member, const EmbeddedType& e,
         std::optional<MethodSetEntry> entry)
{
    Found& f = found[methodId(member)];
    f.count += e.multiples ? 2 : 1;
    if (f.count == 1)
        f.entry = std::move(entry);
}

} // namespace

MethodId methodId(const Object* o)
{
    return MethodId(std::string(o->name), !o->exported() && o->pkg ? o->pkg->path : std::string());
}

std::vector<EmbeddedType> consolidateMultiples(std::vector<EmbeddedType> list)
{
    std::vector<EmbeddedType> merged;
    for (auto& e : list)
    {
        auto same = std::find_if(merged.begin(), merged.end(),
                                 [&](const EmbeddedType& m) { return identical(m.type, e.type); });
        if (same != merged.end())
            same->multiples = true;
        else
            merged.push_back(std::move(e));
    }
    return merged;
}

std::map<MethodId, MethodSetEntry> methodSet(const Type* t)
{
    std::map<MethodId, MethodSetEntry> out;
    bool isPtr = false;
    if (auto p = t->as<Pointer>())
    {
        isPtr = true;
        t = p->elem;
    }
    std::vector<EmbeddedType> level{{t, {}, isPtr, false}};
    std::set<const Named*> seen;
    std::set<MethodId> decided; // names found at a shallower depth: deeper ones are hidden
    for (int depth = 0; !level.empty() && depth < 100; depth++)
    {
        std::map<MethodId, Found> found;
        std::vector<EmbeddedType> next;
        for (const EmbeddedType& e : level)
        {
            if (auto n = e.type->as<Named>())
            {
                if (!seen.insert(n).second)
                    continue; // seen at a shallower depth, which shadows this one
                for (const Func* m : n->methods)
                {
                    std::optional<MethodSetEntry> entry;
                    if ((!m->hasPtrRecv || e.indirect) && !m->noInterface)
                        entry = MethodSetEntry{m, e.index, e.indirect};
                    add(found, m, e, std::move(entry));
                }
            }
            const Type* u = underlying(e.type);
            if (auto s = u ? u->as<Struct>() : nullptr)
            {
                for (size_t i = 0; i < s->fields.size(); i++)
                {
                    const Var* f = s->fields[i];
                    add(found, f, e, std::nullopt);
                    if (!f->embedded)
                        continue;
                    EmbeddedType inner{f->type, e.index, e.indirect, e.multiples};
                    inner.index.push_back(int(i));
                    if (auto fp = f->type->as<Pointer>())
                    {
                        inner.type = fp->elem;
                        inner.indirect = true;
                    }
                    next.push_back(std::move(inner));
                }
            }
            else if (auto iface = u ? u->as<Interface>() : nullptr; iface && depth > 0)
            {
                // An interface's own methods are not a concrete type's method set (depth 0).
                for (const Func* m : iface->allMethods)
                    add(found, m, e, MethodSetEntry{m, e.index, e.indirect});
            }
        }
        for (auto& [id, f] : found)
        {
            if (!decided.insert(id).second)
                continue;
            if (f.count == 1 && f.entry)
                out.emplace(id, std::move(*f.entry));
        }
        level = consolidateMultiples(std::move(next));
    }
    return out;
}

} // namespace weft
