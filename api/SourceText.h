#pragma once
#include <string>

namespace weft {

// A program's source file: its path (as diagnostics name it) and its text.
struct SourceText
{
    std::string path;
    std::string text;
};

} // namespace weft
