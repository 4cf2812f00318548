// The bytecode verifier on hand-made functions: one broken function for each rule, with the
// message it must give. (Every program the compiler makes is verified by the golden runs,
// which ctest runs with WEFT_VERIFY=1, and by the codegen tests.)
#include "vm/Verifier.h"
#include "vm/MapObject.h" // complete for Module's destructor

#include <doctest/doctest.h>

#include <string>

using namespace weft;

namespace {

std::vector<GcWordKind> kindsOf(std::string_view p)
{
    std::vector<GcWordKind> k;
    for (char c : p)
        k.push_back(c == 'S'   ? GcWordKind::Scalar
                    : c == 'P' ? GcWordKind::Pointer
                    : c == 'T' ? GcWordKind::InterfaceType
                               : GcWordKind::InterfaceData);
    return k;
}

// A module to break: an int type, a string constant, a globals area of 16 bytes, and functions
// added with their register kinds (one letter a register, as the code generator's patterns).
struct Fixture
{
    TypeDesc intType;
    Module m;

    Fixture()
    {
        intType.kind = TypeKind8::Int;
        intType.size = 8;
        intType.name = "int";
        intType.slotKinds = {GcWordKind::Scalar};
        m.typeTable.push_back(&intType);
        m.typeWords.push_back(&intType);
        m.stringData.push_back("boom");
        m.strings.push_back(GoString{reinterpret_cast<const uint8_t*>(m.stringData.back().data()), 4});
        m.globalsSize = 16;
    }

    Function& add(std::string name, std::string_view kinds, std::vector<Instr> code, uint32_t params = 0,
                  uint32_t results = 0)
    {
        auto fn = std::make_unique<Function>();
        fn->name = std::move(name);
        fn->file = "f.go";
        fn->line = 3;
        fn->numRegs = uint32_t(kinds.size());
        fn->regKinds = kindsOf(kinds);
        if (kinds.find_first_not_of('S') != std::string_view::npos)
            fn->frameLayout = GcLayout::fromWords(fn->regKinds); // as Codegen.cpp's finishFrame
        fn->paramSlots = params;
        fn->resultSlots = results;
        fn->code = std::move(code);
        fn->lines.assign(fn->code.size(), 4);
        m.functions.push_back(std::move(fn));
        if (!m.entry)
            m.entry = m.functions.front().get();
        return *m.functions.back();
    }

    // The verifier's message for the module ("ok" if it verifies).
    std::string verify() const
    {
        std::optional<VerifyError> e = verifyModule(m);
        return e ? e->format() : "ok";
    }
    // Only the rule broken.
    std::string rule() const
    {
        std::optional<VerifyError> e = verifyModule(m);
        return e ? e->rule : "ok";
    }
};

Instr w32(int32_t off) { return uint64_t(uint32_t(off)); }

} // namespace

TEST_CASE("a well-formed function verifies, and a failure names function, pc, instruction and rule")
{
    Fixture f;
    f.add("main.main", "SSS",
          {encodeSBC(Op::LoadInt, 0, 1), encodeSBC(Op::LoadInt, 1, 2), encode(Op::Add, 2, 0, 1), encode(Op::Return)});
    CHECK(f.verify() == "ok");

    Fixture g;
    g.add("main.main", "SSS", {encodeSBC(Op::LoadInt, 0, 1), encode(Op::Add, 2, 0, 9), encode(Op::Return)});
    CHECK(g.verify() == "internal compiler error: bytecode verifier: main.main (f.go:4) pc 1 `Add         r2, r0, r9`: "
                        "C: r9 is outside the frame (3 registers)");
}

