#pragma once
// weft embedded in a C++ program: the only header a host includes.
//
//     weft::Interpreter vm;                              // a runtime with its own heap and threads
//     weft::Program program = vm.loadString("main.go", source);  // weft::CompileError on errors
//     int code = vm.run(program);                        // main's exit code; weft::ScriptError on a panic
//
// Ownership, threading and lifetime (docs/design.md, "Embedding"):
//  - An Interpreter owns everything its programs make: heap, goroutines, worker threads. Two
//    Interpreters share nothing and may run in parallel on different threads.
//  - A Program is what load* compiled; it keeps what it needs alive and may be run by the
//    Interpreter that loaded it.
//  - Nothing a script does ends the host: os.Exit(n) makes run return n; a panic, a fatal error
//    (a deadlock, a stack overflow, concurrent map writes) or the heap limit throw ScriptError
//    with Go's report. After that the Interpreter is finished (finished(); calls throw).
//  - An Interpreter runs one program's main once (run); when main returns, the program's other
//    goroutines go on running on the Interpreter's worker threads, and the program's functions
//    can be called from any host thread (function), until the Interpreter is destroyed, which
//    ends whatever still runs.
//  - Output goes to Options::onStdout / onStderr when set, else to the process's stdout and
//    stderr. Options::capabilities denies a script the file system, the environment, processes
//    or os.Exit: it gets Go's errors (permission denied) instead.
#include <bit>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace weft {
// The public API's names are versioned (weft::v1::Interpreter), so they never collide with
// weft's internal classes of the same short names; hosts write weft::Interpreter.
inline namespace v1 {

// What a script may reach of the host (Options::capabilities): a denied operation fails the
// way Go fails when the system refuses it, never the host (docs/design.md, "Embedding").
struct Capabilities
{
    bool files = true;     // paths, the host's descriptors ("open x: permission denied"); os.Stdin/Stdout/Stderr stay
    bool env = true;       // the environment; denied: it reads empty, Setenv and Unsetenv fail (permission denied)
    bool processes = true; // starting processes; weft has none to start yet (no os/exec)
    bool exit = true;      // os.Exit(n) ends the program (run returns n); denied: a panic the script may recover
    static Capabilities none() { return {false, false, false, false}; } // the sandbox: everything denied
};

struct Options
{
    int procs = 0;           // worker threads for goroutines (GOMAXPROCS); 0: one per CPU
    size_t heapLimit = 0;    // bytes of heap; past it the script fails (ScriptError), the host goes on; 0: 64 GiB
    int gcPercent = 100;     // GOGC; negative: no collection by pacing
    std::function<void(std::string_view)> onStdout; // the script's standard output (default: std::cout's fd)
    std::function<void(std::string_view)> onStderr; // its standard error, panics' reports excepted
    // A wall-clock budget from run: when it is spent the program is interrupted (interrupt());
    // zero: none.
    std::chrono::milliseconds timeLimit{0};
    // A wall-clock budget for each call into the script from a host thread (function, a func
    // value): a call past it interrupts the program the same way; zero: none.
    std::chrono::milliseconds callTimeLimit{0};
    Capabilities capabilities; // what the script may reach of the host (default: everything)
};

// One diagnostic of a program that does not compile, as Go prints it: file:line:col: message.
struct Diagnostic
{
    std::string file;
    int line = 0;
    int column = 0; // 0: unknown (after a //line directive without one)
    std::string message;
};

// Every error weft throws.
class Exception : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The program does not compile: what() is the report Go's compiler gives (one line per error).
class CompileError : public Exception
{
public:
    CompileError(const std::string& report, std::vector<Diagnostic> diagnostics)
        : Exception(report), diagnostics_(std::move(diagnostics)) {}
    const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

private:
    std::vector<Diagnostic> diagnostics_;
};

// The script failed: an unrecovered panic or a fatal error (deadlock, stack overflow, out of
// memory past Options::heapLimit...). what() is Go's whole report ("panic: ..." or "fatal
// error: ...", then the goroutines' stacks); message() its first line.
class ScriptError : public Exception
{
public:
    explicit ScriptError(const std::string& report) : Exception(report) {}
    std::string message() const
    {
        std::string_view r = what();
        return std::string(r.substr(0, r.find('\n')));
    }
};

// The host stopped the program (Interpreter::interrupt, Options::timeLimit): what was running
// under a call or a channel operation fails with this.
class Interrupted : public Exception
{
public:
    using Exception::Exception;
};

// A Go `error` crossing the boundary: nil (the default) or an error with a message. A host
// function returning one gives the script errors.New(message) or nil; one taking one receives
// err.Error() of the script's value.
//     .func("Parse", [](std::string s) -> std::pair<int64_t, weft::Error> { ... })  // func(string) (int64, error)
class Error
{
public:
    Error() = default;
    explicit Error(std::string message) : message_(std::move(message)), failed_(true) {}
    explicit operator bool() const { return failed_; } // not nil
    const std::string& message() const { return message_; }

private:
    std::string message_;
    bool failed_ = false;
};

// Marks a host function that may block its thread (I/O, a lock, a sleep): while it runs, its
// worker lets the other goroutines run (as Go does around a system call). Without it, a host
// function is expected to return promptly: a cheaper call.
//     .func("Fetch", [](std::string url) { return download(url); }, weft::blocking)
struct Blocking
{
};
inline constexpr Blocking blocking{};

class Interpreter;
class Package;
template <class Signature> class Function;
template <class T> class Chan;

namespace detail {
class FuncRef; // a func value of the script the host holds (the library's)

// A value crossing between C++ and Go: what Traits<T> makes of a C++ argument and reads a
// result from.
struct Value
{
    enum class Kind : uint8_t { Int, Uint, Float, Float32, Bool, String, Slice, Map, Error, Func, Struct, Object };
    Kind kind = Kind::Int;
    std::string goType;        // a Struct's qualified ("host.Point")
    int64_t i = 0;
    uint64_t u = 0;
    double f = 0;
    bool b = false;            // an Error's: not nil
    std::string s;             // a string's, an Error's message
    Kind elemKind = Kind::Int; // a slice's elements, a map's keys, a struct's fields (elems); for a scalar, its own kind
    uint8_t elemSize = 8;      // bytes in Go's memory: an element's or key's, or a scalar's own
    std::vector<Value> elems;
    Kind valKind = Kind::Int;  // a map's values (vals, in the order of elems)
    uint8_t valSize = 8;
    std::vector<Value> vals;
    // When a slice's elements or a map's values are slices, maps or structs: one Value describing them.
    std::vector<Value> elemType, valType;
    std::shared_ptr<FuncRef> func; // a Func's, from the script
    std::shared_ptr<void> obj;     // an Object's (in Go: a handle in i); a C++ function's bound call
};

// Calls a func value of the script from any thread; results holds the expected kinds and
// receives the values. Throws as Function's calls do.
void funcCall(FuncRef& f, const std::vector<Value>& args, std::vector<Value>& results);

// The Go type of a C++ type, and the conversions: bool; int, int8_t..int64_t (int is Go's int,
// 64 bits); the unsigned ones likewise; float, double; std::string (std::string_view and
// const char* as arguments).
template <class T, class = void> struct Traits; // a type without a Go counterpart: a compile error

// What may be a map's key or a struct's field: a scalar or a string, not a container, a struct
// or an error.
template <class T> struct IsFlat : std::bool_constant<!(std::is_class_v<T> && std::is_aggregate_v<T>)> {}; // not a struct
template <class T, class A> struct IsFlat<std::vector<T, A>> : std::false_type {};
template <class K, class V, class C, class A> struct IsFlat<std::map<K, V, C, A>> : std::false_type {};
template <class K, class V, class H, class E, class A> struct IsFlat<std::unordered_map<K, V, H, E, A>> : std::false_type {};
template <> struct IsFlat<Error> : std::false_type {};
template <class F> struct IsFlat<std::function<F>> : std::false_type {};
template <class T> struct IsFlat<std::shared_ptr<T>> : std::false_type {};
// What may be a slice's element or a map's value: a flat type, a registered struct, or a slice
// or a map of them, at any depth.
template <class T> struct IsElement : std::bool_constant<IsFlat<T>::value || (std::is_class_v<T> && std::is_aggregate_v<T>)> {};
template <class T, class A> struct IsElement<std::vector<T, A>> : IsElement<T> {};
template <class K, class V, class C, class A>
struct IsElement<std::map<K, V, C, A>> : std::bool_constant<IsFlat<K>::value && IsElement<V>::value> {};
template <class K, class V, class H, class E, class A>
struct IsElement<std::unordered_map<K, V, H, E, A>> : std::bool_constant<IsFlat<K>::value && IsElement<V>::value> {};
// Elements of these kinds are described by a Value of their own (Value::elemType, valType).
inline bool describedByType(Value::Kind k)
{
    return k == Value::Kind::Slice || k == Value::Kind::Map || k == Value::Kind::Struct;
}
// A slice crossing as an element takes Go's three words (its data pointer, len and cap).
inline constexpr uint8_t kSliceBytes = 24;

template <class T> struct IntTraits
{
    static Value in(T v)
    {
        Value x;
        x.kind = std::is_signed_v<T> ? Value::Kind::Int : Value::Kind::Uint;
        x.elemKind = x.kind;
        x.elemSize = uint8_t(sizeof(T) == 4 && std::is_same_v<T, int> ? 8 : sizeof(T)); // C++ int: Go's int
        x.goType = name();
        x.i = int64_t(v);
        x.u = uint64_t(v);
        return x;
    }
    static T out(const Value& v) { return std::is_signed_v<T> ? T(v.i) : T(v.u); }
    static Value slot() { return in(T{}); }
    static std::string name()
    {
        if constexpr (std::is_same_v<T, int>)
            return "int";
        else if constexpr (std::is_same_v<T, unsigned>)
            return "uint";
        else
            return std::string(std::is_signed_v<T> ? "int" : "uint") + std::to_string(8 * sizeof(T));
    }
};
template <class T>
struct Traits<T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool> &&
                                  !std::is_same_v<T, char> && (sizeof(T) <= 8)>> : IntTraits<T> {};
template <> struct Traits<bool>
{
    static Value in(bool v) { Value x; x.kind = x.elemKind = Value::Kind::Bool; x.elemSize = 1; x.goType = "bool"; x.b = v; return x; }
    static bool out(const Value& v) { return v.b; }
    static Value slot() { return in(false); }
};
template <> struct Traits<double>
{
    static Value in(double v) { Value x; x.kind = x.elemKind = Value::Kind::Float; x.goType = "float64"; x.f = v; return x; }
    static double out(const Value& v) { return v.f; }
    static Value slot() { return in(0); }
};
template <> struct Traits<float>
{
    static Value in(float v) { Value x; x.kind = x.elemKind = Value::Kind::Float32; x.elemSize = 4; x.goType = "float32"; x.f = v; return x; }
    static float out(const Value& v) { return float(v.f); }
    static Value slot() { return in(0); }
};
template <> struct Traits<std::string>
{
    static Value in(std::string v)
    {
        Value x;
        x.kind = x.elemKind = Value::Kind::String;
        x.elemSize = 16;
        x.goType = "string";
        x.s = std::move(v);
        return x;
    }
    static std::string out(const Value& v) { return v.s; }
    static Value slot() { return in({}); }
};
template <> struct Traits<std::string_view>
{
    static Value in(std::string_view v) { return Traits<std::string>::in(std::string(v)); }
    static std::string_view out(const Value& v) { return v.s; } // valid during the call
    static Value slot() { return Traits<std::string>::slot(); }
};
template <> struct Traits<const char*>
{
    static Value in(const char* v) { return Traits<std::string>::in(v ? v : ""); }
    static Value slot() { return Traits<std::string>::slot(); }
};
// std::vector<T> is []T, for T a scalar, a string, a registered struct, or a slice or map of them.
template <class T> struct Traits<std::vector<T>>
{
    static Value in(const std::vector<T>& v)
    {
        Value x = slot();
        for (const T& e : v)
            x.elems.push_back(Traits<T>::in(e));
        return x;
    }
    static std::vector<T> out(const Value& v)
    {
        std::vector<T> r;
        r.reserve(v.elems.size());
        for (const Value& e : v.elems)
            r.push_back(Traits<T>::out(e));
        return r;
    }
    static Value slot()
    {
        static_assert(IsElement<T>::value, "a slice's elements are scalars, strings, registered structs, or slices or maps of them");
        const Value e = Traits<T>::slot();
        Value x;
        x.kind = Value::Kind::Slice;
        x.goType = "[]" + e.goType;
        x.elemKind = e.kind;
        x.elemSize = e.kind == Value::Kind::Slice ? kSliceBytes : e.elemSize;
        if (describedByType(e.kind))
            x.elemType = {e};
        return x;
    }
};


template <> struct Traits<Error>
{
    static Value in(const Error& e)
    {
        Value x;
        x.kind = x.elemKind = Value::Kind::Error;
        x.elemSize = 16;
        x.goType = "error";
        x.b = bool(e);
        x.s = e.message();
        return x;
    }
    static Error out(const Value& v) { return v.b ? Error(v.s) : Error(); }
    static Value slot() { return in(Error()); }
};

// std::map and std::unordered_map<K, V> are map[K]V, for K a scalar or a string and V what a slice holds.
template <class M> struct MapTraits
{
    using K = typename M::key_type;
    using V = typename M::mapped_type;
    static Value in(const M& m)
    {
        Value x = slot();
        for (const auto& [k, v] : m)
        {
            x.elems.push_back(Traits<K>::in(k));
            x.vals.push_back(Traits<V>::in(v));
        }
        return x;
    }
    static M out(const Value& v)
    {
        M m;
        for (size_t i = 0; i < v.elems.size() && i < v.vals.size(); i++)
            m[Traits<K>::out(v.elems[i])] = Traits<V>::out(v.vals[i]);
        return m;
    }
    static Value slot()
    {
        const Value k = Traits<K>::slot(), e = Traits<V>::slot();
        static_assert(IsFlat<K>::value && IsElement<V>::value,
                      "a map's keys are scalars or strings, its values those, registered structs, or slices or maps of them");
        Value x;
        x.kind = Value::Kind::Map;
        x.goType = "map[" + k.goType + "]" + e.goType;
        x.elemKind = k.kind;
        x.elemSize = k.elemSize;
        x.valKind = e.kind;
        x.valSize = e.kind == Value::Kind::Slice ? kSliceBytes : e.elemSize;
        if (describedByType(e.kind))
            x.valType = {e};
        return x;
    }
};
template <class K, class V, class C, class A> struct Traits<std::map<K, V, C, A>> : MapTraits<std::map<K, V, C, A>> {};
template <class K, class V, class H, class E, class A>
struct Traits<std::unordered_map<K, V, H, E, A>> : MapTraits<std::unordered_map<K, V, H, E, A>> {};

// A C++ struct registered as a Go struct (Package::type): its Go name and its fields, each a
// scalar or a string, read and written through its member pointer. One registration per C++
// type in a process.
template <class T> struct StructInfo
{
    struct Field
    {
        std::string name;
        std::function<Value(const T&)> get;
        std::function<void(T&, const Value&)> set;
        Value slot;
    };
    static inline std::string goType; // "host.Point"; empty until registered
    static inline std::vector<Field> fields;
    static inline bool object = false; // registered with methods: crosses as std::shared_ptr<T>
};

// std::shared_ptr<T> of a type registered with methods is an opaque *host.T: the script calls
// its methods and passes it back; the host's object lives while the script can reach it (a
// finalizer lets it go) or the host holds it. A null one is nil.
template <class T> struct Traits<std::shared_ptr<T>>
{
    static Value in(std::shared_ptr<T> v)
    {
        Value x = slot();
        x.obj = std::move(v);
        return x;
    }
    static std::shared_ptr<T> out(const Value& v) { return std::static_pointer_cast<T>(v.obj); }
    static Value slot()
    {
        if (StructInfo<T>::goType.empty() || !StructInfo<T>::object)
            throw std::logic_error("weft: std::shared_ptr of a C++ type not registered with methods (Package::type(...).method)");
        Value x;
        x.kind = x.elemKind = Value::Kind::Object;
        x.goType = "*" + StructInfo<T>::goType;
        return x;
    }
};

// A plain aggregate struct is a Go struct once registered (else a std::logic_error when a
// function using it is declared).
template <class T> struct Traits<T, std::enable_if_t<std::is_class_v<T> && std::is_aggregate_v<T>>>
{
    static Value in(const T& v)
    {
        Value x = slot();
        x.elems.clear(); // the fields' kinds, replaced by their values
        for (const auto& f : StructInfo<T>::fields)
            x.elems.push_back(f.get(v));
        return x;
    }
    static T out(const Value& v)
    {
        T t{};
        const auto& fields = StructInfo<T>::fields;
        for (size_t i = 0; i < fields.size() && i < v.elems.size(); i++)
            fields[i].set(t, v.elems[i]);
        return t;
    }
    static Value slot()
    {
        if (StructInfo<T>::goType.empty())
            throw std::logic_error("weft: a C++ struct used before Package::type registered it");
        if (StructInfo<T>::object)
            throw std::logic_error("weft: " + StructInfo<T>::goType + " has methods: it crosses as std::shared_ptr");
        Value x;
        x.kind = x.elemKind = Value::Kind::Struct;
        x.goType = StructInfo<T>::goType;
        for (const auto& f : StructInfo<T>::fields)
            x.elems.push_back(f.slot);
        return x;
    }
};

template <class T> struct Results;
template <class T> using Bare = std::remove_cv_t<std::remove_reference_t<T>>;

// std::function<R(A...)> as a host function's parameter, or a result of a call of the script, is
// the script's func(A...) R: callable from any thread for as long as a copy lives (the func
// value is kept alive meanwhile), also after the host function returned; nil is an empty one.
// As a host function's result it is a C++ function the script calls (kept while the script can
// reach it).
template <class R, class... A> struct Traits<std::function<R(A...)>>
{
    // A C++ function into the script (a host function's result): the script gets a func value
    // that calls it; empty is nil.
    static Value in(std::function<R(A...)> f)
    {
        Value x = slot();
        if (f)
            x.obj = std::make_shared<std::function<void(std::vector<Value>&, std::vector<Value>&)>>(
                bind(std::move(f), std::index_sequence_for<A...>{}));
        return x;
    }
    template <size_t... I>
    static std::function<void(std::vector<Value>&, std::vector<Value>&)> bind(std::function<R(A...)> f,
                                                                             std::index_sequence<I...>)
    {
        return [f = std::move(f)](std::vector<Value>& args, std::vector<Value>& results) {
            if constexpr (std::is_void_v<R>)
                f(Traits<Bare<A>>::out(args[I])...);
            else
                Results<R>::write(results, f(Traits<Bare<A>>::out(args[I])...));
        };
    }
    static std::function<R(A...)> out(const Value& v)
    {
        if (!v.func)
            return {}; // nil: an empty std::function (calling it throws std::bad_function_call)
        return [f = v.func](A... args) -> R {
            std::vector<Value> in{Traits<Bare<A>>::in(std::forward<A>(args))...};
            std::vector<Value> results;
            if constexpr (!std::is_void_v<R>)
                Results<R>::describe(results);
            funcCall(*f, in, results);
            if constexpr (!std::is_void_v<R>)
                return Results<R>::read(results);
        };
    }
    static Value slot()
    {
        std::vector<Value> params{Traits<Bare<A>>::slot()...}, results;
        if constexpr (!std::is_void_v<R>)
            Results<R>::describe(results);
        Value x;
        x.kind = x.elemKind = Value::Kind::Func;
        x.elems = params; // what the engine checks the signature by
        x.vals = results;
        x.goType = "func(";
        for (size_t i = 0; i < params.size(); i++)
            x.goType += (i ? ", " : "") + params[i].goType;
        x.goType += ")";
        if (results.size() == 1)
            x.goType += " " + results[0].goType;
        else if (!results.empty())
        {
            x.goType += " (";
            for (size_t i = 0; i < results.size(); i++)
                x.goType += (i ? ", " : "") + results[i].goType;
            x.goType += ")";
        }
        return x;
    }
};

// A function's results: one value, or several as a std::tuple or std::pair (Go's multiple
// results, in order).
template <class T> struct Results
{
    static void describe(std::vector<Value>& rs) { rs.push_back(Traits<T>::slot()); }
    static void write(std::vector<Value>& rs, const T& v) { rs[0] = Traits<T>::in(v); }
    static T read(const std::vector<Value>& rs) { return Traits<T>::out(rs[0]); }
};
template <class... T> struct Results<std::tuple<T...>>
{
    static void describe(std::vector<Value>& rs) { (rs.push_back(Traits<Bare<T>>::slot()), ...); }
    static void write(std::vector<Value>& rs, const std::tuple<T...>& v)
    {
        writeAt(rs, v, std::index_sequence_for<T...>{});
    }
    static std::tuple<T...> read(const std::vector<Value>& rs) { return readAt(rs, std::index_sequence_for<T...>{}); }

private:
    template <size_t... I> static void writeAt(std::vector<Value>& rs, const std::tuple<T...>& v, std::index_sequence<I...>)
    {
        ((rs[I] = Traits<Bare<T>>::in(std::get<I>(v))), ...);
    }
    template <size_t... I> static std::tuple<T...> readAt(const std::vector<Value>& rs, std::index_sequence<I...>)
    {
        return std::tuple<T...>(Traits<Bare<T>>::out(rs[I])...);
    }
};
template <class A, class B> struct Results<std::pair<A, B>>
{
    static void describe(std::vector<Value>& rs) { Results<std::tuple<A, B>>::describe(rs); }
    static void write(std::vector<Value>& rs, const std::pair<A, B>& v) { Results<std::tuple<A, B>>::write(rs, std::tuple<A, B>(v)); }
    static std::pair<A, B> read(const std::vector<Value>& rs)
    {
        auto t = Results<std::tuple<A, B>>::read(rs);
        return {std::get<0>(t), std::get<1>(t)};
    }
};

// The signature of a C++ callable: a function, a function pointer, a lambda or any object with
// one operator().
template <class T> struct Callable : Callable<decltype(&T::operator())> {};
template <class R, class... A> struct Callable<R(A...)>
{
    using Result = R;
    using Args = std::tuple<Bare<A>...>;
};
template <class R, class... A> struct Callable<R (*)(A...)> : Callable<R(A...)> {};
template <class C, class R, class... A> struct Callable<R (C::*)(A...)> : Callable<R(A...)> {};
template <class C, class R, class... A> struct Callable<R (C::*)(A...) const> : Callable<R(A...)> {};
template <class C, class R, class... A> struct Callable<R (C::*)(A...) noexcept> : Callable<R(A...)> {};
template <class C, class R, class... A> struct Callable<R (C::*)(A...) const noexcept> : Callable<R(A...)> {};

using HostCall = std::function<void(std::vector<Value>& args, std::vector<Value>& results)>;

// A channel the host holds (Chan<T>): the library's; these are what Chan<T> calls.
class ChanRef;
enum class ChanResult : uint8_t { Done, Closed, NotReady };
ChanResult chanSend(ChanRef& c, const Value& v, bool block);
ChanResult chanRecv(ChanRef& c, Value& v, bool block);
void chanClose(ChanRef& c);
const std::string& chanGoType(const ChanRef& c);
void* chanObject(const ChanRef& c);

template <class F, class R, class... A, size_t... I>
HostCall bindHost(std::shared_ptr<F> f, std::tuple<A...>*, std::index_sequence<I...>)
{
    return [f](std::vector<Value>& args, std::vector<Value>& results) {
        if constexpr (std::is_void_v<R>)
            (*f)(Traits<A>::out(args[I])...);
        else
            Results<R>::write(results, (*f)(Traits<A>::out(args[I])...));
    };
}

// A function of scalars (bool, the integers, float, double) and at most one scalar result is
// also bound straight to the script's registers, one 64-bit word each (an integer sign- or
// zero-extended, a float as a double): no conversion through Value.
template <class T>
constexpr bool kScalar = std::is_arithmetic_v<T> && !std::is_same_v<T, char> && !std::is_same_v<T, long double>;
template <class T> T fromWord(uint64_t w)
{
    if constexpr (std::is_same_v<T, bool>)
        return w != 0;
    else if constexpr (std::is_floating_point_v<T>)
        return T(std::bit_cast<double>(w));
    else if constexpr (std::is_signed_v<T>)
        return T(int64_t(w));
    else
        return T(w);
}
template <class T> uint64_t toWord(T v)
{
    if constexpr (std::is_same_v<T, bool>)
        return v ? 1 : 0;
    else if constexpr (std::is_floating_point_v<T>)
        return std::bit_cast<uint64_t>(double(v));
    else if constexpr (std::is_signed_v<T>)
        return uint64_t(int64_t(v));
    else
        return uint64_t(v);
}
using ScalarCall = std::function<void(const uint64_t* args, uint64_t* results)>;
template <class F, class R, class... A, size_t... I>
ScalarCall bindScalar(std::shared_ptr<F> f, std::tuple<A...>*, std::index_sequence<I...>)
{
    if constexpr ((kScalar<A> && ...) && (std::is_void_v<R> || kScalar<R>))
        return [f](const uint64_t* args, uint64_t* results) {
            if constexpr (std::is_void_v<R>)
                (*f)(fromWord<A>(args[I])...);
            else
                results[0] = toWord<R>((*f)(fromWord<A>(args[I])...));
        };
    else
        return nullptr;
}
} // namespace detail

// A package scripts import (Interpreter::package): C++ functions with Go signatures deduced
// from theirs. Declare them before loading the programs that import the package.
//     vm.package("host").func("Greet", [](std::string name) { return "hello, " + name; });
template <class T> class StructType;

class Package
{
public:
    // A C++ struct as the Go struct `name` of this package, its fields added with field():
    //     vm.package("geo").type<Point>("Point").field("X", &Point::x).field("Y", &Point::y);
    // Host functions may then take and return it by value (script: geo.Point{X: 1, Y: 2}).
    template <class T> StructType<T> type(const std::string& name);

    // A package-level variable holding a channel the host made (Interpreter::makeChan): the
    // script sees `var Name chan T`. Declare it before loading the programs that use it.
    template <class T> Package& var(const std::string& name, const Chan<T>& chan)
    {
        addVar(name, *chan.ref_);
        return *this;
    }

    template <class F> Package& func(const std::string& name, F f) { return bind(name, std::move(f), ""); }
    template <class F> Package& func(const std::string& name, F f, Blocking) { return bind(name, std::move(f), "", true); }

private:
    friend class Interpreter;
    Package(Interpreter& vm, std::string path) : vm_(vm), path_(std::move(path)) {}
    template <class... A> static void describeParams(std::vector<detail::Value>& params, std::tuple<A...>*)
    {
        params = {detail::Traits<A>::slot()...};
    }
    // A function, or (receiver: the Go type's name) a method whose first parameter is the
    // receiver.
    template <class F> Package& bind(const std::string& name, F f, const std::string& receiver, bool blocking = false)
    {
        using Sig = detail::Callable<detail::Bare<F>>;
        using R = detail::Bare<typename Sig::Result>;
        using Args = typename Sig::Args;
        std::vector<detail::Value> params, results;
        describeParams(params, static_cast<Args*>(nullptr));
        if constexpr (!std::is_void_v<R>)
            detail::Results<R>::describe(results);
        auto shared = std::make_shared<F>(std::move(f));
        constexpr auto indexes = std::make_index_sequence<std::tuple_size_v<Args>>{};
        addFunction(name, std::move(params), std::move(results),
                    detail::bindHost<F, R>(shared, static_cast<Args*>(nullptr), indexes),
                    detail::bindScalar<F, R>(shared, static_cast<Args*>(nullptr), indexes), receiver, blocking);
        return *this;
    }
    void addFunction(const std::string& name, std::vector<detail::Value> params, std::vector<detail::Value> results,
                     detail::HostCall call, detail::ScalarCall scalar, const std::string& receiver, bool blocking);
    void addVar(const std::string& name, const detail::ChanRef& chan);
    template <class T> friend class StructType;
    // The struct's Go declaration (fields "X int64; Y float64"), new (fresh: an error if the
    // name is taken) or with its fields so far; an object type (methods) has no fields.
    void addType(const std::string& name, const std::string& fields, bool fresh, bool object = false);
    Interpreter& vm_;
    std::string path_;
};

// What Package::type returns: the struct's fields, then back to the package's other
// declarations (func, var, type).
template <class T> class StructType
{
public:
    template <class M> StructType& field(const std::string& name, M T::*member)
    {
        static_assert(detail::IsFlat<M>::value, "a struct's fields are scalars or strings");
        static_assert(!std::is_member_function_pointer_v<M T::*>, "a member function is a method: use method()");
        using Info = detail::StructInfo<T>;
        if (Info::object)
            throw std::logic_error("weft: " + Info::goType + " has methods: it cannot have fields too");
        Info::fields.push_back({name, [member](const T& t) { return detail::Traits<M>::in(t.*member); },
                                [member](T& t, const detail::Value& v) { t.*member = detail::Traits<M>::out(v); },
                                detail::Traits<M>::slot()});
        fields_ += (fields_.empty() ? "" : "; ") + name + " " + Info::fields.back().slot.goType;
        pkg_.addType(name_, fields_, false);
        return *this;
    }
    // A method of the object type (the host holds its values by std::shared_ptr<T>): the
    // script calls x.Name(...) on a *host.T.
    template <class M> StructType& method(const std::string& name, M member)
    {
        using Info = detail::StructInfo<T>;
        if (!Info::fields.empty())
            throw std::logic_error("weft: " + Info::goType + " has fields: it cannot have methods too");
        Info::object = true;
        pkg_.addType(name_, "", false, true);
        bindMethod(name, member, static_cast<typename detail::Callable<M>::Args*>(nullptr));
        return *this;
    }
    template <class F> Package& func(const std::string& name, F f) { return pkg_.func(name, std::move(f)); }
    template <class F> Package& func(const std::string& name, F f, Blocking b) { return pkg_.func(name, std::move(f), b); }
    template <class U> Package& var(const std::string& name, const Chan<U>& chan) { return pkg_.var(name, chan); }
    template <class U> StructType<U> type(const std::string& name) { return pkg_.type<U>(name); }

private:
    friend class Package;
    StructType(Package pkg, std::string name) : pkg_(std::move(pkg)), name_(std::move(name)) {}
    template <class M, class... A> void bindMethod(const std::string& name, M member, std::tuple<A...>*)
    {
        using R = detail::Bare<typename detail::Callable<M>::Result>;
        pkg_.bind(name,
                  [member, goType = detail::StructInfo<T>::goType](std::shared_ptr<T> self, A... args) -> R {
                      if (!self)
                          throw std::invalid_argument("call of a method of a " + goType + " the host did not make");
                      return ((*self).*member)(std::forward<A>(args)...);
                  },
                  name_);
    }
    Package pkg_;
    std::string name_;
    std::string fields_;
};

template <class T> StructType<T> Package::type(const std::string& name)
{
    using Info = detail::StructInfo<T>;
    addType(name, "", true);
    Info::goType = path_.substr(path_.rfind('/') + 1) + "." + name;
    Info::fields.clear();
    return StructType<T>(*this, name);
}

// A compiled program, ready to run on the Interpreter that loaded it.
class Program
{
public:
    Program();
    ~Program();
    Program(const Program&);            // copies share the compiled program
    Program& operator=(const Program&);
    Program(Program&&) noexcept;
    Program& operator=(Program&&) noexcept;

private:
    friend class Interpreter;
    struct Impl;
    std::shared_ptr<Impl> impl_;
};

class Interpreter
{
public:
    explicit Interpreter(Options options = {});
    ~Interpreter();
    Interpreter(const Interpreter&) = delete;
    Interpreter& operator=(const Interpreter&) = delete;

    // Parses, checks and compiles a program of one file (a package main, or a script without a
    // package clause). CompileError on errors; std::runtime_error if the file cannot be read.
    // The host package scripts import as `path` (made on first use).
    Package package(const std::string& path) { return Package(*this, path); }

    // A channel of T (a scalar or std::string) with `capacity`, shared by host threads and
    // goroutines (through a host package's var). It lives while a Chan holds it or the script
    // can reach it.
    template <class T> Chan<T> makeChan(size_t capacity = 0)
    {
        static_assert(detail::IsFlat<T>::value, "a host channel carries scalars or strings");
        return Chan<T>(makeChanRef(detail::Traits<T>::slot(), capacity));
    }

    Program load(const std::string& path);
    Program loadString(const std::string& name, std::string source);

    // Runs the program's main (after package initialization) with os.Args = {name, args...} and
    // returns its exit code: 0 when main returns, n for os.Exit(n). ScriptError on a panic or a
    // fatal error. A second run is a std::logic_error.
    int run(const Program& program, const std::vector<std::string>& args = {});
    // True once the program has ended: a panic, a fatal error or os.Exit (then every call
    // throws), or never after a successful run: the Interpreter stays alive for calls.
    bool finished() const;
    // Stops the program from any thread: every goroutine stops at its next safepoint (a tight
    // loop within a time slice, well under a millisecond), parked ones are dropped, and what
    // waits for the program (run, calls, channel operations) fails with Interrupted. The
    // Interpreter is finished afterwards.
    void interrupt();

    // A package-level function of a program that ran, callable from any host thread; each call
    // runs as a goroutine on the Interpreter's workers while the calling thread waits. The Go
    // declaration must have exactly the signature the C++ one maps to (Traits), else
    // std::invalid_argument. A call throws ScriptError if the program fails under it.
    //     auto square = vm.function<int64_t(int64_t)>(program, "Square");  // func Square(int64) int64
    template <class Signature> Function<Signature> function(const Program& program, std::string name);

    // What Function uses: the function checked once (a handle), then called (results holds
    // the expected kinds and receives the values).
    const void* checkFunction(const Program& program, const std::string& name, const std::vector<detail::Value>& params,
                              const std::vector<detail::Value>& results);
    void callFunction(const void* fn, const std::string& name, const std::vector<detail::Value>& args,
                      std::vector<detail::Value>& results);
    // The same for scalars, one 64-bit word each (detail::toWord): no conversion on the way.
    void callScalar(const void* fn, const std::string& name, const uint64_t* args, size_t nargs, uint64_t* results,
                    size_t nresults);
    std::shared_ptr<detail::ChanRef> makeChanRef(const detail::Value& elem, size_t capacity);

private:
    friend class Package;
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

template <class R, class... A> class Function<R(A...)>
{
public:
    static void describe(std::vector<detail::Value>& params, std::vector<detail::Value>& results)
    {
        params = {detail::Traits<detail::Bare<A>>::slot()...};
        if constexpr (!std::is_void_v<R>)
            detail::Results<R>::describe(results);
    }

    R operator()(A... args) const
    {
        if constexpr ((detail::kScalar<detail::Bare<A>> && ...) && (std::is_void_v<R> || detail::kScalar<R>))
        {
            const uint64_t in[sizeof...(A) + 1] = {detail::toWord<detail::Bare<A>>(args)...};
            uint64_t out[1] = {0};
            vm_->callScalar(fn_, name_, in, sizeof...(A), out, std::is_void_v<R> ? 0 : 1);
            if constexpr (!std::is_void_v<R>)
                return detail::fromWord<R>(out[0]);
        }
        else
            return call(std::forward<A>(args)...);
    }

private:
    R call(A... args) const
    {
        std::vector<detail::Value> in{detail::Traits<detail::Bare<A>>::in(std::forward<A>(args))...};
        std::vector<detail::Value> out;
        if constexpr (!std::is_void_v<R>)
            detail::Results<R>::describe(out);
        vm_->callFunction(fn_, name_, in, out);
        if constexpr (!std::is_void_v<R>)
            return detail::Results<R>::read(out);
    }

    friend class Interpreter;
    Function(Interpreter* vm, const void* fn, std::string name) : vm_(vm), fn_(fn), name_(std::move(name)) {}
    Interpreter* vm_; // must outlive the Function
    const void* fn_;  // the checked function (kept by the Interpreter with its program)
    std::string name_;
};

// A channel shared by host threads and goroutines. Operations block the calling host thread as
// a goroutine would be blocked; they throw weft::Exception once the program has ended (a panic,
// a fatal error, os.Exit, the Interpreter destroyed), and std::logic_error on a send to or a
// close of a closed channel (Go's panics). Copies share the channel.
template <class T> class Chan
{
public:
    void send(const T& v) { detail::chanSend(*ref_, detail::Traits<T>::in(v), true); }
    bool trySend(const T& v) { return detail::chanSend(*ref_, detail::Traits<T>::in(v), false) == detail::ChanResult::Done; }
    // The next value; empty once the channel is closed and drained.
    std::optional<T> recv() { return take(true); }
    std::optional<T> tryRecv() { return take(false); } // empty also when nothing is ready
    void close() { detail::chanClose(*ref_); }

private:
    friend class Interpreter;
    friend class Package;
    explicit Chan(std::shared_ptr<detail::ChanRef> ref) : ref_(std::move(ref)) {}
    std::optional<T> take(bool block)
    {
        detail::Value v = detail::Traits<T>::slot();
        if (detail::chanRecv(*ref_, v, block) != detail::ChanResult::Done)
            return std::nullopt;
        return detail::Traits<T>::out(v);
    }
    std::shared_ptr<detail::ChanRef> ref_;
};

template <class Signature> Function<Signature> Interpreter::function(const Program& program, std::string name)
{
    std::vector<detail::Value> params, results;
    Function<Signature>::describe(params, results);
    const void* fn = checkFunction(program, name, params, results);
    return Function<Signature>(this, fn, std::move(name));
}

} // namespace v1
} // namespace weft
