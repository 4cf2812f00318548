#pragma once
#include <compare>
#include <cstdint>

namespace weft {

// A place in a source file. Lines and columns count from 1; column counts bytes, as Go's
// compiler does. The file is known from context (each File, Diagnostic and SourceFile names it).
struct Position
{
    uint32_t line = 0;
    uint32_t column = 0;

    bool valid() const { return line != 0; }
    friend bool operator==(Position, Position) = default;
    friend auto operator<=>(Position, Position) = default;
};

} // namespace weft
