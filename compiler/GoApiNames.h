#pragma once
// Whether Go 1.19's standard package pkgPath exports `name` (generated from Go's API files by
// tools/gen_go_api.py, for the packages weft declares): a member weft lacks is then refused
// as "not supported in weft", not "undefined", which would claim Go has no such thing.
#include <string_view>

namespace weft {

bool goApiHas(std::string_view pkgPath, std::string_view name);

} // namespace weft
