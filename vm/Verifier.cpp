// The bytecode verifier (see Verifier.h). One pass finds the instruction boundaries, a second
// applies each opcode's rule; verifyModule then relates functions to each other (closures and
// the functions they make, direct calls). Nothing here runs while the program runs.
//
// Register kinds. Code generation allocates registers per kind (compiler/Codegen.cpp: S scalar,
// P pointer, T interface type word, D interface data word; a string is PS, a slice PSS, an
// interface TD) and every register keeps its kind for the whole function (Function::regKinds),
// which is what the collector scans frames by. So the kind an instruction finds in a register is
// known before it runs, and a mismatch is a code generator bug: a pointer written into a scalar
// register is missed by the collector, a scalar read as a pointer is a crash.
//
// Rules are *exact* where the opcode's contract fixes the kinds (Add reads and writes scalars,
// Concat strings, Box reads a value of its type word's type, Call passes exactly the callee's
// parameter registers) and *lenient* where the contract leaves them to the run time (the key
// and value of MapSet and the element of Send have the map's or channel's type, which the
// instruction does not name: there the verifier checks only that the first register lies in
// the frame). Each lenient rule says so where it is kept.
#include "vm/Verifier.h"

#include "vm/Disassembler.h"

#include <algorithm>
#include <cstdlib>
#include <initializer_list>
#include <map>
#include <string_view>

namespace weft {

namespace {

char letter(GcWordKind k)
{
    switch (k)
    {
    case GcWordKind::Scalar: return 'S';
    case GcWordKind::Pointer: return 'P';
    case GcWordKind::InterfaceType: return 'T';
    case GcWordKind::InterfaceData: return 'D';
    }
    return '?';
}

std::string letters(const std::vector<GcWordKind>& kinds)
{
    std::string s;
    for (GcWordKind k : kinds)
        s += letter(k);
    return s;
}

// What a register pattern holds, for messages.
std::string describe(std::string_view p)
{
    if (p == "S")
        return "S (a scalar)";
    if (p == "P")
        return "P (a pointer)";
    if (p == "PS")
        return "PS (a string)";
    if (p == "PSS")
        return "PSS (a slice)";
    if (p == "TD")
        return "TD (an interface)";
    return std::string(p);
}

std::string regName(uint32_t r, size_t n)
{
    return n <= 1 ? "r" + std::to_string(r) : "r" + std::to_string(r) + "..r" + std::to_string(r + n - 1);
}

// Facts one function's pass leaves for the rules across functions (verifyModule).
struct ClosureSite
{
    const Function* maker;
    size_t pc;
    std::string captureKinds; // the kinds of the captured registers, in capture order
};
struct CaptureUse
{
    size_t pc;
    uint32_t index; // B
    char kind;      // the kind of the destination register A
};
struct DirectCall
{
    size_t pc;
    uint64_t callee;
};
struct Facts
{
    std::map<uint64_t, std::vector<ClosureSite>> closures; // by the made function's index
    std::vector<CaptureUse> captureUses;                    // of the function just verified
    std::vector<DirectCall> directCalls;                    // of the function just verified
};

class FunctionVerifier
{
public:
    FunctionVerifier(const Module& m, const Function& fn, Facts* facts) : m_(m), fn_(fn), facts_(facts) {}

    std::optional<VerifyError> run()
    {
        if (!checkFrame())
            return err_;
        if (fn_.native)
            return std::nullopt;
        if (!findBoundaries())
            return err_;
        for (pc_ = 0; pc_ < fn_.code.size(); pc_ = next_)
        {
            ins_ = fn_.code[pc_];
            next_ = pc_ + size(pc_);
            if (!instruction())
                return err_ ? err_ : error(m_, fn_, int64_t(pc_), "refused"); // every rule says why

        }
        return std::nullopt;
    }

    // Marks a rule broken by the instruction at `pc` (or by the whole function if pc < 0).
    static VerifyError error(const Module& m, const Function& fn, int64_t pc, std::string rule)
    {
        VerifyError e;
        e.function = fn.name;
        e.file = fn.file;
        e.line = fn.line;
        e.pc = pc;
        if (pc >= 0)
        {
            if (size_t(pc) < fn.lines.size())
                e.line = fn.lines[size_t(pc)], e.file = fn.fileAt(size_t(pc));
            e.instruction = disassembleInstruction(m, fn, size_t(pc));
            // The listing's "  pc  [line]  " prefix is said by the message already.
            if (size_t at = e.instruction.find("]  "); at != std::string::npos)
                e.instruction = e.instruction.substr(at + 3);
            while (!e.instruction.empty() && e.instruction.back() == ' ')
                e.instruction.pop_back();
        }
        e.rule = std::move(rule);
        return e;
    }

private:
    const Module& m_;
    const Function& fn_;
    Facts* facts_;
    std::vector<bool> start_; // start_[w]: word w begins an instruction
    size_t pc_ = 0;
    size_t next_ = 0; // the word after the instruction at pc_ and all its extra words
    Instr ins_ = 0;
    std::optional<VerifyError> err_;

    bool fail(std::string rule, int64_t pc)
    {
        if (!err_)
            err_ = error(m_, fn_, pc, std::move(rule));
        return false;
    }
    bool fail(std::string rule) { return fail(std::move(rule), int64_t(pc_)); }

    // ---- the frame ---------------------------------------------------------------------------

