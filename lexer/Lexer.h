#pragma once
#include "lexer/Diagnostic.h"
#include "lexer/LineMap.h"
#include "lexer/Token.h"

#include <string>
#include <string_view>
#include <vector>

namespace weft {

// A `//go:name [args]` comment alone on its line (gc's pragmas): `text` is "go:name [args]",
// `pos` where the comment starts.
struct GoDirective
{
    Position pos;
    std::string_view text;
};

// Go's lexical grammar (the Go spec, "Lexical elements"): tokens with positions, automatic
// semicolon insertion, literals kept as written. A `#!` first line is skipped. Errors are added
// to the DiagnosticList; the lexer always makes progress and ends with Tok::Eof.
// The source buffer must outlive the lexer and every Token it returns (tokens point into it).
// Line directives (`//line f:n` at the start of a line, `/*line f:n:c*/` anywhere) go to `lines`
// when given; token positions stay those of the text as written. `//go:` directives alone on
// their line go to `goDirectives` when given.
class Lexer
{
public:
    Lexer(std::string_view source, std::string file, DiagnosticList& diags, LineMap* lines = nullptr,
          std::vector<GoDirective>* goDirectives = nullptr);

    Token next();

private:
    std::string_view src_;
    std::string file_;
    DiagnosticList& diags_;
    LineMap* lines_;
    std::vector<GoDirective>* goDirectives_;
    // The current character: ch_ (-1 at the end of input) starts at byte offset_ and is chWidth_
    // bytes long. NUL bytes, invalid UTF-8 and BOMs are reported and skipped, never current.
    int32_t ch_ = ' ';
    size_t offset_ = 0;
    size_t chWidth_ = 0;
    uint32_t line_ = 1;
    size_t lineStart_ = 0; // offset of the current line's first byte
    // Go inserts a semicolon at a newline after an identifier, literal, one of the keywords
    // break/continue/fallthrough/return, or one of ++ -- ) ] }.
    bool insertSemicolon_ = false;

    friend class LexerImpl;
};

// In a number literal as written (Go's invalidSep): the index of the first '_' that does not
// separate two digits (a base prefix counts as a digit), or -1 if every '_' is well placed.
int invalidDigitSeparator(std::string_view literal);

} // namespace weft
