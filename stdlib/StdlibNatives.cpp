#include "stdlib/StdlibNatives.h"

namespace weft {

void registerStdlibNatives(NativeRegistry& registry)
{
    registerFmtNatives(registry);
}

} // namespace weft