TEST_CASE("registers lie in the frame, multi-slot values and windows included")
{
    SUBCASE("a string's second slot")
    {
        Fixture f;
        f.add("main.main", "SSP", {encode(Op::LoadString, 2, 0), encode(Op::Return)});
        CHECK(f.rule() == "A: r2..r3 is outside the frame (3 registers)");
    }
    SUBCASE("a slice's third slot")
    {
        Fixture f;
        f.add("main.main", "SPS", {encode(Op::Grow, 1, 0), 0, encode(Op::Return)});
        CHECK(f.rule() == "A: r1..r3 is outside the frame (3 registers)");
    }
    SUBCASE("MoveN's count")
    {
        Fixture f;
        f.add("main.main", "SSSS", {encode(Op::MoveN, 0, 2, 3), encode(Op::Return)});
        CHECK(f.rule() == "B: r2..r4 is outside the frame (4 registers)");
    }
    SUBCASE("a call's argument window: the callee's parameters")
    {
        Fixture f;
        f.add("main.main", "SSS", {encode(Op::Call, 2, 0), 1, encode(Op::Return)});
        f.add("main.f", "SSS", {encode(Op::Return)}, 2, 1);
        CHECK(f.rule() == "A (arguments): r2..r3 is outside the frame (3 registers)");
    }
    SUBCASE("a call's result window")
    {
        Fixture f;
        f.add("main.main", "SSSP", {encode(Op::Call, 0, 3), 1, encode(Op::Return)});
        f.add("main.f", "SSP", {encode(Op::Return)}, 1, 2);
        CHECK(f.rule() == "B (results): r3..r4 is outside the frame (4 registers)");
    }
    SUBCASE("LoadZero's count")
    {
        Fixture f;
        f.add("main.main", "SS", {encode(Op::LoadZero, 1, 2), encode(Op::Return)});
        CHECK(f.rule() == "A: r1..r2 is outside the frame (2 registers)");
    }
}

TEST_CASE("registers have the kind the opcode needs")
{
    SUBCASE("arithmetic on a pointer")
    {
        Fixture f;
        f.add("main.main", "SPS", {encode(Op::Add, 0, 1, 2), encode(Op::Return)});
        CHECK(f.rule() == "B: r1 is P, needs S (a scalar)");
    }
    SUBCASE("a load through a scalar")
    {
        Fixture f;
        f.add("main.main", "SS", {encode(Op::Load64, 0, 1, 8), encode(Op::Return)});
        CHECK(f.rule() == "B: r1 is S, needs P (a pointer)");
    }
    SUBCASE("panic with a string instead of an interface")
    {
        Fixture f;
        f.add("main.main", "PS", {encode(Op::Panic, 0)});
        CHECK(f.rule() == "A: r0..r1 is PS, needs TD (an interface)");
    }
    SUBCASE("a move between kinds")
    {
        Fixture f;
        f.add("main.main", "SP", {encode(Op::Move, 1, 0), encode(Op::Return)});
        CHECK(f.rule() == "A: r1 is P, needs S (a scalar)");
    }
    SUBCASE("Box reads a value of its type word's type")
    {
        Fixture f;
        f.add("main.main", "TDP", {encode(Op::Box, 0, 2, 0), encode(Op::Return)});
        CHECK(f.rule() == "B: r2 is P, needs S (a scalar)");
    }
    SUBCASE("call arguments have the callee's parameter kinds")
    {
        Fixture f;
        f.add("main.main", "PS", {encode(Op::Call, 0, 1), 1, encode(Op::Return)});
        f.add("main.f", "SS", {encode(Op::Return)}, 1, 1);
        CHECK(f.rule() == "A (arguments): r0 is P, needs S (a scalar)");
    }
    SUBCASE("a window may not cut an interface pair")
    {
        Fixture f;
        f.add("main.main", "STD", {encode(Op::LoadZero, 0, 2), encode(Op::Return)});
        CHECK(f.rule() == "A: r0..r1 (ST) cuts an interface pair");
    }
    SUBCASE("a call through an interface: the recorded signature")
    {
        Fixture f;
        Function& fn = f.add("main.main", "TDPS", {encode(Op::CallIface, 2, 3, 0), 0, encode(Op::Return)});
        fn.callSites.push_back({0, 1, kindsOf("S"), kindsOf("S")});
        CHECK(f.rule() == "A (arguments): r2 is P, needs S (a scalar)");
    }
    SUBCASE("lenient where the type is the map's: any key register in the frame")
    {
        Fixture f;
        f.add("main.main", "PTDS", {encode(Op::MapSet, 0, 1, 3), encode(Op::Return)});
        CHECK(f.rule() == "ok");
    }
}

