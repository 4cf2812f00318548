#pragma once
#include <optional>
#include <string>

namespace weft {

// Reads a whole file ("-" is standard input). nullopt when it cannot be read; `error` then says
// why in Go's words ("open x.go: no such file or directory").
std::optional<std::string> readSourceFile(const std::string& path, std::string& error);

} // namespace weft
