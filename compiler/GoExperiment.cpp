#include "compiler/GoExperiment.h"

#include <cstdlib>

namespace weft {

bool goExperimentEnabled(std::string_view name)
{
    const char* env = std::getenv("GOEXPERIMENT");
    if (!env)
        return false;
    bool on = false;
    std::string_view list = env;
    while (!list.empty())
    {
        size_t comma = list.find(',');
        std::string_view item = list.substr(0, comma);
        list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
        if (item == name)
            on = true;
        else if (item.starts_with("no") && item.substr(2) == name)
            on = false;
    }
    return on;
}

} // namespace weft
