#include "vm/Module.h"

#include "vm/MapObject.h"

namespace weft {

// Here, where MapLayout is complete (Module.h only declares it).
Module::~Module() = default;

const std::string& Function::fileAt(size_t word) const
{
    const std::string* f = &file;
    for (const FileRun& run : fileRuns)
    {
        if (run.pc > word)
            break;
        f = &run.file;
    }
    return *f;
}

} // namespace weft
