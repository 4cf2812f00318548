#include "api/ScriptCalls.h"

#include "api/FlatGo.h"

#include "compiler/Object.h"
#include "compiler/Program.h"
#include "compiler/Scope.h"
#include "compiler/Types.h"

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

namespace weft {

namespace {

// How a value of a parameter or result crosses.
// Flat: a map, or a slice or map holding host structs or maps (vm/HostValue.h, crossesFlattened).
enum class Crossing : uint8_t { Registers, Flat, Error, Struct };

struct Part
{
    Crossing crossing = Crossing::Registers;
    const Type* type = nullptr;
    HostValue flat; // Flat's description, with the file's type texts and its structs' field names
};

// A predeclared scalar or string type: what crosses in registers alone, and what maps, slices
// and host structs hold.
bool plain(const Type* t)
{
    const Basic* b = t ? t->as<Basic>() : nullptr;
    return b && b->bkind != BasicKind::Invalid && b->bkind != BasicKind::Uintptr && !isUntyped(t);
}

// What a slice's elements and a map's values may be: plain, or slices of them at any depth.
bool element(const Type* t)
{
    const Slice* s = t ? t->as<Slice>() : nullptr;
    return plain(t) || (s && element(s->elem));
}

// A plain type as the public header describes it (its kind and size in Go's memory);
// Writer::describeFlat describes the rest.
HostValue describe(const Type* t)
{
    HostValue v;
    v.goType = typeString(t);
    const auto* b = t->as<Basic>();
    switch (b->bkind)
    {
    case BasicKind::Bool: v.kind = HostValue::Kind::Bool, v.elemSize = 1; break;
    case BasicKind::Int8: v.kind = HostValue::Kind::Int, v.elemSize = 1; break;
    case BasicKind::Int16: v.kind = HostValue::Kind::Int, v.elemSize = 2; break;
    case BasicKind::Int32: v.kind = HostValue::Kind::Int, v.elemSize = 4; break;
    case BasicKind::Int:
    case BasicKind::Int64: v.kind = HostValue::Kind::Int, v.elemSize = 8; break;
    case BasicKind::Uint8: v.kind = HostValue::Kind::Uint, v.elemSize = 1; break;
    case BasicKind::Uint16: v.kind = HostValue::Kind::Uint, v.elemSize = 2; break;
    case BasicKind::Uint32: v.kind = HostValue::Kind::Uint, v.elemSize = 4; break;
    case BasicKind::Float32: v.kind = HostValue::Kind::Float32, v.elemSize = 4; break;
    case BasicKind::Float64: v.kind = HostValue::Kind::Float, v.elemSize = 8; break;
    case BasicKind::String: v.kind = HostValue::Kind::String, v.elemSize = 16; break;
    default: v.kind = HostValue::Kind::Uint, v.elemSize = 8; break; // uint, uint64
    }
    v.elemKind = v.kind;
    return v;
}

// A func type whose parameters and results are all elements: a C++ function of it can be made a
// Go func (and a Go func of it given to the host).
bool simpleFunc(const Type* t)
{
    const auto* sig = t ? t->as<Signature>() : nullptr;
    if (!sig || sig->variadic || sig->recv)
        return false;
    for (const Tuple* tuple : {sig->params, sig->results})
        for (const Var* v : tuple->vars)
            if (!element(v->type))
                return false;
    return true;
}

class Writer
{
public:
    Writer(const Program& program, const HostTypeOf& hostType)
        : program_(program), hostType_(hostType), flat_([](const std::string& goType) { return goType; })
    {
    }

    // The wrapper of fn, or nothing when it needs none or holds what a host cannot pass.
    // The func types of fn's parameters the host may pass C++ functions of.
    void collectFuncParams(const Func& fn, std::vector<FuncParamType>& out)
    {
        const auto* sig = fn.type ? fn.type->as<Signature>() : nullptr;
        if (!sig || sig->recv)
            return;
        for (const Var* v : sig->params->vars)
        {
            if (!simpleFunc(v->type))
                continue;
            const std::string goType = typeString(v->type);
            if (std::any_of(out.begin(), out.end(), [&](const FuncParamType& f) { return f.goType == goType; }))
                continue;
            FuncParamType f;
            f.goType = goType;
            const auto* fs = v->type->as<Signature>();
            for (const Var* p : fs->params->vars)
                f.params.push_back(describeFlat(p->type));
            for (const Var* r : fs->results->vars)
                f.results.push_back(describeFlat(r->type));
            out.push_back(std::move(f));
        }
    }