TEST_CASE("the frame itself is well formed")
{
    SUBCASE("register kinds for every register")
    {
        Fixture f;
        f.add("main.main", "SS", {encode(Op::Return)}).numRegs = 3;
        CHECK(f.rule() == "has 2 register kinds for 3 registers");
    }
    SUBCASE("interface words come in pairs")
    {
        Fixture f;
        Function& fn = f.add("main.main", "SD", {encode(Op::Return)});
        CHECK(f.rule() == "register r1 is half of an interface pair (kinds SD)");
        (void)fn;
    }
    SUBCASE("a frame with pointers has a layout")
    {
        Fixture f;
        f.add("main.main", "SP", {encode(Op::Return)}).frameLayout.reset();
        CHECK(f.rule() == "has pointer registers but no frame layout");
    }
    SUBCASE("the epilogue is an instruction")
    {
        Fixture f;
        f.add("main.main", "SS", {encode(Op::JumpLt, 0, 1), w32(0), encode(Op::Return)}).epilogue = 1;
        CHECK(f.rule() == "its epilogue 1 (where a recovered panic resumes) is not an instruction");
    }
}

TEST_CASE("jump targets land on instructions of the function")
{
    SUBCASE("into the extra word of an instruction")
    {
        Fixture f;
        // The jump at 0 goes to 1 + 1 = 2: the W of LoadConst at 1.
        f.add("main.main", "S", {encodeSBC(Op::Jump, 0, 1), encode(Op::LoadConst, 0), 42, encode(Op::Return)});
        CHECK(f.rule() == "jump target 2 is inside an instruction (an extra word)");
    }
    SUBCASE("a compare-and-jump into its own extra word")
    {
        Fixture f;
        f.add("main.main", "SS", {encode(Op::JumpLt, 0, 1), w32(-1), encode(Op::Return)});
        CHECK(f.rule() == "jump target 1 is inside an instruction (an extra word)");
    }
    SUBCASE("past the end")
    {
        Fixture f;
        f.add("main.main", "S", {encodeSBC(Op::JumpIf, 0, 5), encode(Op::Return)});
        CHECK(f.rule() == "jump target 6 is outside the function (2 words)");
    }
    SUBCASE("before the start")
    {
        Fixture f;
        f.add("main.main", "S", {encodeSBC(Op::Jump, 0, -3), encode(Op::Return)});
        CHECK(f.rule() == "jump target -2 is outside the function (2 words)");
    }
    SUBCASE("a JumpTable entry")
    {
        Fixture f;
        // Table at 0 with 2 entries; offsets count from 3. Entry 1 goes to 3 + 2 = 5, the W of
        // the LoadConst at 4.
        f.add("main.main", "S",
              {encode(Op::JumpTable, 0, 2), w32(0), w32(2), encode(Op::Return), encode(Op::LoadConst, 0), 7,
               encode(Op::Return)});
        CHECK(f.rule() == "jump target 5 is inside an instruction (an extra word)");
    }
    SUBCASE("MapNext's exit")
    {
        Fixture f;
        f.add("main.main", "PS", {encode(Op::MapNext, 0, 1, kNoReg), w32(9), encode(Op::Return)});
        CHECK(f.rule() == "jump target 11 is outside the function (3 words)");
    }
    SUBCASE("an offset word with a high half is no offset")
    {
        Fixture f;
        f.add("main.main", "SS", {encode(Op::JumpLt, 0, 1), (uint64_t(1) << 32), encode(Op::Return)});
        CHECK(f.rule() == "W 4294967296 is not a 32-bit jump offset");
    }
    SUBCASE("control falls off the end")
    {
        Fixture f;
        f.add("main.main", "S", {encodeSBC(Op::LoadInt, 0, 1)});
        CHECK(f.rule() == "falls through past the end of the code");
    }
    SUBCASE("extra words missing at the end")
    {
        Fixture f;
        f.add("main.main", "S", {encode(Op::Return), encode(Op::LoadConst, 0)});
        CHECK(f.rule() == "its extra words run past the end of the code (2 words at 1 of 2)");
    }
    SUBCASE("an opcode that does not exist")
    {
        Fixture f;
        f.add("main.main", "S", {Instr(0xfff0), encode(Op::Return)});
        CHECK(f.rule() == "opcode 65520 does not exist");
    }
}

