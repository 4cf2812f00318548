#include "vm/Opcodes.h"

namespace weft {

const OpInfo kOpInfo[static_cast<int>(Op::Count)] = {
#define WEFT_OP_INFO(name, shape, extra, doc) {#name, OpShape::shape, extra, doc},
    WEFT_OPCODES(WEFT_OP_INFO)
#undef WEFT_OP_INFO
};

} // namespace weft
