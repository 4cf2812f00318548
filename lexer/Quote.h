#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace weft {

// Go's quoting, for diagnostics and constant formatting.

// strconv.Quote: a double-quoted Go string literal; non-printable runes and invalid UTF-8
// bytes are escaped (\n, \x00, \u00a0, ...).
std::string quoteString(std::string_view bytes);

// strconv.QuoteRune, as fmt's %q of a rune: 'a', '\'', '\n', '\u00a0'. Invalid runes quote as U+FFFD.
std::string quoteRune(uint32_t rune);

// fmt's %#U: "U+0024 '$'", or just "U+00A0" when the rune is not printable.
std::string formatCodePoint(uint32_t rune);

} // namespace weft
