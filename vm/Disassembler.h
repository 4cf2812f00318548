#pragma once
// `weft disasm`: a Module's bytecode as text, one instruction a line with its source line.
#include "vm/Module.h"

#include <string>

namespace weft {

// One function: a header line (name, file:line, frame shape), then each instruction as
// `  pc  [line]  Op  operands  ; what a non-register operand names` (string constants, callees,
// types, jump targets).
std::string disassemble(const Module& module, const Function& fn);

// Every function whose source file is `file` (all functions when `file` is empty), in the
// module's order.
std::string disassemble(const Module& module, const std::string& file = "");

} // namespace weft
