// fmt's natives: the printing functions, the fmt engine (Printer.h) over the VM's values
// (VmValue.h). Everything is formatted into a std::string first and the Go string is allocated
// last: a String method called while formatting may run the collector, which does not see what
// a native holds only in C++ variables.
#include "stdlib/StdlibNatives.h"
#include "stdlib/fmt/Scan.h"
#include "stdlib/fmt/VmValue.h"
#include "runtime/NativeStack.h"

#include <cstring>

namespace weft {

namespace {

using fmt::VmArgs;
using fmt::VmCallState;

std::string_view stringArg(const Slot* s)
{
    if (!s[0].cp || s[1].i <= 0)
        return {};
    return {static_cast<const char*>(s[0].cp), size_t(s[1].i)};
}

void setString(NativeContext& ctx, Slot* out, std::string_view s)
{
    GoString g = ctx.newString(s);
    out[0].cp = g.ptr;
    out[1].i = g.len;
}

// Results (n int, err error) of a successful write; err stays nil (results start zeroed).
void setCount(Slot* results, size_t n) { results[0].i = int64_t(n); }

enum class Mode
{
    Print,
    Println,
};

// The engine stops recursing where the thread's stack runs out; the program then ends as Go's
// does when printing recurses without end.
static void checkStack(VmCallState& st)
{
    if (nativeStackOverflowed() && !st.aborted)
    {
        st.aborted = true;
        st.ctx.stackOverflow();
    }
}

std::string format(VmCallState& st, Mode mode, const Slot* slice)
{
    VmArgs a(st, slice);
    std::string s = mode == Mode::Println ? fmt::sprintln(a.span()) : fmt::sprint(a.span());
    checkStack(st);
    return s;
}

std::string formatf(VmCallState& st, const Slot* formatArg, const Slot* slice)
{
    VmArgs a(st, slice);
    std::string s = fmt::sprintf(stringArg(formatArg), a.span()).text;
    checkStack(st);
    return s;
}

// The file descriptor of an *os.File writer, or -1. os.File is struct { fd int; name string }.
int64_t osFileFd(GoIface w)
{
    const TypeDesc* t = dynamicType(w.type);
    if (!t || t->kind != TypeKind8::Pointer || t->name != "*os.File" || !w.data.p)
        return -1;
    int64_t fd;
    std::memcpy(&fd, w.data.p, sizeof fd);
    return fd;
}

// Fprint*: standard output and error go straight to the interpreter's streams; any other
// writer gets its Write([]byte) method called, whose (n, err) become the results. A nil writer
// panics as Go's w.Write does.
void writeTo(NativeContext& ctx, GoIface w, const std::string& text, Slot* results)
{
    int64_t fd = osFileFd(w);
    if (fd == 1 || fd == 2)
    {
        if (fd == 1)
            ctx.writeStdout(text);
        else
            ctx.writeStderr(text);
        setCount(results, text.size());
        return;
    }
    if (!dynamicType(w.type))
    {
        ctx.panicRuntimeError("invalid memory address or nil pointer dereference");
        return;
    }
    void* bytes = ctx.allocate(text.size(), nullptr);
    if (ctx.failed())
        return;
    std::memcpy(bytes, text.data(), text.size());
    Slot args[3];
    args[0].p = bytes;
    args[1].i = int64_t(text.size());
    args[2].i = int64_t(text.size());
    static const std::string write = "Write";
    ctx.callMethod(w, write, args, 3, results, 3);
}

void nPrint(NativeContext& ctx, Slot* args, Slot* results)
{
    VmCallState st(ctx);
    std::string s = format(st, Mode::Print, args);
    if (st.aborted)
        return;
    ctx.writeStdout(s);
    setCount(results, s.size());
}

void nPrintln(NativeContext& ctx, Slot* args, Slot* results)
{
    VmCallState st(ctx);
    std::string s = format(st, Mode::Println, args);
    if (st.aborted)
        return;
    ctx.writeStdout(s);
    setCount(results, s.size());
}

void nPrintf(NativeContext& ctx, Slot* args, Slot* results)
{
    VmCallState st(ctx);
    std::string s = formatf(st, args, args + 2);
    if (st.aborted)
        return;
    ctx.writeStdout(s);
    setCount(results, s.size());
}

void nSprint(NativeContext& ctx, Slot* args, Slot* results)
{
    VmCallState st(ctx);
    std::string s = format(st, Mode::Print, args);
    if (!st.aborted)
        setString(ctx, results, s);
}

void nSprintln(NativeContext& ctx, Slot* args, Slot* results)
{
    VmCallState st(ctx);
    std::string s = format(st, Mode::Println, args);
    if (!st.aborted)
        setString(ctx, results, s);
}

void nSprintf(NativeContext& ctx, Slot* args, Slot* results)
{
    VmCallState st(ctx);
    std::string s = formatf(st, args, args + 2);
    if (!st.aborted)
        setString(ctx, results, s);
}

void nFprint(NativeContext& ctx, Slot* args, Slot* results)
{
    VmCallState st(ctx);
    std::string s = format(st, Mode::Print, args + 2);
    if (!st.aborted)
        writeTo(ctx, GoIface{args[0].cp, args[1]}, s, results);
}

void nFprintln(NativeContext& ctx, Slot* args, Slot* results)
{
    VmCallState st(ctx);
    std::string s = format(st, Mode::Println, args + 2);
    if (!st.aborted)
        writeTo(ctx, GoIface{args[0].cp, args[1]}, s, results);
}

void nFprintf(NativeContext& ctx, Slot* args, Slot* results)
{
    VmCallState st(ctx);
    std::string s = formatf(st, args + 2, args + 4);
    if (!st.aborted)
        writeTo(ctx, GoIface{args[0].cp, args[1]}, s, results);
}

// errorf(format string, a []any) (s string, wrapped int): Sprintf with %w accepted for one
// error operand, whose index it reports (-1: none). Errorf (fmt.go) builds the error from it.
void nErrorf(NativeContext& ctx, Slot* args, Slot* results)
{
    VmCallState st(ctx);
    VmArgs a(st, args + 2);
    fmt::SprintfResult r = fmt::sprintf(stringArg(args), a.span(), true);
    if (st.aborted)
        return;
    setString(ctx, results, r.text);
    results[2].i = r.wrapped.empty() ? -1 : int64_t(r.wrapped[0]);
}

// scan(r io.Reader, str, format string, mode int, a []any, eof, unexpectedEOF error)
// (n int, err error): every Scan function (fmt.go), after Go's scan.go.
void nScan(NativeContext& ctx, Slot* args, Slot* results)
{
    fmt::ScanRequest rq;
    rq.reader = GoIface{args[0].cp, args[1]};
    rq.input = stringArg(args + 2);
    rq.format = stringArg(args + 4);
    rq.mode = args[6].i;
    rq.operands = args + 7;
    rq.eof = GoIface{args[10].cp, args[11]};
    rq.unexpectedEOF = GoIface{args[12].cp, args[13]};
    fmt::ScanResult r = fmt::scan(ctx, rq);
    results[0].i = r.count;
    results[1].cp = r.err.type;
    results[2] = r.err.data;
}

} // namespace

void registerFmtNatives(NativeRegistry& registry)
{
    registry.add("fmt.Print", &nPrint);
    registry.add("fmt.Println", &nPrintln);
    registry.add("fmt.Printf", &nPrintf);
    registry.add("fmt.Sprint", &nSprint);
    registry.add("fmt.Sprintln", &nSprintln);
    registry.add("fmt.Sprintf", &nSprintf);
    registry.add("fmt.Fprint", &nFprint);
    registry.add("fmt.Fprintln", &nFprintln);
    registry.add("fmt.Fprintf", &nFprintf);
    registry.add("fmt.errorf", &nErrorf);
    registry.add("fmt.scan", &nScan);
}

} // namespace weft
