#pragma once
// Internal to the fmt engine: Go's pp (print.go's printer state), shared by Printer.cpp (the
// format string, Sprint, Sprintln), PrintBasic.cpp (verbs on basic values) and PrintValue.cpp
// (methods and composite values).
#include "stdlib/fmt/Format.h"
#include "stdlib/fmt/Printer.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace weft::fmt::detail {

inline constexpr std::string_view kNilAngle = "<nil>";
inline constexpr std::string_view kNilParen = "(nil)";

// A nil interface: a null argument or a Value of Kind::Invalid.
inline bool isNilValue(const Value* v) { return v == nullptr || v->kind() == Kind::Invalid; }

// reflect's flagRO: whether methods may be called (CanInterface) and how that propagates.
// Embedded: reached through an embedded unexported field (cleared again by Field).
// Sticky: reached through an unexported field, or anything inside a read-only value.
enum class Access : uint8_t
{
    Open,
    Embedded,
    Sticky,
};

// reflect's flag.ro(): read-only in any way becomes sticky.
inline Access sticky(Access a) { return a == Access::Open ? Access::Open : Access::Sticky; }

// Go's pp: the state of one Sprint, Sprintln or Sprintf call.
class Printer
{
public:
    Printer() : fmt_(buf_) {}

    std::string take() { return std::move(buf_); }

    void doPrint(std::span<const Value* const> a);
    void doPrintln(std::span<const Value* const> a);
    void doPrintf(std::string_view format, std::span<const Value* const> a);

    bool wrapErrs = false;
    std::optional<size_t> wrappedErr; // the argument index used with %w

private:
    void writeRune(char32_t r) { appendRune(buf_, static_cast<int32_t>(r)); }

    void badVerb(char32_t verb);
    void fmtBool(bool v, char32_t verb);
    void fmt0x64(uint64_t v, bool leading0x);
    void fmtInteger(uint64_t v, bool isSigned, char32_t verb);
    void fmtFloat(double v, int size, char32_t verb);
    void fmtString(std::string_view v, char32_t verb);
    void fmtBytes(const std::string& v, bool isNil, char32_t verb, std::string_view typeString, const Value& value);
    void fmtPointer(const Value& value, char32_t verb);
    void catchPanic(const Value& arg, const Value::MethodResult& result, char32_t verb, std::string_view method);
    bool handleMethods(char32_t verb, const Value& arg);
    void printArg(const Value* arg, char32_t verb);
    void printValue(const Value& value, char32_t verb, int depth, Access access);

    struct IntArg
    {
        int num = 0;
        bool isInt = false;
        size_t newArgNum = 0;
    };
    static IntArg intFromArg(std::span<const Value* const> a, size_t argNum);
    struct ArgNumber
    {
        size_t argNum;
        size_t i;
        bool found;
    };
    ArgNumber argNumber(size_t argNum, std::string_view format, size_t i, size_t numArgs);
    void badArgNum(char32_t verb);
    void missingArg(char32_t verb);

    std::string buf_;
    Fmt fmt_;
    // What badVerb describes: Go's p.arg or p.value (null: neither).
    const Value* current_ = nullptr;
    // The index of the argument being printed, for %w.
    size_t argIndex_ = 0;
    // reordered records whether the format string used argument reordering.
    bool reordered_ = false;
    // goodArgNum records whether the most recent reordering directive was valid.
    bool goodArgNum_ = false;
    // erroring is set when printing an error string to guard against calling handleMethods.
    bool erroring_ = false;
};

} // namespace weft::fmt::detail
