#pragma once
// The memory layout of Go types on amd64: sizes, alignments and field offsets. weft's values use
// it as it is; unsafe.Sizeof/Offsetof report gc's, which differs in one rule (GcPadding).
#include "compiler/Types.h"

#include <cstdint>

namespace weft {

enum class LayoutRules : uint8_t
{
    Weft,      // the interpreter's values
    GcPadding, // gc's: a non-empty struct ending in a zero-sized field gets one more byte, so that
               // the field's address does not point past the struct (cmd/compile's types.CalcSize)
};

int64_t layoutSize(const Type* t, LayoutRules rules = LayoutRules::Weft);
int64_t basicLayoutSize(BasicKind k);
int64_t layoutAlign(const Type* t);
// The offset of field i of s (i == the field count: the end of the last field).
int64_t layoutOffset(const Struct* s, size_t i, LayoutRules rules = LayoutRules::Weft);

} // namespace weft
