#include "stdlib/StdlibNatives.h"

namespace weft {

void registerStdlibNatives(NativeRegistry& registry)
{
    registerFmtNatives(registry);
    registerErrorsNatives(registry);
    registerMathNatives(registry);
    registerOsNatives(registry);
    registerRuntimeNatives(registry);
    registerSortNatives(registry);
    registerUnicodeNatives(registry);
    registerTimeNatives(registry);
    registerSyncNatives(registry);
    registerAtomicNatives(registry);
}

} // namespace weft
