#include "vm/Module.h"

#include "vm/MapObject.h"

namespace weft {

// Here, where MapLayout is complete (Module.h only declares it).
Module::~Module() = default;

} // namespace weft
