#pragma once
// The bytecode verifier: checks a compiled Module before it runs, so that a code generator bug
// is reported as an internal compiler error instead of becoming a crash (the interpreter runs
// bytecode without run-time tests of operands: Execute.cpp trusts every register number,
// table index and jump offset).
//
// It checks every function's frame (register kinds well formed, the GC layout matching them),
// and every instruction: opcode, extra words present, registers (with the extent of multi-slot
// values and call windows) inside the frame and of the GC kind the opcode needs, jump targets
// on instruction boundaries, table indices (strings, types, type words, functions, interface
// methods, captures) in range, and immediates that fit their fields. The per-opcode rules, and
// which are exact and which lenient, are written beside each rule in Verifier.cpp.
#include "vm/Module.h"

#include <cstdint>
#include <optional>
#include <string>

namespace weft {

// Why a module was refused: a value, as Diagnostic is (nothing throws across layers).
struct VerifyError
{
    std::string function;    // as in stack traces: main.main, main.(*T).Get
    std::string file;        // the function's source file ("" for generated ones)
    int32_t line = 0;        // source line of the instruction (of the function if no instruction)
    int64_t pc = -1;         // word index of the instruction; -1: a rule about the whole function
    std::string instruction; // the instruction as `weft disasm` prints it
    std::string rule;        // the rule broken, in words

    // "internal compiler error: bytecode verifier: main.f (f.go:12) pc 7 `Move r1, r40`: rule"
    std::string format() const;
};

// The rules for one function of `module`, alone (the checks that relate functions to each
// other, such as closures' capture counts, are made by verifyModule).
std::optional<VerifyError> verifyFunction(const Module& module, const Function& fn);

// Every function, and the rules across functions. The first error found, or nothing.
std::optional<VerifyError> verifyModule(const Module& module);

// Whether modules are verified before they run: always in builds without NDEBUG; in release
// builds when the environment has WEFT_VERIFY=1 (read once per process).
bool verifierEnabled();

} // namespace weft
