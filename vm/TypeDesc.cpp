#include "vm/TypeDesc.h"

#include <algorithm>
#include <tuple>

namespace weft {

const MethodDesc* TypeDesc::findMethod(const MethodId& id) const
{
    auto key = [](const MethodDesc& m) { return std::tie(m.name, m.pkgPath); };
    auto it = std::lower_bound(methods.begin(), methods.end(), id, [&](const MethodDesc& m, const MethodId& k) {
        return key(m) < std::tie(k.name, k.pkgPath);
    });
    return it != methods.end() && key(*it) == std::tie(id.name, id.pkgPath) ? &*it : nullptr;
}

} // namespace weft
