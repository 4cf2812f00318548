#include "vm/TypeDesc.h"

#include <algorithm>

namespace weft {

const MethodDesc* TypeDesc::findMethod(const std::string& n) const
{
    auto it = std::lower_bound(methods.begin(), methods.end(), n,
                               [](const MethodDesc& m, const std::string& k) { return m.name < k; });
    return it != methods.end() && it->name == n ? &*it : nullptr;
}

} // namespace weft
