// Package unsafe as far as weft has it: Sizeof, Alignof and Offsetof, constants computed with the
// sizes of Go's gc compiler on amd64 (cmd/compile/internal/noder/sizes.go). unsafe.Pointer and
// the rest are refused where they are used.
#include "compiler/Checker.h"
#include "compiler/TypeLayout.h"

namespace weft {

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
            value += layoutOffset(st, size_t(i), LayoutRules::GcPadding);
            t = st->fields[i]->type;
        }
    }
    else
    {
        assignment(x, nullptr, id == BuiltinId::Sizeof ? "argument to unsafe.Sizeof" : "argument to unsafe.Alignof");
        if (x.invalid())
            return false;
        value = id == BuiltinId::Sizeof ? layoutSize(x.type, LayoutRules::GcPadding) : layoutAlign(x.type);
    }
    x.mode = ExprMode::Constant;
    x.type = types.basic(BasicKind::Uintptr);
    x.val = makeInt(value);
    return true;
}

} // namespace weft
