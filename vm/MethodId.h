#pragma once
// A method's or field's identity (Go's Id): its name and, for an unexported name, the path of the
// package declaring it. Unexported names of different packages are different names: neither
// satisfies the other's interface, and they never collide in a method set.
#include <compare>
#include <string>

namespace weft {

struct MethodId
{
    std::string name;
    std::string pkgPath; // empty for exported names

    MethodId(std::string n, std::string pkg = {}) : name(std::move(n)), pkgPath(std::move(pkg)) {}
    MethodId(const char* n) : name(n) {}
    auto operator<=>(const MethodId&) const = default;
    bool operator==(const MethodId&) const = default;
};

} // namespace weft
