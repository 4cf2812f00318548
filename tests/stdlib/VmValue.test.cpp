// fmt's view of the VM's values (stdlib/fmt/VmValue.h) on hand-built type descriptors and
// memory: Go's amd64 layout in memory, register layout in map entries, the two forms of an
// interface's data word, and methods called back through the NativeContext (native methods
// here, so no bytecode is needed), including a panicking String method printed as Go does.
#include "stdlib/fmt/VmValue.h"

#include "vm/InterpreterImpl.h"
#include "vm/MapObject.h"

#include <doctest/doctest.h>

#include <cstring>
#include <deque>
#include <memory>

using namespace weft;
using fmt::VmArgs;
using fmt::VmCallState;

namespace {

struct Fixture
{
    Interpreter vm{InterpreterConfig{}};
    Function idle; // the bottom frame of the goroutine the natives run on (never executed)
    Goroutine& g = *vm.impl().newGoroutine(&idle, nullptr);
    NativeContext ctx{vm, g, nullptr};
    std::deque<TypeDesc> types;
    std::deque<Function> fns;

    TypeDesc& type(TypeKind8 kind, uint32_t size, uint32_t slots, const char* name)
    {
        TypeDesc& t = types.emplace_back();
        t.kind = kind;
        t.size = size;
        t.align = std::min<uint32_t>(size ? size : 1, 8);
        t.slots = slots;
        t.name = name;
        if (!t.isScalar())
            t.flags |= kTypePointerShaped;
        return t;
    }
    void method(TypeDesc& t, const char* name, NativeFn fn)
    {
        Function& f = fns.emplace_back();
        f.name = name;
        f.native = fn;
        f.paramSlots = 1;
        f.resultSlots = 2;
        t.methods.push_back(MethodDesc{name, &f, nullptr, {}});
    }

    // Sprint and Sprintf of interface operands, as the natives call the engine.
    std::string sprint(std::vector<GoIface> args)
    {
        Slot slice[3];
        slice[0].p = args.data();
        slice[1].i = slice[2].i = int64_t(args.size());
        VmCallState st(ctx);
        VmArgs a(st, slice);
        return fmt::sprint(a.span());
    }
    std::string sprintf(const char* format, std::vector<GoIface> args)
    {
        Slot slice[3];
        slice[0].p = args.data();
        slice[1].i = slice[2].i = int64_t(args.size());
        VmCallState st(ctx);
        VmArgs a(st, slice);
        return fmt::sprintf(format, a.span()).text;
    }
};

GoString goStr(const char* s) { return GoString{reinterpret_cast<const uint8_t*>(s), int64_t(std::strlen(s))}; }

GoIface inline1(const TypeDesc& t, Slot v) { return GoIface{&t, v}; }
GoIface boxed(const TypeDesc& t, const void* mem)
{
    GoIface v{&t, {}};
    v.data.cp = mem;
    return v;
}

} // namespace

TEST_CASE("scalars: inline in the interface, register form")
{
    Fixture f;
    auto& i8 = f.type(TypeKind8::Int8, 1, 1, "int8");
    auto& f32 = f.type(TypeKind8::Float32, 4, 1, "float32");
    auto& u16 = f.type(TypeKind8::Uint16, 2, 1, "uint16");
    auto& b = f.type(TypeKind8::Bool, 1, 1, "bool");
    auto& celsius = f.type(TypeKind8::Float64, 8, 1, "main.Celsius");
    Slot a, x, y, t, c;
    a.i = -5;
    x.f = double(0.1f);
    y.u = 65535;
    t.u = 1;
    c.f = 21.5;
    CHECK(f.sprint({inline1(i8, a), inline1(f32, x), inline1(u16, y), inline1(b, t)}) == "-5 0.1 65535 true");
    CHECK(f.sprintf("%T %v %x", {inline1(celsius, c), inline1(celsius, c), inline1(i8, a)}) == "main.Celsius 21.5 -5");
    CHECK(f.sprint({GoIface{}}) == "<nil>");
}

TEST_CASE("a struct in memory: Go's field offsets, nested values and an interface field")
{
    Fixture f;
    auto& i8 = f.type(TypeKind8::Int8, 1, 1, "int8");
    auto& f32 = f.type(TypeKind8::Float32, 4, 1, "float32");
    auto& str = f.type(TypeKind8::String, 16, 2, "string");
    auto& i32 = f.type(TypeKind8::Int32, 4, 1, "int32");
    auto& xs = f.type(TypeKind8::Slice, 24, 3, "[]int32");
    xs.elem = &i32;
    auto& any = f.type(TypeKind8::Interface, 16, 2, "interface {}");
    auto& st = f.type(TypeKind8::Struct, 64, 1, "main.S");
    st.fields = {
        FieldDesc{"A", &i8, 0, false, true},
        FieldDesc{"B", &f32, 4, false, true},
        FieldDesc{"s", &str, 8, false, false},
        FieldDesc{"Xs", &xs, 24, false, true},
        FieldDesc{"Any", &any, 48, false, true},
    };
    alignas(8) unsigned char mem[64] = {};
    int8_t a = -7;
    float b = 2.5f;
    GoString s = goStr("hi");
    int32_t elems[2] = {1, -2};
    GoSlice sl{elems, 2, 2};
    GoString boxedStr = goStr("boxed");
    GoIface inner{&str, {}};
    inner.data.cp = &boxedStr;
    std::memcpy(mem + 0, &a, 1);
    std::memcpy(mem + 4, &b, 4);
    std::memcpy(mem + 8, &s, 16);
    std::memcpy(mem + 24, &sl, 24);
    std::memcpy(mem + 48, &inner, 16);
    GoIface v = boxed(st, mem);
    CHECK(f.sprint({v}) == "{-7 2.5 hi [1 -2] boxed}");
    CHECK(f.sprintf("%+v", {v}) == "{A:-7 B:2.5 s:hi Xs:[1 -2] Any:boxed}");
    CHECK(f.sprintf("%#v", {v}) ==
          R"(main.S{A:-7, B:2.5, s:"hi", Xs:[]int32{1, -2}, Any:"boxed"})");

    // A pointer to it prints &{...} at the top level.
    auto& ptr = f.type(TypeKind8::Pointer, 8, 1, "*main.S");
    ptr.elem = &st;
    Slot p;
    p.p = mem;
    CHECK(f.sprint({inline1(ptr, p)}) == "&{-7 2.5 hi [1 -2] boxed}");
    p.p = nullptr;
    CHECK(f.sprint({inline1(ptr, p)}) == "<nil>");
}

