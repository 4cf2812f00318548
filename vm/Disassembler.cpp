#include "vm/Disassembler.h"

#include <cstdio>

namespace weft {

namespace {

std::string quote(const GoString& s)
{
    std::string out = "\"";
    for (int64_t i = 0; i < s.len; i++)
    {
        unsigned char c = s.ptr[i];
        if (c == '"' || c == '\\')
            out += '\\', out += char(c);
        else if (c == '\n')
            out += "\\n";
        else if (c == '\t')
            out += "\\t";
        else if (c < 0x20 || c == 0x7f)
        {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        }
        else
            out += char(c);
    }
    return out + "\"";
}

std::string typeWordName(const void* word)
{
    const TypeDesc* t = dynamicType(word);
    if (!t)
        return "nil";
    if (*static_cast<const uint32_t*>(word) & kTypeIsItab)
        return t->name + " as " + static_cast<const Itab*>(word)->iface->name;
    return t->name;
}

std::string reg(uint32_t r)
{
    if (r == kNoReg)
        return "-";
    std::string s = "r";
    s += std::to_string(r); // (not "r" + ...: GCC 12 warns falsely about that under -O2)
    return s;
}

// Operands B and C are registers unless the opcode's documentation (Opcodes.h) says they are
// something else: a count, a byte offset, a signed immediate, or an index into a module table.
enum class Operand : uint8_t { Reg, Number, Signed, Unused };

Operand operandB(Op op)
{
    switch (op)
    {
    case Op::LoadString:
    case Op::LoadZero:
    case Op::LoadType:
    case Op::New:
    case Op::MakeMap:
    case Op::MakeChan:
    case Op::Select:
    case Op::GetCapture:
    case Op::Print:
    case Op::PanicMsg:
    case Op::JumpTable:
    case Op::Closure: return Operand::Number;
    case Op::LoadConst: return Operand::Unused;
    default: return Operand::Reg;
    }
}

Operand operandC(Op op)
{
    switch (op)
    {
    case Op::AddImm:
    case Op::MulImm:
    case Op::DivImm:
    case Op::RemImm: return Operand::Signed;
    case Op::Call:
    case Op::CallNative: return Operand::Unused;
    case Op::MoveN:
    case Op::Load8:
    case Op::Load8U:
    case Op::Load16:
    case Op::Load16U:
    case Op::Load32:
    case Op::Load32U:
    case Op::Load64:
    case Op::LoadF32:
    case Op::Load2:
    case Op::Load3:
    case Op::Store8:
    case Op::Store16:
    case Op::Store32:
    case Op::Store64:
    case Op::StoreF32:
    case Op::Store2:
    case Op::Store3:
    case Op::Lea:
    case Op::NewCopy:
    case Op::Box:
    case Op::IfaceConv:
    case Op::Assert:
    case Op::AssertOk:
    case Op::AssertIface:
    case Op::AssertIfaceOk:
    case Op::Implements:
    case Op::Unbox:
    case Op::Print:
    case Op::Closure: return Operand::Number;
    default: return Operand::Reg;
    }
}

std::string operand(Operand kind, uint32_t v)
{
    switch (kind)
    {
    case Operand::Reg: return reg(v);
    case Operand::Signed: return std::to_string(int16_t(uint16_t(v)));
    default: return std::to_string(v);
    }
}

} // namespace

std::string disassembleInstruction(const Module& m, const Function& fn, size_t pc, size_t* nextOut)
{
    const size_t n = fn.code.size();
    if (pc >= n)
    {
        if (nextOut)
            *nextOut = n;
        return "  ?? past the end";
    }
    const Instr ins = fn.code[pc];
    const Op op = opOf(ins);
    if (op >= Op::Count)
    {
        if (nextOut)
            *nextOut = n;
        return "  ?? bad opcode";
    }
    const OpInfo& info = kOpInfo[int(op)];
    const size_t at = pc++;
    // The extra words: fixed ones, then the variable tails of Closure and JumpTable.
    const uint64_t w = info.extraWords && pc < n ? fn.code[pc] : 0;
    pc += info.extraWords;
    size_t tail = 0;
    if (op == Op::Closure && argC(ins) != kNoReg)
        tail = (argC(ins) + 3) / 4;
    else if (op == Op::JumpTable || op == Op::Select)
        tail = argB(ins);

    char head[48];
    std::snprintf(head, sizeof head, "  %4zu  [%d]  %-12s", at, at < fn.lines.size() ? fn.lines[at] : 0, info.name);
    std::string line = head;
    switch (info.shape)
    {
    case OpShape::N: break;
    case OpShape::A: line += reg(argA(ins)); break;
    case OpShape::AB:
        line += reg(argA(ins));
        if (operandB(op) != Operand::Unused)
            line += ", " + operand(operandB(op), argB(ins));
        break;
    case OpShape::ABC:
        line += reg(argA(ins)) + ", " + operand(operandB(op), argB(ins));
        if (operandC(op) != Operand::Unused)
            line += ", " + operand(operandC(op), argC(ins));
        break;
    case OpShape::AsBC: line += reg(argA(ins)) + ", " + std::to_string(argSBC(ins)); break;
    case OpShape::sBC: line += std::to_string(argSBC(ins)); break;
    }
    if (info.extraWords)
        line += "  W=" + std::to_string(int64_t(w));

    // What the operands name.
    std::string note;
    const size_t next = pc + tail;
    auto target = [&](int64_t off) { note = "-> " + std::to_string(int64_t(next) + off); };
    auto fnName = [&](uint64_t i) { note = i < m.functions.size() ? m.functions[i]->name : "?"; };
    switch (op)
    {
    case Op::Jump: target(argSBC(ins)); break;
    case Op::JumpIf:
    case Op::JumpIfNot: target(argSBC(ins)); break;
    case Op::JumpLt:
    case Op::JumpGe:
    case Op::JumpLe:
    case Op::JumpGt:
    case Op::JumpEq:
    case Op::JumpNe:
    case Op::JumpFLt:
    case Op::JumpFLe:
    case Op::JumpFNlt:
    case Op::JumpFNle:
    case Op::JumpFEq:
    case Op::JumpFNe: target(int32_t(uint32_t(w))); break;
    case Op::MapNext: target(int32_t(uint32_t(w))); break;
    case Op::LoadString:
        if (argB(ins) < m.strings.size())
            note = quote(m.strings[argB(ins)]);
        break;
    case Op::PanicMsg:
        if (argB(ins) < m.strings.size())
            note = quote(m.strings[argB(ins)]);
        break;
    case Op::LoadType:
        if (argB(ins) < m.typeWords.size())
            note = typeWordName(m.typeWords[argB(ins)]);
        break;
    case Op::Box:
    case Op::IfaceConv:
        if (argC(ins) < m.typeWords.size())
            note = typeWordName(m.typeWords[argC(ins)]);
        break;
    case Op::New:
    case Op::MakeMap:
    case Op::MakeChan:
    case Op::Print:
        if (argB(ins) < m.typeTable.size())
            note = m.typeTable[argB(ins)]->name;
        break;
    case Op::NewCopy:
    case Op::Assert:
    case Op::AssertOk:
    case Op::AssertIface:
    case Op::AssertIfaceOk:
    case Op::Implements:
    case Op::Unbox:
        if (argC(ins) < m.typeTable.size())
            note = m.typeTable[argC(ins)]->name;
        break;
    case Op::MakeSlice:
    case Op::Grow:
    case Op::AppendSlice:
        if (w < m.typeTable.size())
            note = m.typeTable[w]->name;
        break;
    case Op::Call:
    case Op::CallNative:
    case Op::Closure: fnName(w); break;
    default: break;
    }
    if (!note.empty())
    {
        if (line.size() < 48)
            line.resize(48, ' ');
        line += "  ; " + note;
    }
    if (nextOut)
        *nextOut = next;
    return line;
}

std::string disassemble(const Module& m, const Function& fn)
{
    std::string out = "function " + fn.name;
    if (!fn.file.empty())
        out += " (" + fn.file + ":" + std::to_string(fn.line) + ")";
    out += " params=" + std::to_string(fn.paramSlots) + " results=" + std::to_string(fn.resultSlots) +
           " regs=" + std::to_string(fn.numRegs) + "\n";
    if (fn.native)
        return out + "  native\n";
    const size_t n = fn.code.size();
    for (size_t pc = 0; pc < n;)
    {
        const Instr ins = fn.code[pc];
        const Op op = opOf(ins);
        if (op >= Op::Count)
        {
            out += "  ?? bad opcode\n";
            break;
        }
        size_t next = n;
        out += disassembleInstruction(m, fn, pc, &next) + "\n";
        // The case words of Select and JumpTable, one line each.
        const size_t tailAt = pc + 1 + kOpInfo[int(op)].extraWords;
        const size_t tail = next > tailAt ? next - tailAt : 0;
        if (op == Op::Select)
            for (size_t i = 0; i < tail && tailAt + i < n; i++)
            {
                const uint64_t word = fn.code[tailAt + i];
                out += "          case " + std::to_string(i) + ": " + (word & 1 ? "send " : "recv ") +
                       reg(uint16_t(word >> 16)) + " value " + reg(uint16_t(word >> 32)) + " ok " +
                       reg(uint16_t(word >> 48)) + "\n";
            }
        if (op == Op::JumpTable)
            for (size_t i = 0; i < tail && tailAt + i < n; i++)
                out += "          case " + std::to_string(i) + " -> " +
                       std::to_string(int64_t(next) + int32_t(uint32_t(fn.code[tailAt + i]))) + "\n";
        pc = next;
    }
    return out;
}

std::string disassemble(const Module& m, const std::string& file)
{
    std::string out;
    for (const auto& fn : m.functions)
        if (file.empty() || fn->file == file)
        {
            if (!out.empty())
                out += "\n";
            out += disassemble(m, *fn);
        }
    return out;
}

} // namespace weft
