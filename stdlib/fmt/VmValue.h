#pragma once
// The fmt engine's view (Printer.h) of the VM's values (runtime/Value.h, vm/TypeDesc.h): a VmValue
// reads a Go value where the interpreter keeps it, and calls its Error, String, GoString and
// Format methods back in script code through the native's NativeContext.
#include "stdlib/fmt/Printer.h"
#include "vm/NativeContext.h"

#include <memory>
#include <span>

namespace weft::fmt {

// What the values of one printing call share: the native's context, and whether a callback
// failed beyond recovery (a method panicked while a panic was being printed, as Go re-panics
// there, or the program is exiting). After that no more script code runs, and the native must
// return at once without output, leaving the panic pending.
struct VmCallState
{
    explicit VmCallState(NativeContext& c) : ctx(c) {}
    NativeContext& ctx;
    bool aborted = false;
    bool printingPanic = false; // formatting the value of a panic a method raised
    // *fmt.pp (fmt.go), the State given to Format methods: looked up on the first Format call.
    const TypeDesc* ppType = nullptr;
    bool ppLooked = false;
};

class VmValue final : public Value
{
public:
    VmValue() = default;
    VmValue(const VmValue&) = delete;
    VmValue& operator=(const VmValue&) = delete;

    // The dynamic value of an interface (a nil interface is Kind::Invalid).
    void initIface(VmCallState* s, GoIface v);
    // A value of static type t in memory layout at mem.
    void initMem(VmCallState* s, const TypeDesc* t, const void* mem);
    // A value of static type t in register layout (map entries).
    void initRegs(VmCallState* s, const TypeDesc* t, const Slot* regs);

    Kind kind() const override { return kind_; }
    std::string typeString() const override;
    bool boolValue() const override;
    int64_t intValue() const override;
    uint64_t uintValue() const override;
    double floatValue() const override;
    std::string_view stringValue() const override;
    uintptr_t pointerValue() const override;
    bool isNil() const override;
    size_t len() const override;
    std::unique_ptr<Value> index(size_t i) const override;
    size_t numFields() const override;
    std::string_view fieldName(size_t i) const override;
    std::unique_ptr<Value> field(size_t i) const override;
    std::vector<std::pair<std::unique_ptr<Value>, std::unique_ptr<Value>>> mapEntries() const override;
    std::unique_ptr<Value> elem() const override;
    std::optional<MethodResult> callError() const override;
    std::optional<MethodResult> callString() const override;
    std::optional<MethodResult> callGoString() const override;
    Kind elemKind() const override;
    bool fieldExported(size_t i) const override;
    bool fieldEmbedded(size_t i) const override;
    std::optional<std::string> bytesValue() const override;
    bool hasFormatMethod() const override;
    bool hasErrorMethod() const override;
    std::optional<MethodResult> callFormat(const FormatState& state, char32_t verb) const override; // VmFormat.cpp

private:
    // One-slot values other than structs and arrays live in word_; the others in memory.
    bool inWord() const;
    // The value as an interface's data word would hold it: the receiver slot of its methods.
    GoIface asIface() const;
    std::optional<MethodResult> callTextMethod(const std::string& name) const;
    // After a method call that failed: recovers its panic into r, or aborts the printing.
    void methodPanicked(MethodResult& r) const;
    std::string panicText(GoIface panicValue) const;

    VmCallState* s_ = nullptr;
    const TypeDesc* t_ = nullptr; // null: a nil interface
    Kind kind_ = Kind::Invalid;
    // Strings, slices, interfaces: the memory holding them; structs and arrays: their block.
    const void* mem_ = nullptr;
    // Scalars (register form: ints widened, float32 as a double), pointers, maps, chans, funcs.
    Slot word_{};
};

// The operands of a `...any` parameter (a slice of interfaces in memory, given as its three
// register slots) as the engine's span; no allocation for up to kInline operands.
class VmArgs
{
public:
    VmArgs(VmCallState& s, const Slot* slice);
    VmArgs(const VmArgs&) = delete;
    VmArgs& operator=(const VmArgs&) = delete;
    std::span<const Value* const> span() const { return {ptrs_, n_}; }

private:
    static constexpr size_t kInline = 8;
    VmValue inline_[kInline];
    const Value* inlinePtrs_[kInline];
    std::unique_ptr<VmValue[]> heap_;
    std::unique_ptr<const Value*[]> heapPtrs_;
    const Value* const* ptrs_ = inlinePtrs_;
    size_t n_ = 0;
};

} // namespace weft::fmt