TEST_CASE("a map: entries in register layout, printed in key order")
{
    Fixture f;
    auto& str = f.type(TypeKind8::String, 16, 2, "string");
    str.slotKinds = {GcWordKind::Pointer, GcWordKind::Scalar};
    auto& i16 = f.type(TypeKind8::Int16, 2, 1, "int16");
    i16.slotKinds = {GcWordKind::Scalar};
    auto& m = f.type(TypeKind8::Map, 8, 1, "map[string]int16");
    m.key = &str;
    m.elem = &i16;
    MapLayoutSpec spec;
    spec.keySize = 16;
    spec.valueSize = 8;
    spec.keyWords = str.slotKinds;
    spec.valueWords = i16.slotKinds;
    spec.keyKind = MapKeyKind::String;
    auto layout = makeMapLayout(spec);
    REQUIRE(layout);
    m.mapType = layout.get();
    MapObject* obj = mapMake(f.vm.impl(), layout.get(), 0, 7);
    REQUIRE(obj);
    for (auto [k, v] : {std::pair{"zeta", -1}, {"alpha", 2}, {"mid", 300}})
    {
        GoString key = goStr(k);
        MapSlot s = mapAssign(f.vm.impl(), obj, &key);
        REQUIRE(s.value);
        Slot val;
        val.i = v; // register form: the int16 widened to 64 bits
        std::memcpy(s.value, &val, 8);
    }
    Slot w;
    w.p = obj;
    CHECK(f.sprint({inline1(m, w)}) == "map[alpha:2 mid:300 zeta:-1]");
    CHECK(f.sprintf("%#v", {inline1(m, w)}) == R"(map[string]int16{"alpha":2, "mid":300, "zeta":-1})");
    w.p = nullptr;
    CHECK(f.sprintf("%v %#v", {inline1(m, w), inline1(m, w)}) == "map[] map[string]int16(nil)");
}

TEST_CASE("byte slices print as strings with %s %q %x")
{
    Fixture f;
    auto& u8 = f.type(TypeKind8::Uint8, 1, 1, "uint8");
    auto& bytes = f.type(TypeKind8::Slice, 24, 3, "[]uint8");
    bytes.elem = &u8;
    char data[] = "hey";
    GoSlice s{data, 3, 3};
    GoSlice nil{nullptr, 0, 0};
    CHECK(f.sprintf("%s %q %x %v %v", {boxed(bytes, &s), boxed(bytes, &s), boxed(bytes, &s), boxed(bytes, &s),
                                       boxed(bytes, &nil)}) == R"(hey "hey" 686579 [104 101 121] [])");
}

namespace {

void stringOk(NativeContext&, Slot* args, Slot* results)
{
    // The receiver is the data word: an int inline.
    static std::string text;
    text = "T(" + std::to_string(args[0].i) + ")";
    results[0].cp = text.data();
    results[1].i = int64_t(text.size());
}

void stringPanics(NativeContext& ctx, Slot*, Slot*) { ctx.panicError("boom"); }

} // namespace

TEST_CASE("methods: String is called, a panic in it is printed, a nil receiver prints <nil>")
{
    Fixture f;
    auto& t = f.type(TypeKind8::Int, 8, 1, "main.T");
    f.method(t, "String", &stringOk);
    auto& bad = f.type(TypeKind8::Int, 8, 1, "main.Bad");
    f.method(bad, "String", &stringPanics);
    auto& badPtr = f.type(TypeKind8::Pointer, 8, 1, "*main.Bad");
    badPtr.elem = &bad;
    f.method(badPtr, "String", &stringPanics);
    Slot three, nil;
    three.i = 3;
    nil.p = nullptr;
    CHECK(f.sprintf("%v %s %d", {inline1(t, three), inline1(t, three), inline1(t, three)}) == "T(3) T(3) 3");
    CHECK(f.sprint({inline1(bad, three)}) == "%!v(PANIC=String method: boom)");
    CHECK(f.sprint({inline1(badPtr, nil)}) == "<nil>");
    // A recovered panic stays recorded (and its value rooted) until the native that recovered it
    // returns, that is until its NativeContext is destroyed.
    Goroutine& g = f.g;
    CHECK_FALSE(g.panicking);
    size_t before = g.panics.size(); // those f.ctx recovered above
    {
        NativeContext inner(f.vm, g, nullptr);
        VmCallState st(inner);
        fmt::VmValue v;
        v.initIface(&st, inline1(bad, three));
        const fmt::Value* args[1] = {&v};
        CHECK(fmt::sprint(args) == "%!v(PANIC=String method: boom)");
        CHECK(g.panics.size() == before + 1);
        CHECK(g.panics.back().recovered);
        CHECK_FALSE(g.panicking);
    }
    CHECK(g.panics.size() == before);
}
