// fmt::Value over the VM's values. Where a value lives decides how it is read (Value.h):
// memory has Go's amd64 layout (an int8 is one byte, a struct its fields at their offsets), map
// entries have register layout (a struct is a pointer to its block), and an interface holds a
// one-slot non-block value in its data word and anything else behind a pointer to memory.
#include "stdlib/fmt/VmValue.h"

#include "vm/InterpreterImpl.h"
#include "vm/MapObject.h"

namespace weft::fmt {

namespace {

bool isBlock(const TypeDesc* t) { return t->kind == TypeKind8::Struct || t->kind == TypeKind8::Array; }

Kind kindOf(TypeKind8 k)
{
    switch (k)
    {
    case TypeKind8::Bool: return Kind::Bool;
    case TypeKind8::Int: return Kind::Int;
    case TypeKind8::Int8: return Kind::Int8;
    case TypeKind8::Int16: return Kind::Int16;
    case TypeKind8::Int32: return Kind::Int32;
    case TypeKind8::Int64: return Kind::Int64;
    case TypeKind8::Uint: return Kind::Uint;
    case TypeKind8::Uint8: return Kind::Uint8;
    case TypeKind8::Uint16: return Kind::Uint16;
    case TypeKind8::Uint32: return Kind::Uint32;
    case TypeKind8::Uint64: return Kind::Uint64;
    case TypeKind8::Uintptr: return Kind::Uintptr;
    case TypeKind8::Float32: return Kind::Float32;
    case TypeKind8::Float64: return Kind::Float64;
    case TypeKind8::String: return Kind::String;
    case TypeKind8::Pointer: return Kind::Pointer;
    case TypeKind8::Slice: return Kind::Slice;
    case TypeKind8::Array: return Kind::Array;
    case TypeKind8::Map: return Kind::Map;
    case TypeKind8::Chan: return Kind::Chan;
    case TypeKind8::Func: return Kind::Func;
    case TypeKind8::Struct: return Kind::Struct;
    case TypeKind8::Interface: return Kind::Interface;
    case TypeKind8::UntypedNil: return Kind::Invalid;
    }
    return Kind::Invalid;
}

// Go's fmt calls Error, String and GoString only with exactly the signature `() string`
// (Stringer and friends are interfaces). Methods the VM makes itself have no signature.
bool isTextMethod(const MethodDesc* m)
{
    if (!m || !m->fn)
        return false;
    const TypeDesc* sig = m->signature;
    if (!sig)
        return true;
    return sig->kind == TypeKind8::Func && sig->params.empty() && sig->results.size() == 1 &&
           sig->results[0]->kind == TypeKind8::String && sig->results[0]->name == "string";
}

const GoString& goString(const void* mem) { return *static_cast<const GoString*>(mem); }
const GoSlice& goSlice(const void* mem) { return *static_cast<const GoSlice*>(mem); }

std::unique_ptr<VmValue> child() { return std::make_unique<VmValue>(); }

} // namespace

bool VmValue::inWord() const { return t_->slots == 1 && !isBlock(t_); }

void VmValue::initIface(VmCallState* s, GoIface v)
{
    s_ = s;
    t_ = dynamicType(v.type);
    if (!t_)
        return;
    kind_ = kindOf(t_->kind);
    if (inWord())
        word_ = v.data;
    else
        mem_ = v.data.cp; // the box (string, slice) or the block (struct, array)
}

void VmValue::initMem(VmCallState* s, const TypeDesc* t, const void* mem)
{
    s_ = s;
    t_ = t;
    kind_ = kindOf(t->kind);
    if (t->isScalar())
        s->ctx.interpreter().impl().loadRegs(t, mem, &word_);
    else if (inWord())
        std::memcpy(&word_, mem, sizeof word_);
    else
        mem_ = mem;
}

void VmValue::initRegs(VmCallState* s, const TypeDesc* t, const Slot* regs)
{
    s_ = s;
    t_ = t;
    kind_ = kindOf(t->kind);
    if (isBlock(t))
        mem_ = regs[0].cp;
    else if (inWord())
        word_ = regs[0];
    else
        mem_ = regs; // strings, slices and interfaces: registers and memory agree
}


std::string VmValue::typeString() const { return t_ ? t_->name : "<nil>"; }

bool VmValue::boolValue() const { return (word_.u & 0xff) != 0; }

int64_t VmValue::intValue() const
{
    switch (t_->kind)
    {
    case TypeKind8::Int8: return int8_t(word_.i);
    case TypeKind8::Int16: return int16_t(word_.i);
    case TypeKind8::Int32: return int32_t(word_.i);
    default: return word_.i;
    }
}

uint64_t VmValue::uintValue() const
{
    switch (t_->kind)
    {
    case TypeKind8::Uint8: return uint8_t(word_.u);
    case TypeKind8::Uint16: return uint16_t(word_.u);
    case TypeKind8::Uint32: return uint32_t(word_.u);
    default: return word_.u;
    }
}

double VmValue::floatValue() const { return t_->kind == TypeKind8::Float32 ? double(float(word_.f)) : word_.f; }

std::string_view VmValue::stringValue() const
{
    const GoString& s = goString(mem_);
    if (!s.ptr || s.len <= 0)
        return {};
    return {reinterpret_cast<const char*>(s.ptr), size_t(s.len)};
}

uintptr_t VmValue::pointerValue() const
{
    if (t_->kind == TypeKind8::Slice)
        return reinterpret_cast<uintptr_t>(goSlice(mem_).ptr);
    return inWord() ? uintptr_t(word_.u) : reinterpret_cast<uintptr_t>(mem_);
}

bool VmValue::isNil() const
{
    if (!t_)
        return true;
    switch (t_->kind)
    {
    case TypeKind8::Pointer:
    case TypeKind8::Map:
    case TypeKind8::Chan:
    case TypeKind8::Func: return word_.p == nullptr;
    case TypeKind8::Slice: return goSlice(mem_).ptr == nullptr;
    case TypeKind8::Interface: return static_cast<const GoIface*>(mem_)->type == nullptr;
    default: return false;
    }
}

size_t VmValue::len() const
{
    switch (t_->kind)
    {
    case TypeKind8::String: return size_t(std::max<int64_t>(goString(mem_).len, 0));
    case TypeKind8::Slice: return size_t(std::max<int64_t>(goSlice(mem_).len, 0));
    case TypeKind8::Array: return size_t(t_->len);
    case TypeKind8::Map: return mapLen(static_cast<const MapObject*>(word_.p));
    default: return 0;
    }
}

std::unique_ptr<Value> VmValue::index(size_t i) const
{
    auto v = child();
    const char* base = static_cast<const char*>(t_->kind == TypeKind8::Slice ? goSlice(mem_).ptr : mem_);
    if (i < len() && base)
        v->initMem(s_, t_->elem, base + i * t_->elem->size);
    return v;
}

size_t VmValue::numFields() const { return t_->kind == TypeKind8::Struct ? t_->fields.size() : 0; }

std::string_view VmValue::fieldName(size_t i) const { return t_->fields[i].name; }

bool VmValue::fieldExported(size_t i) const { return t_->fields[i].exported; }

bool VmValue::fieldEmbedded(size_t i) const { return t_->fields[i].embedded; }

std::unique_ptr<Value> VmValue::field(size_t i) const
{
    auto v = child();
    const FieldDesc& f = t_->fields[i];
    v->initMem(s_, f.type, static_cast<const char*>(mem_) + f.offset);
    return v;
}

std::vector<std::pair<std::unique_ptr<Value>, std::unique_ptr<Value>>> VmValue::mapEntries() const
{
    std::vector<std::pair<std::unique_ptr<Value>, std::unique_ptr<Value>>> out;
    auto* m = static_cast<MapObject*>(word_.p);
    if (!m)
        return out;
    out.reserve(mapLen(m));
    // On the C++ stack: the order does not matter (the engine sorts) and nothing allocates.
    MapIterator it;
    mapIterInit(&it, m, 0);
    const void* k;
    void* val;
    while (mapIterNext(&it, &k, &val))
    {
        auto key = child(), value = child();
        key->initRegs(s_, t_->key, static_cast<const Slot*>(k));
        value->initRegs(s_, t_->elem, static_cast<const Slot*>(val));
        out.emplace_back(std::move(key), std::move(value));
    }
    return out;
}

std::unique_ptr<Value> VmValue::elem() const
{
    auto v = child();
    if (t_->kind == TypeKind8::Pointer && word_.p)
        v->initMem(s_, t_->elem, word_.p);
    else if (t_->kind == TypeKind8::Interface)
        v->initIface(s_, *static_cast<const GoIface*>(mem_));
    else
        v->s_ = s_;
    return v;
}

Kind VmValue::elemKind() const
{
    if (t_ && (t_->kind == TypeKind8::Slice || t_->kind == TypeKind8::Array))
        return kindOf(t_->elem->kind);
    return Kind::Invalid;
}

std::optional<std::string> VmValue::bytesValue() const
{
    if (elemKind() != Kind::Uint8)
        return std::nullopt;
    const void* p = t_->kind == TypeKind8::Slice ? goSlice(mem_).ptr : mem_;
    size_t n = len();
    if (!p || n == 0)
        return std::string();
    return std::string(static_cast<const char*>(p), n);
}

GoIface VmValue::asIface() const
{
    GoIface v{t_, {}};
    if (inWord())
        v.data = word_;
    else
        v.data.cp = mem_;
    return v;
}

std::optional<Value::MethodResult> VmValue::callTextMethod(const std::string& name) const
{
    if (!t_ || t_->kind == TypeKind8::Interface || s_->aborted || !isTextMethod(t_->findMethod(name)))
        return std::nullopt;
    NativeContext& ctx = s_->ctx;
    Slot res[2] = {};
    MethodResult r;
    if (ctx.callMethod(asIface(), name, nullptr, 0, res, 2))
    {
        if (res[0].cp && res[1].i > 0)
            r.text.assign(static_cast<const char*>(res[0].cp), size_t(res[1].i));
        return r;
    }
    methodPanicked(r);
    return r;
}

void VmValue::methodPanicked(MethodResult& r) const
{
    r.panicked = true;
    GoIface panicValue;
    // A panic while printing a panic: Go's catchPanic re-panics, so leave it pending.
    if (s_->printingPanic || !s_->ctx.recoverPanic(&panicValue))
    {
        s_->aborted = true;
        return;
    }
    // A nil pointer receiver prints <nil> (the engine checks that); Go formats nothing then.
    if (!(t_->kind == TypeKind8::Pointer && word_.p == nullptr))
        r.text = panicText(panicValue);
}

// The panic value as Go's catchPanic prints it: printArg(err, 'v').
std::string VmValue::panicText(GoIface panicValue) const
{
    VmValue v;
    v.initIface(s_, panicValue);
    const Value* args[1] = {&v};
    s_->printingPanic = true;
    std::string text = sprint(args);
    s_->printingPanic = false;
    return text;
}

std::optional<Value::MethodResult> VmValue::callError() const
{
    static const std::string name = "Error";
    return callTextMethod(name);
}

bool VmValue::hasErrorMethod() const
{
    static const std::string name = "Error";
    return t_ && t_->kind != TypeKind8::Interface && isTextMethod(t_->findMethod(name));
}

std::optional<Value::MethodResult> VmValue::callString() const
{
    static const std::string name = "String";
    return callTextMethod(name);
}

std::optional<Value::MethodResult> VmValue::callGoString() const
{
    static const std::string name = "GoString";
    return callTextMethod(name);
}

VmArgs::VmArgs(VmCallState& s, const Slot* slice)
{
    const auto* elems = static_cast<const GoIface*>(slice[0].cp);
    n_ = elems && slice[1].i > 0 ? size_t(slice[1].i) : 0;
    VmValue* values = inline_;
    const Value** ptrs = inlinePtrs_;
    if (n_ > kInline)
    {
        heap_ = std::make_unique<VmValue[]>(n_);
        heapPtrs_ = std::make_unique<const Value*[]>(n_);
        values = heap_.get();
        ptrs = heapPtrs_.get();
    }
    for (size_t i = 0; i < n_; i++)
    {
        values[i].initIface(&s, elems[i]);
        ptrs[i] = &values[i];
    }
    ptrs_ = ptrs;
}

} // namespace weft::fmt
