#pragma once
// The text Go's syscall.Errno.Error gives for an error number on linux/amd64 ("no such file or
// directory"): Go's own table, which differs from the C library's strerror in wording and case.
#include <cstdint>
#include <string_view>

namespace weft::os {

// The message for errno e, or empty when Go's table has none (Go then prints "errno N").
std::string_view errnoText(int64_t e);

} // namespace weft::os
