#include "compiler/Types.h"

#include "compiler/Object.h"
#include "compiler/Program.h"

#include <cstdio>
#include <set>
#include <unordered_set>
#include <utility>

namespace weft {

const Type* Tuple::at(size_t i) const
{
    return i < vars.size() ? vars[i]->type : nullptr;
}

// ---- predicates ------------------------------------------------------------------------------

const Type* underlying(const Type* t)
{
    if (!t)
        return nullptr;
    if (auto n = t->as<Named>())
        return n->underlyingType;
    return t;
}

bool isBasicKind(const Type* t, BasicKind k)
{
    auto b = t ? t->as<Basic>() : nullptr;
    return b && b->bkind == k;
}

bool isValid(const Type* t)
{
    if (!t)
        return false;
    auto u = underlying(t);
    return u && !isBasicKind(u, BasicKind::Invalid);
}

bool hasInfo(const Type* t, uint8_t info)
{
    auto u = underlying(t);
    auto b = u ? u->as<Basic>() : nullptr;
    return b && (b->info & info) != 0;
}

bool isUntyped(const Type* t)
{
    auto b = t ? t->as<Basic>() : nullptr;
    return b && (b->info & IsUntyped) != 0;
}

bool isTyped(const Type* t)
{
    return t && !isUntyped(t);
}

bool isInterface(const Type* t)
{
    auto u = underlying(t);
    return u && u->is<Interface>();
}

bool isNamed(const Type* t)
{
    return t && (t->is<Named>() || t->is<Basic>());
}

bool isPointerTo(const Type* t)
{
    auto u = underlying(t);
    return u && u->is<Pointer>();
}

bool hasNil(const Type* t)
{
    auto u = underlying(t);
    if (!u)
        return false;
    switch (u->kind)
    {
    case TypeKind::Basic:
        return u->as<Basic>()->bkind == BasicKind::UntypedNil;
    case TypeKind::Pointer:
    case TypeKind::Slice:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature:
    case TypeKind::Interface:
        return true;
    default:
        return false;
    }
}

// Pairs of composite types found identical during one comparison: trees built through aliases
// (type A1 = struct{ a, b A0 }) share subtrees, which would otherwise be compared again and
// again, in time exponential in the depth.
using IdenticalPairs = std::set<std::pair<const Type*, const Type*>>;

static bool identicalImpl(const Type* x, const Type* y, bool cmpTags, int depth, IdenticalPairs& proven);

static bool identicalTuple(const Tuple* x, const Tuple* y, bool cmpTags, int depth, IdenticalPairs& proven)
{
    if (x == y)
        return true;
    if (!x || !y || x->size() != y->size())
        return false;
    for (size_t i = 0; i < x->size(); ++i)
        if (!identicalImpl(x->vars[i]->type, y->vars[i]->type, cmpTags, depth + 1, proven))
            return false;
    return true;
}

static bool identicalComposite(const Type* x, const Type* y, bool cmpTags, int depth, IdenticalPairs& proven);

static bool identicalImpl(const Type* x, const Type* y, bool cmpTags, int depth, IdenticalPairs& proven)
{
    if (x == y)
        return true;
    if (!x || !y || depth > 200)
        return false;
    if (x->kind != y->kind)
        return false;
    if (x->kind == TypeKind::Basic)
        return x->as<Basic>()->bkind == y->as<Basic>()->bkind;
    if (x->kind == TypeKind::Named)
        return false; // distinct pointers
    if (proven.count({x, y}))
        return true;
    if (!identicalComposite(x, y, cmpTags, depth, proven))
        return false;
    proven.insert({x, y});
    return true;
}

static bool identicalComposite(const Type* x, const Type* y, bool cmpTags, int depth, IdenticalPairs& proven)
{
    switch (x->kind)
    {
    case TypeKind::Basic:
        return x->as<Basic>()->bkind == y->as<Basic>()->bkind;
    case TypeKind::Named:
        return false; // distinct pointers
    case TypeKind::Pointer:
        return identicalImpl(x->as<Pointer>()->elem, y->as<Pointer>()->elem, cmpTags, depth + 1, proven);
    case TypeKind::Slice:
        return identicalImpl(x->as<Slice>()->elem, y->as<Slice>()->elem, cmpTags, depth + 1, proven);
    case TypeKind::Array:
        return x->as<Array>()->len == y->as<Array>()->len &&
               identicalImpl(x->as<Array>()->elem, y->as<Array>()->elem, cmpTags, depth + 1, proven);
    case TypeKind::Map:
        return identicalImpl(x->as<Map>()->key, y->as<Map>()->key, cmpTags, depth + 1, proven) &&
               identicalImpl(x->as<Map>()->elem, y->as<Map>()->elem, cmpTags, depth + 1, proven);
    case TypeKind::Chan:
        return x->as<Chan>()->dir == y->as<Chan>()->dir &&
               identicalImpl(x->as<Chan>()->elem, y->as<Chan>()->elem, cmpTags, depth + 1, proven);
    case TypeKind::Struct: {
        auto a = x->as<Struct>();
        auto b = y->as<Struct>();
        if (a->fields.size() != b->fields.size())
            return false;
        for (size_t i = 0; i < a->fields.size(); ++i)
        {
            auto f = a->fields[i];
            auto g = b->fields[i];
            if (f->embedded != g->embedded || f->name != g->name)
                return false;
            if (cmpTags && a->tags[i] != b->tags[i])
                return false;
            if (!f->exported() && f->pkg != g->pkg)
                return false;
            if (!identicalImpl(f->type, g->type, cmpTags, depth + 1, proven))
                return false;
        }
        return true;
    }
    case TypeKind::Tuple:
        return identicalTuple(x->as<Tuple>(), y->as<Tuple>(), cmpTags, depth, proven);
    case TypeKind::Signature: {
        auto a = x->as<Signature>();
        auto b = y->as<Signature>();
        return a->variadic == b->variadic && identicalTuple(a->params, b->params, cmpTags, depth, proven) &&
               identicalTuple(a->results, b->results, cmpTags, depth, proven);
    }
    case TypeKind::Interface: {
        auto a = x->as<Interface>();
        auto b = y->as<Interface>();
        if (a->isComparableConstraint != b->isComparableConstraint)
            return false;
        if (a->allMethods.size() != b->allMethods.size())
            return false;
        for (size_t i = 0; i < a->allMethods.size(); ++i)
        {
            auto f = a->allMethods[i];
            auto g = b->allMethods[i];
            if (f->name != g->name || (!f->exported() && f->pkg != g->pkg))
                return false;
            if (!identicalImpl(f->type, g->type, cmpTags, depth + 1, proven))
                return false;
        }
        return true;
    }
    }
    return false;
}

bool identical(const Type* x, const Type* y)
{
    IdenticalPairs proven;
    return identicalImpl(x, y, true, 0, proven);
}

bool identicalIgnoreTags(const Type* x, const Type* y)
{
    IdenticalPairs proven;
    return identicalImpl(x, y, false, 0, proven);
}

// seen: types already being checked, as in go/types (shared field types are checked once).
static bool comparableImpl(const Type* t, int depth, std::string* cause, const Package* rel,
    std::unordered_set<const Type*>& seen)
{
    if (!seen.insert(t).second)
        return true;
    auto u = underlying(t);
    if (!u || depth > 200)
        return false;
    switch (u->kind)
    {
    case TypeKind::Basic:
        return u->as<Basic>()->bkind != BasicKind::UntypedNil;
    case TypeKind::Pointer:
    case TypeKind::Chan:
    case TypeKind::Interface:
        return true;
    case TypeKind::Struct:
        for (auto f : u->as<Struct>()->fields)
            if (!comparableImpl(f->type, depth + 1, nullptr, rel, seen))
            {
                if (cause)
                    *cause = "struct containing " + typeString(f->type, rel) + " cannot be compared";
                return false;
            }
        return true;
    case TypeKind::Array:
        if (!comparableImpl(u->as<Array>()->elem, depth + 1, nullptr, rel, seen))
        {
            if (cause)
                *cause = typeString(u, rel) + " cannot be compared";
            return false;
        }
        return true;
    default:
        return false;
    }
}

bool comparable(const Type* t)
{
    std::unordered_set<const Type*> seen;
    return comparableImpl(t, 0, nullptr, nullptr, seen);
}

std::string incomparableCause(const Type* t, const Package* rel)
{
    auto u = underlying(t);
    if (u)
    {
        if (u->is<Slice>())
            return "slice can only be compared to nil";
        if (u->is<Signature>())
            return "func can only be compared to nil";
        if (u->is<Map>())
            return "map can only be compared to nil";
    }
    std::string cause;
    std::unordered_set<const Type*> seen;
    comparableImpl(t, 0, &cause, rel, seen);
    return cause;
}

// ---- type strings ----------------------------------------------------------------------------

static void writeType(std::string& out, const Type* t, const Package* rel, int depth);

static std::string quoteGo(std::string_view s)
{
    std::string out = "\"";
    for (unsigned char c : s)
    {
        switch (c)
        {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
            if (c < 0x20 || c == 0x7f)
            {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\x%02x", c);
                out += buf;
            }
            else
                out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

static void writeTuple(std::string& out, const Tuple* t, bool variadic, const Package* rel, int depth)
{
    out += '(';
    if (t)
        for (size_t i = 0; i < t->size(); ++i)
        {
            if (i)
                out += ", ";
            auto v = t->vars[i];
            if (!v->name.empty())
            {
                out += v->name;
                out += ' ';
            }
            if (variadic && i + 1 == t->size())
            {
                out += "...";
                auto s = v->type ? v->type->as<Slice>() : nullptr;
                writeType(out, s ? s->elem : v->type, rel, depth + 1);
            }
            else
                writeType(out, v->type, rel, depth + 1);
        }
    out += ')';
}

static void writeSig(std::string& out, const Signature* sig, const Package* rel, int depth)
{
    writeTuple(out, sig->params, sig->variadic, rel, depth);
    auto res = sig->results;
    if (!res || res->size() == 0)
        return;
    out += ' ';
    if (res->size() == 1 && res->vars[0]->name.empty())
    {
        writeType(out, res->vars[0]->type, rel, depth + 1);
        return;
    }
    writeTuple(out, res, false, rel, depth);
}

void writeSignature(std::string& out, const Signature* sig, const Package* relativeTo)
{
    writeSig(out, sig, relativeTo, 0);
}

static void writeType(std::string& out, const Type* t, const Package* rel, int depth)
{
    if (!t)
    {
        out += "invalid type";
        return;
    }
    // Deep types, and types that aliases make exponentially long (type A1 = struct{ a, b A0 }),
    // are cut short.
    constexpr size_t kMaxTypeString = 1 << 14;
    if (depth > 100 || out.size() > kMaxTypeString)
    {
        if (!out.ends_with("…"))
            out += "…";
        return;
    }
    switch (t->kind)
    {
    case TypeKind::Basic:
        out += t->as<Basic>()->name;
        return;
    case TypeKind::Named: {
        auto n = t->as<Named>();
        if (n->obj->pkg && n->obj->pkg != rel)
        {
            out += n->obj->pkg->name;
            out += '.';
        }
        out += n->obj->name;
        return;
    }
    case TypeKind::Pointer:
        out += '*';
        writeType(out, t->as<Pointer>()->elem, rel, depth + 1);
        return;
    case TypeKind::Slice:
        out += "[]";
        writeType(out, t->as<Slice>()->elem, rel, depth + 1);
        return;
    case TypeKind::Array: {
        auto a = t->as<Array>();
        out += '[';
        out += a->len < 0 ? std::string("?") : std::to_string(a->len);
        out += ']';
        writeType(out, a->elem, rel, depth + 1);
        return;
    }
    case TypeKind::Map:
        out += "map[";
        writeType(out, t->as<Map>()->key, rel, depth + 1);
        out += ']';
        writeType(out, t->as<Map>()->elem, rel, depth + 1);
        return;
    case TypeKind::Chan: {
        auto c = t->as<Chan>();
        bool parens = false;
        switch (c->dir)
        {
        case ChanDir::Both:
            out += "chan ";
            // chan (<-chan T) needs parentheses
            if (auto e = c->elem ? c->elem->as<Chan>() : nullptr; e && e->dir == ChanDir::Recv)
                parens = true;
            break;
        case ChanDir::Send: out += "chan<- "; break;
        case ChanDir::Recv: out += "<-chan "; break;
        }
        if (parens)
            out += '(';
        writeType(out, c->elem, rel, depth + 1);
        if (parens)
            out += ')';
        return;
    }
    case TypeKind::Struct: {
        auto s = t->as<Struct>();
        out += "struct{";
        for (size_t i = 0; i < s->fields.size(); ++i)
        {
            if (i)
                out += "; ";
            auto f = s->fields[i];
            if (!f->embedded)
            {
                out += f->name;
                out += ' ';
            }
            writeType(out, f->type, rel, depth + 1);
            if (i < s->tags.size() && !s->tags[i].empty())
            {
                out += ' ';
                out += quoteGo(s->tags[i]);
            }
        }
        out += '}';
        return;
    }
    case TypeKind::Tuple:
        writeTuple(out, t->as<Tuple>(), false, rel, depth);
        return;
    case TypeKind::Signature:
        out += "func";
        writeSig(out, t->as<Signature>(), rel, depth);
        return;
    case TypeKind::Interface: {
        auto it = t->as<Interface>();
        if (it->isAny)
        {
            out += "any";
            return;
        }
        if (it->isComparableConstraint)
        {
            out += "interface{comparable}";
            return;
        }
        out += "interface{";
        bool first = true;
        for (auto m : it->methods)
        {
            if (!first)
                out += "; ";
            first = false;
            out += m->name;
            if (auto sig = m->sig())
                writeSig(out, sig, rel, depth + 1);
        }
        for (auto e : it->embeddeds)
        {
            if (!first)
                out += "; ";
            first = false;
            writeType(out, e, rel, depth + 1);
        }
        out += '}';
        return;
    }
    }
}

std::string typeString(const Type* t, const Package* relativeTo)
{
    std::string out;
    writeType(out, t, relativeTo, 0);
    return out;
}

// ---- arena -------------------------------------------------------------------------------

TypeArena::TypeArena()
{
    struct Spec
    {
        BasicKind k;
        uint8_t info;
        const char* name;
    };
    static const Spec specs[] = {
        {BasicKind::Invalid, 0, "invalid type"},
        {BasicKind::Bool, IsBoolean, "bool"},
        {BasicKind::Int, IsInteger, "int"},
        {BasicKind::Int8, IsInteger, "int8"},
        {BasicKind::Int16, IsInteger, "int16"},
        {BasicKind::Int32, IsInteger, "int32"},
        {BasicKind::Int64, IsInteger, "int64"},
        {BasicKind::Uint, IsInteger | IsUnsigned, "uint"},
        {BasicKind::Uint8, IsInteger | IsUnsigned, "uint8"},
        {BasicKind::Uint16, IsInteger | IsUnsigned, "uint16"},
        {BasicKind::Uint32, IsInteger | IsUnsigned, "uint32"},
        {BasicKind::Uint64, IsInteger | IsUnsigned, "uint64"},
        {BasicKind::Uintptr, IsInteger | IsUnsigned, "uintptr"},
        {BasicKind::Float32, IsFloat, "float32"},
        {BasicKind::Float64, IsFloat, "float64"},
        {BasicKind::String, IsString, "string"},
        {BasicKind::UntypedBool, IsBoolean | IsUntyped, "untyped bool"},
        {BasicKind::UntypedInt, IsInteger | IsUntyped, "untyped int"},
        {BasicKind::UntypedRune, IsInteger | IsUntyped, "untyped rune"},
        {BasicKind::UntypedFloat, IsFloat | IsUntyped, "untyped float"},
        {BasicKind::UntypedString, IsString | IsUntyped, "untyped string"},
        {BasicKind::UntypedNil, IsUntyped, "untyped nil"},
    };
    for (auto& s : specs)
        basics_[static_cast<int>(s.k)] = make<Basic>(s.k, s.info, s.name);
    byte_ = make<Basic>(BasicKind::Uint8, IsInteger | IsUnsigned, "byte");
    rune_ = make<Basic>(BasicKind::Int32, IsInteger, "rune");
    emptyTuple_ = make<Tuple>();
}

TypeArena::~TypeArena()
{
    for (auto t : owned_)
        delete t;
}

const Pointer* TypeArena::pointer(const Type* elem)
{
    auto& p = pointerCache_[elem];
    if (!p)
        p = make<Pointer>(elem);
    return p;
}

const Slice* TypeArena::slice(const Type* elem)
{
    auto& p = sliceCache_[elem];
    if (!p)
        p = make<Slice>(elem);
    return p;
}

} // namespace weft
