#pragma once
// Native (C++) functions of the standard library, by qualified name: "strings.Index",
// "strings.Builder.WriteString" (methods by receiver base type, pointer or not).
#include "vm/Module.h"

#include <string>
#include <string_view>
#include <unordered_map>

namespace weft {

// A native and the word it is bound to (Function::nativeData): null for the standard
// library's; an embedding host's functions share one NativeFn that finds its callable there.
struct NativeEntry
{
    NativeFn fn = nullptr;
    const void* data = nullptr;
};

class NativeRegistry
{
public:
    void add(std::string name, NativeFn fn, const void* data = nullptr) { fns_[std::move(name)] = {fn, data}; }
    NativeEntry find(const std::string& name) const
    {
        auto it = fns_.find(name);
        return it == fns_.end() ? NativeEntry{} : it->second;
    }

private:
    std::unordered_map<std::string, NativeEntry> fns_;
};

} // namespace weft
