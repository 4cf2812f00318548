// Package unsafe as far as weft has it: Sizeof, Alignof and Offsetof, constants computed with the
// sizes of Go's gc compiler on amd64 (cmd/compile/internal/noder/sizes.go). unsafe.Pointer and
// the rest are refused where they are used.
#include "compiler/Checker.h"

namespace weft {

namespace {

constexpr int64_t kWord = 8;

int64_t alignUp(int64_t x, int64_t a) { return (x + a - 1) / a * a; }

int64_t sizeOf(const Type* t);

int64_t alignOf(const Type* t)
{
    const Type* u = underlying(t);
    if (!u)
        return 1;
    switch (u->kind)
    {
    case TypeKind::Array: return alignOf(u->as<Array>()->elem);
    case TypeKind::Struct: {
        int64_t m = 1;
        for (const Var* f : u->as<Struct>()->fields)
            m = std::max(m, alignOf(f->type));
        return m;
    }
    case TypeKind::Slice:
    case TypeKind::Interface: return kWord;
    case TypeKind::Basic: return std::clamp<int64_t>(sizeOf(u), 1, kWord);
    default: return kWord;
    }
}

std::vector<int64_t> offsetsOf(const Struct* s)
{
    std::vector<int64_t> offsets;
    int64_t o = 0;
    for (const Var* f : s->fields)
    {
        o = alignUp(o, alignOf(f->type));
        offsets.push_back(o);
        o += sizeOf(f->type);
    }
    return offsets;
}

int64_t sizeOf(const Type* t)
{
    const Type* u = underlying(t);
    if (!u)
        return 0;
    switch (u->kind)
    {
    case TypeKind::Basic:
        switch (u->as<Basic>()->bkind)
        {
        case BasicKind::Bool:
        case BasicKind::Int8:
        case BasicKind::Uint8: return 1;
        case BasicKind::Int16:
        case BasicKind::Uint16: return 2;
        case BasicKind::Int32:
        case BasicKind::Uint32:
        case BasicKind::Float32: return 4;
        case BasicKind::String: return 2 * kWord;
        default: return kWord;
        }
    case TypeKind::Array: {
        auto a = u->as<Array>();
        if (a->len <= 0)
            return 0;
        int64_t z = sizeOf(a->elem);
        return alignUp(z, alignOf(a->elem)) * (a->len - 1) + z;
    }
    case TypeKind::Struct: {
        auto s = u->as<Struct>();
        if (s->fields.empty())
            return 0;
        std::vector<int64_t> offsets = offsetsOf(s);
        int64_t last = sizeOf(s->fields.back()->type);
        int64_t size = offsets.back() + last;
        // gc: a non-empty struct ending in a zero-sized field gets a byte, so that taking the
        // field's address does not point past the struct.
        if (size > 0 && last == 0)
            size++;
        return alignUp(size, alignOf(u));
    }
    case TypeKind::Slice: return 3 * kWord;
    case TypeKind::Interface: return 2 * kWord;
    default: return kWord;
    }
}

} // namespace

Package* Checker::unsafePackage()
{
    if (Package* p = prog_.package("unsafe"))
        return p;
    Package* p = prog_.newPackage("unsafe");
    p->name = "unsafe";
    p->isStd = true;
    p->checked = true;
    p->scope = prog_.newScope(prog_.universe(), Scope::Kind::Package);
    for (auto [name, id] : {std::pair{"Alignof", BuiltinId::Alignof}, std::pair{"Offsetof", BuiltinId::Offsetof},
                            std::pair{"Sizeof", BuiltinId::Sizeof}})
    {
        auto b = prog_.newObject<Builtin>(name, id);
        b->type = prog_.types().invalid(); // as the universe's builtins
        p->scope->insert(b);
    }
    return p;
}

bool Checker::unsafeBuiltin(Operand& x, BuiltinId id)
{
    auto& types = prog_.types();
    int64_t value = 0;
    if (id == BuiltinId::Offsetof)
    {
        // The argument is a selector x.f denoting a field, reached without indirection.
        const Expr* e = x.expr;
        while (e && e->is<ParenExpr>())
            e = e->as<ParenExpr>()->x;
        auto sel = e ? e->as<SelectorExpr>() : nullptr;
        const Selection* s = sel ? prog_.selection(sel) : nullptr;
        if (!s || s->kind != SelectionKind::FieldVal)
        {
            errorAt(x.expr, "invalid argument: " + exprString(x.expr) + " is not a selector expression");
            return false;
        }
        // Relative to x's struct (x itself may be a pointer to it), through embedded fields.
        const Type* base = s->recv;
        if (auto p = underlying(base) ? underlying(base)->as<Pointer>() : nullptr)
            base = p->elem;
        const Type* t = base;
        for (size_t k = 0; k < s->path.size(); k++)
        {
            if (k > 0 && underlying(t) && underlying(t)->is<Pointer>())
            {
                errorAt(x.expr, "invalid argument: field " + std::string(sel->sel->name) +
                                    " is embedded via a pointer in " + typeStr(base));
                return false;
            }
            const size_t i = size_t(s->path[k]);
            auto st = underlying(t) ? underlying(t)->as<Struct>() : nullptr;
            if (!st || i >= st->fields.size())
                return false;
            value += offsetsOf(st)[i];
            t = st->fields[i]->type;
        }
    }
    else
    {
        assignment(x, nullptr, id == BuiltinId::Sizeof ? "argument to unsafe.Sizeof" : "argument to unsafe.Alignof");
        if (x.invalid())
            return false;
        value = id == BuiltinId::Sizeof ? sizeOf(x.type) : alignOf(x.type);
    }
    x.mode = ExprMode::Constant;
    x.type = types.basic(BasicKind::Uintptr);
    x.val = makeInt(value);
    return true;
}

} // namespace weft
