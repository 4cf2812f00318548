#include "stdlib/StdlibNatives.h"

namespace weft {

void registerStdlibNatives(NativeRegistry& registry)
{
    registerFmtNatives(registry);
    registerErrorsNatives(registry);
    registerMathNatives(registry);
    registerRuntimeNatives(registry);
    registerSortNatives(registry);
    registerUnicodeNatives(registry);
}

} // namespace weft
