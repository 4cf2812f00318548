#include "lexer/Token.h"

#include <array>

namespace weft {
namespace {

constexpr std::array<std::string_view, static_cast<size_t>(Tok::Count)> kSpellings = {
#define WEFT_TOKEN_SPELLING(name, spelling) std::string_view(spelling),
    WEFT_TOKENS(WEFT_TOKEN_SPELLING)
#undef WEFT_TOKEN_SPELLING
};

// The keywords are the contiguous tail of the token list, from `break` to `var`.
constexpr bool inKeywordRange(Tok tok) { return tok >= Tok::Break && tok <= Tok::Var; }

} // namespace

std::string_view tokenSpelling(Tok tok)
{
    auto index = static_cast<size_t>(tok);
    return index < kSpellings.size() ? kSpellings[index] : std::string_view("illegal token");
}

bool isKeyword(Tok tok) { return inKeywordRange(tok); }

Tok keywordOrIdent(std::string_view name)
{
    for (auto k = static_cast<size_t>(Tok::Break); k <= static_cast<size_t>(Tok::Var); ++k)
        if (kSpellings[k] == name)
            return static_cast<Tok>(k);
    return Tok::Ident;
}

int binaryPrecedence(Tok tok)
{
    switch (tok)
    {
    case Tok::Mul:
    case Tok::Quo:
    case Tok::Rem:
    case Tok::Shl:
    case Tok::Shr:
    case Tok::And:
    case Tok::AndNot:
        return 5;
    case Tok::Add:
    case Tok::Sub:
    case Tok::Or:
    case Tok::Xor:
        return 4;
    case Tok::Eql:
    case Tok::Neq:
    case Tok::Lss:
    case Tok::Leq:
    case Tok::Gtr:
    case Tok::Geq:
        return 3;
    case Tok::LAnd:
        return 2;
    case Tok::LOr:
        return 1;
    default:
        return 0;
    }
}

Tok assignOpBase(Tok tok)
{
    switch (tok)
    {
    case Tok::AddAssign: return Tok::Add;
    case Tok::SubAssign: return Tok::Sub;
    case Tok::MulAssign: return Tok::Mul;
    case Tok::QuoAssign: return Tok::Quo;
    case Tok::RemAssign: return Tok::Rem;
    case Tok::AndAssign: return Tok::And;
    case Tok::OrAssign: return Tok::Or;
    case Tok::XorAssign: return Tok::Xor;
    case Tok::ShlAssign: return Tok::Shl;
    case Tok::ShrAssign: return Tok::Shr;
    case Tok::AndNotAssign: return Tok::AndNot;
    default: return Tok::Illegal;
    }
}

} // namespace weft
