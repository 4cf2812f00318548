#pragma once
// Go code for values that cross flattened (vm/HostValue.h, crossesFlattened): maps, and slices
// and maps holding structs or maps. The wrappers of host functions (api/Engine.cpp) and of the
// script's functions called from the host (api/ScriptCalls.cpp) take such a value apart into
// its components (slices of scalars and strings) or make it from them, in Go, so that what the
// script sees is Go's own value.
#include "vm/HostValue.h"

#include <functional>
#include <string>
#include <vector>

namespace weft {

class FlatGo
{
public:
    // A type's Go text in the generated file (its package's qualifier may differ there).
    using TypeText = std::function<std::string(const std::string& goType)>;
    explicit FlatGo(TypeText text) : text_(std::move(text)) {}

    // The Go types of a value's components, in order.
    std::vector<std::string> types(const HostValue& type) const;
    // Statements (appended to body, each line indented by `indent`) computing the components of
    // `expr`, a Go value of `type`; the components' expressions.
    std::vector<std::string> decompose(const std::string& expr, const HostValue& type, std::string& body,
                                       const std::string& indent = "\t");
    // Statements making a Go value of `type` from the components parts[at...] (at moves past
    // them); the value's expression.
    std::string compose(const HostValue& type, const std::vector<std::string>& parts, size_t& at, std::string& body,
                        const std::string& indent = "\t");

private:
    std::string fresh() { return "weft_v" + std::to_string(next_++); }
    TypeText text_;
    int next_ = 0;
};

} // namespace weft