TEST_CASE("indices into the module's tables are in range")
{
    SUBCASE("a string constant")
    {
        Fixture f;
        f.add("main.main", "PS", {encode(Op::LoadString, 0, 5), encode(Op::Return)});
        CHECK(f.rule() == "string constant 5 is out of range (1)");
    }
    SUBCASE("PanicMsg's string")
    {
        Fixture f;
        f.add("main.main", "S", {encode(Op::PanicMsg, 0, 1)});
        CHECK(f.rule() == "string constant 1 is out of range (1)");
    }
    SUBCASE("a type")
    {
        Fixture f;
        f.add("main.main", "P", {encode(Op::New, 0, 7), encode(Op::Return)});
        CHECK(f.rule() == "type 7 is out of range (1)");
    }
    SUBCASE("a type of the wrong kind")
    {
        Fixture f;
        f.add("main.main", "PS", {encode(Op::MakeMap, 0, 0, 1), encode(Op::Return)});
        CHECK(f.rule() == "map type 0 (int) is not of the kind the opcode needs");
    }
    SUBCASE("a type word")
    {
        Fixture f;
        f.add("main.main", "TDS", {encode(Op::Box, 0, 2, 3), encode(Op::Return)});
        CHECK(f.rule() == "type word 3 is out of range (1)");
    }
    SUBCASE("a function")
    {
        Fixture f;
        f.add("main.main", "S", {encode(Op::Call, 0, 0), 9, encode(Op::Return)});
        CHECK(f.rule() == "function 9 is out of range (1)");
    }
    SUBCASE("Call of a native, CallNative of bytecode")
    {
        Fixture f;
        f.add("main.main", "S", {encode(Op::Call, 0, 0), 1, encode(Op::Return)});
        Function& n = f.add("fmt.Println", "", {});
        n.native = [](NativeContext&, Slot*, Slot*) {};
        n.frameLayout.reset();
        CHECK(f.rule() == "calls native fmt.Println with Call (needs CallNative)");
    }
    SUBCASE("a method beyond the interface's table")
    {
        Fixture f;
        Function& fn = f.add("main.main", "TD", {encode(Op::CallIface, 0, 0, 0), 2, encode(Op::Return)});
        fn.callSites.push_back({0, 2, {}, {}});
        CHECK(f.rule() == "method index 2 is beyond the interface's 2 methods");
    }
    SUBCASE("a method index that is a failed lookup (-1)")
    {
        Fixture f;
        f.add("main.main", "TD", {encode(Op::CallIface, 0, 0, 0), ~uint64_t(0), encode(Op::Return)});
        CHECK(f.rule() == "method index -1 is not an index");
    }
    SUBCASE("a capture beyond what the closure captures")
    {
        Fixture f;
        f.add("main.main", "PP", {encode(Op::Closure, 0, 0, 1), 1, 1, encode(Op::Return)});
        f.add("main.main.func1", "PP", {encode(Op::GetCapture, 0, 0), encode(Op::GetCapture, 1, 1), encode(Op::Return)});
        CHECK(f.verify() == "internal compiler error: bytecode verifier: main.main.func1 (f.go:4) pc 1 `GetCapture  r1, 1`: "
                            "reads capture 1, but the Closure at main.main pc 0 captures 1");
    }
    SUBCASE("a capture of another kind than the reader's register")
    {
        Fixture f;
        f.add("main.main", "PP", {encode(Op::Closure, 0, 0, 1), 1, 1, encode(Op::Return)});
        f.add("main.main.func1", "S", {encode(Op::GetCapture, 0, 0), encode(Op::Return)});
        CHECK(f.rule() == "A is S, but capture 0 of the Closure at main.main pc 0 is P");
    }
    SUBCASE("captures are pointers (the closure's GC layout)")
    {
        Fixture f;
        f.add("main.main", "PS", {encode(Op::Closure, 0, 0, 1), 1, 1, encode(Op::Return)});
        f.add("main.main.func1", "P", {encode(Op::GetCapture, 0, 0), encode(Op::Return)});
        CHECK(f.rule() == "capture 0: r1 is S, needs P (a pointer)");
    }
    SUBCASE("a method table's function does not read captures")
    {
        Fixture f;
        f.add("main.main", "S", {encode(Op::Return)});
        const Function& m = f.add("main.T.M", "P", {encode(Op::GetCapture, 0, 0), encode(Op::Return)});
        auto t = std::make_unique<TypeDesc>();
        t->name = "main.T";
        t->methods.push_back(MethodDesc{"M", &m, nullptr, {}});
        f.m.types.push_back(std::move(t));
        CHECK(f.verify() == "internal compiler error: bytecode verifier: main.T.M (f.go:3): is in the method table of "
                            "main.T but reads captures (it runs without a closure)");
    }
    SUBCASE("a function reading captures is not called directly")
    {
        Fixture f;
        f.add("main.main", "S", {encode(Op::Call, 0, 0), 1, encode(Op::Return)});
        f.add("main.main.func1", "P", {encode(Op::GetCapture, 0, 0), encode(Op::Return)});
        CHECK(f.rule() == "calls main.main.func1 directly, but it reads captures (only a closure of it can run)");
    }
}