    bool checkFrame()
    {
        const Function& f = fn_;
        if (f.native)
        {
            if (!f.code.empty())
                return fail("a native function has bytecode", -1);
            return true;
        }
        if (f.code.empty())
            return fail("a function without bytecode that is not native", -1);
        if (f.lines.size() != f.code.size())
            return fail("has " + std::to_string(f.lines.size()) + " line entries for " +
                            std::to_string(f.code.size()) + " words of code",
                        -1);
        // Register numbers are 16 bits and 0xffff means "no register" (kNoReg).
        if (f.numRegs >= kNoReg)
            return fail("has " + std::to_string(f.numRegs) + " registers; register operands are 16 bits (at most " +
                            std::to_string(kNoReg) + ")",
                        -1);
        if (f.regKinds.size() != f.numRegs)
            return fail("has " + std::to_string(f.regKinds.size()) + " register kinds for " +
                            std::to_string(f.numRegs) + " registers",
                        -1);
        if (uint64_t(f.paramSlots) + f.resultSlots > f.numRegs)
            return fail("its parameters and results (" + std::to_string(f.paramSlots) + " + " +
                            std::to_string(f.resultSlots) + " slots) do not fit its " + std::to_string(f.numRegs) +
                            " registers",
                        -1);
        // The collector reads an interface's data word by its type word: the two are a pair.
        for (size_t i = 0; i < f.regKinds.size(); i++)
        {
            const bool t = f.regKinds[i] == GcWordKind::InterfaceType;
            const bool nextD = i + 1 < f.regKinds.size() && f.regKinds[i + 1] == GcWordKind::InterfaceData;
            const bool d = f.regKinds[i] == GcWordKind::InterfaceData;
            const bool prevT = i > 0 && f.regKinds[i - 1] == GcWordKind::InterfaceType;
            if ((t && !nextD) || (d && !prevT))
                return fail("register r" + std::to_string(i) + " is half of an interface pair (kinds " +
                                letters(f.regKinds) + ")",
                            -1);
        }
        // The frame's pointer map is what the collector scans and what tells pushFrame to zero
        // the registers: it must exist exactly when some register is not a scalar, and agree.
        const bool pointers = std::any_of(f.regKinds.begin(), f.regKinds.end(),
                                          [](GcWordKind k) { return k != GcWordKind::Scalar; });
        if (pointers != f.frameLayout.has_value())
            return fail(pointers ? "has pointer registers but no frame layout" : "has a frame layout but no pointers",
                        -1);
        if (f.frameLayout)
        {
            if (f.frameLayout->words() != f.numRegs)
                return fail("its frame layout has " + std::to_string(f.frameLayout->words()) + " words for " +
                                std::to_string(f.numRegs) + " registers",
                            -1);
            for (size_t i = 0; i < f.numRegs; i++)
                if (f.frameLayout->wordKind(i) != f.regKinds[i])
                    return fail("its frame layout disagrees with the kind of r" + std::to_string(i), -1);
        }
        return true;
    }

    size_t size(size_t pc) const { return instrWords(fn_.code[pc]); }

    bool findBoundaries()
    {
        const size_t n = fn_.code.size();
        start_.assign(n, false);
        for (size_t pc = 0; pc < n;)
        {
            if (opOf(fn_.code[pc]) >= Op::Count)
            {
                pc_ = pc;
                return fail("opcode " + std::to_string(uint16_t(fn_.code[pc])) + " does not exist", int64_t(pc));
            }
            start_[pc] = true;
            const size_t s = size(pc);
            if (pc + s > n)
                return fail("its extra words run past the end of the code (" + std::to_string(s) + " words at " +
                                std::to_string(pc) + " of " + std::to_string(n) + ")",
                            int64_t(pc));
            pc += s;
        }
        if (fn_.epilogue >= n || !start_[fn_.epilogue])
            return fail("its epilogue " + std::to_string(fn_.epilogue) +
                            " (where a recovered panic resumes) is not an instruction",
                        -1);
        return true;
    }

    // ---- operands ---------------------------------------------------------------------------

    // r..r+n-1 lie in the frame.
    bool inFrame(const char* operand, uint32_t r, size_t n)
    {
        if (n == 0)
            return true;
        if (uint64_t(r) + n > fn_.numRegs)
            return fail(std::string(operand) + ": " + regName(r, n) + " is outside the frame (" +
                        std::to_string(fn_.numRegs) + " registers)");
        return true;
    }

    std::string kindsAt(uint32_t r, size_t n) const
    {
        std::string s;
        for (size_t i = 0; i < n; i++)
            s += letter(fn_.regKinds[r + i]);
        return s;
    }

    // Whether r.. (in the frame) holds exactly the kinds `pattern` (one letter a slot).
    bool matches(uint32_t r, std::string_view pattern) const
    {
        for (size_t i = 0; i < pattern.size(); i++)
            if (letter(fn_.regKinds[r + i]) != pattern[i])
                return false;
        return true;
    }

    // r.. holds exactly the kinds `pattern`.
    bool kinds(const char* operand, uint32_t r, std::string_view pattern)
    {
        if (!inFrame(operand, r, pattern.size()))
            return false;
        if (!matches(r, pattern))
            return fail(std::string(operand) + ": " + regName(r, pattern.size()) + " is " +
                        kindsAt(r, pattern.size()) + ", needs " + describe(pattern));
        return true;
    }

