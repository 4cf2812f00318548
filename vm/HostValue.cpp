#include "vm/HostValue.h"

#include <algorithm>
#include <cstring>

namespace weft {

namespace {

// A slice element's words for the collector: a string's data pointer is one.
const GcLayout* elemLayout(HostValue::Kind k)
{
    static const GcWordKind kString[] = {GcWordKind::Pointer, GcWordKind::Scalar};
    static const GcLayout stringLayout = *GcLayout::fromWords(kString);
    return k == HostValue::Kind::String ? &stringLayout : nullptr;
}

void store(void* p, const HostValue& v, const HostMemory& memory)
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
    case HostValue::Kind::Slice: break; // slices of slices are not crossed (the public Traits refuse them)
    }
}

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
        if (s.len > 0)
            v.s.assign(reinterpret_cast<const char*>(s.ptr), size_t(s.len));
        else
            v.s.clear();
        break;
    }
    case HostValue::Kind::Slice: break;
    }
}

} // namespace

void hostValuesToSlots(const std::vector<HostValue>& values, std::vector<Slot>& slots, const HostMemory& memory)
{
    for (const HostValue& a : values)
    {
        Slot s{};
        switch (a.kind)
        {
        case HostValue::Kind::Int: s.i = a.i; break;
        case HostValue::Kind::Uint: s.u = a.u; break;
        case HostValue::Kind::Float: s.f = a.f; break;
        case HostValue::Kind::Float32: s.f = double(float(a.f)); break;
        case HostValue::Kind::Bool: s.u = a.b ? 1 : 0; break;
        case HostValue::Kind::String:
        {
            const GoString str = memory.newString(a.s);
            s.cp = str.ptr;
            slots.push_back(s);
            s = Slot{};
            s.i = str.len;
            break;
        }
        case HostValue::Kind::Slice:
        {
            const size_t n = a.elems.size();
            // (No collection can run while the strings of its elements are made: see the header.)
            char* data = n ? static_cast<char*>(memory.allocate(n * a.elemSize, elemLayout(a.elemKind))) : nullptr;
            if (n && !data)
                return; // out of memory: a fatal error, the program is ending
            for (size_t k = 0; k < n; k++)
                store(data + k * a.elemSize, a.elems[k], memory);
            s.p = data;
            slots.push_back(s);
            s = Slot{};
            s.i = int64_t(n);
            slots.push_back(s);
            break; // cap: as len
        }
        }
        slots.push_back(s);
    }
}

void slotsToHostValues(const Slot* slots, size_t n, std::vector<HostValue>& values)
{
    size_t at = 0;
    auto next = [&] { return at < n ? slots[at++] : Slot{}; };
    for (HostValue& r : values)
    {
        const Slot s = next();
        switch (r.kind)
        {
        case HostValue::Kind::Int: r.i = s.i; break;
        case HostValue::Kind::Uint: r.u = s.u; break;
        case HostValue::Kind::Float:
        case HostValue::Kind::Float32: r.f = s.f; break;
        case HostValue::Kind::Bool: r.b = s.u != 0; break;
        case HostValue::Kind::String:
        {
            const Slot len = next();
            if (len.i > 0)
                r.s.assign(static_cast<const char*>(s.cp), size_t(len.i));
            else
                r.s.clear();
            break;
        }
        case HostValue::Kind::Slice:
        {
            const Slot len = next();
            next(); // cap
            HostValue proto;
            proto.kind = r.elemKind;
            proto.elemSize = r.elemSize;
            r.elems.assign(size_t(std::max<int64_t>(len.i, 0)), proto);
            for (size_t k = 0; k < r.elems.size(); k++)
                load(static_cast<const char*>(s.cp) + k * r.elemSize, r.elems[k]);
            break;
        }
        }
    }
}

} // namespace weft