TEST_CASE("operand values fit their fields")
{
    SUBCASE("an immediate divisor of 0")
    {
        Fixture f;
        f.add("main.main", "SS", {encode(Op::DivImm, 0, 1, 0), encode(Op::Return)});
        CHECK(f.rule() == "the immediate divisor C is 0");
    }
    SUBCASE("a global offset beyond the globals")
    {
        Fixture f;
        f.add("main.main", "P", {encodeSBC(Op::GlobalAddr, 0, 24), encode(Op::Return)});
        CHECK(f.rule() == "global offset 24 is outside the globals (16 bytes)");
    }
    SUBCASE("SliceArray's flags overflowed by a length beyond 24 bits")
    {
        Fixture f;
        const uint64_t w = (uint64_t(1) << 32 << 28) | 8; // length 2^28 << 32 spills into the flags
        f.add("main.main", "PSSPS", {encode(Op::SliceArray, 0, 3, 4), w, encode(Op::Return)});
        CHECK(f.rule() == "W " + std::to_string(w) + ": the lo/hi/max flags field is 16");
    }
    SUBCASE("StrSlice's flags")
    {
        Fixture f;
        f.add("main.main", "PSPSS", {encode(Op::StrSlice, 0, 2, 4), 4, encode(Op::Return)});
        CHECK(f.rule() == "W 4 has bits beyond the lo/hi flags");
    }
    SUBCASE("a map value's slot count")
    {
        Fixture f;
        f.add("main.main", "SPS", {encode(Op::MapGet, 0, 1, 2), 0, encode(Op::Return)});
        CHECK(f.rule() == "W: a map value of 0 slots (a value takes 1 to 3)");
    }
    SUBCASE("println's flags")
    {
        Fixture f;
        f.add("main.main", "S", {encode(Op::Print, 0, 0, 4), encode(Op::Return)});
        CHECK(f.rule() == "C 4 has bits beyond the println flags");
    }
    SUBCASE("a select case word")
    {
        Fixture f;
        f.add("main.main", "SP", {encode(Op::Select, 0, 1, 0), (uint64_t(1) << 16) | 2 | (uint64_t(kNoReg) << 32) |
                                                             (uint64_t(kNoReg) << 48),
                                 encode(Op::Return)});
        CHECK(f.rule() == "case 0: word " + std::to_string((uint64_t(1) << 16) | 2 | (uint64_t(kNoReg) << 32) |
                                                          (uint64_t(kNoReg) << 48)) +
                              " has bits beyond the send flag");
    }
    SUBCASE("more string constants than 16-bit operands can name")
    {
        Fixture f;
        f.add("main.main", "S", {encode(Op::Return)});
        f.m.strings.resize(70000, f.m.strings.front());
        CHECK(f.verify() == "internal compiler error: bytecode verifier: (module): has 70000 string constants; their "
                            "16-bit operands name at most 65536");
    }
    SUBCASE("too many registers for 16-bit operands")
    {
        Fixture f;
        f.add("main.main", std::string(70000, 'S'), {encode(Op::Return)});
        CHECK(f.rule() == "has 70000 registers; register operands are 16 bits (at most 65535)");
    }
}
