#pragma once
// Native (C++) functions of the standard library, by qualified name: "strings.Index",
// "strings.Builder.WriteString" (methods by receiver base type, pointer or not).
#include "vm/Module.h"

#include <string>
#include <string_view>
#include <unordered_map>

namespace weft {

class NativeRegistry
{
public:
    void add(std::string name, NativeFn fn) { fns_[std::move(name)] = fn; }
    NativeFn find(const std::string& name) const
    {
        auto it = fns_.find(name);
        return it == fns_.end() ? nullptr : it->second;
    }

private:
    std::unordered_map<std::string, NativeFn> fns_;
};

} // namespace weft
