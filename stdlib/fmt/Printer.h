#pragma once
// The formatting engine of Go's fmt package (print.go, format.go and internal/fmtsort, Go 1.19),
// ported to C++ against an abstract view of Go values so that any value representation (the
// VM's, a test's mock) can be printed. Output is byte-for-byte Go's.
//
// The engine never calls Go code itself: methods (Error, String, GoString, Format) are reached
// through the Value, which answers only when the method is in the method set of the value's
// dynamic type (the VM's job) and reports a panic in the method as text.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace weft::fmt {

enum class Kind : uint8_t
{
    Invalid, // nil interface: prints <nil>
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    String,
    Pointer,
    Slice,
    Array,
    Map,
    Struct,
    Chan,
    Func,
    Interface, // a struct field, element or map key/value whose static type is an interface
};

// What a Format method sees of the printer: fmt.State without Write (a Format method's writes
// are its result text).
struct FormatState
{
    int width = 0;
    bool widthPresent = false;
    int precision = 0;
    bool precisionPresent = false;
    bool minus = false, plus = false, sharp = false, space = false, zero = false;
    // %+v and %#v: reported by flag('+') and flag('#') as Go's pp.Flag does.
    bool plusV = false, sharpV = false;

    // fmt.State.Flag
    bool flag(int c) const;
};

// A read-only view of one Go value. Owned by the caller; children are returned as unique_ptr.
class Value
{
public:
    virtual ~Value() = default;
    virtual Kind kind() const = 0;
    // Go's %T (reflect.Type.String): "int", "main.Point", "[]string", "map[string]int",
    // "*main.T", "func(int) string", "[]interface {}", "[]uint8" for []byte, "int32" for rune;
    // "<nil>" for Invalid. For Kind::Interface, the static interface type ("error", "interface {}").
    virtual std::string typeString() const = 0;
    virtual bool boolValue() const = 0;
    virtual int64_t intValue() const = 0;   // Int..Int64
    virtual uint64_t uintValue() const = 0; // Uint..Uintptr
    // Float32 (already a float32 value widened), Float64
    virtual double floatValue() const = 0;
    virtual std::string_view stringValue() const = 0;
    // Pointer, Map, Chan, Func, Slice (address of the first element), for %p and %v of pointers
    virtual uintptr_t pointerValue() const = 0;
    virtual bool isNil() const = 0;  // Pointer, Map, Slice, Chan, Func, Interface
    virtual size_t len() const = 0;  // Slice, Array, Map, String
    virtual std::unique_ptr<Value> index(size_t i) const = 0; // Slice, Array element
    virtual size_t numFields() const = 0;
    // Field i's name; for an embedded field, its type's name ("T" for an embedded *pkg.T).
    virtual std::string_view fieldName(size_t i) const = 0;
    virtual std::unique_ptr<Value> field(size_t i) const = 0;
    // Unsorted; the engine sorts like internal/fmtsort. Keys and values of an interface type
    // have Kind::Interface.
    virtual std::vector<std::pair<std::unique_ptr<Value>, std::unique_ptr<Value>>> mapEntries() const = 0;
    // Pointer's target; Interface's dynamic value (Kind Invalid when nil)
    virtual std::unique_ptr<Value> elem() const = 0;

    // Methods of the dynamic type. nullopt: the type has no such method. A method that panics:
    // return a MethodResult with panicked=true and the panic value's text as %v prints it (Go
    // prints %!v(PANIC=String method: text)). nilReceiverPanic: the method panicked because it
    // was called on a nil pointer (printed <nil>, as is any panic when the value is a nil Pointer).
    struct MethodResult
    {
        std::string text;
        bool panicked = false;
        bool nilReceiverPanic = false;
        std::string written{}; // callFormat: what Format wrote before it panicked (Go prints it)
    };
    virtual std::optional<MethodResult> callError() const = 0;    // Error() string
    virtual std::optional<MethodResult> callString() const = 0;   // String() string
    virtual std::optional<MethodResult> callGoString() const = 0; // GoString() string

    // Added by the port.

    // Slice, Array: the element type's kind. Byte slices and arrays (element kind Uint8) print
    // as strings with %s %q %x %X, even when empty.
    virtual Kind elemKind() const = 0;
    // Struct fields: whether field i is exported and whether it is embedded. Go calls no methods
    // (String, Error...) on values reached through an unexported field, nor on anything inside
    // them; an embedded unexported struct's own exported fields are reachable. The default
    // decides exportedness by an ASCII upper-case first letter and says no field is embedded.
    virtual bool fieldExported(size_t i) const;
    virtual bool fieldEmbedded(size_t /*i*/) const { return false; }
    // Optional fast path: the bytes of a Slice or Array whose element kind is Uint8.
    virtual std::optional<std::string> bytesValue() const { return std::nullopt; }
    // fmt.Formatter. hasFormatMethod: Format(fmt.State, rune) is in the dynamic type's method
    // set. callFormat runs it; its result text is what it wrote to the State. hasErrorMethod is
    // asked only for %w of a value that has a Format method (to know whether it is an error
    // without calling Error); a VM that answers hasFormatMethod must answer it too.
    virtual bool hasFormatMethod() const { return false; }
    virtual bool hasErrorMethod() const { return false; }
    virtual std::optional<MethodResult> callFormat(const FormatState& /*state*/, char32_t /*verb*/) const
    {
        return std::nullopt;
    }
};

// The engine. Each returns the formatted text. A null pointer in args is a nil interface, like a
// Value of Kind::Invalid.
std::string sprint(std::span<const Value* const> args);
std::string sprintln(std::span<const Value* const> args);
struct SprintfResult
{
    std::string text;
    std::vector<size_t> wrapped; // arg indices used with %w (for Errorf): at most one, as Go 1.19
};
// allowWrap: the call is fmt.Errorf, where %w is the verb %v of an error operand.
SprintfResult sprintf(std::string_view format, std::span<const Value* const> args, bool allowWrap = false);

} // namespace weft::fmt
