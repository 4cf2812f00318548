#pragma once
#include "vm/Module.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace weft {

// Which of a function's pointer registers may still be read, at each instruction boundary: the
// collector scans only those (Go's stack maps), so an object whose last use has passed is freed
// though its frame is still running (test/stackobj.go, fixedbugs/issue15277.go).
//
// Soundness rests on over-approximation: an instruction is said to read every register it might
// read (a window whose width the instruction does not name is taken at its widest) and to write
// only registers it always writes. A register that is not live cannot be read again before it is
// written, so the collector may leave what it points to unmarked.
//
// A frame's `pc` is an instruction boundary; which instruction the frame is in depends on how it
// stopped (Execute.cpp): a caller suspended in a script call resumes at the end of the call (its
// arguments were copied into the callee's frame); a parked goroutine re-executes the instruction
// that starts at pc; a goroutine stopped at an allocation's safepoint, or in a native (whose
// arguments the caller's registers keep alive, NativeContext.h), is inside the instruction that
// ends at pc. liveAt() takes the union where it cannot tell which.
class FrameLiveness
{
public:
    // Null when the function is too large to be worth it (then every register is scanned).
    static std::unique_ptr<FrameLiveness> compute(const Function& fn, const Module& module);

    // The registers to scan for a frame at `pc`, as bits over the function's pointer registers
    // in `dense` (sized by liveAt to denseWords()): bit k is register pointerReg(k).
    // inScriptCall: the frame is suspended in a call whose callee is a script frame above it.
    // False if pc is not an instruction boundary (the caller then scans every register).
    bool liveAt(uint32_t pc, bool inScriptCall, std::vector<uint64_t>& dense) const;
    uint32_t pointerReg(size_t k) const { return regOf_[k]; }

private:
    const Function* fn_ = nullptr;
    std::vector<uint32_t> dense_;     // register -> index among pointer registers, or kNone
    std::vector<uint32_t> regOf_;     // the inverse
    size_t words_ = 0;                // bitset words per instruction
    std::vector<uint32_t> slotOf_;    // code word -> its instruction's slot in liveIn_, or kNone
    std::vector<uint32_t> prevStart_; // boundary -> start of the instruction ending there, or kNone
    std::vector<uint8_t> scriptCall_; // per instruction slot: Call, CallClosure or CallIface
    std::vector<uint64_t> liveIn_;    // per instruction slot, words_ words
    static constexpr uint32_t kNone = ~uint32_t(0);

    void orInto(uint32_t slot, std::vector<uint64_t>& dense) const;
};

} // namespace weft
