// fmt's natives: the printing functions over the VM's values (being written).
#include "stdlib/StdlibNatives.h"

namespace weft {

void registerFmtNatives(NativeRegistry&) {}

} // namespace weft
