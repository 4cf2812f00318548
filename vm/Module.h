#pragma once
// A compiled program: functions (prototypes), run-time types, constants and the layout of the
// globals. Produced by the compiler's code generator, immutable while it runs, and shared by
// nothing but the Interpreter running it.
#include "vm/GcLayout.h"
#include "vm/Opcodes.h"
#include "vm/TypeDesc.h"
#include "vm/Value.h"

#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace weft {

class NativeContext;
struct MapLayout;
using NativeFn = void (*)(NativeContext& ctx, Slot* args, Slot* results);

// One function's bytecode and frame. Frame layout: parameters (the receiver first) in r[0..],
// then the results at r[resultStart..], then locals and temporaries. Every register has one
// kind for the whole function (regKinds), so the collector scans frames precisely; pointer
// registers are zeroed when the frame is entered.
struct Function
{
    std::string name; // as Go prints it in a stack trace: main.main, main.(*T).Get, main.main.func1
    std::string file;
    int32_t line = 0; // of the declaration
    std::vector<Instr> code;
    std::vector<int32_t> lines; // source line of each word of code
    uint32_t paramSlots = 0;
    uint32_t resultSlots = 0;
    uint32_t numRegs = 0;
    std::vector<GcWordKind> regKinds;
    std::optional<GcLayout> frameLayout; // regKinds as a layout (null when no pointers)
    NativeFn native = nullptr; // set for a native function: code is empty
    bool hasDefer = false;
    // Where a frame resumes after one of its deferred calls recovered a panic, and where every
    // return statement jumps: RunDefers, reload captured results, Return.
    uint32_t epilogue = 0;
    uint32_t resultStart() const { return paramSlots; }

    // For the bytecode verifier (vm/Verifier.h), and recorded only when it runs: what the code
    // generator knew of a CallIface or CallClosure that the instruction does not say — the
    // register kinds of its argument and result windows and, through an interface, how many
    // methods the interface's table has. Sorted by pc; a call it could not attribute is absent.
    struct CallSite
    {
        uint32_t pc = 0;
        uint32_t methods = 0; // CallIface: the static interface type's method count
        std::vector<GcWordKind> args, results;
    };
    std::vector<CallSite> callSites;
};

struct Module
{
    std::vector<std::unique_ptr<Function>> functions;
    std::vector<std::unique_ptr<TypeDesc>> types;
    std::vector<std::unique_ptr<Itab>> itabs;
    std::vector<std::unique_ptr<GcLayout>> layouts;
    std::vector<std::unique_ptr<MapLayout>> mapLayouts;
    // Operand tables: Box/LoadType/IfaceConv name type words (TypeDesc* or Itab*) by index;
    // New/NewCopy/MakeSlice/Grow/MakeMap/Assert name TypeDescs by index.
    std::vector<const void*> typeWords;
    std::vector<const TypeDesc*> typeTable;
    std::deque<std::string> stringData;  // backing store of string constants (never moves)
    std::vector<GoString> strings;        // LoadString operands
    std::vector<NativeFn> natives;
    std::vector<std::string> nativeNames;
    uint32_t globalsSize = 0;
    std::optional<GcLayout> globalsLayout;
    const Function* entry = nullptr; // package initialisation, then main.main
    // Standard globals the runtime fills before the entry runs (os.Args, os.Stdout...), by name,
    // with their byte offsets in the globals.
    std::vector<std::pair<std::string, uint32_t>> globalOffsets;
    // Types the runtime needs by name ("error", "runtime.Error" implementation...).
    const TypeDesc* errorIface = nullptr;
    const TypeDesc* stringType = nullptr;
    const TypeDesc* runtimeErrorType = nullptr; // the dynamic type of recovered run-time errors
    ~Module();
};

} // namespace weft
