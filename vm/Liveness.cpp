#include "vm/Liveness.h"

#include "vm/TypeDesc.h"

#include <algorithm>

namespace weft {

namespace {

// The widest value a register window holds: a slice.
constexpr uint32_t kWidest = 3;

// A register window an instruction reads or writes.
struct Window
{
    uint32_t reg, n;
};

// What one instruction does to registers, over-approximated as the header says, and where
// control goes next.
struct Effects
{
    std::vector<Window> uses, defs;
    std::vector<uint32_t> succ; // instruction starts (may equal the code size: the end)
};

uint32_t slotsOf(const Module* m, uint32_t typeIndex)
{
    if (m && typeIndex < m->typeTable.size() && m->typeTable[typeIndex])
        return m->typeTable[typeIndex]->slots;
    return kWidest;
}

// Fills e for the instruction at pc (end: the pc after its words). Every register window of
// Opcodes.h's documentation is listed; an unknown width is kWidest, or everything from the
// window's first register (call arguments); a write that may not happen is no write.
void effects(const Function& fn, const Module* m, uint32_t pc, uint32_t end, Effects& e)
{
    const std::vector<Instr>& code = fn.code;
    const Instr ins = code[pc];
    const uint32_t a = argA(ins), b = argB(ins), c = argC(ins);
    const uint32_t all = fn.numRegs;
    auto use = [&](uint32_t r, uint32_t n = 1) {
        if (r != kNoReg)
            e.uses.push_back({r, n});
    };
    auto def = [&](uint32_t r, uint32_t n = 1) {
        if (r != kNoReg)
            e.defs.push_back({r, n});
    };
    auto jumpW = [&] { e.succ.push_back(uint32_t(int64_t(end) + int32_t(uint32_t(code[pc + 1])))); };
    bool fallsThrough = true;
    switch (opOf(ins))
    {
    case Op::Nop:
    case Op::RunDefers:
    case Op::PanicMsg: break;
    case Op::Move: use(b), def(a); break;
    case Op::Move2: use(b, 2), def(a, 2); break;
    case Op::Move3: use(b, 3), def(a, 3); break;
    case Op::MoveN: use(b, c), def(a, c); break;
    case Op::LoadInt:
    case Op::LoadConst:
    case Op::LoadType:
    case Op::GlobalAddr:
    case Op::GetCapture:
    case Op::New: def(a); break;
    case Op::LoadString: def(a, 2); break;
    case Op::LoadZero: def(a, b); break;
    case Op::Add: case Op::Sub: case Op::Mul: case Op::Div: case Op::Rem: case Op::DivU: case Op::RemU:
    case Op::And: case Op::Or: case Op::Xor: case Op::AndNot: case Op::Shl: case Op::Shr: case Op::ShrU:
    case Op::FAdd: case Op::FSub: case Op::FMul: case Op::FDiv:
    case Op::Eq: case Op::Ne: case Op::Lt: case Op::Le: case Op::LtU: case Op::LeU:
    case Op::FEq: case Op::FNe: case Op::FLt: case Op::FLe:
    case Op::MemEq:
    case Op::ArrayAddr:
    case Op::MakeMap:
        use(b), use(c), def(a);
        break;
    case Op::AddImm: case Op::MulImm: case Op::DivImm: case Op::RemImm:
    case Op::Neg: case Op::BitNot: case Op::Not:
    case Op::Sext8: case Op::Sext16: case Op::Sext32: case Op::Zext8: case Op::Zext16: case Op::Zext32:
    case Op::FNeg: case Op::FRound32: case Op::IntToF: case Op::UintToF: case Op::IntToF32: case Op::UintToF32:
    case Op::FToInt: case Op::FToUint:
    case Op::Load8: case Op::Load8U: case Op::Load16: case Op::Load16U: case Op::Load32: case Op::Load32U:
    case Op::Load64: case Op::LoadF32:
    case Op::Lea:
    case Op::NewCopy:
    case Op::MapLen:
    case Op::MapIter:
    case Op::Implements:
    case Op::ChanLen:
    case Op::ChanCap:
        use(b), def(a);
        break;
    case Op::Load2: use(b), def(a, 2); break;
    case Op::Load3: use(b), def(a, 3); break;
    case Op::CheckShift:
    case Op::NilCheck:
    case Op::MapClear:
    case Op::Defer:
    case Op::Go:
    case Op::Close:
    case Op::ZeroBlock: // writes r[A] only if it is nil
        use(a);
        break;
    case Op::FatalIfNil:
    case Op::NilCheckWrap: use(a); break;
    case Op::Store8: case Op::Store16: case Op::Store32: case Op::Store64: case Op::StoreF32: use(a), use(b); break;
    case Op::Store2: use(a), use(b, 2); break;
    case Op::Store3: use(a), use(b, 3); break;
    case Op::CopyMem: use(a), use(b); break;
    case Op::SEq: case Op::SLt: case Op::SLe:
    case Op::IfaceEq: use(b, 2), use(c, 2), def(a); break;
    case Op::Concat: use(b, 2), use(c, 2), def(a, 2); break;
    case Op::StrIndex: use(b, 2), use(c), def(a); break;
    case Op::StrSlice: use(b, 2), use(c, 2), def(a, 2); break;
    case Op::RuneToStr: use(b), def(a, 2); break;
    case Op::BytesToStr:
    case Op::RunesToStr: use(b, 3), def(a, 2); break;
    case Op::StrToBytes:
    case Op::StrToRunes: use(b, 2), def(a, 3); break;
    case Op::StrNext: use(b, 2), use(c), def(a, 2); break;
    case Op::SliceToArrayPtr: use(b, 3), def(a); break;
    case Op::IndexAddr:
    case Op::SliceGet64:
    case Op::SliceGet8U: use(b, 3), use(c), def(a); break;
    case Op::SliceSet64: use(a, 3), use(b), use(c); break;
    case Op::Slice: use(b, 3), use(c, 3), def(a, 3); break;
    case Op::SliceArray: use(b), use(c, 3), def(a, 3); break;
    case Op::MakeSlice: use(b), use(c), def(a, 3); break;
    case Op::Grow: use(a, 3), use(b); break;
    case Op::AppendSlice: use(a, 3), use(b, 3); break;
    case Op::CopySlice: use(b, 3), use(c, 3), def(a); break;
    case Op::MapGet:
    case Op::MapGetOk: use(b), use(c, 2); break; // the key is at most 2 slots; the writes may be partial
    case Op::MapSet: use(a), use(b, 2), use(c, kWidest); break;
    case Op::MapDelete: use(a), use(b, 2); break;
    case Op::MapNext: // writes key and value only when not done
        use(a);
        jumpW();
        break;
    case Op::Box: use(b, kWidest), def(a, 2); break;
    case Op::IfaceConv: use(b, 2), def(a, 2); break;
    case Op::Assert:
    case Op::Unbox: use(b, 2), def(a, slotsOf(m, c)); break;
    case Op::AssertOk:
    case Op::AssertIface:
    case Op::AssertIfaceOk: use(b, 2); break;
    case Op::TypeOf: use(b, 2), def(a); break;
    case Op::Call:
    {
        const uint32_t w = uint32_t(code[pc + 1]);
        const Function* callee = m && w < m->functions.size() ? m->functions[w].get() : nullptr;
        use(a, callee ? callee->paramSlots : all);
        break;
    }
    case Op::CallNative:
    {
        const uint32_t w = uint32_t(code[pc + 1]);
        const Function* callee = m && w < m->functions.size() ? m->functions[w].get() : nullptr;
        use(a, callee ? callee->paramSlots : all);
        break;
    }
    case Op::CallClosure: use(c), use(a, all); break; // the argument count is the callee's
    case Op::CallIface: use(c, 2), use(a, all); break;
    case Op::Return:
        use(fn.paramSlots, fn.resultSlots);
        fallsThrough = false;
        break;
    case Op::Closure:
        if (c == kNoReg)
            use(0, all);
        else
            for (uint32_t i = 0; i < c; i++)
                use(uint32_t(uint16_t(code[pc + 2 + i / 4] >> (16 * (i % 4)))));
        def(a);
        break;
    case Op::Recover: def(a, 2); break;
    case Op::Panic:
        use(a, 2);
        fallsThrough = false;
        break;
    case Op::MakeChan: use(c), def(a); break;
    case Op::Send: use(a), use(b, kWidest); break;
    case Op::Recv:
        // It writes its value's first slot and ok when it completes; while it is parked, a
        // sender may already have written them (liveAt keeps them then).
        use(b), def(a), def(c);
        break;
    case Op::Select:
        for (uint32_t i = 0; i < b; i++)
        {
            const uint64_t word = code[pc + 1 + i];
            use(uint16_t(word >> 16));
            if (word & 1)
                use(uint16_t(word >> 32), kWidest);
        }
        break;
    case Op::Print:
        if (!(c & 2))
            use(a, slotsOf(m, b));
        break;
    case Op::Jump:
        e.succ.push_back(uint32_t(int64_t(end) + argSBC(ins)));
        fallsThrough = false;
        break;
    case Op::JumpIf:
    case Op::JumpIfNot:
        use(a);
        e.succ.push_back(uint32_t(int64_t(end) + argSBC(ins)));
        break;
    case Op::JumpLt: case Op::JumpGe: case Op::JumpLe: case Op::JumpGt: case Op::JumpEq: case Op::JumpNe:
    case Op::JumpFLt: case Op::JumpFLe: case Op::JumpFNlt: case Op::JumpFNle: case Op::JumpFEq: case Op::JumpFNe:
        use(a), use(b);
        jumpW();
        break;
    case Op::JumpTable:
        use(a);
        for (uint32_t i = 0; i < b; i++)
            e.succ.push_back(uint32_t(int64_t(end) + int32_t(uint32_t(code[pc + 1 + i]))));
        break;
    default: // an opcode this table does not know: everything is read
        use(0, all);
        break;
    }
    if (fallsThrough)
        e.succ.push_back(end);
}

} // namespace

std::unique_ptr<FrameLiveness> FrameLiveness::compute(const Function& fn, const Module& module)
{
    const size_t n = fn.code.size();
    auto l = std::make_unique<FrameLiveness>();
    l->fn_ = &fn;
    l->dense_.assign(fn.numRegs, kNone);
    for (uint32_t r = 0; r < fn.numRegs && r < fn.regKinds.size(); r++)
        if (fn.regKinds[r] != GcWordKind::Scalar)
        {
            l->dense_[r] = uint32_t(l->regOf_.size());
            l->regOf_.push_back(r);
        }
    l->words_ = (l->regOf_.size() + 63) / 64;
    // Instruction boundaries; a malformed tail leaves the function without liveness.
    l->slotOf_.assign(n + 1, kNone);
    l->prevStart_.assign(n + 1, kNone);
    std::vector<uint32_t> starts;
    for (uint32_t pc = 0; pc < n;)
    {
        if (opOf(fn.code[pc]) >= Op::Count)
            return nullptr;
        const uint32_t w = uint32_t(instrWords(fn.code[pc]));
        if (pc + w > n)
            return nullptr;
        l->slotOf_[pc] = uint32_t(starts.size());
        starts.push_back(pc);
        l->prevStart_[pc + w] = pc;
        pc += w;
    }
    const size_t ninstr = starts.size();
    // Beyond this the table costs more memory than scanning everything saves.
    if (l->words_ == 0 || ninstr * l->words_ > (size_t{1} << 22))
        return nullptr;

    std::vector<Effects> eff(ninstr);
    l->scriptCall_.assign(ninstr, 0);
    for (size_t i = 0; i < ninstr; i++)
    {
        const uint32_t pc = starts[i];
        const uint32_t end = i + 1 < ninstr ? starts[i + 1] : uint32_t(n);
        effects(fn, &module, pc, end, eff[i]);
        const Op op = opOf(fn.code[pc]);
        l->scriptCall_[i] = op == Op::Call || op == Op::CallClosure || op == Op::CallIface;
        for (uint32_t s : eff[i].succ)
            if (s > n || (s < n && l->slotOf_[s] == kNone))
                return nullptr; // a jump into the middle of an instruction: do not guess
    }

    // Backward dataflow to a fixed point: liveIn = uses | (union of successors' liveIn - defs).
    const size_t W = l->words_;
    l->liveIn_.assign(ninstr * W, 0);
    std::vector<uint64_t> useBits(ninstr * W, 0), defBits(ninstr * W, 0);
    auto setBits = [&](std::vector<uint64_t>& bits, size_t i, const Window& w) {
        const uint64_t last = std::min<uint64_t>(uint64_t(w.reg) + w.n, fn.numRegs);
        for (uint64_t r = w.reg; r < last; r++)
            if (l->dense_[r] != kNone)
                bits[i * W + l->dense_[r] / 64] |= uint64_t(1) << (l->dense_[r] % 64);
    };
    for (size_t i = 0; i < ninstr; i++)
    {
        for (const Window& w : eff[i].uses)
            setBits(useBits, i, w);
        for (const Window& w : eff[i].defs)
            setBits(defBits, i, w);
    }
    std::vector<uint64_t> out(W);
    for (bool changed = true; changed;)
    {
        changed = false;
        for (size_t i = ninstr; i-- > 0;)
        {
            std::fill(out.begin(), out.end(), 0);
            for (uint32_t s : eff[i].succ)
                if (s < n)
                    for (size_t k = 0; k < W; k++)
                        out[k] |= l->liveIn_[size_t(l->slotOf_[s]) * W + k];
            for (size_t k = 0; k < W; k++)
            {
                const uint64_t in = useBits[i * W + k] | (out[k] & ~defBits[i * W + k]);
                uint64_t& cur = l->liveIn_[i * W + k];
                if (in != cur)
                {
                    cur |= in; // monotone: bits only ever join
                    changed = true;
                }
            }
        }
    }
    return l;
}

void FrameLiveness::orInto(uint32_t slot, std::vector<uint64_t>& dense) const
{
    const uint64_t* row = liveIn_.data() + size_t(slot) * words_;
    for (size_t k = 0; k < words_; k++)
        dense[k] |= row[k];
}

bool FrameLiveness::liveAt(uint32_t pc, bool inScriptCall, std::vector<uint64_t>& live) const
{
    const size_t n = fn_->code.size();
    if (pc > n || (pc < n && slotOf_[pc] == kNone))
        return false;
    live.assign(words_, 0);
    const uint32_t prev = prevStart_[pc];
    if (pc < n)
        orInto(slotOf_[pc], live);
    // Resuming after a script call needs only what is read from pc on; anything else may be in
    // the middle of the instruction ending at pc, or about to run the one starting there.
    if (prev != kNone && !(inScriptCall && scriptCall_[slotOf_[prev]]))
        orInto(slotOf_[prev], live);
    // Parked at a receive: a sender may have written the destination registers already.
    if (pc < n)
    {
        const Instr ins = fn_->code[pc];
        std::vector<uint32_t> dests;
        if (opOf(ins) == Op::Recv)
            dests = {argA(ins), argA(ins) + 1, argA(ins) + 2, argC(ins)};
        else if (opOf(ins) == Op::Select)
            for (uint32_t i = 0; i < argB(ins) && pc + 1 + i < n; i++)
            {
                const uint64_t word = fn_->code[pc + 1 + i];
                const uint32_t val = uint16_t(word >> 32), ok = uint16_t(word >> 48);
                if (!(word & 1))
                    dests.insert(dests.end(), {val, val + 1, val + 2, ok});
            }
        for (uint32_t r : dests)
            if (r < fn_->numRegs && dense_[r] != kNone)
                live[dense_[r] / 64] |= uint64_t(1) << (dense_[r] % 64);
    }
    // A deferred call that recovers makes the frame continue at its epilogue, from any point.
    if (fn_->hasDefer && fn_->epilogue < n && slotOf_[fn_->epilogue] != kNone)
        orInto(slotOf_[fn_->epilogue], live);
    return true;
}

} // namespace weft
