// Go's print.go (Go 1.19): methods (pp.handleMethods, pp.catchPanic) and the printing of any
// value (pp.printArg, pp.printValue), composite values included.
//
// Where Go uses reflection, this uses the Value interface:
// - Go's p.arg / p.value (what badVerb prints) is `current_`.
// - reflect's read-only flag (values reached through unexported fields, which Go never calls
//   methods on) is tracked as `Access`, with reflect's propagation rules.
// - Basic types without methods (printArg's type switch) are recognised by their type string.
#include "stdlib/fmt/MapSort.h"
#include "stdlib/fmt/PrinterImpl.h"
#include "runtime/NativeStack.h"

namespace weft::fmt::detail {

namespace {

// printArg's type switch: the predeclared types it formats without looking for methods. (They
// have none; a named type is formatted after handleMethods.) reflect spells byte and rune as
// uint8 and int32.
bool isPredeclaredBasic(const Value& v)
{
    static constexpr std::string_view kNames[] = {
        "", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32",
        "uint64", "uintptr", "float32", "float64", "string",
    };
    Kind k = v.kind();
    if (k >= Kind::Bool && k <= Kind::String)
        return v.typeString() == kNames[static_cast<size_t>(k)];
    return false;
}

bool isUnnamedByteSlice(const Value& v)
{
    return v.kind() == Kind::Slice && v.elemKind() == Kind::Uint8 && v.typeString() == "[]uint8";
}

std::string bytesOf(const Value& v)
{
    if (auto b = v.bytesValue())
        return std::move(*b);
    std::string out;
    size_t n = v.len();
    out.reserve(n);
    for (size_t i = 0; i < n; ++i)
        out += static_cast<char>(v.index(i)->uintValue());
    return out;
}

} // namespace

void Printer::catchPanic(const Value& arg, const Value::MethodResult& result, char32_t verb, std::string_view method)
{
    // If it's a nil pointer, just say "<nil>". The likeliest causes are a Stringer that fails to
    // guard against nil or a nil pointer for a value receiver, and in either case, "<nil>" is a
    // nice result.
    if (result.nilReceiverPanic || (arg.kind() == Kind::Pointer && arg.isNil()))
    {
        buf_ += kNilAngle;
        return;
    }
    // Otherwise print a concise panic message. Most of the time the panic value will print
    // itself nicely.
    detail::Flags oldFlags = fmt_.flags;
    // For this output we want default behavior.
    fmt_.clearflags();
    buf_ += "%!";
    writeRune(verb);
    buf_ += "(PANIC=";
    buf_ += method;
    buf_ += " method: ";
    buf_ += result.text;
    buf_ += ')';
    fmt_.flags = oldFlags;
}

bool Printer::handleMethods(char32_t verb, const Value& arg)
{
    if (erroring_)
        return false;
    current_ = &arg;
    std::optional<Value::MethodResult> errorResult; // Error's result when %w already called it
    if (verb == 'w')
    {
        // It is invalid to use %w other than with Errorf, more than once, or with a non-error arg.
        bool ok = false;
        if (wrapErrs && !wrappedErr)
        {
            if (arg.hasFormatMethod())
                ok = arg.hasErrorMethod();
            else
            {
                errorResult = arg.callError();
                ok = errorResult.has_value();
            }
        }
        if (!ok)
        {
            wrappedErr.reset();
            wrapErrs = false;
            badVerb(verb);
            return true;
        }
        wrappedErr = argIndex_;
        // If the arg is a Formatter, pass 'v' as the verb to it.
        verb = 'v';
    }

    // Is it a Formatter?
    if (arg.hasFormatMethod())
    {
        const detail::Flags& f = fmt_.flags;
        FormatState state;
        state.width = fmt_.wid;
        state.widthPresent = f.widPresent;
        state.precision = fmt_.prec;
        state.precisionPresent = f.precPresent;
        state.minus = f.minus;
        state.plus = f.plus;
        state.sharp = f.sharp;
        state.space = f.space;
        state.zero = f.zero;
        state.plusV = f.plusV;
        state.sharpV = f.sharpV;
        if (auto result = arg.callFormat(state, verb))
        {
            if (result->panicked)
            {
                buf_ += result->written;
                catchPanic(arg, *result, verb, "Format");
            }
            else
                buf_ += result->text;
            return true;
        }
    }

    // If we're doing Go syntax and the argument knows how to supply it, take care of it now.
    if (fmt_.flags.sharpV)
    {
        if (auto result = arg.callGoString())
        {
            if (result->panicked)
                catchPanic(arg, *result, verb, "GoString");
            else
                fmt_.fmtS(result->text); // Print the result of GoString unadorned.
            return true;
        }
        return false;
    }
    // If a string is acceptable according to the format, see if the value satisfies one of the
    // string-valued interfaces. Println etc. set verb to %v, which is "stringable".
    switch (verb)
    {
    case 'v':
    case 's':
    case 'x':
    case 'X':
    case 'q':
        // Is it an error or Stringer?
        if (!errorResult)
            errorResult = arg.callError();
        if (errorResult)
        {
            if (errorResult->panicked)
                catchPanic(arg, *errorResult, verb, "Error");
            else
                fmtString(errorResult->text, verb);
            return true;
        }
        if (auto result = arg.callString())
        {
            if (result->panicked)
                catchPanic(arg, *result, verb, "String");
            else
                fmtString(result->text, verb);
            return true;
        }
        break;
    default: break;
    }
    return false;
}

void Printer::printArg(const Value* arg, char32_t verb)
{
    current_ = arg;
    if (isNilValue(arg))
    {
        switch (verb)
        {
        case 'T':
        case 'v': fmt_.pad(kNilAngle); break;
        default: badVerb(verb);
        }
        return;
    }
    if (arg->kind() == Kind::Interface)
    {
        // An interface{} argument holds its dynamic value.
        auto dynamic = arg->elem();
        printArg(dynamic.get(), verb);
        current_ = nullptr; // dynamic is gone
        return;
    }

    // Special processing considerations.
    // %T (the value's type) and %p (its address) are special; we always do them first.
    switch (verb)
    {
    case 'T': fmt_.fmtS(arg->typeString()); return;
    case 'p': fmtPointer(*arg, 'p'); return;
    default: break;
    }

    // Some types can be done without reflection.
    if (isPredeclaredBasic(*arg))
    {
        printValue(*arg, verb, 0, Access::Open);
        return;
    }
    if (isUnnamedByteSlice(*arg))
    {
        fmtBytes(bytesOf(*arg), arg->isNil(), verb, "[]byte", *arg);
        return;
    }
    // If the type is not simple, it might have methods.
    if (!handleMethods(verb, *arg))
        printValue(*arg, verb, 0, Access::Open);
}

// printValue is similar to printArg but starts with a reflect value, not an interface{} value.
// It does not handle 'p' and 'T' verbs because these should have been already handled by printArg.
void Printer::printValue(const Value& value, char32_t verb, int depth, Access access)
{
    // A value nested deeper than the thread's stack allows (a map that holds itself): stop;
    // the native reports Go's stack overflow (runtime/NativeStack.h).
    if (nativeStackLow())
        return;
    Kind kind = value.kind();
    // Handle values with special methods if not already handled by printArg (depth == 0).
    // (An interface's methods are those of its dynamic value, handled when that is printed.)
    if (depth > 0 && kind != Kind::Invalid && kind != Kind::Interface && access == Access::Open)
    {
        if (handleMethods(verb, value))
            return;
    }
    current_ = &value;

    switch (kind)
    {
    case Kind::Invalid:
        if (depth == 0)
            buf_ += "<invalid reflect.Value>";
        else if (verb == 'v')
            buf_ += kNilAngle;
        else
            badVerb(verb);
        break;
    case Kind::Bool: fmtBool(value.boolValue(), verb); break;
    case Kind::Int:
    case Kind::Int8:
    case Kind::Int16:
    case Kind::Int32:
    case Kind::Int64: fmtInteger(static_cast<uint64_t>(value.intValue()), true, verb); break;
    case Kind::Uint:
    case Kind::Uint8:
    case Kind::Uint16:
    case Kind::Uint32:
    case Kind::Uint64:
    case Kind::Uintptr: fmtInteger(value.uintValue(), false, verb); break;
    case Kind::Float32: fmtFloat(value.floatValue(), 32, verb); break;
    case Kind::Float64: fmtFloat(value.floatValue(), 64, verb); break;
    case Kind::String: fmtString(value.stringValue(), verb); break;
    case Kind::Map:
    {
        if (fmt_.flags.sharpV)
        {
            buf_ += value.typeString();
            if (value.isNil())
            {
                buf_ += kNilParen;
                return;
            }
            buf_ += '{';
        }
        else
            buf_ += "map[";
        auto entries = value.mapEntries();
        detail::sortMapEntries(entries);
        Access inner = sticky(access);
        for (size_t i = 0; i < entries.size(); ++i)
        {
            if (i > 0)
            {
                if (fmt_.flags.sharpV)
                    buf_ += ", ";
                else
                    buf_ += ' ';
            }
            printValue(*entries[i].first, verb, depth + 1, inner);
            buf_ += ':';
            printValue(*entries[i].second, verb, depth + 1, inner);
        }
        buf_ += fmt_.flags.sharpV ? '}' : ']';
        break;
    }
    case Kind::Struct:
    {
        if (fmt_.flags.sharpV)
            buf_ += value.typeString();
        buf_ += '{';
        for (size_t i = 0, n = value.numFields(); i < n; ++i)
        {
            if (i > 0)
            {
                if (fmt_.flags.sharpV)
                    buf_ += ", ";
                else
                    buf_ += ' ';
            }
            if (fmt_.flags.plusV || fmt_.flags.sharpV)
            {
                if (std::string_view name = value.fieldName(i); !name.empty())
                {
                    buf_ += name;
                    buf_ += ':';
                }
            }
            // reflect's Field: only a sticky read-only flag is inherited; an unexported field
            // is read-only (embedded: until its own fields are taken).
            Access fieldAccess = access == Access::Sticky ? Access::Sticky : Access::Open;
            if (!value.fieldExported(i))
            {
                if (value.fieldEmbedded(i))
                    fieldAccess = fieldAccess == Access::Open ? Access::Embedded : fieldAccess;
                else
                    fieldAccess = Access::Sticky;
            }
            // getField: if the field is itself an interface, print the thing inside it.
            auto field = value.field(i);
            if (field->kind() == Kind::Interface && !field->isNil())
            {
                field = field->elem();
                fieldAccess = sticky(fieldAccess);
            }
            printValue(*field, verb, depth + 1, fieldAccess);
        }
        buf_ += '}';
        break;
    }
    case Kind::Interface:
    {
        auto elem = value.elem();
        if (isNilValue(elem.get()))
        {
            if (fmt_.flags.sharpV)
            {
                buf_ += value.typeString();
                buf_ += kNilParen;
            }
            else
                buf_ += kNilAngle;
        }
        else
            printValue(*elem, verb, depth + 1, sticky(access));
        break;
    }
    case Kind::Array:
    case Kind::Slice:
    {
        switch (verb)
        {
        case 's':
        case 'q':
        case 'x':
        case 'X':
            // Handle byte and uint8 slices and arrays special for the above verbs.
            if (value.elemKind() == Kind::Uint8)
            {
                fmtBytes(bytesOf(value), false, verb, value.typeString(), value);
                return;
            }
            break;
        default: break;
        }
        Access inner = sticky(access);
        size_t n = value.len();
        if (fmt_.flags.sharpV)
        {
            buf_ += value.typeString();
            if (kind == Kind::Slice && value.isNil())
            {
                buf_ += kNilParen;
                return;
            }
            buf_ += '{';
            for (size_t i = 0; i < n; ++i)
            {
                if (i > 0)
                    buf_ += ", ";
                printValue(*value.index(i), verb, depth + 1, inner);
            }
            buf_ += '}';
        }
        else
        {
            buf_ += '[';
            for (size_t i = 0; i < n; ++i)
            {
                if (i > 0)
                    buf_ += ' ';
                printValue(*value.index(i), verb, depth + 1, inner);
            }
            buf_ += ']';
        }
        break;
    }
    case Kind::Pointer:
        // pointer to array or slice or struct? ok at top level but not embedded (avoid loops)
        if (depth == 0 && !value.isNil())
        {
            auto a = value.elem();
            switch (a->kind())
            {
            case Kind::Array:
            case Kind::Slice:
            case Kind::Struct:
            case Kind::Map:
                buf_ += '&';
                printValue(*a, verb, depth + 1, access);
                return;
            default: break;
            }
        }
        fmtPointer(value, verb);
        break;
    case Kind::Chan:
    case Kind::Func: fmtPointer(value, verb); break;
    }
}

} // namespace weft::fmt::detail
