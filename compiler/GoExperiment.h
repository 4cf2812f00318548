#pragma once
#include <string_view>

namespace weft {

// Whether the Go experiment `name` ("fieldtrack") is on, as gc reads GOEXPERIMENT when it
// compiles a program (`GOEXPERIMENT=fieldtrack go run x.go`): a comma-separated list of
// experiment names, "noNAME" turning one off, the last mention winning. Off by default.
bool goExperimentEnabled(std::string_view name);

} // namespace weft
