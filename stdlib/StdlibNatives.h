#pragma once
// The native (C++) halves of the standard packages: every bodiless function in stdlib/**/*.go
// that weft implements is registered here under its native name ("fmt.Println",
// "os.File.Write"; see NativeRegistry.h). A bodiless function with no entry fails at run time
// with "not supported in weft: NAME".
#include "vm/NativeRegistry.h"

namespace weft {

void registerStdlibNatives(NativeRegistry& registry);

// One per package, each in the package's folder (stdlib/<path>/*Natives.cpp).
void registerFmtNatives(NativeRegistry& registry);
void registerErrorsNatives(NativeRegistry& registry);
void registerMathNatives(NativeRegistry& registry);
void registerOsNatives(NativeRegistry& registry);
void registerRuntimeNatives(NativeRegistry& registry);
void registerSortNatives(NativeRegistry& registry);
void registerUnicodeNatives(NativeRegistry& registry);
void registerTimeNatives(NativeRegistry& registry);
void registerSyncNatives(NativeRegistry& registry);
void registerAtomicNatives(NativeRegistry& registry);

} // namespace weft
