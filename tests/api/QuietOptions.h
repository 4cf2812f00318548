#pragma once
// Options for API tests whose scripts' output is not what they check: two workers, output dropped.
#include <weft/weft.hpp>

inline weft::Options quietOptions()
{
    weft::Options o;
    o.procs = 2;
    o.onStdout = [](std::string_view) {};
    o.onStderr = [](std::string_view) {};
    return o;
}
