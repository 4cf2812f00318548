#pragma once
// Internal to the fmt engine: map keys in Go's internal/fmtsort order.
#include "stdlib/fmt/Printer.h"

#include <memory>
#include <utility>
#include <vector>

namespace weft::fmt::detail {

using MapEntry = std::pair<std::unique_ptr<Value>, std::unique_ptr<Value>>;

// fmtsort's compare of two values of the same static type: -1, 0 or 1.
int compareValues(const Value& a, const Value& b);

// fmtsort.Sort: sort.Stable of the entries by key.
void sortMapEntries(std::vector<MapEntry>& entries);

} // namespace weft::fmt::detail
