// The Interpreter on hand-assembled bytecode: independent instances, stack growth and the
// stack limit, and garbage collection under stress while the loop allocates.
#include "vm/Interpreter.h"
#include "vm/MapObject.h"

#include <doctest/doctest.h>

#include <string>
#include <thread>

using namespace weft;

namespace {

// A module whose main allocates an int cell per iteration, stores i into it, reads it back and
// sums: it prints n*(n-1)/2 through the builtin println.
struct SumModule
{
    TypeDesc intType;
    Module module;

    explicit SumModule(int32_t n)
    {
        intType.kind = TypeKind8::Int;
        intType.size = 8;
        intType.align = 8;
        intType.name = "int";
        module.typeTable.push_back(&intType);
        auto fn = std::make_unique<Function>();
        fn->name = "main.main";
        fn->file = "sum.go";
        fn->numRegs = 5;
        // r0 sum, r1 i, r2 n, r3 the cell (a pointer: the collector must see it), r4 scratch.
        fn->regKinds = {GcWordKind::Scalar, GcWordKind::Scalar, GcWordKind::Scalar, GcWordKind::Pointer,
                        GcWordKind::Scalar};
        fn->frameLayout = GcLayout::fromWords(fn->regKinds);
        fn->code = {
            encodeSBC(Op::LoadInt, 0, 0),
            encodeSBC(Op::LoadInt, 1, 0),
            encodeSBC(Op::LoadInt, 2, n),
            encodeSBC(Op::Jump, 0, 5),              // -> the loop test
            encode(Op::New, 3, 0),                  // loop: r3 = new(int)
            encode(Op::Store64, 3, 1, 0),           // *r3 = i
            encode(Op::Load64, 4, 3, 0),            // r4 = *r3
            encode(Op::Add, 0, 0, 4),               // sum += r4
            encode(Op::AddImm, 1, 1, 1),            // i++
            
            encode(Op::JumpLt, 1, 2), uint64_t(uint32_t(-7)), // if i < n: -> loop
            encode(Op::Print, 0, 0, 0),
            encode(Op::Print, 0, 0, 2),
            encode(Op::Return),
        };
        fn->lines.assign(fn->code.size(), 1);
        module.entry = fn.get();
        module.functions.push_back(std::move(fn));
    }
};

struct Result
{
    int code = -1;
    std::string err;
};

Result runSum(int32_t n, bool stress)
{
    SumModule m(n);
    Result r;
    InterpreterConfig config;
    config.writeStderr = [&r](std::string_view s) { r.err += s; };
    config.gcStress = stress;
    Interpreter interp(std::move(config));
    r.code = interp.run(m.module);
    return r;
}

} // namespace

TEST_CASE("an interpreter runs hand-assembled bytecode")
{
    Result r = runSum(1000, false);
    CHECK(r.code == 0);
    CHECK(r.err == "499500\n");
}

TEST_CASE("two interpreters run side by side on two threads and share nothing")
{
    // Each has its own heap and collector; one collects at every allocation while the other
    // allocates without pause.
    Result a, b;
    std::thread ta([&] { a = runSum(20000, true); });
    std::thread tb([&] { b = runSum(300000, false); });
    ta.join();
    tb.join();
    CHECK(a.code == 0);
    CHECK(a.err == "199990000\n");
    CHECK(b.code == 0);
    CHECK(b.err == "44999850000\n");
}