    // r.. holds exactly the n kinds at `want` (another frame's registers, a call site's note).
    bool kinds(const char* operand, uint32_t r, const GcWordKind* want, size_t n)
    {
        if (!inFrame(operand, r, n))
            return false;
        if (!std::equal(want, want + n, fn_.regKinds.begin() + r))
            return fail(std::string(operand) + ": " + regName(r, n) + " is " + kindsAt(r, n) + ", needs " +
                        describe(letters(std::vector<GcWordKind>(want, want + n))));
        return true;
    }
    bool kinds(const char* operand, uint32_t r, const std::vector<GcWordKind>& want)
    {
        return kinds(operand, r, want.data(), want.size());
    }

    // r.. holds one of the patterns (where the contract allows several shapes).
    bool oneOf(const char* operand, uint32_t r, std::initializer_list<std::string_view> patterns)
    {
        for (std::string_view p : patterns)
            if (uint64_t(r) + p.size() <= fn_.numRegs && matches(r, p))
                return true;
        std::string wanted;
        for (std::string_view p : patterns)
            wanted += (wanted.empty() ? "" : " or ") + describe(p);
        const size_t n = patterns.begin()->size();
        if (!inFrame(operand, r, n))
            return false;
        return fail(std::string(operand) + ": " + regName(r, n) + " is " + kindsAt(r, n) + ", needs " + wanted);
    }

    // A window of n registers whose kinds the instruction does not fix (LoadZero, the arguments
    // of a native): in the frame, and not cutting an interface pair in two (a type word moved
    // without its data word would make the collector read the old data by the new type).
    bool window(const char* operand, uint32_t r, size_t n)
    {
        if (n == 0)
            return true;
        if (!inFrame(operand, r, n))
            return false;
        if (fn_.regKinds[r] == GcWordKind::InterfaceData || fn_.regKinds[r + n - 1] == GcWordKind::InterfaceType)
            return fail(std::string(operand) + ": " + regName(r, n) + " (" + kindsAt(r, n) +
                        ") cuts an interface pair");
        return true;
    }

    // A register that may be kNoReg ("not wanted").
    bool maybeReg(const char* operand, uint32_t r, std::string_view pattern)
    {
        return r == kNoReg || kinds(operand, r, pattern);
    }

    // A register whose extent is not known to the instruction: only its first slot is checked.
    bool first(const char* operand, uint32_t r) { return inFrame(operand, r, 1); }

    bool index(const char* what, uint64_t i, size_t size)
    {
        if (i >= size)
            return fail(std::string(what) + " " + std::to_string(i) + " is out of range (" + std::to_string(size) +
                        ")");
        return true;
    }

    // typeTable[i], which must exist and (when `kind` is given) be of that kind.
    const TypeDesc* type(const char* what, uint64_t i, std::optional<TypeKind8> kind = std::nullopt)
    {
        if (!index(what, i, m_.typeTable.size()))
            return nullptr;
        const TypeDesc* t = m_.typeTable[i];
        if (!t)
        {
            fail(std::string(what) + " " + std::to_string(i) + " is null");
            return nullptr;
        }
        if (kind && t->kind != *kind)
        {
            fail(std::string(what) + " " + std::to_string(i) + " (" + t->name + ") is not of the kind the opcode needs");
            return nullptr;
        }
        return t;
    }

    // The register kinds of a value of type t (Box, Unbox, Assert, Print).
    static std::string slotPattern(const TypeDesc& t)
    {
        if (t.slotKinds.size() == t.slots)
            return letters(t.slotKinds);
        return std::string(t.slots, '?'); // a descriptor without slot kinds never matches
    }

    // A jump to `to` lands on an instruction of this function.
    bool target(int64_t to)
    {
        if (to < 0 || to >= int64_t(fn_.code.size()))
            return fail("jump target " + std::to_string(to) + " is outside the function (" +
                        std::to_string(fn_.code.size()) + " words)");
        if (!start_[size_t(to)])
            return fail("jump target " + std::to_string(to) + " is inside an instruction (an extra word)");
        return true;
    }

    // A 32-bit jump offset in a word of its own: patched as uint32 (Codegen.cpp patchAt), so
    // the high half is zero; anything else is a word that was never a jump offset.
    bool offsetWord(uint64_t w, const char* what)
    {
        if (w >> 32)
            return fail(std::string(what) + " " + std::to_string(w) + " is not a 32-bit jump offset");
        return true;
    }

    const Function* function(uint64_t i)
    {
        if (!index("function", i, m_.functions.size()))
            return nullptr;
        return m_.functions[i].get();
    }

    // A call's argument and result windows, when the callee's frame is known: exactly the
    // callee's parameter and result registers (for a script callee, whose regKinds say their
    // kinds), or as many slots in the frame (a native, which has no register kinds).
    bool callWindows(const Function& callee, uint32_t skipParams)
    {
        const uint32_t np = callee.paramSlots - std::min(callee.paramSlots, skipParams);
        if (callee.native || callee.regKinds.size() < size_t(callee.paramSlots) + callee.resultSlots)
            return window("A (arguments)", argA(ins_), np) && window("B (results)", argB(ins_), callee.resultSlots);
        const GcWordKind* k = callee.regKinds.data();
        return kinds("A (arguments)", argA(ins_), k + skipParams, np) &&
               kinds("B (results)", argB(ins_), k + callee.paramSlots, callee.resultSlots);
    }

    const Function::CallSite* callSite() const
    {
        auto it = std::lower_bound(fn_.callSites.begin(), fn_.callSites.end(), pc_,
                                   [](const Function::CallSite& s, size_t pc) { return s.pc < pc; });
        return it != fn_.callSites.end() && it->pc == pc_ ? &*it : nullptr;
    }

    uint64_t w() const { return fn_.code[pc_ + 1]; }

