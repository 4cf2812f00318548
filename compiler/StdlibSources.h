#pragma once
#include <vector>

namespace weft {

// The declarations of a standard package, as Go source embedded into the binary at build time
// (cmake/EmbedStdlib.cmake, from stdlib/<path>/*.go).
struct StdlibSource
{
    const char* path; // import path: "fmt", "math/rand"
    const char* file; // "stdlib/math/rand/rand.go", for diagnostics
    const char* text;
};

const std::vector<StdlibSource>& stdlibSources();

} // namespace weft
