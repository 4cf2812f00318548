#pragma once
#include "lexer/Position.h"

#include <cstdint>
#include <string_view>

namespace weft {

// Every token of Go's lexical grammar, defined once. X(name, spelling).
// Literal and special tokens have a descriptive spelling used in diagnostics ("literal", "name").
#define WEFT_TOKENS(X)                                                                                                 \
    X(Eof, "EOF")                                                                                                      \
    X(Illegal, "illegal token")                                                                                       \
    X(Ident, "name")                                                                                                   \
    X(Int, "literal")                                                                                                  \
    X(Float, "literal")                                                                                                \
    X(Imag, "literal")                                                                                                 \
    X(Char, "literal")                                                                                                 \
    X(String, "literal")                                                                                               \
    /* operators */                                                                                                    \
    X(Add, "+")                                                                                                        \
    X(Sub, "-")                                                                                                        \
    X(Mul, "*")                                                                                                        \
    X(Quo, "/")                                                                                                        \
    X(Rem, "%")                                                                                                        \
    X(And, "&")                                                                                                        \
    X(Or, "|")                                                                                                         \
    X(Xor, "^")                                                                                                        \
    X(Shl, "<<")                                                                                                       \
    X(Shr, ">>")                                                                                                       \
    X(AndNot, "&^")                                                                                                    \
    X(AddAssign, "+=")                                                                                                 \
    X(SubAssign, "-=")                                                                                                 \
    X(MulAssign, "*=")                                                                                                 \
    X(QuoAssign, "/=")                                                                                                 \
    X(RemAssign, "%=")                                                                                                 \
    X(AndAssign, "&=")                                                                                                 \
    X(OrAssign, "|=")                                                                                                  \
    X(XorAssign, "^=")                                                                                                 \
    X(ShlAssign, "<<=")                                                                                                \
    X(ShrAssign, ">>=")                                                                                                \
    X(AndNotAssign, "&^=")                                                                                             \
    X(LAnd, "&&")                                                                                                      \
    X(LOr, "||")                                                                                                       \
    X(Arrow, "<-")                                                                                                     \
    X(Inc, "++")                                                                                                       \
    X(Dec, "--")                                                                                                       \
    X(Eql, "==")                                                                                                       \
    X(Lss, "<")                                                                                                        \
    X(Gtr, ">")                                                                                                        \
    X(Assign, "=")                                                                                                     \
    X(Not, "!")                                                                                                        \
    X(Tilde, "~")                                                                                                      \
    X(Neq, "!=")                                                                                                       \
    X(Leq, "<=")                                                                                                       \
    X(Geq, ">=")                                                                                                       \
    X(Define, ":=")                                                                                                    \
    X(Ellipsis, "...")                                                                                                 \
    X(LParen, "(")                                                                                                     \
    X(LBrack, "[")                                                                                                     \
    X(LBrace, "{")                                                                                                     \
    X(Comma, ",")                                                                                                      \
    X(Period, ".")                                                                                                     \
    X(RParen, ")")                                                                                                     \
    X(RBrack, "]")                                                                                                     \
    X(RBrace, "}")                                                                                                     \
    X(Semicolon, ";")                                                                                                  \
    X(Colon, ":")                                                                                                      \
    /* keywords */                                                                                                     \
    X(Break, "break")                                                                                                  \
    X(Case, "case")                                                                                                    \
    X(Chan, "chan")                                                                                                    \
    X(Const, "const")                                                                                                  \
    X(Continue, "continue")                                                                                            \
    X(Default, "default")                                                                                              \
    X(Defer, "defer")                                                                                                  \
    X(Else, "else")                                                                                                    \
    X(Fallthrough, "fallthrough")                                                                                      \
    X(For, "for")                                                                                                      \
    X(Func, "func")                                                                                                    \
    X(Go, "go")                                                                                                        \
    X(Goto, "goto")                                                                                                    \
    X(If, "if")                                                                                                        \
    X(Import, "import")                                                                                                \
    X(Interface, "interface")                                                                                          \
    X(Map, "map")                                                                                                      \
    X(Package, "package")                                                                                              \
    X(Range, "range")                                                                                                  \
    X(Return, "return")                                                                                                \
    X(Select, "select")                                                                                                \
    X(Struct, "struct")                                                                                                \
    X(Switch, "switch")                                                                                                \
    X(Type, "type")                                                                                                    \
    X(Var, "var")

enum class Tok : uint8_t
{
#define WEFT_TOKEN_ENUM(name, spelling) name,
    WEFT_TOKENS(WEFT_TOKEN_ENUM)
#undef WEFT_TOKEN_ENUM
        Count
};

// The spelling of a token kind ("+", "func", "name", "literal").
std::string_view tokenSpelling(Tok tok);

bool isKeyword(Tok tok);
// For `name` in [a-z]+: the keyword token, or Tok::Ident.
Tok keywordOrIdent(std::string_view name);

// Binary operator precedence per the Go spec: 5 (* / % << >> & &^), 4 (+ - | ^),
// 3 (== != < <= > >=), 2 (&&), 1 (||); 0 for a token that is not a binary operator.
int binaryPrecedence(Tok tok);

// For an assignment operator (+=, <<=, ...) the binary operator it applies; Tok::Illegal otherwise.
Tok assignOpBase(Tok tok);

struct Token
{
    Tok kind = Tok::Eof;
    Position pos;
    // The source text of the token (a slice of the file's buffer): identifiers, literals exactly
    // as written (quotes and escapes kept). For a Semicolon inserted at a newline or EOF the text
    // is "newline" or "EOF" (as Go's compiler names them), so diagnostics can say "unexpected newline".
    std::string_view text;
};

} // namespace weft