    std::optional<std::string> wrapper(const Func& fn)
    {
        const auto* sig = fn.type ? fn.type->as<Signature>() : nullptr;
        if (!sig || sig->recv || sig->variadic)
            return std::nullopt;
        std::vector<Part> params, results;
        bool needed = false;
        for (auto [tuple, parts] : {std::pair{sig->params, &params}, std::pair{sig->results, &results}})
            for (const Var* v : tuple->vars)
            {
                std::optional<Part> p = classify(v->type);
                if (!p)
                    return std::nullopt;
                needed |= p->crossing != Crossing::Registers;
                parts->push_back(*p);
            }
        if (!needed)
            return std::nullopt;
        std::string flatParams, body, callArgs;
        auto param = [&flatParams](const std::string& part) { flatParams += (flatParams.empty() ? "" : ", ") + part; };
        for (size_t i = 0; i < params.size(); i++)
        {
            const Part& p = params[i];
            const std::string n = "p" + std::to_string(i);
            callArgs += (i ? ", " : "") + n;
            switch (p.crossing)
            {
            case Crossing::Registers: param(n + " " + text(p.type)); break;
            case Crossing::Flat:
            {
                const std::vector<std::string> types = flat_.types(p.flat);
                std::vector<std::string> parts;
                for (size_t j = 0; j < types.size(); j++)
                {
                    parts.push_back(n + "_" + std::to_string(j));
                    param(parts.back() + " " + types[j]);
                }
                size_t at = 0;
                const std::string value = flat_.compose(p.flat, parts, at, body);
                body += "\t" + n + " := " + value + "\n";
                break;
            }
            case Crossing::Error:
                usesErrors_ = true;
                param(n + "m string, " + n + "e bool");
                body += "\tvar " + n + " error\n\tif " + n + "e {\n\t\t" + n + " = weft_errors.New(" + n + "m)\n\t}\n";
                break;
            case Crossing::Struct:
            {
                const auto* st = underlying(p.type)->as<Struct>();
                std::string literal;
                for (size_t k = 0; k < st->fields.size(); k++)
                {
                    const std::string field = n + "_" + std::to_string(k);
                    param(field + " " + text(st->fields[k]->type));
                    literal += (k ? ", " : "") + std::string(st->fields[k]->name) + ": " + field;
                }
                body += "\t" + n + " := " + text(p.type) + "{" + literal + "}\n";
                break;
            }
            }
        }
        std::string got, flatResults, returns;
        auto result = [&](const std::string& name, const std::string& type) {
            flatResults += (flatResults.empty() ? "" : ", ") + type;
            returns += (returns.empty() ? "" : ", ") + name;
        };
        std::string after;
        for (size_t i = 0; i < results.size(); i++)
        {
            const Part& r = results[i];
            const std::string n = "r" + std::to_string(i);
            got += (i ? ", " : "") + n;
            switch (r.crossing)
            {
            case Crossing::Registers: result(n, text(r.type)); break;
            case Crossing::Flat:
            {
                const std::vector<std::string> types = flat_.types(r.flat);
                const std::vector<std::string> parts = flat_.decompose(n, r.flat, after);
                for (size_t j = 0; j < parts.size() && j < types.size(); j++)
                    result(parts[j], types[j]);
                break;
            }
            case Crossing::Error:
                result(n + "m", "string");
                result(n + "e", "bool");
                after += "\tvar " + n + "m string\n\t" + n + "e := " + n + " != nil\n\tif " + n + "e {\n\t\t" + n + "m = " +
                         n + ".Error()\n\t}\n";
                break;
            case Crossing::Struct:
            {
                const auto* st = underlying(r.type)->as<Struct>();
                for (const Var* f : st->fields)
                    result(n + "." + std::string(f->name), text(f->type));
                break;
            }
            }
        }
        std::string s = "func " + scriptCallWrapperName(fn.name) + "(" + flatParams + ")";
        if (!flatResults.empty())
            s += " (" + flatResults + ")";
        s += " {\n" + body + "\t" + (got.empty() ? std::string() : got + " := ") + std::string(fn.name) + "(" + callArgs +
             ")\n" + after;
        if (!returns.empty())
            s += "\treturn " + returns + "\n";
        return s + "}\n";
    }

    std::string imports() const
    {
        std::string s = usesErrors_ ? "\tweft_errors \"errors\"\n" : "";
        for (const auto& [path, alias] : hostAliases_)
            s += "\t" + alias + " \"" + path + "\"\n";
        return s.empty() ? s : "import (\n" + s + ")\n\n";
    }

private:
    std::optional<Part> classify(const Type* t)
    {
        if (plain(t) || simpleFunc(t))
            return Part{Crossing::Registers, t, {}};
        if (const Slice* s = t->as<Slice>(); s && element(s->elem))
            return Part{Crossing::Registers, t, {}};
        if ((t->as<Slice>() || t->as<Map>()) && nestable(t))
            return Part{Crossing::Flat, t, describeFlat(t)};
        if (t == program_.errorType())
            return Part{Crossing::Error, t, {}};
        // A host object crosses as its Go pointer (the engine makes and reads it).
        if (const Pointer* p = t->as<Pointer>())
            if (const Named* n = p->elem->as<Named>();
                n && n->obj->pkg && hostType_(n->obj->pkg->path, n->obj->name) == HostTypeKind::Object)
                return Part{Crossing::Registers, t, {}};
        if (const Named* n = t->as<Named>();
            n && n->obj->pkg && hostType_(n->obj->pkg->path, n->obj->name) == HostTypeKind::Struct)
        {
            const auto* st = underlying(t)->as<Struct>();
            if (!st)
                return std::nullopt;
            for (const Var* f : st->fields)
                if (!plain(f->type))
                    return std::nullopt;
            return Part{Crossing::Struct, t, {}};
        }
        return std::nullopt;
    }

