// Code generation: sizes, register patterns and run-time type descriptors of checker types.
#include "compiler/CodegenImpl.h"
#include "compiler/MethodSet.h"
#include "compiler/TypeLayout.h"
#include "vm/InterpreterImpl.h"
#include "vm/MapObject.h"

#include <algorithm>

namespace weft::detail {

bool Generator::anyComponent(const Type* t, bool (*leaf)(const Type*))
{
    const Type* u = underlying(t);
    if (auto a = u ? u->as<Array>() : nullptr)
        return anyComponent(a->elem, leaf);
    if (auto s = u ? u->as<Struct>() : nullptr)
    {
        for (const Var* f : s->fields)
            if (anyComponent(f->type, leaf))
                return true;
        return false;
    }
    return leaf(t);
}

bool Generator::isBlock(const Type* t)
{
    const Type* u = underlying(t);
    return u && (u->is<Struct>() || u->is<Array>());
}

int Generator::slots(const Type* t)
{
    const Type* u = underlying(t);
    if (!u)
        return 1;
    switch (u->kind)
    {
    case TypeKind::Basic:
    {
        auto k = u->as<Basic>()->bkind;
        return (k == BasicKind::String || k == BasicKind::UntypedString) ? 2 : 1;
    }
    case TypeKind::Slice: return 3;
    case TypeKind::Interface: return 2;
    case TypeKind::Tuple:
    {
        int n = 0;
        for (const Var* v : u->as<Tuple>()->vars)
            n += slots(v->type);
        return n;
    }
    default: return 1;
    }
}

Pattern Generator::pattern(const Type* t)
{
    const Type* u = underlying(t);
    if (!u)
        return "S";
    switch (u->kind)
    {
    case TypeKind::Basic:
    {
        auto k = u->as<Basic>()->bkind;
        if (k == BasicKind::String || k == BasicKind::UntypedString)
            return "PS";
        if (k == BasicKind::UntypedNil)
            return "P";
        return "S";
    }
    case TypeKind::Slice: return "PSS";
    case TypeKind::Interface: return "TD";
    case TypeKind::Tuple:
    {
        Pattern p;
        for (const Var* v : u->as<Tuple>()->vars)
            p += pattern(v->type);
        return p;
    }
    default: return "P";
    }
}

int64_t Generator::sizeOf(const Type* t) { return layoutSize(t); }
int64_t Generator::alignOf(const Type* t) { return layoutAlign(t); }
int64_t Generator::fieldOffset(const Struct* s, size_t i) { return layoutOffset(s, i); }

const Type* Generator::defaultType(const Type* t, const Program& p)
{
    auto b = t ? t->as<Basic>() : nullptr;
    if (!b || !(b->info & IsUntyped))
        return t;
    switch (b->bkind)
    {
    case BasicKind::UntypedBool: return p.types().basic(BasicKind::Bool);
    case BasicKind::UntypedInt: return p.types().basic(BasicKind::Int);
    case BasicKind::UntypedRune: return p.types().runeType();
    case BasicKind::UntypedFloat: return p.types().basic(BasicKind::Float64);
    case BasicKind::UntypedString: return p.types().basic(BasicKind::String);
    default: return t;
    }
}

// The GC word kinds of a value of type t in memory at byte offset `off` of `out`.
static void memWords(const Type* t, int64_t off, std::vector<GcWordKind>& out)
{
    const Type* u = underlying(t);
    if (!u)
        return;
    auto set = [&](int64_t o, GcWordKind k) {
        size_t w = size_t(o / 8);
        if (w < out.size())
            out[w] = k;
    };
    switch (u->kind)
    {
    case TypeKind::Basic:
        if (Generator::slots(u) == 2)
            set(off, GcWordKind::Pointer);
        return;
    case TypeKind::Pointer:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature: set(off, GcWordKind::Pointer); return;
    case TypeKind::Slice: set(off, GcWordKind::Pointer); return;
    case TypeKind::Interface:
        set(off, GcWordKind::InterfaceType);
        set(off + 8, GcWordKind::InterfaceData);
        return;
    case TypeKind::Array:
    {
        auto a = u->as<Array>();
        int64_t es = Generator::sizeOf(a->elem);
        for (int64_t i = 0; i < a->len; i++)
            memWords(a->elem, off + i * es, out);
        return;
    }
    case TypeKind::Struct:
    {
        auto s = u->as<Struct>();
        for (size_t i = 0; i < s->fields.size(); i++)
            memWords(s->fields[i]->type, off + Generator::fieldOffset(s, i), out);
        return;
    }
    default: return;
    }
}

const GcLayout* Generator::layoutFor(const std::vector<GcWordKind>& words)
{
    bool any = false;
    std::string key;
    for (GcWordKind k : words)
    {
        key += char('0' + int(k));
        any |= k != GcWordKind::Scalar;
    }
    if (!any)
        return nullptr;
    auto it = layouts_.find(key);
    if (it != layouts_.end())
        return it->second;
    auto l = GcLayout::fromWords(words);
    if (!l)
        return nullptr;
    module_->layouts.push_back(std::make_unique<GcLayout>(std::move(*l)));
    layouts_[key] = module_->layouts.back().get();
    return module_->layouts.back().get();
}

static TypeKind8 kindOf(const Type* u)
{
    switch (u->kind)
    {
    case TypeKind::Basic:
        switch (u->as<Basic>()->bkind)
        {
        case BasicKind::Bool:
        case BasicKind::UntypedBool: return TypeKind8::Bool;
        case BasicKind::Int:
        case BasicKind::UntypedInt: return TypeKind8::Int;
        case BasicKind::Int8: return TypeKind8::Int8;
        case BasicKind::Int16: return TypeKind8::Int16;
        case BasicKind::Int32:
        case BasicKind::UntypedRune: return TypeKind8::Int32;
        case BasicKind::Int64: return TypeKind8::Int64;
        case BasicKind::Uint: return TypeKind8::Uint;
        case BasicKind::Uint8: return TypeKind8::Uint8;
        case BasicKind::Uint16: return TypeKind8::Uint16;
        case BasicKind::Uint32: return TypeKind8::Uint32;
        case BasicKind::Uint64: return TypeKind8::Uint64;
        case BasicKind::Uintptr: return TypeKind8::Uintptr;
        case BasicKind::Float32: return TypeKind8::Float32;
        case BasicKind::Float64:
        case BasicKind::UntypedFloat: return TypeKind8::Float64;
        case BasicKind::String:
        case BasicKind::UntypedString: return TypeKind8::String;
        default: return TypeKind8::UntypedNil;
        }
    case TypeKind::Pointer: return TypeKind8::Pointer;
    case TypeKind::Slice: return TypeKind8::Slice;
    case TypeKind::Array: return TypeKind8::Array;
    case TypeKind::Map: return TypeKind8::Map;
    case TypeKind::Chan: return TypeKind8::Chan;
    case TypeKind::Signature: return TypeKind8::Func;
    case TypeKind::Struct: return TypeKind8::Struct;
    case TypeKind::Interface: return TypeKind8::Interface;
    default: return TypeKind8::UntypedNil;
    }
}

// Go's reflect spelling of a type (what %T and panics print): `interface {}` rather than `any`.
// reflect's Type.String, Go's %T: like the checker's typeString, but byte and rune are uint8
// and int32, any is "interface {}", func types have no parameter names, and literal struct and
// interface types are spelt "struct { A int }", "interface { M() }".
static void writeReflectName(std::string& out, const Type* t, int depth)
{
    if (!t || depth > 100)
    {
        out += "invalid type";
        return;
    }
    auto tuple = [&](const Tuple* tu, bool variadic) {
        for (size_t i = 0; tu && i < tu->size(); i++)
        {
            if (i)
                out += ", ";
            const Type* vt = tu->vars[i]->type;
            if (variadic && i + 1 == tu->size())
            {
                out += "...";
                if (auto sl = vt ? vt->as<Slice>() : nullptr)
                    vt = sl->elem;
            }
            writeReflectName(out, vt, depth + 1);
        }
    };
    auto signature = [&](const Signature* sig) {
        out += '(';
        tuple(sig->params, sig->variadic);
        out += ')';
        size_t n = sig->results ? sig->results->size() : 0;
        if (n == 1)
        {
            out += ' ';
            writeReflectName(out, sig->results->vars[0]->type, depth + 1);
        }
        else if (n > 1)
        {
            out += " (";
            tuple(sig->results, false);
            out += ')';
        }
    };
    switch (t->kind)
    {
    case TypeKind::Basic:
    {
        auto b = t->as<Basic>();
        out += b->bkind == BasicKind::Uint8 ? "uint8" : b->bkind == BasicKind::Int32 ? "int32" : b->name;
        return;
    }
    case TypeKind::Named:
    {
        auto n = t->as<Named>();
        if (n->obj->pkg)
        {
            out += n->obj->pkg->name;
            out += '.';
        }
        out += n->obj->name;
        return;
    }
    case TypeKind::Pointer:
        out += '*';
        writeReflectName(out, t->as<Pointer>()->elem, depth + 1);
        return;
    case TypeKind::Slice:
        out += "[]";
        writeReflectName(out, t->as<Slice>()->elem, depth + 1);
        return;
    case TypeKind::Array:
        out += '[' + std::to_string(t->as<Array>()->len) + ']';
        writeReflectName(out, t->as<Array>()->elem, depth + 1);
        return;
    case TypeKind::Map:
        out += "map[";
        writeReflectName(out, t->as<Map>()->key, depth + 1);
        out += ']';
        writeReflectName(out, t->as<Map>()->elem, depth + 1);
        return;
    case TypeKind::Chan:
    {
        auto c = t->as<Chan>();
        auto inner = c->elem ? c->elem->as<Chan>() : nullptr;
        bool parens = c->dir == ChanDir::Both && inner && inner->dir == ChanDir::Recv;
        out += c->dir == ChanDir::Send ? "chan<- " : c->dir == ChanDir::Recv ? "<-chan " : "chan ";
        out += parens ? "(" : "";
        writeReflectName(out, c->elem, depth + 1);
        out += parens ? ")" : "";
        return;
    }
    case TypeKind::Signature:
        out += "func";
        signature(t->as<Signature>());
        return;
    case TypeKind::Struct:
    {
        auto st = t->as<Struct>();
        if (st->fields.empty())
        {
            out += "struct {}";
            return;
        }
        out += "struct { ";
        for (size_t i = 0; i < st->fields.size(); i++)
        {
            if (i)
                out += "; ";
            if (!st->fields[i]->embedded)
            {
                out += st->fields[i]->name;
                out += ' ';
            }
            writeReflectName(out, st->fields[i]->type, depth + 1);
            if (i < st->tags.size() && !st->tags[i].empty())
            {
                out += " \"";
                for (char c : st->tags[i])
                    out += c == '"' || c == '\\' ? std::string{'\\', c} : std::string{c};
                out += '"';
            }
        }
        out += " }";
        return;
    }
    case TypeKind::Interface:
    {
        auto it = t->as<Interface>();
        if (it->allMethods.empty())
        {
            out += "interface {}";
            return;
        }
        out += "interface { ";
        for (size_t i = 0; i < it->allMethods.size(); i++)
        {
            if (i)
                out += "; ";
            out += it->allMethods[i]->name;
            if (auto sig = it->allMethods[i]->sig())
                signature(sig);
        }
        out += " }";
        return;
    }
    case TypeKind::Tuple: return;
    }
}

static std::string reflectName(const Type* t)
{
    std::string out;
    writeReflectName(out, t, 0);
    return out;
}

const TypeDesc* Generator::desc(const Type* t)
{
    if (!t)
        return nullptr;
    t = defaultType(t, program_);
    if (auto n = t->as<Named>(); n && n->obj && n->obj->isAlias)
        t = underlying(t);
    // byte and rune are uint8 and int32: one descriptor each (descriptors compare by address).
    if (auto b = t->as<Basic>())
        t = program_.types().basic(b->bkind);
    // Bucketed by name for defined and basic types; other types share a bucket per kind (their
    // strings would include parameter names, which identity ignores).
    std::string key = "#";
    if (t->is<Named>() || t->is<Basic>())
        key = typeString(t, nullptr);
    else
        key += std::to_string(int(t->kind));
    auto& bucket = descs_[key];
    for (auto& [ty, d] : bucket)
        if (ty == t || identical(ty, t))
            return d;
    module_->types.push_back(std::make_unique<TypeDesc>());
    TypeDesc* d = module_->types.back().get();
    bucket.push_back({t, d});
    descType_[d] = t;
    const Type* u = underlying(t);
    d->kind = kindOf(u);
    d->name = reflectName(t);
    if (auto n = t->as<Named>(); n && n->obj && n->obj->pkg)
        d->pkgPath = n->obj->pkg->path;
    d->size = uint32_t(sizeOf(t));
    d->align = uint32_t(alignOf(t));
    d->slots = uint32_t(slots(t));
    for (char c : pattern(t))
        d->slotKinds.push_back(c == 'S' ? GcWordKind::Scalar
                               : c == 'P' ? GcWordKind::Pointer
                               : c == 'T' ? GcWordKind::InterfaceType
                                          : GcWordKind::InterfaceData);
    if (!d->isScalar())
        d->flags |= kTypePointerShaped;
    if (comparable(t))
        d->flags |= kTypeComparable;
    if (t->is<Named>() || t->is<Basic>())
        d->flags |= kTypeNamed;
    std::vector<GcWordKind> words(size_t((d->size + 7) / 8), GcWordKind::Scalar);
    memWords(t, 0, words);
    d->layout = layoutFor(words);
    switch (u->kind)
    {
    case TypeKind::Pointer: d->elem = desc(u->as<Pointer>()->elem); break;
    case TypeKind::Slice: d->elem = desc(u->as<Slice>()->elem); break;
    case TypeKind::Array:
        d->elem = desc(u->as<Array>()->elem);
        d->len = u->as<Array>()->len;
        break;
    case TypeKind::Chan:
        d->elem = desc(u->as<Chan>()->elem);
        d->chanDir = uint8_t(u->as<Chan>()->dir);
        break;
    case TypeKind::Map:
    {
        auto m = u->as<Map>();
        d->key = desc(m->key);
        d->elem = desc(m->elem);
        MapLayoutSpec spec;
        spec.keySize = d->key->slots * 8;
        spec.valueSize = d->elem->slots * 8;
        spec.keyWords = d->key->slotKinds;
        spec.valueWords = d->elem->slotKinds;
        switch (d->key->kind)
        {
        case TypeKind8::String: spec.keyKind = MapKeyKind::String; break;
        case TypeKind8::Float32:
        case TypeKind8::Float64: spec.keyKind = MapKeyKind::Float64; break;
        case TypeKind8::Interface:
        case TypeKind8::Struct:
        case TypeKind8::Array: spec.keyKind = MapKeyKind::Generic; break;
        default: spec.keyKind = MapKeyKind::Memory; break;
        }
        spec.ops = MapKeyOps{&hashKeyRegs, &equalKeyRegs, d->key};
        auto mt = makeMapLayout(spec);
        d->mapType = mt.get();
        module_->mapLayouts.push_back(std::move(mt));
        break;
    }
    case TypeKind::Struct:
    {
        auto s = u->as<Struct>();
        for (size_t i = 0; i < s->fields.size(); i++)
        {
            FieldDesc f;
            f.name = std::string(s->fields[i]->name);
            f.type = desc(s->fields[i]->type);
            f.offset = uint32_t(fieldOffset(s, i));
            f.embedded = s->fields[i]->embedded;
            f.exported = s->fields[i]->exported();
            d->fields.push_back(f);
        }
        break;
    }
    case TypeKind::Signature:
    {
        auto sig = u->as<Signature>();
        for (const Var* p : sig->params->vars)
            d->params.push_back(desc(p->type));
        for (const Var* r : sig->results->vars)
            d->results.push_back(desc(r->type));
        d->variadic = sig->variadic;
        break;
    }
    case TypeKind::Interface:
        for (const Func* m : u->as<Interface>()->allMethods)
        {
            d->ifaceMethods.push_back(methodId(m));
            d->ifaceMethodTypes.push_back(desc(m->type));
        }
        break;
    default: break;
    }
    if (u->kind != TypeKind::Interface)
    {
        // Method set; wrappers are generated lazily, so this does not recurse into bodies.
        for (auto& [id, e] : methodSet(t))
        {
            MethodDesc md;
            md.name = id.name;
            md.pkgPath = id.pkgPath;
            md.fn = ifaceMethodFn(t, e.fn, e.path, e.indirect);
            md.signature = desc(e.fn->type);
            d->methods.push_back(md);
        }
    }
    return d;
}

uint32_t Generator::typeIndex(const Type* t)
{
    const TypeDesc* d = desc(t);
    auto it = typeIndex_.find(d);
    if (it != typeIndex_.end())
        return it->second;
    uint32_t i = uint32_t(module_->typeTable.size());
    module_->typeTable.push_back(d);
    typeIndex_[d] = i;
    return i;
}

uint32_t Generator::ifaceTypeIndex(const Type* iface) { return typeIndex(iface); }

// The type word for a value of `concrete` type stored in an interface of type `iface`: the
// concrete TypeDesc for an empty interface, else the (concrete, iface) Itab.
uint32_t Generator::typeWordIndex(const Type* concrete, const Type* iface)
{
    const TypeDesc* c = desc(concrete);
    const Type* iu = underlying(iface);
    const TypeDesc* i = (iu && iu->as<Interface>() && !iu->as<Interface>()->allMethods.empty()) ? desc(iface) : nullptr;
    auto key = std::make_pair(c, i);
    auto it = typeWords_.find(key);
    if (it != typeWords_.end())
        return it->second;
    const void* word = c;
    if (i)
    {
        auto tab = std::make_unique<Itab>();
        tab->flags = c->flags | kTypeIsItab;
        tab->type = c;
        tab->iface = i;
        for (const MethodId& id : i->ifaceMethods)
        {
            const MethodDesc* m = c->findMethod(id);
            tab->fns.push_back(m ? m->fn : nullptr);
        }
        word = tab.get();
        module_->itabs.push_back(std::move(tab));
    }
    uint32_t idx = uint32_t(module_->typeWords.size());
    module_->typeWords.push_back(word);
    typeWords_[key] = idx;
    return idx;
}

} // namespace weft::detail

