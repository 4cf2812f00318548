#pragma once
// `weft disasm`: a Module's bytecode as text, one instruction a line with its source line.
#include "vm/Module.h"

#include <string>

namespace weft {

// One function: a header line (name, file:line, frame shape), then each instruction as
// `  pc  [line]  Op  operands  ; what a non-register operand names` (string constants, callees,
// types, jump targets).
std::string disassemble(const Module& module, const Function& fn);

// The listing line of the one instruction at `pc` of fn (without the case lines that follow a
// Select or JumpTable); `next`, if given, receives the pc after its extra words. Used by the
// bytecode verifier to name the instruction it refuses.
std::string disassembleInstruction(const Module& module, const Function& fn, size_t pc, size_t* next = nullptr);

// Every function whose source file is `file` (all functions when `file` is empty), in the
// module's order.
std::string disassemble(const Module& module, const std::string& file = "");

} // namespace weft
