#pragma once
// Go's scan.go (Go 1.19): Scan, Sscan, Fscan and their ln and f forms, over the VM's values.
// Operands are pointers to any value of a bool, integer, float or string kind, or to a byte
// slice (custom Scanners are not supported). Errors are Go's values and texts: scan errors are
// errors.New values, io.EOF and io.ErrUnexpectedEOF are the io package's own (the caller passes
// them), a reader's error is returned as it is.
#include "vm/NativeContext.h"

namespace weft::fmt {

// Where the input comes from and how newlines count (fmt.go's scan* constants).
inline constexpr int64_t kScanNewlineIsSpace = 1; // Scan, Sscan, Fscan
inline constexpr int64_t kScanNewlineEnds = 2;    // the ln forms
inline constexpr int64_t kScanFormatted = 4;      // the f forms
inline constexpr int64_t kScanFromString = 8;     // Sscan*
inline constexpr int64_t kScanFromStdin = 16;     // Scan*; otherwise an io.Reader

struct ScanRequest
{
    GoIface reader{}; // an io.Reader, when neither string nor standard input
    std::string_view input;
    std::string_view format;
    int64_t mode = 0;
    const Slot* operands = nullptr; // a []any (3 slots)
    GoIface eof{}, unexpectedEOF{};
};

struct ScanResult
{
    int64_t count = 0;
    GoIface err{};
};

// A script panic (a nil pointer operand, a panicking reader) is left pending on ctx.
ScanResult scan(NativeContext& ctx, const ScanRequest& request);

} // namespace weft::fmt
