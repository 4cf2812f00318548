// Operations on values by their run-time type: boxing into interfaces, equality, hashing map
// keys, method tables, and the values of run-time errors.
#include "runtime/MemoryMove.h"
#include "runtime/NativeStack.h"
#include "vm/InterpreterImpl.h"

#include <cinttypes>
#include <cmath>
#include <cstring>

namespace weft {

void Interpreter::Impl::loadRegs(const TypeDesc* t, const void* mem, Slot* out)
{
    const char* p = static_cast<const char*>(mem);
    switch (t->kind)
    {
    case TypeKind8::Bool:
    case TypeKind8::Uint8: out->u = *reinterpret_cast<const uint8_t*>(p); return;
    case TypeKind8::Int8: out->i = *reinterpret_cast<const int8_t*>(p); return;
    case TypeKind8::Int16: { int16_t v; std::memcpy(&v, p, 2); out->i = v; return; }
    case TypeKind8::Uint16: { uint16_t v; std::memcpy(&v, p, 2); out->u = v; return; }
    case TypeKind8::Int32: { int32_t v; std::memcpy(&v, p, 4); out->i = v; return; }
    case TypeKind8::Uint32: { uint32_t v; std::memcpy(&v, p, 4); out->u = v; return; }
    case TypeKind8::Float32: { float v; std::memcpy(&v, p, 4); out->f = v; return; }
    case TypeKind8::Struct:
    case TypeKind8::Array: out->cp = mem; return;
    default: moveMemory(out, p, size_t(t->slots) * 8); return;
    }
}

void Interpreter::Impl::storeRegs(const TypeDesc* t, void* mem, const Slot* in)
{
    char* p = static_cast<char*>(mem);
    switch (t->kind)
    {
    case TypeKind8::Bool:
    case TypeKind8::Uint8:
    case TypeKind8::Int8: *reinterpret_cast<uint8_t*>(p) = uint8_t(in->u); return;
    case TypeKind8::Int16:
    case TypeKind8::Uint16: { uint16_t v = uint16_t(in->u); std::memcpy(p, &v, 2); return; }
    case TypeKind8::Int32:
    case TypeKind8::Uint32: { uint32_t v = uint32_t(in->u); std::memcpy(p, &v, 4); return; }
    case TypeKind8::Float32: { float v = float(in->f); std::memcpy(p, &v, 4); return; }
    case TypeKind8::Struct:
    case TypeKind8::Array: moveMemory(p, in->cp, t->size); return;
    default: moveMemory(p, in, size_t(t->slots) * 8); return;
    }
}

// The interface value holding `value` (register layout) of the type named by typeWord.
GoIface Interpreter::Impl::box(const void* typeWord, const Slot* value)
{
    const TypeDesc* t = dynamicType(typeWord);
    GoIface r{typeWord, {}};
    if (t->isScalar() || (t->slots == 1 && t->kind != TypeKind8::Struct && t->kind != TypeKind8::Array))
    {
        r.data = value[0];
        return r;
    }
    void* p = allocType(t);
    if (p)
        storeRegs(t, p, value);
    r.data.p = p;
    return r;
}

void Interpreter::Impl::unbox(const TypeDesc* t, const GoIface& v, Slot* out)
{
    if (t->isScalar() || (t->slots == 1 && t->kind != TypeKind8::Struct && t->kind != TypeKind8::Array))
    {
        out[0] = v.data;
        return;
    }
    if (t->kind == TypeKind8::Struct || t->kind == TypeKind8::Array)
    {
        // A copy: the interface's value is immutable.
        void* p = allocType(t);
        if (p && v.data.p)
            std::memcpy(p, v.data.p, t->size);
        out[0].p = p;
        return;
    }
    std::memcpy(out, v.data.p, size_t(t->slots) * 8);
}

static bool strEq(const GoString& a, const GoString& b)
{
    return a.len == b.len && (a.len == 0 || std::memcmp(a.ptr, b.ptr, size_t(a.len)) == 0);
}

// bad (optional) receives the uncomparable dynamic type found inside an interface when ok turns
// false, so a comparison of structs or arrays holding interfaces can name it in its panic.
bool Interpreter::Impl::valuesEqual(const TypeDesc* t, const void* a, const void* b, bool& ok, const TypeDesc** bad)
{
    switch (t->kind)
    {
    case TypeKind8::Float32:
    {
        float x, y;
        std::memcpy(&x, a, 4);
        std::memcpy(&y, b, 4);
        return x == y;
    }
    case TypeKind8::Float64:
    {
        double x, y;
        std::memcpy(&x, a, 8);
        std::memcpy(&y, b, 8);
        return x == y;
    }
    case TypeKind8::String: return strEq(*static_cast<const GoString*>(a), *static_cast<const GoString*>(b));
    case TypeKind8::Interface:
    {
        const TypeDesc* inner = nullptr;
        bool eq = ifaceEqual(*static_cast<const GoIface*>(a), *static_cast<const GoIface*>(b), ok, &inner);
        if (!ok && bad)
            *bad = inner;
        return eq;
    }
    case TypeKind8::Struct:
        for (const FieldDesc& f : t->fields)
        {
            if (f.name == "_")
                continue;
            if (!valuesEqual(f.type, static_cast<const char*>(a) + f.offset, static_cast<const char*>(b) + f.offset, ok, bad))
                return false;
        }
        return true;
    case TypeKind8::Array:
        for (int64_t i = 0; i < t->len; i++)
            if (!valuesEqual(t->elem, static_cast<const char*>(a) + i * t->elem->size,
                             static_cast<const char*>(b) + i * t->elem->size, ok, bad))
                return false;
        return true;
    case TypeKind8::Slice:
    case TypeKind8::Map:
    case TypeKind8::Func:
        ok = false;
        if (bad)
            *bad = t;
        return false;
    default: return std::memcmp(a, b, t->size) == 0;
    }
}

bool Interpreter::Impl::regsEqual(const TypeDesc* t, const Slot* a, const Slot* b, bool& ok, const TypeDesc** bad)
{
    switch (t->kind)
    {
    case TypeKind8::Float32:
    case TypeKind8::Float64: return a->f == b->f;
    case TypeKind8::String: return strEq(*reinterpret_cast<const GoString*>(a), *reinterpret_cast<const GoString*>(b));
    case TypeKind8::Interface:
    {
        const TypeDesc* inner = nullptr;
        bool eq = ifaceEqual(GoIface{a[0].cp, a[1]}, GoIface{b[0].cp, b[1]}, ok, &inner);
        if (!ok && bad)
            *bad = inner;
        return eq;
    }
    case TypeKind8::Struct:
    case TypeKind8::Array: return valuesEqual(t, a->cp, b->cp, ok, bad);
    case TypeKind8::Slice:
    case TypeKind8::Map:
    case TypeKind8::Func:
        ok = false;
        if (bad)
            *bad = t;
        return false;
    default: return a->u == b->u;
    }
}

bool Interpreter::Impl::ifaceEqual(const GoIface& a, const GoIface& b, bool& ok, const TypeDesc** bad)
{
    const TypeDesc* ta = dynamicType(a.type);
    const TypeDesc* tb = dynamicType(b.type);
    if (ta != tb)
        return false;
    if (!ta)
        return true;
    // Interfaces nested in interfaces recurse here, as deep as the values go.
    if (nativeStackLow())
    {
        nativeStackOverflowed();
        stackOverflow(nullptr);
        return false;
    }
    if (!ta->comparable())
    {
        ok = false;
        *bad = ta;
        return false;
    }
    if (ta->isScalar() || (ta->slots == 1 && ta->kind != TypeKind8::Struct && ta->kind != TypeKind8::Array))
        return ta->isFloat() ? a.data.f == b.data.f : a.data.u == b.data.u;
    // A comparable struct or array can still hold an interface whose dynamic type is not
    // comparable: the panic names that inner type, as Go's does.
    return valuesEqual(ta, a.data.cp, b.data.cp, ok, bad);
}

const Itab* Interpreter::Impl::findItab(const TypeDesc* t, const TypeDesc* iface)
{
    auto key = std::make_pair(t, iface);
    {
        std::shared_lock lock(itabMu);
        auto it = itabCache.find(key);
        if (it != itabCache.end())
            return it->second;
    }
    std::unique_lock lock(itabMu);
    if (auto it = itabCache.find(key); it != itabCache.end())
        return it->second; // another worker made it meanwhile
    auto tab = std::make_unique<Itab>();
    tab->flags = t->flags | kTypeIsItab;
    tab->type = t;
    tab->iface = iface;
    for (size_t i = 0; i < iface->ifaceMethods.size(); i++)
    {
        const MethodDesc* m = t->findMethod(iface->ifaceMethods[i]);
        // Descriptors are canonical (identical types share one), so signatures compare by address.
        if (!m || !m->fn || m->signature != iface->ifaceMethodTypes[i])
        {
            itabCache[key] = nullptr;
            return nullptr;
        }
        tab->fns.push_back(m->fn);
    }
    Itab* r = tab.get();
    ownedItabs.push_back(std::move(tab));
    itabCache[key] = r;
    return r;
}

// ---- run-time error values ----------------------------------------------------------------------

// Run-time errors and errors.New values: a pointer to a boxed string, with native Error methods.
static void errorStringError(NativeContext&, Slot* args, Slot* results)
{
    const GoString* s = static_cast<const GoString*>(args[0].cp);
    results[0].cp = s ? s->ptr : nullptr;
    results[1].i = s ? s->len : 0;
}
static void runtimeErrorMarker(NativeContext&, Slot*, Slot*) {}

static const GcLayout& stringBoxLayout()
{
    static const GcLayout l = *GcLayout::fromWords(std::vector<GcWordKind>{GcWordKind::Pointer, GcWordKind::Scalar});
    return l;
}

// The signature descriptor of method `name` of the program's interface type `iface` (findItab
// compares signatures by address, so the methods of the types below must use the program's).
static const TypeDesc* methodSignature(const TypeDesc* iface, const char* name)
{
    for (size_t i = 0; iface && i < iface->ifaceMethods.size(); i++)
        if (iface->ifaceMethods[i].name == name)
            return iface->ifaceMethodTypes[i];
    return nullptr;
}

static const TypeDesc* programRuntimeErrorIface(const Module* m)
{
    if (m)
        for (const auto& t : m->types)
            if (t->kind == TypeKind8::Interface && t->name == "runtime.Error")
                return t.get();
    return nullptr;
}

static const TypeDesc* makeErrType(Interpreter::Impl& vm, const char* name, bool runtime)
{
    auto fnError = std::make_unique<Function>();
    fnError->name = std::string(name) + ".Error";
    fnError->native = &errorStringError;
    fnError->paramSlots = 1;
    fnError->resultSlots = 2;
    auto t = std::make_unique<TypeDesc>();
    t->kind = TypeKind8::Pointer;
    t->flags = kTypePointerShaped | kTypeComparable | kTypeNamed;
    t->size = 8;
    t->align = 8;
    t->slots = 1;
    t->name = name;
    t->slotKinds = {GcWordKind::Pointer};
    const TypeDesc* errorIface = vm.module ? vm.module->errorIface : nullptr;
    t->methods.push_back(MethodDesc{"Error", fnError.get(), methodSignature(errorIface, "Error"), {}});
    vm.ownedFunctions.push_back(std::move(fnError));
    if (runtime)
    {
        auto fnRt = std::make_unique<Function>();
        fnRt->name = std::string(name) + ".RuntimeError";
        fnRt->native = &runtimeErrorMarker;
        fnRt->paramSlots = 1;
        t->methods.push_back(MethodDesc{"RuntimeError", fnRt.get(),
                                        methodSignature(programRuntimeErrorIface(vm.module), "RuntimeError"), {}});
        vm.ownedFunctions.push_back(std::move(fnRt));
    }
    const TypeDesc* r = t.get();
    vm.ownedTypes.push_back(std::move(t));
    return r;
}

static GoIface stringError(Interpreter::Impl& vm, const TypeDesc* t, std::string_view msg)
{
    GoString s = vm.newString(msg);
    auto* box = static_cast<GoString*>(vm.allocate(16, &stringBoxLayout()));
    if (box)
        *box = s;
    GoIface r;
    r.type = t;
    r.data.p = box;
    return r;
}

// The run-time error types Go's runtime panics with, told apart by the message, so that %T
// prints what Go prints: runtime.boundsError (indexes, slices, slice-to-array conversions),
// runtime.plainError (messages without "runtime error: ", such as a nil map assignment) and
// runtime.errorString (the rest: nil dereference, division by zero, negative shift...), and
// *runtime.TypeAssertionError for failed type assertions (a type of its own here, with the
// message as its text: it is not the struct runtime.go declares).
GoIface Interpreter::Impl::makeRuntimeError(const std::string& msg)
{
    static constexpr const char* kNames[] = {"runtime.boundsError", "runtime.plainError", "runtime.errorString",
                                             "*runtime.TypeAssertionError"};
    auto starts = [&](const char* p) { return msg.rfind(p, 0) == 0; };
    size_t k = 2;
    if (starts("runtime error: index out of range") || starts("runtime error: slice bounds out of range") ||
        starts("runtime error: cannot convert slice with length"))
        k = 0;
    else if (starts("interface conversion: "))
        k = 3;
    else if (!starts("runtime error: "))
        k = 1;
    const TypeDesc* t;
    {
        std::lock_guard lock(errTypeMu); // first use may race between workers
        if (!runtimeErrorTypes[k])
            runtimeErrorTypes[k] = makeErrType(*this, kNames[k], true);
        t = runtimeErrorTypes[k];
    }
    return stringError(*this, t, msg);
}

GoIface Interpreter::Impl::makeErrorString(std::string_view msg)
{
    if (!errorStringType)
        errorStringType = makeErrType(*this, "*errors.errorString", false);
    return stringError(*this, errorStringType, msg);
}

// ---- printing -------------------------------------------------------------------------------------

static std::string goPrintFloat(double v)
{
    // The runtime's print: +1.500000e+000 style.
    if (std::isnan(v))
        return "NaN";
    if (std::isinf(v))
        return v > 0 ? "+Inf" : "-Inf";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%+.6e", v);
    // C prints e+00; Go prints e+000.
    std::string s = buf;
    auto e = s.find('e');
    if (e != std::string::npos)
    {
        std::string mant = s.substr(0, e), ex = s.substr(e + 2);
        char sign = s[e + 1];
        while (ex.size() < 3)
            ex = "0" + ex;
        s = mant + "e" + sign + ex;
    }
    return s;
}

void Interpreter::Impl::printValue(const TypeDesc* t, const Slot* v, std::string& out)
{
    switch (t->kind)
    {
    case TypeKind8::Bool: out += v->i ? "true" : "false"; return;
    case TypeKind8::Int:
    case TypeKind8::Int8:
    case TypeKind8::Int16:
    case TypeKind8::Int32:
    case TypeKind8::Int64: out += std::to_string(v->i); return;
    case TypeKind8::Uint:
    case TypeKind8::Uint8:
    case TypeKind8::Uint16:
    case TypeKind8::Uint32:
    case TypeKind8::Uint64:
    case TypeKind8::Uintptr: out += std::to_string(v->u); return;
    case TypeKind8::Float32:
    case TypeKind8::Float64: out += goPrintFloat(v->f); return;
    case TypeKind8::String: out.append(reinterpret_cast<const char*>(v[0].cp), size_t(v[1].i)); return;
    case TypeKind8::Interface:
    {
        char buf[64];
        std::snprintf(buf, sizeof buf, "(%p,%p)", v[0].cp, v[1].cp);
        out += v[0].cp ? buf : "(0x0,0x0)";
        return;
    }
    case TypeKind8::Slice: // Go's printslice: [len/cap]pointer
        out += "[" + std::to_string(v[1].i) + "/" + std::to_string(v[2].i) + "]";
        [[fallthrough]];
    default:
    {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%p", v[0].cp);
        out += v[0].cp ? buf : "0x0";
        return;
    }
    }
}

// Go's printpanicval: errors print Error(), Stringers String(), basic kinds their value (with
// the type name for named non-string types), anything else (TYPE) ADDRESS.
std::string Interpreter::Impl::formatPanicValue(Goroutine& g, const GoIface& value)
{
    const GoIface v = value; // value may be in g.panics, which the method call can grow
    const TypeDesc* t = dynamicType(v.type);
    if (!t)
        return "nil";
    for (const char* name : {"Error", "String"})
        if (const MethodDesc* m = t->findMethod(name); m && m->fn)
        {
            NativeContext ctx(*owner, g, m->fn);
            Slot res[2] = {};
            // The method runs as ordinary code, not as part of an unwinding; a panic in it is
            // forgotten and the value printed without it.
            bool wasPanicking = g.panicking;
            bool wasPrinting = g.printingPanic;
            size_t records = g.panics.size();
            g.panicking = false;
            g.printingPanic = true;
            g.nativeDepth++;
            bool okCall = ctx.callMethod(v, name, nullptr, 0, res, 2);
            g.nativeDepth--;
            g.panicking = wasPanicking;
            g.printingPanic = wasPrinting;
            if (g.panics.size() > records)
            {
                // Go's preprintpanics: a panic in the method is fatal.
                GoIface inner = g.panics[records].value;
                g.panics.resize(records);
                const TypeDesc* it = dynamicType(inner.type);
                if (it)
                {
                    std::string msg = "panic while printing panic value";
                    if (it->name == "string")
                    {
                        Slot tmp[3];
                        unbox(it, inner, tmp);
                        msg += ": " + std::string(static_cast<const char*>(tmp[0].cp), size_t(tmp[1].i));
                    }
                    else
                        msg += ": type " + it->name;
                    if (panicPrintFailure.empty())
                        panicPrintFailure = msg;
                    return "";
                }
            }
            if (okCall)
                return std::string(reinterpret_cast<const char*>(res[0].cp), size_t(res[1].i));
        }
    std::string s;
    Slot tmp[3];
    unbox(t, v, tmp);
    bool named = (t->flags & kTypeNamed) && t->name.find('.') != std::string::npos;
    if (t->kind == TypeKind8::String)
    {
        printValue(t, tmp, s);
        return named ? t->name + "(\"" + s + "\")" : s;
    }
    if (t->isScalar())
    {
        printValue(t, tmp, s);
        return named ? t->name + "(" + s + ")" : s;
    }
    char buf[64];
    std::snprintf(buf, sizeof buf, "(%s) %p", t->name.c_str(), v.data.cp);
    return buf;
}

// ---- map keys in register layout --------------------------------------------------------------------

static bool hashMem(const TypeDesc* t, const void* p, uint64_t seed, uint64_t* out);

static bool hashIface(const GoIface& v, uint64_t seed, uint64_t* out)
{
    const TypeDesc* t = dynamicType(v.type);
    if (!t)
    {
        *out = mapHashBytes(&seed, 8, seed);
        return true;
    }
    if (!t->comparable())
        return false;
    uint64_t h = mapHashBytes(&t, sizeof t, seed);
    if (t->isScalar() || (t->slots == 1 && t->kind != TypeKind8::Struct && t->kind != TypeKind8::Array))
    {
        if (t->isFloat())
        {
            *out = mapHashFloat64(v.data.f, h);
            return true;
        }
        *out = mapHashBytes(&v.data, 8, h);
        return true;
    }
    return hashMem(t, v.data.cp, h, out);
}

static bool hashMem(const TypeDesc* t, const void* p, uint64_t seed, uint64_t* out)
{
    switch (t->kind)
    {
    case TypeKind8::String: *out = mapHashString(p, seed); return true;
    case TypeKind8::Float32: { float f; std::memcpy(&f, p, 4); *out = mapHashFloat32(f, seed); return true; }
    case TypeKind8::Float64: { double f; std::memcpy(&f, p, 8); *out = mapHashFloat64(f, seed); return true; }
    case TypeKind8::Interface: return hashIface(*static_cast<const GoIface*>(p), seed, out);
    case TypeKind8::Struct:
    {
        uint64_t h = seed;
        for (const FieldDesc& f : t->fields)
            if (!hashMem(f.type, static_cast<const char*>(p) + f.offset, h, &h))
                return false;
        *out = h;
        return true;
    }
    case TypeKind8::Array:
    {
        uint64_t h = seed;
        for (int64_t i = 0; i < t->len; i++)
            if (!hashMem(t->elem, static_cast<const char*>(p) + i * t->elem->size, h, &h))
                return false;
        *out = h;
        return true;
    }
    case TypeKind8::Slice:
    case TypeKind8::Map:
    case TypeKind8::Func: return false;
    default: *out = mapHashBytes(p, t->size, seed); return true;
    }
}

// The dynamic type that makes a key unhashable, for Go's "hash of unhashable type T": the
// traversal of hashMem, on its failure path only.
static const TypeDesc* unhashableMem(const TypeDesc* t, const void* p);

static const TypeDesc* unhashableIface(const GoIface& v)
{
    const TypeDesc* t = dynamicType(v.type);
    if (!t)
        return nullptr;
    if (!t->comparable())
        return t;
    if (t->kind == TypeKind8::Struct || t->kind == TypeKind8::Array)
        return unhashableMem(t, v.data.cp);
    return nullptr;
}

static const TypeDesc* unhashableMem(const TypeDesc* t, const void* p)
{
    switch (t->kind)
    {
    case TypeKind8::Interface: return unhashableIface(*static_cast<const GoIface*>(p));
    case TypeKind8::Struct:
        for (const FieldDesc& f : t->fields)
            if (const TypeDesc* u = unhashableMem(f.type, static_cast<const char*>(p) + f.offset))
                return u;
        return nullptr;
    case TypeKind8::Array:
        for (int64_t i = 0; i < t->len; i++)
            if (const TypeDesc* u = unhashableMem(t->elem, static_cast<const char*>(p) + i * t->elem->size))
                return u;
        return nullptr;
    default: return nullptr;
    }
}

std::string boundsError(BoundsKind kind, int64_t x, int64_t y, bool unsignedX)
{
    static const char* const kFormats[][2] = {
        // {x >= 0, x < 0}; %x is x, %y is y
        {"index out of range [%x] with length %y", "index out of range [%x]"},
        {"slice bounds out of range [:%x] with length %y", "slice bounds out of range [:%x]"},
        {"slice bounds out of range [:%x] with capacity %y", "slice bounds out of range [:%x]"},
        {"slice bounds out of range [%x:%y]", "slice bounds out of range [%x:]"},
        {"slice bounds out of range [::%x] with length %y", "slice bounds out of range [::%x]"},
        {"slice bounds out of range [::%x] with capacity %y", "slice bounds out of range [::%x]"},
        {"slice bounds out of range [:%x:%y]", "slice bounds out of range [:%x:]"},
        {"slice bounds out of range [%x:%y:]", "slice bounds out of range [%x::]"},
    };
    std::string out;
    for (const char* p = kFormats[int(kind)][x < 0 && !unsignedX ? 1 : 0]; *p; p++)
    {
        if (p[0] != '%' || (p[1] != 'x' && p[1] != 'y'))
        {
            out += *p;
            continue;
        }
        // y is a length or a checked bound: never negative. (Go's appendIntStr.)
        out += *++p == 'y' ? std::to_string(y) : unsignedX ? std::to_string(uint64_t(x)) : std::to_string(x);
    }
    return out;
}

std::string unhashableKeyMessage(const MapLayout* m, const Slot* key)
{
    const TypeDesc* u = nullptr;
    if (m && m->keyKind == MapKeyKind::Generic && m->ops.ctx)
    {
        const TypeDesc* t = static_cast<const TypeDesc*>(m->ops.ctx);
        if (t->kind == TypeKind8::Interface)
            u = unhashableIface(GoIface{key[0].cp, key[1]});
        else
            u = unhashableMem(t, (t->kind == TypeKind8::Struct || t->kind == TypeKind8::Array) ? key[0].cp : key);
    }
    return "hash of unhashable type " + (u ? u->name : std::string("?"));
}

bool hashKeyRegs(const void* key, const void* ctx, uint64_t seed, uint64_t* out)
{
    const TypeDesc* t = static_cast<const TypeDesc*>(ctx);
    const Slot* s = static_cast<const Slot*>(key);
    if (t->kind == TypeKind8::Interface)
        return hashIface(GoIface{s[0].cp, s[1]}, seed, out);
    if (t->kind == TypeKind8::Struct || t->kind == TypeKind8::Array)
        return hashMem(t, s[0].cp, seed, out);
    return hashMem(t, s, seed, out);
}

bool equalKeyRegs(const void* a, const void* b, const void* ctx)
{
    // Equality without an interpreter: comparable keys only (hash already refused the rest).
    const TypeDesc* t = static_cast<const TypeDesc*>(ctx);
    struct Eq
    {
        static bool mem(const TypeDesc* t, const void* a, const void* b)
        {
            switch (t->kind)
            {
            case TypeKind8::Float32: { float x, y; std::memcpy(&x, a, 4); std::memcpy(&y, b, 4); return x == y; }
            case TypeKind8::Float64: { double x, y; std::memcpy(&x, a, 8); std::memcpy(&y, b, 8); return x == y; }
            case TypeKind8::String: return strEq(*static_cast<const GoString*>(a), *static_cast<const GoString*>(b));
            case TypeKind8::Interface: return iface(*static_cast<const GoIface*>(a), *static_cast<const GoIface*>(b));
            case TypeKind8::Struct:
                for (const FieldDesc& f : t->fields)
                    if (!mem(f.type, static_cast<const char*>(a) + f.offset, static_cast<const char*>(b) + f.offset))
                        return false;
                return true;
            case TypeKind8::Array:
                for (int64_t i = 0; i < t->len; i++)
                    if (!mem(t->elem, static_cast<const char*>(a) + i * t->elem->size, static_cast<const char*>(b) + i * t->elem->size))
                        return false;
                return true;
            default: return std::memcmp(a, b, t->size) == 0;
            }
        }
        static bool iface(const GoIface& a, const GoIface& b)
        {
            const TypeDesc* ta = dynamicType(a.type);
            if (ta != dynamicType(b.type))
                return false;
            if (!ta)
                return true;
            if (ta->isScalar() || (ta->slots == 1 && ta->kind != TypeKind8::Struct && ta->kind != TypeKind8::Array))
                return ta->isFloat() ? a.data.f == b.data.f : a.data.u == b.data.u;
            return mem(ta, a.data.cp, b.data.cp);
        }
    };
    const Slot* x = static_cast<const Slot*>(a);
    const Slot* y = static_cast<const Slot*>(b);
    if (t->kind == TypeKind8::Interface)
        return Eq::iface(GoIface{x[0].cp, x[1]}, GoIface{y[0].cp, y[1]});
    if (t->kind == TypeKind8::Struct || t->kind == TypeKind8::Array)
        return Eq::mem(t, x[0].cp, y[0].cp);
    if (t->isFloat())
        return x->f == y->f;
    return Eq::mem(t, x, y);
}

} // namespace weft