    // A host struct whose fields are plain.
    const Struct* hostStruct(const Type* t)
    {
        const Named* n = t->as<Named>();
        if (!n || !n->obj->pkg || hostType_(n->obj->pkg->path, n->obj->name) != HostTypeKind::Struct)
            return nullptr;
        const auto* st = underlying(t)->as<Struct>();
        if (!st)
            return nullptr;
        for (const Var* f : st->fields)
            if (!plain(f->type))
                return nullptr;
        return st;
    }

    // What crosses flattened, at any depth: plain values, host structs, slices and maps (with
    // plain keys) of them.
    bool nestable(const Type* t)
    {
        if (plain(t) || hostStruct(t))
            return true;
        // (Structs without fields have no components: a slice of them would lose its length.)
        auto holds = [this](const Type* e) {
            const Struct* st = hostStruct(e);
            return nestable(e) && (!st || !st->fields.empty());
        };
        if (const Slice* s = t->as<Slice>())
            return holds(s->elem);
        if (const Map* m = t->as<Map>())
            return plain(m->key) && holds(m->elem);
        return false;
    }

    // A nestable type (slices of plain ones too) as the engine describes it, with this file's
    // type texts and field names.
    HostValue describeFlat(const Type* t)
    {
        if (plain(t))
            return describe(t);
        HostValue v;
        v.goType = text(t);
        if (const Struct* st = hostStruct(t))
        {
            v.kind = v.elemKind = HostValue::Kind::Struct;
            for (const Var* f : st->fields)
            {
                v.elems.push_back(describe(f->type));
                v.elems.back().field = std::string(f->name);
            }
            return v;
        }
        auto holds = [this](const Type* e, HostValue::Kind& kind, uint8_t& size, std::vector<HostValue>& type) {
            const HostValue d = describeFlat(e);
            kind = d.kind;
            size = d.kind == HostValue::Kind::Slice ? 24 : d.elemSize;
            if (d.kind == HostValue::Kind::Slice || d.kind == HostValue::Kind::Map || d.kind == HostValue::Kind::Struct)
                type = {d};
        };
        if (const Slice* s = t->as<Slice>())
        {
            v.kind = HostValue::Kind::Slice;
            holds(s->elem, v.elemKind, v.elemSize, v.elemType);
            return v;
        }
        const Map* m = t->as<Map>();
        v.kind = HostValue::Kind::Map;
        const HostValue k = describe(m->key);
        v.elemKind = k.kind;
        v.elemSize = k.elemSize;
        holds(m->elem, v.valKind, v.valSize, v.valType);
        return v;
    }

    // Go's text for t in the wrappers' file: host types under their package's alias there.
    std::string text(const Type* t)
    {
        if (const Pointer* p = t->as<Pointer>())
            return "*" + text(p->elem);
        if (t->as<Named>() == nullptr)
        {
            if (const Slice* s = t->as<Slice>())
                return "[]" + text(s->elem);
            if (const Map* m = t->as<Map>())
                return "map[" + text(m->key) + "]" + text(m->elem);
        }
        if (const Named* n = t->as<Named>(); n && n->obj->pkg && n->obj->pkg != program_.mainPackage())
        {
            const std::string& path = n->obj->pkg->path;
            auto it = hostAliases_.find(path);
            if (it == hostAliases_.end())
                it = hostAliases_.emplace(path, "weft_host" + std::to_string(hostAliases_.size())).first;
            return it->second + "." + std::string(n->obj->name);
        }
        return typeString(t, program_.mainPackage());
    }

    const Program& program_;
    const HostTypeOf& hostType_;
    bool usesErrors_ = false;
    FlatGo flat_; // (descriptions carry this file's type texts already)
    std::map<std::string, std::string> hostAliases_; // a host package's path -> its alias in the file
};

} // namespace

std::string scriptCallWrapperName(std::string_view name) { return "weft_call_" + std::string(name); }

std::string scriptCallWrappers(const Program& program, const HostTypeOf& hostType, std::vector<std::string>& wrapped,
                               std::vector<FuncParamType>& funcTypes)
{
    const Package* main = program.mainPackage();
    if (!main || !main->scope)
        return {};
    Writer writer(program, hostType);
    std::string functions;
    for (const Object* o : main->scope->objects())
        if (const Func* f = o->as<Func>())
        {
            writer.collectFuncParams(*f, funcTypes);
            if (std::optional<std::string> w = writer.wrapper(*f))
            {
                functions += "\n" + *w;
                wrapped.emplace_back(f->name);
            }
        }
    if (functions.empty())
        return {};
    return "// Generated by the embedding API: calls from the host (api/ScriptCalls.h).\npackage main\n\n" +
           writer.imports() + functions;
}

} // namespace weft
