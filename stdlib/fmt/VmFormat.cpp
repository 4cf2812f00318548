// fmt.Formatter over the VM's values. A Format method is given a *fmt.pp (fmt.go) as its
// fmt.State, as in Go: made here for each call, it collects what the method writes (Write,
// WriteString, Fprintf on it) and reports the verb's width, precision and flags. The call goes
// through pp's Go method `format`, whose receiver keeps the pp alive for the collector while
// the method runs; what it wrote is read back before anything else can collect.
#include "stdlib/fmt/VmValue.h"

#include <cstring>

namespace weft::fmt {

namespace {

const std::string kFormat = "Format";
const MethodId kPpFormat{"format", "fmt"};

// Format(f fmt.State, verb rune): what Go's `arg.(Formatter)` asks of the method.
bool isFormatMethod(const MethodDesc* m)
{
    if (!m || !m->fn || !m->signature)
        return false;
    const TypeDesc* sig = m->signature;
    return sig->kind == TypeKind8::Func && sig->params.size() == 2 && sig->results.empty() && !sig->variadic &&
           sig->params[0]->kind == TypeKind8::Interface && sig->params[0]->name == "fmt.State" &&
           sig->params[1]->kind == TypeKind8::Int32 && sig->params[1]->name == "int32";
}

// fmt.go's pp flags (ppWidth...).
int64_t ppFlags(const FormatState& st)
{
    int64_t f = 0;
    f |= st.widthPresent ? 1 << 0 : 0;
    f |= st.precisionPresent ? 1 << 1 : 0;
    f |= st.flag('-') ? 1 << 2 : 0;
    f |= st.flag('+') ? 1 << 3 : 0;
    f |= st.flag('#') ? 1 << 4 : 0;
    f |= st.flag(' ') ? 1 << 5 : 0;
    f |= st.flag('0') ? 1 << 6 : 0;
    return f;
}

// *fmt.pp, which fmt.go's ppType makes the compiler emit.
const TypeDesc* ppType(VmCallState& s)
{
    if (!s.ppLooked)
    {
        s.ppLooked = true;
        for (const auto& t : s.ctx.module().types)
            if (t->kind == TypeKind8::Pointer && t->name == "*fmt.pp" && t->elem)
            {
                s.ppType = t.get();
                break;
            }
    }
    return s.ppType;
}

// The bytes in pp.buf.
std::string ppWritten(const TypeDesc* pp, const void* obj)
{
    for (const FieldDesc& f : pp->elem->fields)
        if (f.name == "buf")
        {
            GoSlice buf;
            std::memcpy(&buf, static_cast<const char*>(obj) + f.offset, sizeof buf);
            if (!buf.ptr || buf.len <= 0)
                return {};
            return std::string(static_cast<const char*>(buf.ptr), size_t(buf.len));
        }
    return {};
}

} // namespace

bool VmValue::hasFormatMethod() const
{
    return t_ && t_->kind != TypeKind8::Interface && isFormatMethod(t_->findMethod(kFormat));
}

std::optional<Value::MethodResult> VmValue::callFormat(const FormatState& state, char32_t verb) const
{
    if (!hasFormatMethod() || s_->aborted)
        return std::nullopt;
    const TypeDesc* pp = ppType(*s_);
    if (!pp || !pp->findMethod(kPpFormat))
        return std::nullopt;
    NativeContext& ctx = s_->ctx;
    void* obj = ctx.allocate(pp->elem->size, pp->elem->layout);
    MethodResult r;
    if (ctx.failed())
    {
        s_->aborted = true;
        return r;
    }
    // format(arg any, verb rune, wid, prec, flags int)
    GoIface arg = asIface();
    Slot args[6];
    args[0].cp = arg.type;
    args[1] = arg.data;
    args[2].i = int64_t(verb);
    args[3].i = state.width;
    args[4].i = state.precision;
    args[5].i = ppFlags(state);
    Slot receiver;
    receiver.p = obj;
    Slot none[1] = {};
    bool ok = ctx.callMethod(GoIface{pp, receiver}, kPpFormat, args, 6, none, 0);
    std::string written = ppWritten(pp, obj);
    if (ok)
    {
        r.text = std::move(written);
        return r;
    }
    r.written = std::move(written);
    methodPanicked(r);
    return r;
}

} // namespace weft::fmt