    // ---- the rules, one per opcode ------------------------------------------------------------

    bool instruction()
    {
        const uint32_t a = argA(ins_), b = argB(ins_), c = argC(ins_);
        const Op op = opOf(ins_);
        // Control must not run off the end of the code: only these never fall through.
        const bool fallsThrough = op != Op::Return && op != Op::Jump && op != Op::Panic && op != Op::PanicMsg;
        if (fallsThrough && next_ >= fn_.code.size())
            return fail("falls through past the end of the code");

        switch (op)
        {
        case Op::Nop:
        case Op::RunDefers: // lenient: any function may run its (possibly empty) defer list
        case Op::Return: return true;

        // Moves copy registers of one kind to registers of the same kind: exact, slot by slot.
        case Op::Move: return oneOf("B", b, {"S", "P"}) && kinds("A", a, kindsAt(b, 1));
        case Op::Move2: return oneOf("B", b, {"PS", "TD"}) && kinds("A", a, kindsAt(b, 2));
        case Op::Move3: return kinds("B", b, "PSS") && kinds("A", a, "PSS");
        case Op::MoveN:
            // C slots of any values (a call's parameters, a tuple): the same kinds on both sides.
            return window("B", b, c) && kinds("A", a, fn_.regKinds.data() + b, c);

        case Op::LoadInt: return kinds("A", a, "S");
        case Op::LoadConst: return kinds("A", a, "S");
        case Op::LoadString: return kinds("A", a, "PS") && index("string constant", b, m_.strings.size());
        // Lenient: zero is a valid value of every kind, so any whole values may be zeroed.
        case Op::LoadZero: return window("A", a, b);
        case Op::LoadType:
            // A type word held alone (type switches compare it with TypeOf's): descriptors are
            // outside the heap, and the code generator keeps them in pointer registers.
            if (!index("type word", b, m_.typeWords.size()))
                return false;
            if (!m_.typeWords[b])
                return fail("type word " + std::to_string(b) + " is null");
            return kinds("A", a, "P");

        case Op::Add:
        case Op::Sub:
        case Op::Mul:
        case Op::Div:
        case Op::Rem:
        case Op::DivU:
        case Op::RemU:
        case Op::And:
        case Op::Or:
        case Op::Xor:
        case Op::AndNot:
        case Op::Shl:
        case Op::Shr:
        case Op::ShrU:
        case Op::FAdd:
        case Op::FSub:
        case Op::FMul:
        case Op::FDiv:
        case Op::Lt:
        case Op::Le:
        case Op::LtU:
        case Op::LeU:
        case Op::FEq:
        case Op::FNe:
        case Op::FLt:
        case Op::FLe: return kinds("A", a, "S") && kinds("B", b, "S") && kinds("C", c, "S");
        case Op::AddImm:
        case Op::MulImm: return kinds("A", a, "S") && kinds("B", b, "S");
        case Op::DivImm:
        case Op::RemImm:
            // The immediate divisor is never 0 (the handler does not test it).
            if (c == 0)
                return fail("the immediate divisor C is 0");
            return kinds("A", a, "S") && kinds("B", b, "S");
        case Op::CheckShift: return kinds("A", a, "S");
        case Op::Neg:
        case Op::BitNot:
        case Op::Not:
        case Op::Sext8:
        case Op::Sext16:
        case Op::Sext32:
        case Op::Zext8:
        case Op::Zext16:
        case Op::Zext32:
        case Op::FNeg:
        case Op::FRound32:
        case Op::IntToF:
        case Op::UintToF:
        case Op::IntToF32:
        case Op::UintToF32:
        case Op::FToInt:
        case Op::FToUint: return kinds("A", a, "S") && kinds("B", b, "S");
        // One-slot equality compares bits and only reads: lenient on the operands' kinds. Go
        // compares ints, bools and pointers; the code generator also tests an interface for nil
        // by its type word (T) and compares pointers with a zero it loaded in a scalar register.
        // A data word (D) alone is no Go value.
        case Op::Eq:
        case Op::Ne: return kinds("A", a, "S") && oneOf("B", b, {"S", "P", "T"}) && oneOf("C", c, {"S", "P", "T"});
        case Op::SEq:
        case Op::SLt:
        case Op::SLe: return kinds("A", a, "S") && kinds("B", b, "PS") && kinds("C", c, "PS");
        case Op::IfaceEq: return kinds("A", a, "S") && kinds("B", b, "TD") && kinds("C", c, "TD");
        case Op::MemEq:
            return kinds("A", a, "S") && kinds("B", b, "P") && kinds("C", c, "P") && type("type", w());

        case Op::Jump: return target(int64_t(pc_) + 1 + argSBC(ins_));
        case Op::JumpIf:
        case Op::JumpIfNot: return kinds("A", a, "S") && target(int64_t(pc_) + 1 + argSBC(ins_));
        case Op::JumpLt:
        case Op::JumpGe:
        case Op::JumpLe:
        case Op::JumpGt:
        case Op::JumpFLt:
        case Op::JumpFLe:
        case Op::JumpFNlt:
        case Op::JumpFNle:
        case Op::JumpFEq:
        case Op::JumpFNe:
            return kinds("A", a, "S") && kinds("B", b, "S") && offsetWord(w(), "W") &&
                   target(int64_t(pc_) + 2 + int32_t(uint32_t(w())));
        case Op::JumpEq:
        case Op::JumpNe:
            // Lenient as Eq (above).
            return oneOf("A", a, {"S", "P", "T"}) && oneOf("B", b, {"S", "P", "T"}) && offsetWord(w(), "W") &&
                   target(int64_t(pc_) + 2 + int32_t(uint32_t(w())));
        case Op::JumpTable:
        {
            // Offsets count from the word after the table, which is also where an index out of
            // the table goes.
            if (!kinds("A", a, "S"))
                return false;
            const int64_t after = int64_t(pc_) + 1 + b;
            for (uint32_t i = 0; i < b; i++)
                if (!offsetWord(fn_.code[pc_ + 1 + i], "table entry") ||
                    !target(after + int32_t(uint32_t(fn_.code[pc_ + 1 + i]))))
                    return false;
            return target(after);
        }

        case Op::Concat: return kinds("A", a, "PS") && kinds("B", b, "PS") && kinds("C", c, "PS");
        case Op::StrIndex: return kinds("A", a, "S") && kinds("B", b, "PS") && kinds("C", c, "S");
        case Op::StrSlice:
            // W: bit 0 lo given (r[C]), bit 1 hi given (r[C+1]); the registers are read only then.
            if (w() > 3)
                return fail("W " + std::to_string(w()) + " has bits beyond the lo/hi flags");
            return kinds("A", a, "PS") && kinds("B", b, "PS") && ((w() & 1) == 0 || kinds("C (lo)", c, "S")) &&
                   ((w() & 2) == 0 || kinds("C+1 (hi)", c + 1, "S"));
        case Op::RuneToStr: return kinds("A", a, "PS") && kinds("B", b, "S");
        case Op::BytesToStr:
        case Op::RunesToStr: return kinds("A", a, "PS") && kinds("B", b, "PSS");
        case Op::StrToBytes:
        case Op::StrToRunes: return kinds("A", a, "PSS") && kinds("B", b, "PS");
        case Op::StrNext: return kinds("A", a, "SS") && kinds("B", b, "PS") && kinds("C", c, "S");

        // Memory: the address is a pointer; C is a byte offset (any 16-bit value).
        case Op::Load8:
        case Op::Load8U:
        case Op::Load16:
        case Op::Load16U:
        case Op::Load32:
        case Op::Load32U:
        case Op::LoadF32: return kinds("A", a, "S") && kinds("B", b, "P");
        // Eight bytes are a scalar or a pointer (a field of either type).
        case Op::Load64: return oneOf("A", a, {"S", "P"}) && kinds("B", b, "P");
        case Op::Load2: return oneOf("A", a, {"PS", "TD"}) && kinds("B", b, "P");
        case Op::Load3: return kinds("A", a, "PSS") && kinds("B", b, "P");
        case Op::Store8:
        case Op::Store16:
        case Op::Store32:
        case Op::StoreF32: return kinds("A", a, "P") && kinds("B", b, "S");
        case Op::Store64: return kinds("A", a, "P") && oneOf("B", b, {"S", "P"});
        case Op::Store2: return kinds("A", a, "P") && oneOf("B", b, {"PS", "TD"});
        case Op::Store3: return kinds("A", a, "P") && kinds("B", b, "PSS");
        case Op::Lea: return kinds("A", a, "P") && kinds("B", b, "P");
        // Reads only: a pointer, or an interface's type word (a method promoted through an
        // embedded interface field panics when that interface is nil).
        case Op::NilCheck: return oneOf("A", a, {"P", "T"});
        case Op::SliceToArrayPtr: return kinds("A", a, "P") && kinds("B", b, "PSS");
        case Op::FatalIfNil:
        case Op::NilCheckWrap: return kinds("A", a, "P") && index("string constant", b, m_.strings.size());
        case Op::CopyMem: return kinds("A", a, "P") && kinds("B", b, "P");
        case Op::New: return kinds("A", a, "P") && type("type", b);
        case Op::ZeroBlock: return kinds("A", a, "P") && type("type", b);
        case Op::NewCopy: return kinds("A", a, "P") && kinds("B", b, "P") && type("type", c);
        case Op::GlobalAddr:
        {
            // A byte offset into the globals (a zero-size global may sit at the very end).
            const int32_t off = argSBC(ins_);
            if (off < 0 || uint32_t(off) > m_.globalsSize)
                return fail("global offset " + std::to_string(off) + " is outside the globals (" +
                            std::to_string(m_.globalsSize) + " bytes)");
            return kinds("A", a, "P");
        }
        case Op::IndexAddr: return kinds("A", a, "P") && kinds("B", b, "PSS") && kinds("C", c, "S");
        case Op::ArrayAddr: return kinds("A", a, "P") && kinds("B", b, "P") && kinds("C", c, "S");
        // An 8-byte element is a scalar or a pointer.
        case Op::SliceGet64: return oneOf("A", a, {"S", "P"}) && kinds("B", b, "PSS") && kinds("C", c, "S");
        case Op::SliceSet64: return kinds("A", a, "PSS") && kinds("B", b, "S") && oneOf("C", c, {"S", "P"});
        case Op::SliceGet8U: return kinds("A", a, "S") && kinds("B", b, "PSS") && kinds("C", c, "S");
        case Op::Slice:
        case Op::SliceArray:
        {
            // Slice: W = element size | flags << 32; SliceArray: W = length << 32 | element size
            // | flags << 56 (a 24-bit length). Flags above 7 are a field that overflowed into
            // the next (an array longer than 2^24, or garbage).
            const bool arr = op == Op::SliceArray;
            const uint64_t flags = arr ? w() >> 56 : w() >> 32;
            if (flags > 7)
                return fail("W " + std::to_string(w()) + ": the lo/hi/max flags field is " + std::to_string(flags));
            return kinds("A", a, "PSS") && kinds("B", b, arr ? "P" : "PSS") &&
                   ((flags & 1) == 0 || kinds("C (lo)", c, "S")) && ((flags & 2) == 0 || kinds("C+1 (hi)", c + 1, "S")) &&
                   ((flags & 4) == 0 || kinds("C+2 (max)", c + 2, "S"));
        }
        case Op::MakeSlice:
            return kinds("A", a, "PSS") && kinds("B", b, "S") && kinds("C", c, "S") && type("element type", w());
        case Op::Grow: return kinds("A", a, "PSS") && kinds("B", b, "S") && type("element type", w());
        // append(s, t...) and copy(s, t) take a slice or (for []byte) a string.
        case Op::AppendSlice:
            return kinds("A", a, "PSS") && oneOf("B", b, {"PSS", "PS"}) && type("element type", w());
        case Op::CopySlice: return kinds("A", a, "S") && kinds("B", b, "PSS") && oneOf("C", c, {"PSS", "PS"});

        case Op::MakeMap:
        {
            const TypeDesc* t = type("map type", b, TypeKind8::Map);
            if (t && !t->mapType)
                return fail("map type " + std::to_string(b) + " (" + t->name + ") has no map layout");
            return t && kinds("A", a, "P") && kinds("C", c, "S");
        }
        // Lenient on the key (C) and value (A) windows: their types are the map's, known at
        // run time only; W gives the value's slot count, which must fit the frame.
        case Op::MapGet:
        case Op::MapGetOk:
        {
            const uint64_t n = w() & 0xffffffff;
            if (n == 0 || n > 3)
                return fail("W: a map value of " + std::to_string(n) + " slots (a value takes 1 to 3)");
            if (op == Op::MapGetOk)
            {
                const uint64_t ok = w() >> 32;
                if (ok >= kNoReg || !kinds("W (ok)", uint32_t(ok), "S"))
                    return ok >= kNoReg ? fail("W: the ok register " + std::to_string(ok) + " is not a register")
                                        : false;
            }
            else if (w() >> 32)
                return fail("W " + std::to_string(w()) + " has bits beyond the slot count");
            return kinds("B", b, "P") && first("C (key)", c) && window("A", a, size_t(n));
        }
        case Op::MapSet: return kinds("A", a, "P") && first("B (key)", b) && first("C (value)", c);
        case Op::MapDelete: return kinds("A", a, "P") && first("B (key)", b);
        case Op::MapLen: return kinds("A", a, "S") && kinds("B", b, "P");
        case Op::MapClear: return kinds("A", a, "P");
        case Op::MapIter: return kinds("A", a, "P") && kinds("B", b, "P");
        case Op::MapNext:
            return kinds("A", a, "P") && (b == kNoReg || first("B (key)", b)) && (c == kNoReg || first("C (value)", c)) &&
                   offsetWord(w(), "W") && target(int64_t(pc_) + 2 + int32_t(uint32_t(w())));

        // Interfaces: exact, since each names the type involved.
        case Op::Box:
        {
            if (!index("type word", c, m_.typeWords.size()))
                return false;
            const TypeDesc* t = dynamicType(m_.typeWords[c]);
            if (!t)
                return fail("type word " + std::to_string(c) + " names no type");
            return kinds("A", a, "TD") && kinds("B", b, slotPattern(*t));
        }
        case Op::IfaceConv:
            return kinds("A", a, "TD") && kinds("B", b, "TD") && type("interface type", c, TypeKind8::Interface);
        case Op::Assert:
        case Op::AssertOk:
        {
            const TypeDesc* t = type("type", c);
            if (!t || !kinds("A", a, slotPattern(*t)) || !kinds("B", b, "TD"))
                return false;
            // W: Assert's operand interface type (for the panic message); AssertOk's ok register.
            if (op == Op::Assert)
                return type("W (operand type)", w(), TypeKind8::Interface) != nullptr;
            return w() < kNoReg ? kinds("W (ok)", uint32_t(w()), "S")
                                : fail("W: the ok register " + std::to_string(w()) + " is not a register");
        }
        case Op::AssertIface:
        case Op::AssertIfaceOk:
            if (!kinds("A", a, "TD") || !kinds("B", b, "TD") || !type("interface type", c, TypeKind8::Interface))
                return false;
            if (op == Op::AssertIface)
                return type("W (operand type)", w(), TypeKind8::Interface) != nullptr;
            return w() < kNoReg ? kinds("W (ok)", uint32_t(w()), "S")
                                : fail("W: the ok register " + std::to_string(w()) + " is not a register");
        // A TypeDesc* alone: outside the heap, kept in a pointer register (see LoadType).
        case Op::TypeOf: return kinds("A", a, "P") && kinds("B", b, "TD");
        case Op::Implements:
            return kinds("A", a, "S") && kinds("B", b, "P") && type("interface type", c, TypeKind8::Interface);
        case Op::Unbox:
        {
            const TypeDesc* t = type("type", c);
            return t && kinds("A", a, slotPattern(*t)) && kinds("B", b, "TD");
        }

        case Op::Call:
        case Op::CallNative:
        {
            // The callee is known: exact windows. Call pushes a frame and runs its bytecode, so
            // its callee must have some; CallNative is what the code generator emits for natives.
            const Function* callee = function(w());
            if (!callee)
                return false;
            if ((op == Op::Call) != (callee->native == nullptr))
                return fail(op == Op::Call ? "calls native " + callee->name + " with Call (needs CallNative)"
                                           : "calls " + callee->name + ", which is not native, with CallNative");
            if (facts_)
                facts_->directCalls.push_back({pc_, w()});
            return callWindows(*callee, 0);
        }
        case Op::CallClosure:
        case Op::CallIface:
        {
            // The callee is known at run time only. The code generator records, where it can,
            // the windows' kinds and an interface's method count (Function::callSites): then
            // exact. Elsewhere lenient: the windows only start inside the frame (or just past it,
            // when empty).
            const bool iface = op == Op::CallIface;
            if (!kinds("C", c, iface ? "TD" : "P"))
                return false;
            if (iface && (w() >> 32))
                return fail("method index " + std::to_string(int64_t(w())) + " is not an index");
            if (const Function::CallSite* s = callSite())
            {
                if (iface && w() >= s->methods)
                    return fail("method index " + std::to_string(w()) + " is beyond the interface's " +
                                std::to_string(s->methods) + " methods");
                return kinds("A (arguments)", a, s->args) && kinds("B (results)", b, s->results);
            }
            if (a > fn_.numRegs || b > fn_.numRegs)
                return fail("A or B (the argument and result windows) start beyond the frame (" +
                            std::to_string(fn_.numRegs) + " registers)");
            return true;
        }
        case Op::Closure:
        {
            // C registers listed four to a word after W. The collector traces every capture as a
            // pointer (Interpreter::closureLayout): captured variables live in cells, so each
            // listed register is a pointer. (Opcodes.h's "0xffff: from register B" form is not
            // implemented by the interpreter, which would read 65535 captures.)
            if (c == kNoReg)
                return fail("C is 0xffff: the interpreter has no register-range form of Closure");
            const Function* made = function(w());
            if (!made || !kinds("A", a, "P"))
                return false;
            std::string capKinds;
            for (uint32_t i = 0; i < c; i++)
            {
                const uint32_t r = uint16_t(fn_.code[pc_ + 2 + i / 4] >> (16 * (i % 4)));
                if ((r >= fn_.numRegs || fn_.regKinds[r] != GcWordKind::Pointer) &&
                    !kinds(("capture " + std::to_string(i)).c_str(), r, "P"))
                    return false;
                capKinds += 'P';
            }
            if (facts_)
                facts_->closures[w()].push_back({&fn_, pc_, capKinds});
            return true;
        }
        // Checked against every Closure that makes this function, in verifyModule.
        case Op::GetCapture:
            if (!inFrame("A", a, 1))
                return false;
            if (facts_)
                facts_->captureUses.push_back({pc_, b, letter(fn_.regKinds[a])});
            return true;
        case Op::Defer:
        case Op::Go: return kinds("A", a, "P");
        case Op::Recover:
            if (b > 1)
                return fail("Recover's B is 0 or 1, not " + std::to_string(b));
            return kinds("A", a, "TD");
        case Op::Panic: return kinds("A", a, "TD");
        case Op::PanicMsg: return index("string constant", b, m_.strings.size());

        case Op::MakeChan:
        {
            const TypeDesc* t = type("channel type", b, TypeKind8::Chan);
            if (t && !t->elem)
                return fail("channel type " + std::to_string(b) + " (" + t->name + ") has no element type");
            return t && kinds("A", a, "P") && kinds("C", c, "S");
        }
        // Lenient on the element (its type is the channel's, known at run time only).
        case Op::Send: return kinds("A", a, "P") && first("B (value)", b);
        case Op::Recv: return kinds("B", b, "P") && (a == kNoReg || first("A (value)", a)) && maybeReg("C (ok)", c, "S");
        case Op::Close: return kinds("A", a, "P");
        case Op::ChanLen:
        case Op::ChanCap: return kinds("A", a, "S") && kinds("B", b, "P");
        case Op::Select:
        {
            // B case words: bit 0 send | channel << 16 | value << 32 | ok << 48. A send needs its
            // value; a receive may discard it (0xffff). Value extents are lenient (channel types).
            if (c > 1)
                return fail("C " + std::to_string(c) + " is not 0 or 1 (has default)");
            if (!kinds("A", a, "S"))
                return false;
            for (uint32_t i = 0; i < b; i++)
            {
                const uint64_t word = fn_.code[pc_ + 1 + i];
                const uint32_t ch = uint16_t(word >> 16), val = uint16_t(word >> 32), ok = uint16_t(word >> 48);
                const std::string at = "case " + std::to_string(i);
                if (word & 0xfffe)
                    return fail(at + ": word " + std::to_string(word) + " has bits beyond the send flag");
                if (!kinds((at + " channel").c_str(), ch, "P"))
                    return false;
                if ((word & 1) && val == kNoReg)
                    return fail(at + ": a send without a value");
                if (val != kNoReg && !first((at + " value").c_str(), val))
                    return false;
                if (!maybeReg((at + " ok").c_str(), ok, "S"))
                    return false;
            }
            return true;
        }
        case Op::Print:
        {
            // C: bit 0 a space before, bit 1 the newline only (then A and B are not read).
            if (c > 3)
                return fail("C " + std::to_string(c) + " has bits beyond the println flags");
            if (c & 2)
                return true;
            const TypeDesc* t = type("type", b);
            return t && kinds("A", a, slotPattern(*t));
        }
        case Op::Count: break;
        }
        return fail("opcode does not exist");
    }
};

// The rules across functions, for function `self`, from the facts the passes left.
std::optional<VerifyError> crossCheck(const Module& m, size_t self, const Facts& own,
                                      const std::map<uint64_t, std::vector<ClosureSite>>& closures,
                                      const std::vector<bool>& readsCaptures)
{
    const Function& fn = *m.functions[self];
    // A function reading captures runs only as a closure: its frame's closure is made by one of
    // the Closure instructions naming it, each of which must capture enough registers, of the
    // kind the reader's destination has (captures are copied register to register).
    if (auto it = closures.find(self); it != closures.end())
        for (const CaptureUse& u : own.captureUses)
            for (const ClosureSite& s : it->second)
            {
                const std::string site = "the Closure at " + s.maker->name + " pc " + std::to_string(s.pc);
                if (u.index >= s.captureKinds.size())
                    return FunctionVerifier::error(m, fn, int64_t(u.pc),
                                                   "reads capture " + std::to_string(u.index) + ", but " + site +
                                                       " captures " + std::to_string(s.captureKinds.size()));
                if (s.captureKinds[u.index] != u.kind)
                    return FunctionVerifier::error(m, fn, int64_t(u.pc),
                                                   std::string("A is ") + u.kind + ", but capture " +
                                                       std::to_string(u.index) + " of " + site + " is " +
                                                       s.captureKinds[u.index]);
            }
    // A direct call has no closure: its callee must not read captures.
    for (const DirectCall& d : own.directCalls)
        if (readsCaptures[d.callee])
            return FunctionVerifier::error(m, fn, int64_t(d.pc),
                                           "calls " + m.functions[d.callee]->name +
                                               " directly, but it reads captures (only a closure of it can run)");
    return std::nullopt;
}

} // namespace

std::string VerifyError::format() const
{
    std::string s = "internal compiler error: bytecode verifier: " + function;
    if (!file.empty())
        s += " (" + file + ":" + std::to_string(line) + ")";
    if (pc >= 0)
        s += " pc " + std::to_string(pc) + " `" + instruction + "`";
    return s + ": " + rule;
}

std::optional<VerifyError> verifyFunction(const Module& module, const Function& fn)
{
    return FunctionVerifier(module, fn, nullptr).run();
}

std::optional<VerifyError> verifyModule(const Module& m)
{
    if (!m.entry)
        return VerifyError{"(module)", "", 0, -1, "", "has no entry function"};
    if (m.entry->paramSlots != 0 || m.entry->resultSlots != 0)
        return FunctionVerifier::error(m, *m.entry, -1, "is the entry but takes parameters or returns results");

    // Strings and type words are named only by 16-bit operands (LoadString, PanicMsg,
    // NilCheckWrap; LoadType, Box): an entry past 65535 could only be reached through an index
    // the code generator truncated. (Types are also named by W words, so typeTable may be longer.)
    if (m.strings.size() > 65536)
        return VerifyError{"(module)", "", 0, -1, "",
                           "has " + std::to_string(m.strings.size()) +
                               " string constants; their 16-bit operands name at most 65536"};
    if (m.typeWords.size() > 65536)
        return VerifyError{"(module)", "", 0, -1, "",
                           "has " + std::to_string(m.typeWords.size()) +
                               " type words; their 16-bit operands name at most 65536"};

    // Per function, keeping the facts the rules across functions need.
    std::vector<Facts> facts(m.functions.size());
    std::map<uint64_t, std::vector<ClosureSite>> closures; // by the made function's index
    std::vector<bool> readsCaptures(m.functions.size(), false);
    for (size_t i = 0; i < m.functions.size(); i++)
    {
        const Function* fn = m.functions[i].get();
        if (!fn)
            return VerifyError{"(module)", "", 0, -1, "", "function " + std::to_string(i) + " is null"};
        if (auto e = FunctionVerifier(m, *fn, &facts[i]).run())
            return e;
        readsCaptures[i] = !facts[i].captureUses.empty();
        for (auto& [made, sites] : facts[i].closures)
            closures[made].insert(closures[made].end(), sites.begin(), sites.end());
    }
    for (size_t i = 0; i < m.functions.size(); i++)
        if (auto e = crossCheck(m, i, facts[i], closures, readsCaptures))
            return e;
    // Method tables are called through CallIface with no closure: they must not read captures.
    std::vector<const Function*> capturing;
    for (size_t i = 0; i < m.functions.size(); i++)
        if (readsCaptures[i])
            capturing.push_back(m.functions[i].get());
    auto inTable = [&](const Function* fn, const std::string& owner) -> std::optional<VerifyError> {
        if (fn && std::find(capturing.begin(), capturing.end(), fn) != capturing.end())
            return FunctionVerifier::error(m, *fn, -1, "is in the method table of " + owner +
                                                           " but reads captures (it runs without a closure)");
        return std::nullopt;
    };
    if (!capturing.empty())
    {
        for (const auto& t : m.types)
            for (const MethodDesc& md : t->methods)
                if (auto e = inTable(md.fn, t->name))
                    return e;
        for (const auto& tab : m.itabs)
            for (const Function* fn : tab->fns)
                if (auto e = inTable(fn, tab->type ? tab->type->name : "an itab"))
                    return e;
    }
    return std::nullopt;
}

bool verifierEnabled()
{
#ifndef NDEBUG
    return true;
#else
    // Read once: the code generator asks for every call site it records.
    static const bool on = [] {
        const char* v = std::getenv("WEFT_VERIFY");
        return v && *v && std::string_view(v) != "0";
    }();
    return on;
#endif
}

} // namespace weft
