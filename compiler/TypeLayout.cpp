#include "compiler/TypeLayout.h"
#include "compiler/Object.h"

#include <algorithm>

namespace weft {

namespace {

constexpr int64_t kWord = 8;

int64_t alignUp(int64_t x, int64_t a) { return (x + a - 1) / a * a; }

} // namespace

int64_t layoutAlign(const Type* t)
{
    const Type* u = underlying(t);
    if (!u)
        return kWord;
    switch (u->kind)
    {
    case TypeKind::Basic: return std::clamp<int64_t>(layoutSize(u), 1, kWord);
    case TypeKind::Array: return layoutAlign(u->as<Array>()->elem);
    case TypeKind::Struct:
    {
        int64_t a = 1;
        for (const Var* f : u->as<Struct>()->fields)
            a = std::max(a, layoutAlign(f->type));
        return a;
    }
    default: return kWord;
    }
}

int64_t layoutOffset(const Struct* s, size_t i, LayoutRules rules)
{
    int64_t off = 0;
    for (size_t k = 0; k < s->fields.size(); k++)
    {
        off = alignUp(off, layoutAlign(s->fields[k]->type));
        if (k == i)
            return off;
        off += layoutSize(s->fields[k]->type, rules);
    }
    return off;
}

int64_t basicLayoutSize(BasicKind k)
{
    switch (k)
    {
    case BasicKind::Bool:
    case BasicKind::Int8:
    case BasicKind::Uint8: return 1;
    case BasicKind::Int16:
    case BasicKind::Uint16: return 2;
    case BasicKind::Int32:
    case BasicKind::Uint32:
    case BasicKind::Float32: return 4;
    case BasicKind::String:
    case BasicKind::UntypedString: return 2 * kWord;
    default: return kWord;
    }
}

int64_t layoutSize(const Type* t, LayoutRules rules)
{
    const Type* u = underlying(t);
    if (!u)
        return kWord;
    switch (u->kind)
    {
    case TypeKind::Basic: return basicLayoutSize(u->as<Basic>()->bkind);
    case TypeKind::Slice: return 3 * kWord;
    case TypeKind::Interface: return 2 * kWord;
    case TypeKind::Array:
    {
        auto a = u->as<Array>();
        return std::max<int64_t>(a->len, 0) * layoutSize(a->elem, rules);
    }
    case TypeKind::Struct:
    {
        auto s = u->as<Struct>();
        int64_t size = layoutOffset(s, s->fields.size(), rules);
        if (rules == LayoutRules::GcPadding && size > 0 && layoutSize(s->fields.back()->type, rules) == 0)
            size++;
        return alignUp(size, layoutAlign(u));
    }
    default: return kWord;
    }
}

} // namespace weft
