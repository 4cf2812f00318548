#pragma once
// The one list of weft's instructions. Everything else (the enum, the interpreter's dispatch
// table, the disassembler's names and operand shapes) is generated from it.
//
// An instruction is one 64-bit word: op (bits 0-15) | A (16-31) | B (32-47) | C (48-63).
// A, B, C are register numbers of the current frame (r[X]) unless said otherwise; sBC is B
// and C together read as a signed 32-bit value. Some instructions take one extra word (W)
// after them: a 64-bit operand, or a 32-bit signed jump offset in its low half. Jump offsets
// count words from the instruction after the jump's last word.
// Values of several slots (strings 2, interfaces 2, slices 3) are named by their first
// register: r[A..] is r[A], r[A+1], ... for as many slots as the value's static type has.
//
// Shapes: N none, A, AB, ABC, AsBC (A and a signed 32-bit BC), with +W for the extra word.
#include <cstddef>
#include <cstdint>

namespace weft {

#define WEFT_OPCODES(X) \
    X(Nop,        N,      0, "do nothing") \
    X(Move,       AB,     0, "r[A] = r[B]") \
    X(Move2,      AB,     0, "r[A..A+1] = r[B..B+1]") \
    X(Move3,      AB,     0, "r[A..A+2] = r[B..B+2]") \
    X(MoveN,      ABC,    0, "r[A..A+C-1] = r[B..B+C-1]") \
    X(LoadInt,    AsBC,   0, "r[A] = sBC") \
    X(LoadConst,  AB,     1, "r[A] = W (64 bits)") \
    X(LoadString, AB,     0, "r[A..A+1] = string constant B") \
    X(LoadZero,   AB,     0, "zero the B slots r[A..A+B-1]") \
    X(LoadType,   AB,     0, "r[A] = type word B (a TypeDesc* or Itab*)") \
    X(Add,        ABC,    0, "r[A] = r[B] + r[C] (64-bit, wrapping)") \
    X(Sub,        ABC,    0, "r[A] = r[B] - r[C]") \
    X(Mul,        ABC,    0, "r[A] = r[B] * r[C]") \
    X(Div,        ABC,    0, "r[A] = r[B] / r[C], signed; panics if r[C] == 0") \
    X(Rem,        ABC,    0, "r[A] = r[B] % r[C], signed; panics if r[C] == 0") \
    X(DivU,       ABC,    0, "r[A] = r[B] / r[C], unsigned; panics if r[C] == 0") \
    X(RemU,       ABC,    0, "r[A] = r[B] % r[C], unsigned; panics if r[C] == 0") \
    X(AddImm,     ABC,    0, "r[A] = r[B] + C (C signed 16-bit)") \
    X(MulImm,     ABC,    0, "r[A] = r[B] * C (C signed 16-bit)") \
    X(DivImm,     ABC,    0, "r[A] = r[B] / C, signed (C signed 16-bit, never 0)") \
    X(RemImm,     ABC,    0, "r[A] = r[B] % C, signed (C signed 16-bit, never 0)") \
    X(And,        ABC,    0, "r[A] = r[B] & r[C]") \
    X(Or,         ABC,    0, "r[A] = r[B] | r[C]") \
    X(Xor,        ABC,    0, "r[A] = r[B] ^ r[C]") \
    X(AndNot,     ABC,    0, "r[A] = r[B] &^ r[C]") \
    X(Shl,        ABC,    0, "r[A] = r[B] << r[C] (unsigned count; >= 64 gives 0)") \
    X(Shr,        ABC,    0, "r[A] = r[B] >> r[C], arithmetic (count >= 64 gives the sign)") \
    X(ShrU,       ABC,    0, "r[A] = r[B] >> r[C], logical (count >= 64 gives 0)") \
    X(CheckShift, A,      0, "panic: negative shift amount if r[A] < 0") \
    X(Neg,        AB,     0, "r[A] = -r[B]") \
    X(BitNot,     AB,     0, "r[A] = ^r[B]") \
    X(Not,        AB,     0, "r[A] = !r[B] (bool)") \
    X(Sext8,      AB,     0, "r[A] = int8(r[B]) sign-extended") \
    X(Sext16,     AB,     0, "r[A] = int16(r[B]) sign-extended") \
    X(Sext32,     AB,     0, "r[A] = int32(r[B]) sign-extended") \
    X(Zext8,      AB,     0, "r[A] = uint8(r[B])") \
    X(Zext16,     AB,     0, "r[A] = uint16(r[B])") \
    X(Zext32,     AB,     0, "r[A] = uint32(r[B])") \
    X(FAdd,       ABC,    0, "r[A] = r[B] + r[C] (float64)") \
    X(FSub,       ABC,    0, "r[A] = r[B] - r[C] (float64)") \
    X(FMul,       ABC,    0, "r[A] = r[B] * r[C] (float64)") \
    X(FDiv,       ABC,    0, "r[A] = r[B] / r[C] (float64)") \
    X(FNeg,       AB,     0, "r[A] = -r[B] (float64)") \
    X(FRound32,   AB,     0, "r[A] = float64(float32(r[B]))") \
    X(IntToF,     AB,     0, "r[A] = float64(int64 r[B])") \
    X(UintToF,    AB,     0, "r[A] = float64(uint64 r[B])") \
    X(IntToF32,   AB,     0, "r[A] = float64(float32(int64 r[B])), rounded once") \
    X(UintToF32,  AB,     0, "r[A] = float64(float32(uint64 r[B])), rounded once") \
    X(FToInt,     AB,     0, "r[A] = int64(r[B]), truncated (amd64's result when out of range)") \
    X(FToUint,    AB,     0, "r[A] = uint64(r[B]), truncated (amd64's result when out of range)") \
    X(Eq,         ABC,    0, "r[A] = r[B] == r[C] (one slot: ints, bools, pointers)") \
    X(Ne,         ABC,    0, "r[A] = r[B] != r[C]") \
    X(Lt,         ABC,    0, "r[A] = r[B] < r[C], signed") \
    X(Le,         ABC,    0, "r[A] = r[B] <= r[C], signed") \
    X(LtU,        ABC,    0, "r[A] = r[B] < r[C], unsigned") \
    X(LeU,        ABC,    0, "r[A] = r[B] <= r[C], unsigned") \
    X(FEq,        ABC,    0, "r[A] = r[B] == r[C] (float64)") \
    X(FNe,        ABC,    0, "r[A] = r[B] != r[C] (float64)") \
    X(FLt,        ABC,    0, "r[A] = r[B] < r[C] (float64)") \
    X(FLe,        ABC,    0, "r[A] = r[B] <= r[C] (float64)") \
    X(SEq,        ABC,    0, "r[A] = string r[B..] == string r[C..]") \
    X(SLt,        ABC,    0, "r[A] = string r[B..] < string r[C..]") \
    X(SLe,        ABC,    0, "r[A] = string r[B..] <= string r[C..]") \
    X(IfaceEq,    ABC,    0, "r[A] = interface r[B..] == interface r[C..]; panics on incomparable dynamic types") \
    X(MemEq,      ABC,    1, "r[A] = memory at r[B] == memory at r[C] as values of type W (structs, arrays)") \
    X(Jump,       sBC,    0, "pc += sBC") \
    X(JumpIf,     AsBC,   0, "if r[A] != 0: pc += sBC") \
    X(JumpIfNot,  AsBC,   0, "if r[A] == 0: pc += sBC") \
    X(JumpLt,     AB,     1, "if r[A] < r[B] (signed): pc += W") \
    X(JumpGe,     AB,     1, "if r[A] >= r[B] (signed): pc += W") \
    X(JumpLe,     AB,     1, "if r[A] <= r[B] (signed): pc += W") \
    X(JumpGt,     AB,     1, "if r[A] > r[B] (signed): pc += W") \
    X(JumpEq,     AB,     1, "if r[A] == r[B]: pc += W") \
    X(JumpNe,     AB,     1, "if r[A] != r[B]: pc += W") \
    X(JumpFLt,    AB,     1, "if r[A] < r[B] (float64): pc += W") \
    X(JumpFLe,    AB,     1, "if r[A] <= r[B] (float64): pc += W") \
    X(JumpFNlt,   AB,     1, "if !(r[A] < r[B]) (float64; true when either is NaN): pc += W") \
    X(JumpFNle,   AB,     1, "if !(r[A] <= r[B]) (float64; true when either is NaN): pc += W") \
    X(JumpFEq,    AB,     1, "if r[A] == r[B] (float64): pc += W") \
    X(JumpFNe,    AB,     1, "if r[A] != r[B] (float64): pc += W") \
    X(JumpTable,  AB,     0, "if 0 <= r[A] < B: pc += the 32-bit offset in word r[A] of the B words that follow; else pc += B") \
    X(Concat,     ABC,    0, "r[A..] = string r[B..] + string r[C..]") \
    X(StrIndex,   ABC,    0, "r[A] = byte r[C] of string r[B..]; panics out of range") \
    X(StrSlice,   ABC,    1, "r[A..] = string r[B..][r[C]:r[C+1]]; W bit 0: lo given, bit 1: hi given") \
    X(RuneToStr,  AB,     0, "r[A..] = string(rune r[B])") \
    X(BytesToStr, AB,     0, "r[A..] = string([]byte r[B..])") \
    X(StrToBytes, AB,     0, "r[A..] = []byte(string r[B..])") \
    X(RunesToStr, AB,     0, "r[A..] = string([]rune r[B..])") \
    X(StrToRunes, AB,     0, "r[A..] = []rune(string r[B..])") \
    X(StrNext,    ABC,    0, "range over string r[B..] at byte r[C]: r[A] = the rune there, r[A+1] = the index after it") \
    X(Load8,      ABC,    0, "r[A] = int8 at r[B] + C, sign-extended; panics if r[B] is nil") \
    X(Load8U,     ABC,    0, "r[A] = uint8 at r[B] + C") \
    X(Load16,     ABC,    0, "r[A] = int16 at r[B] + C") \
    X(Load16U,    ABC,    0, "r[A] = uint16 at r[B] + C") \
    X(Load32,     ABC,    0, "r[A] = int32 at r[B] + C") \
    X(Load32U,    ABC,    0, "r[A] = uint32 at r[B] + C") \
    X(Load64,     ABC,    0, "r[A] = the 8 bytes at r[B] + C") \
    X(LoadF32,    ABC,    0, "r[A] = float64(float32 at r[B] + C)") \
    X(Load2,      ABC,    0, "r[A..A+1] = the 16 bytes at r[B] + C") \
    X(Load3,      ABC,    0, "r[A..A+2] = the 24 bytes at r[B] + C") \
    X(Store8,     ABC,    0, "the byte at r[A] + C = r[B]; panics if r[A] is nil") \
    X(Store16,    ABC,    0, "the 2 bytes at r[A] + C = r[B]") \
    X(Store32,    ABC,    0, "the 4 bytes at r[A] + C = r[B]") \
    X(Store64,    ABC,    0, "the 8 bytes at r[A] + C = r[B]") \
    X(StoreF32,   ABC,    0, "the float32 at r[A] + C = float32(r[B])") \
    X(Store2,     ABC,    0, "the 16 bytes at r[A] + C = r[B..B+1]") \
    X(Store3,     ABC,    0, "the 24 bytes at r[A] + C = r[B..B+2]") \
    X(Lea,        ABC,    1, "r[A] = r[B] + C + W (an address inside an object); panics if r[B] is nil") \
    X(NilCheck,   A,      0, "panics if r[A] is nil") \
    X(FatalIfNil, AB,     0, "fatal error (string constant B) if r[A] is nil: go of a nil func") \
    X(SliceToArrayPtr, AB, 1, "r[A] = the array of slice r[B..] as a *[W]T; panics if its length is below W") \
    X(NilCheckWrap, AB,   0, "panics with plain error string constant B if r[A] is nil (Go's panicwrap)") \
    X(CopyMem,    AB,     1, "copy W bytes from r[B] to r[A] (overlap allowed); panics if either is nil") \
    X(New,        AB,     0, "r[A] = a new zeroed object of type B") \
    X(ZeroBlock,  AB,     0, "if r[A] is nil, r[A] = a new zeroed object of type B (a struct or array zero value)") \
    X(NewCopy,    ABC,    0, "r[A] = a new object of type C holding a copy of the memory at r[B]; panics if r[B] is nil") \
    X(GlobalAddr, AsBC,   0, "r[A] = the address of the global at byte offset sBC") \
    X(IndexAddr,  ABC,    1, "r[A] = &slice r[B..][r[C]] with W = element size; panics out of range") \
    X(ArrayAddr,  ABC,    1, "r[A] = &array at r[B] [r[C]]; W = length << 32 | element size; panics out of range or nil") \
    X(SliceGet64, ABC,    0, "r[A] = 8-byte element r[C] of slice r[B..]") \
    X(SliceSet64, ABC,    0, "8-byte element r[B] of slice r[A..] = r[C]") \
    X(SliceGet8U, ABC,    0, "r[A] = byte element r[C] of slice r[B..]") \
    X(Slice,      ABC,    1, "r[A..] = slice r[B..][r[C]:r[C+1]:r[C+2]]; W = element size | flags << 32 (1 lo, 2 hi, 4 max)") \
    X(SliceArray, ABC,    1, "r[A..] = array at r[B] [r[C]:r[C+1]:r[C+2]]; W = length << 32 | element size | flags << 56") \
    X(MakeSlice,  ABC,    1, "r[A..] = make([]T, r[B], r[C]) with T = type W; panics on bad sizes") \
    X(Grow,       AB,     1, "slice r[A..]: len += r[B], reallocating with Go's growth rule if needed; W = element type") \
    X(AppendSlice, AB,    1, "r[A..] = append(r[A..], r[B..]...) (B: a slice or a string); W = element type") \
    X(CopySlice,  ABC,    1, "r[A] = copy(slice r[B..], slice or string r[C..]); W = element size") \
    X(MakeMap,    ABC,    0, "r[A] = make(map type B, hint r[C])") \
    X(MapGet,     ABC,    1, "r[A..] = map r[B][key r[C..]] (the zero value if absent); W = the value's slot count") \
    X(MapGetOk,   ABC,    1, "r[A..] = map r[B][key r[C..]]; W = slot count | ok register << 32: r[ok] = present") \
    X(MapSet,     ABC,    0, "map r[A][key r[B..]] = r[C..]; panics on a nil map") \
    X(MapDelete,  AB,     0, "delete(map r[A], key r[B..])") \
    X(MapLen,     AB,     0, "r[A] = len(map r[B])") \
    X(MapClear,   A,      0, "clear(map r[A])") \
    X(MapIter,    AB,     0, "r[A] = a new iterator over map r[B]") \
    X(MapNext,    ABC,    1, "iterator r[A]: when done pc += W; else r[B..] = key, r[C..] = value (0xffff: not wanted)") \
    X(Box,        ABC,    0, "r[A..] = interface with type word C holding the value r[B..]") \
    X(IfaceConv,  ABC,    0, "r[A..] = interface r[B..] converted to interface type C") \
    X(Assert,     ABC,    1, "r[A..] = interface r[B..].(T), T = concrete type C; panics on failure (W: the operand's interface type, for the message)") \
    X(AssertOk,   ABC,    1, "r[A..] = interface r[B..].(T) or T's zero value; r[W] = ok") \
    X(AssertIface, ABC,   1, "r[A..] = interface r[B..].(I), I = interface type C; panics on failure (W: the operand's interface type)") \
    X(AssertIfaceOk, ABC, 1, "r[A..] = interface r[B..].(I) or nil; r[W] = ok") \
    X(TypeOf,     AB,     0, "r[A] = the dynamic TypeDesc* of interface r[B..] (nil for a nil interface)") \
    X(Implements, ABC,    0, "r[A] = TypeDesc r[B] is non-nil and implements interface type C") \
    X(Unbox,      ABC,    0, "r[A..] = the value of type C held by interface r[B..] (known to hold one)") \
    X(Call,       ABC,    1, "call function W with arguments r[A..], results to r[B..]") \
    X(CallClosure, ABC,   0, "call the func value r[C] with arguments r[A..], results to r[B..]; panics if nil") \
    X(CallIface,  ABC,    1, "call method W of interface r[C..] with arguments r[A..], results to r[B..]") \
    X(CallNative, ABC,    1, "call native function W with arguments r[A..], results to r[B..]") \
    X(RunDefers,  N,      0, "run the frame's deferred calls, most recent first") \
    X(Return,     N,      0, "return the result registers to the caller") \
    X(Closure,    ABC,    1, "r[A] = a closure of function W capturing the C registers listed in the words after W, four per word, starting at register B if C == 0xffff") \
    X(GetCapture, AB,     0, "r[A] = capture B of the running closure") \
    X(Defer,      A,      0, "push the func value r[A] (no arguments) on the frame's deferred calls") \
    X(Recover,    AB,     0, "r[A..] = recover(); B = 1: the thunk of `defer recover()`, which recovers as a recover its deferring function calls") \
    X(Panic,      A,      0, "panic(interface r[A..])") \
    X(PanicMsg,   AB,     0, "panic with run-time error B (string constant) ; A unused") \
    X(Go,         A,      0, "start a goroutine running the func value r[A] (no arguments)") \
    X(MakeChan,   ABC,    0, "r[A] = make(chan type B, r[C]); panics if r[C] < 0 or too large") \
    X(Send,       AB,     0, "send r[B..] on channel r[A]; parks until it can; panics if closed") \
    X(Recv,       ABC,    0, "r[A..] = <-channel r[B] (A 0xffff: discarded); r[C] = ok unless C is 0xffff; parks until it can") \
    X(Close,      A,      0, "close(channel r[A]); panics if nil or closed") \
    X(ChanLen,    AB,     0, "r[A] = len(channel r[B])") \
    X(ChanCap,    AB,     0, "r[A] = cap(channel r[B])") \
    X(Select,     ABC,    0, "r[A] = the case chosen among the B cases in the B words that follow (-1: default, when C is 1); a word: bit 0 send | channel reg << 16 | value reg << 32 | ok reg << 48") \
    X(Print,      ABC,    0, "builtin print of value r[A..] of type B to stderr; C = 1: println spacing/newline flags")

enum class Op : uint16_t
{
#define WEFT_OP_ENUM(name, shape, extra, doc) name,
    WEFT_OPCODES(WEFT_OP_ENUM)
#undef WEFT_OP_ENUM
        Count
};

enum class OpShape : uint8_t { N, A, AB, ABC, AsBC, sBC };

struct OpInfo
{
    const char* name;
    OpShape shape;
    uint8_t extraWords; // fixed extra words (Closure and JumpTable add more, see their docs)
    const char* doc;
};

extern const OpInfo kOpInfo[static_cast<int>(Op::Count)];

using Instr = uint64_t;

constexpr Instr encode(Op op, uint32_t a = 0, uint32_t b = 0, uint32_t c = 0)
{
    return uint64_t(uint16_t(op)) | (uint64_t(uint16_t(a)) << 16) | (uint64_t(uint16_t(b)) << 32) |
           (uint64_t(uint16_t(c)) << 48);
}
constexpr Instr encodeSBC(Op op, uint32_t a, int32_t sbc)
{
    return uint64_t(uint16_t(op)) | (uint64_t(uint16_t(a)) << 16) | (uint64_t(uint32_t(sbc)) << 32);
}
constexpr Op opOf(Instr i) { return Op(uint16_t(i)); }
constexpr uint32_t argA(Instr i) { return uint16_t(i >> 16); }
constexpr uint32_t argB(Instr i) { return uint16_t(i >> 32); }
constexpr uint32_t argC(Instr i) { return uint16_t(i >> 48); }
constexpr int32_t argSBC(Instr i) { return int32_t(uint32_t(i >> 32)); }
constexpr int16_t argSC(Instr i) { return int16_t(uint16_t(i >> 48)); }

inline constexpr uint32_t kNoReg = 0xffff;

// The words of instruction i: its own, the fixed extra words, and the variable tails
// (Closure's capture list, JumpTable's offsets, Select's case words).
inline size_t instrWords(Instr i)
{
    const Op op = opOf(i);
    size_t n = 1 + kOpInfo[int(op)].extraWords;
    if (op == Op::Closure)
        n += (size_t(argC(i)) + 3) / 4;
    else if (op == Op::JumpTable || op == Op::Select)
        n += argB(i);
    return n;
}

} // namespace weft
