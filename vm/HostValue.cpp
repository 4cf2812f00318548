#include "vm/HostValue.h"

#include <algorithm>
#include <cstring>

namespace weft {

namespace {

// A slice element's words for the collector: a string's data pointer is one, and a slice's.
const GcLayout* elemLayout(HostValue::Kind k)
{
    static const GcWordKind kString[] = {GcWordKind::Pointer, GcWordKind::Scalar};
    static const GcLayout stringLayout = *GcLayout::fromWords(kString);
    static const GcWordKind kSlice[] = {GcWordKind::Pointer, GcWordKind::Scalar, GcWordKind::Scalar};
    static const GcLayout sliceLayout = *GcLayout::fromWords(kSlice);
    return k == HostValue::Kind::String ? &stringLayout : k == HostValue::Kind::Slice ? &sliceLayout : nullptr;
}

bool store(void* p, const HostValue& v, const HostMemory& memory);

// A []T of elems in memory: its array, each element stored (slices among them recursively).
// Null when out of memory (a fatal error: the program is ending) or when there are none.
char* storeElements(const std::vector<HostValue>& elems, HostValue::Kind kind, uint8_t size, const HostMemory& memory,
                    bool& ok)
{
    const size_t n = elems.size();
    ok = true;
    if (n == 0)
        return nullptr;
    // (No collection can run while the elements are made: see the header.)
    char* data = static_cast<char*>(memory.allocate(n * size, elemLayout(kind)));
    if (!data)
        return ok = false, nullptr;
    for (size_t k = 0; k < n && ok; k++)
        ok = store(data + k * size, elems[k], memory);
    return data;
}

bool store(void* p, const HostValue& v, const HostMemory& memory)
{
    switch (v.kind)
    {
    case HostValue::Kind::Int:
    case HostValue::Kind::Uint:
    {
        const uint64_t bits = v.kind == HostValue::Kind::Int ? uint64_t(v.i) : v.u;
        std::memcpy(p, &bits, v.elemSize); // little-endian: the low bytes
        break;
    }
    case HostValue::Kind::Float: std::memcpy(p, &v.f, 8); break;
    case HostValue::Kind::Float32:
    {
        const float f = float(v.f);
        std::memcpy(p, &f, 4);
        break;
    }
    case HostValue::Kind::Bool: *static_cast<uint8_t*>(p) = v.b ? 1 : 0; break;
    case HostValue::Kind::String:
    {
        const GoString s = memory.newString(v.s);
        std::memcpy(p, &s, sizeof s);
        break;
    }
    case HostValue::Kind::Slice:
    {
        bool ok;
        char* data = storeElements(v.elems, v.elemKind, v.elemSize, memory, ok);
        const int64_t header[3] = {0, int64_t(v.elems.size()), int64_t(v.elems.size())};
        std::memcpy(p, header, sizeof header);
        std::memcpy(p, &data, sizeof data);
        return ok;
    }
    case HostValue::Kind::Map:
    case HostValue::Kind::Error:
    case HostValue::Kind::Func:
    case HostValue::Kind::Struct:
    case HostValue::Kind::Object:
    case HostValue::Kind::Pointer: break; // not elements (maps and structs in slices cross flattened)
    }
    return true;
}

// A Go string's bytes (ptr, len) into a C++ string.
void assignString(std::string& into, const void* ptr, int64_t len)
{
    if (len > 0)
        into.assign(static_cast<const char*>(ptr), size_t(len));
    else
        into.clear();
}

void readSlice(const Slot& data, const Slot& len, std::vector<HostValue>& elems, HostValue::Kind kind, uint8_t size,
               const std::vector<HostValue>& type);

void load(const void* p, HostValue& v)
{
    switch (v.kind)
    {
    case HostValue::Kind::Int:
    {
        int64_t x = 0;
        switch (v.elemSize)
        {
        case 1: x = *static_cast<const int8_t*>(p); break;
        case 2: { int16_t y; std::memcpy(&y, p, 2); x = y; break; }
        case 4: { int32_t y; std::memcpy(&y, p, 4); x = y; break; }
        default: std::memcpy(&x, p, 8); break;
        }
        v.i = x;
        break;
    }
    case HostValue::Kind::Uint:
        v.u = 0;
        std::memcpy(&v.u, p, v.elemSize);
        break;
    case HostValue::Kind::Float: std::memcpy(&v.f, p, 8); break;
    case HostValue::Kind::Float32:
    {
        float f;
        std::memcpy(&f, p, 4);
        v.f = f;
        break;
    }
    case HostValue::Kind::Bool: v.b = *static_cast<const uint8_t*>(p) != 0; break;
    case HostValue::Kind::String:
    {
        GoString s;
        std::memcpy(&s, p, sizeof s);
        assignString(v.s, s.ptr, s.len);
        break;
    }
    case HostValue::Kind::Slice:
    {
        Slot header[3];
        std::memcpy(header, p, sizeof header);
        readSlice(header[0], header[1], v.elems, v.elemKind, v.elemSize, v.elemType);
        break;
    }
    case HostValue::Kind::Map:
    case HostValue::Kind::Error:
    case HostValue::Kind::Func:
    case HostValue::Kind::Struct:
    case HostValue::Kind::Object:
    case HostValue::Kind::Pointer: break;
    }
}

} // namespace

namespace {

GoString newString(const HostMemory& memory, const std::string& s) { return memory.newString(s); }

void pushString(std::vector<Slot>& slots, const GoString& str)
{
    Slot s{};
    s.cp = str.ptr;
    slots.push_back(s);
    s = Slot{};
    s.i = str.len;
    slots.push_back(s);
}

// A []T of elems as its three registers (cap: as len). False when out of memory (a fatal
// error: the program is ending).
bool pushSlice(std::vector<Slot>& slots, const std::vector<HostValue>& elems, HostValue::Kind kind, uint8_t size,
               const HostMemory& memory)
{
    const size_t n = elems.size();
    bool ok;
    char* data = storeElements(elems, kind, size, memory, ok);
    if (!ok)
        return false;
    Slot s{};
    s.p = data;
    slots.push_back(s);
    s = Slot{};
    s.i = int64_t(n);
    slots.push_back(s);
    slots.push_back(s);
    return true;
}

void readSlice(const Slot& data, const Slot& len, std::vector<HostValue>& elems, HostValue::Kind kind, uint8_t size,
               const std::vector<HostValue>& type)
{
    HostValue proto;
    if (!type.empty())
        proto = type[0]; // a slice, with what its own elements are
    proto.kind = kind;
    if (type.empty())
        proto.elemSize = size;
    elems.assign(size_t(std::max<int64_t>(len.i, 0)), proto);
    for (size_t k = 0; k < elems.size(); k++)
        load(static_cast<const char*>(data.cp) + k * size, elems[k]);
}

} // namespace

namespace {

// A clean description of a type (no values).
HostValue typeOnly(const HostValue& t)
{
    HostValue c = t;
    c.elems.clear();
    c.vals.clear();
    if (t.kind == HostValue::Kind::Struct)
        for (const HostValue& f : t.elems)
            c.elems.push_back(typeOnly(f));
    return c;
}

HostValue plainType(HostValue::Kind kind, uint8_t size, std::string goType)
{
    HostValue t;
    t.kind = t.elemKind = kind;
    t.elemSize = size;
    t.goType = std::move(goType);
    return t;
}

HostValue sliceOf(const HostValue& c)
{
    HostValue s;
    s.kind = HostValue::Kind::Slice;
    s.goType = "[]" + c.goType;
    s.elemKind = c.kind;
    s.elemSize = c.kind == HostValue::Kind::Slice ? 24 : c.elemSize;
    if (c.kind != HostValue::Kind::Slice && c.kind != HostValue::Kind::Struct && c.kind != HostValue::Kind::Map)
        return s;
    s.elemType = {typeOnly(c)};
    return s;
}

void flattenItems(const HostValue& elem, const std::vector<HostValue>& items, std::vector<HostValue>& out)
{
    std::vector<HostValue> types;
    flatComponents(elem, types);
    const size_t base = out.size();
    for (const HostValue& c : types)
        out.push_back(sliceOf(c));
    for (const HostValue& item : items)
    {
        std::vector<HostValue> parts;
        flattenValue(item, parts);
        for (size_t j = 0; j < types.size() && j < parts.size(); j++)
            out[base + j].elems.push_back(std::move(parts[j]));
    }
}

std::vector<HostValue> unflattenItems(const HostValue& elem, const std::vector<HostValue>& parts, size_t& at)
{
    std::vector<HostValue> types;
    flatComponents(elem, types);
    const size_t m = types.size();
    const size_t n = m && at < parts.size() ? parts[at].elems.size() : 0;
    std::vector<HostValue> items;
    items.reserve(n);
    for (size_t i = 0; i < n; i++)
    {
        std::vector<HostValue> row;
        for (size_t j = 0; j < m; j++)
            row.push_back(at + j < parts.size() && i < parts[at + j].elems.size() ? parts[at + j].elems[i] : types[j]);
        size_t k = 0;
        items.push_back(unflattenValue(elem, row, k));
    }
    at += m;
    return items;
}

} // namespace

HostValue elemTypeOf(const HostValue& t)
{
    return t.elemType.empty() ? plainType(t.elemKind, t.elemSize, t.goType.substr(2)) : typeOnly(t.elemType[0]);
}

HostValue keyTypeOf(const HostValue& t)
{
    const size_t close = t.goType.find(']');
    return plainType(t.elemKind, t.elemSize, t.goType.substr(4, close - 4));
}

HostValue valTypeOf(const HostValue& t)
{
    return t.valType.empty() ? plainType(t.valKind, t.valSize, t.goType.substr(t.goType.find(']') + 1))
                             : typeOnly(t.valType[0]);
}

bool crossesFlattened(const HostValue& t)
{
    auto nests = [](HostValue::Kind k, const std::vector<HostValue>& type) {
        return k == HostValue::Kind::Struct || k == HostValue::Kind::Map ||
               (k == HostValue::Kind::Slice && !type.empty() && crossesFlattened(type[0]));
    };
    return t.kind == HostValue::Kind::Map || (t.kind == HostValue::Kind::Slice && nests(t.elemKind, t.elemType));
}

bool flattensToNothing(const HostValue& t)
{
    if (!crossesFlattened(t))
        return false;
    const HostValue e = t.kind == HostValue::Kind::Map ? valTypeOf(t) : elemTypeOf(t);
    std::vector<HostValue> parts;
    flatComponents(e, parts);
    return parts.empty() || flattensToNothing(e);
}

void flatComponents(const HostValue& t, std::vector<HostValue>& out)
{
    if (t.kind == HostValue::Kind::Struct)
    {
        for (const HostValue& f : t.elems)
            flatComponents(f, out);
        return;
    }
    if (!crossesFlattened(t))
    {
        out.push_back(typeOnly(t));
        return;
    }
    if (t.kind == HostValue::Kind::Map)
    {
        out.push_back(sliceOf(keyTypeOf(t)));
        std::vector<HostValue> types;
        flatComponents(valTypeOf(t), types);
        for (const HostValue& c : types)
            out.push_back(sliceOf(c));
        return;
    }
    std::vector<HostValue> types;
    flatComponents(elemTypeOf(t), types);
    for (const HostValue& c : types)
        out.push_back(sliceOf(c));
}

void flattenValue(const HostValue& v, std::vector<HostValue>& out)
{
    if (v.kind == HostValue::Kind::Struct)
    {
        for (const HostValue& f : v.elems)
            flattenValue(f, out);
        return;
    }
    if (!crossesFlattened(v))
    {
        out.push_back(v);
        return;
    }
    if (v.kind == HostValue::Kind::Map)
    {
        HostValue keys = sliceOf(keyTypeOf(v));
        keys.elems = v.elems;
        out.push_back(std::move(keys));
        flattenItems(valTypeOf(v), v.vals, out);
        return;
    }
    flattenItems(elemTypeOf(v), v.elems, out);
}

HostValue unflattenValue(const HostValue& type, const std::vector<HostValue>& parts, size_t& at)
{
    if (type.kind == HostValue::Kind::Struct)
    {
        HostValue v = typeOnly(type);
        for (HostValue& f : v.elems)
            f = unflattenValue(f, parts, at);
        return v;
    }
    if (!crossesFlattened(type))
        return at < parts.size() ? parts[at++] : (at++, typeOnly(type));
    HostValue v = typeOnly(type);
    if (type.kind == HostValue::Kind::Map)
    {
        if (at < parts.size())
            v.elems = parts[at].elems;
        at++;
        v.vals = unflattenItems(valTypeOf(type), parts, at);
        return v;
    }
    v.elems = unflattenItems(elemTypeOf(type), parts, at);
    return v;
}

void hostValuesToSlots(const std::vector<HostValue>& values, std::vector<Slot>& slots, const HostMemory& memory)
{
    for (const HostValue& a : values)
    {
        if (crossesFlattened(a))
        {
            std::vector<HostValue> parts;
            flattenValue(a, parts);
            hostValuesToSlots(parts, slots, memory);
            continue;
        }
        Slot s{};
        switch (a.kind)
        {
        case HostValue::Kind::Int:
        case HostValue::Kind::Object: s.i = a.i; break;
        case HostValue::Kind::Uint: s.u = a.u; break;
        case HostValue::Kind::Float: s.f = a.f; break;
        case HostValue::Kind::Float32: s.f = double(float(a.f)); break;
        case HostValue::Kind::Bool: s.u = a.b ? 1 : 0; break;
        case HostValue::Kind::String: pushString(slots, newString(memory, a.s)); continue;
        case HostValue::Kind::Slice:
            if (!pushSlice(slots, a.elems, a.elemKind, a.elemSize, memory))
                return;
            continue;
        case HostValue::Kind::Map: continue; // (flattened above)
        case HostValue::Kind::Error:
            pushString(slots, newString(memory, a.b ? a.s : std::string()));
            s.u = a.b ? 1 : 0;
            break;
        case HostValue::Kind::Func:
        case HostValue::Kind::Pointer: s.p = a.p; break;
        case HostValue::Kind::Struct: hostValuesToSlots(a.elems, slots, memory); continue;
        }
        slots.push_back(s);
    }
}

namespace {

void readValues(const Slot* slots, size_t n, size_t& at, std::vector<HostValue>& values)
{
    auto next = [&] { return at < n ? slots[at++] : Slot{}; };
    for (HostValue& r : values)
    {
        if (r.kind == HostValue::Kind::Struct)
        {
            readValues(slots, n, at, r.elems); // its fields, in their registers
            continue;
        }
        if (crossesFlattened(r))
        {
            std::vector<HostValue> parts;
            flatComponents(r, parts);
            readValues(slots, n, at, parts);
            size_t k = 0;
            r = unflattenValue(r, parts, k);
            continue;
        }
        const Slot s = next();
        switch (r.kind)
        {
        case HostValue::Kind::Int:
        case HostValue::Kind::Object: r.i = s.i; break;
        case HostValue::Kind::Uint: r.u = s.u; break;
        case HostValue::Kind::Float:
        case HostValue::Kind::Float32: r.f = s.f; break;
        case HostValue::Kind::Bool: r.b = s.u != 0; break;
        case HostValue::Kind::String: assignString(r.s, s.cp, next().i); break;
        case HostValue::Kind::Slice:
        {
            const Slot len = next();
            next(); // cap
            readSlice(s, len, r.elems, r.elemKind, r.elemSize, r.elemType);
            break;
        }
        case HostValue::Kind::Map: break; // (flattened above)
        case HostValue::Kind::Error:
        {
            assignString(r.s, s.cp, next().i);
            r.b = next().u != 0;
            break;
        }
        case HostValue::Kind::Func:
        case HostValue::Kind::Pointer: r.p = s.p; break;
        case HostValue::Kind::Struct: break;
        }
    }
}

} // namespace

void slotsToHostValues(const Slot* slots, size_t n, std::vector<HostValue>& values)
{
    size_t at = 0;
    readValues(slots, n, at, values);
}

} // namespace weft
