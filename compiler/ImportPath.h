#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace weft {

// What is wrong with an import path (already unquoted), in gc's words, or nothing: types2's
// validatedImportPath (`invalid import path (empty string)`, `invalid import path (invalid
// character U+0021 '!')`) and gc's importer (`could not import /foo (import path cannot be
// absolute path)`, `could not import a//b (non-canonical import path "a//b" (should be "a/b"))`).
std::optional<std::string> importPathError(std::string_view path);

} // namespace weft
