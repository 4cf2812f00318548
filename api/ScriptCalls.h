#pragma once
// Calls from the host into script functions whose signatures hold maps, errors or host structs.
// Those values cross flattened, as they do into host functions (a map as its keys and values,
// an error as its message and whether it is not nil, a struct as its fields: vm/HostValue.h),
// so each such function gets a Go wrapper in package main that takes and returns the flattened
// values and makes and reads the Go ones: the reverse of a host function's wrapper
// (api/Engine.cpp, goWrapper). The wrappers are compiled with the program.
#include <cstdint>
#include "vm/HostValue.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace weft {

class Program;

// The wrapper's name for the function `name` of package main.
std::string scriptCallWrapperName(std::string_view name);

// What a named type `name` of the host package `path` is: registered by field, with methods
// (a host object, which crosses as its Go pointer), or neither.
enum class HostTypeKind : uint8_t { None, Struct, Object };
using HostTypeOf = std::function<HostTypeKind(std::string_view path, std::string_view name)>;

// A func type of a parameter of main's functions: the host passes C++ functions of it, made Go
// funcs by a maker (Engine: a package of makers the program is compiled with).
struct FuncParamType
{
    std::string goType;                     // "func(int64) int64"
    std::vector<HostValue> params, results; // their kinds, as the public header describes them
};

// The source of a file of package main with a wrapper for every package-level function of the
// checked program whose parameters or results include a map, an error or a host struct and
// hold nothing a host cannot pass. Empty when no function needs one. The names of the
// functions wrapped are added to `wrapped`; the func types of their parameters (each once) to
// `funcTypes`.
std::string scriptCallWrappers(const Program& program, const HostTypeOf& hostType, std::vector<std::string>& wrapped,
                               std::vector<FuncParamType>& funcTypes);

} // namespace weft
