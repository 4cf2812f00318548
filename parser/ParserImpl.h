#pragma once
// The parser's internals, shared by Parser.cpp (files, declarations), ParseExpr.cpp (expressions,
// types) and ParseStmt.cpp (statements). Modelled on Go's cmd/compile/internal/syntax parser, whose
// structure and error wording it follows.
#include "lexer/Diagnostic.h"
#include "lexer/Lexer.h"
#include "lexer/Token.h"
#include "parser/Ast.h"

#include <bitset>
#include <cstddef>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace weft {

// A node as Go's compiler prints it in messages ("x := 1", "func() {…}"): function and composite
// literal bodies are elided. Defined in AstPrinter.cpp.
std::string shortNodeString(const Node& node);

class Parser
{
public:
    Parser(File& file, DiagnosticList& diags);
    void parseFile();

private:
    using TokSet = std::bitset<static_cast<size_t>(Tok::Count)>;

    // Deeper nesting than this (expressions, types, statements), or than the machine stack left
    // (lexer/MachineStack.h), is reported once and ends the parse.
    static constexpr int kMaxNesting = 1000000;

    // ---- tokens (Parser.cpp)
    void next();
    const Token& peek(size_t ahead) const;
    Position pos() const { return tok_.pos; }
    bool got(Tok kind);
    void want(Tok kind);
    bool gotAssign();
    void advance(std::initializer_list<Tok> followList = {});
    // Skips the rest of a bracketed list whose opening bracket was consumed, and its closing ']'.
    void skipBracketed();

    // ---- diagnostics (Parser.cpp)
    // Messages are string_views, and composed ones are built inside syntaxErrorParts: string
    // temporaries at the call sites would enlarge the frames of the recursive descent.
    void errorAt(Position at, std::string_view message);
    void syntaxErrorAt(Position at, std::string_view message);
    void syntaxError(std::string_view message) { syntaxErrorAt(pos(), message); }
    void syntaxErrorParts(Position at, std::initializer_list<std::string_view> parts);
    // "syntax error: <before><node as Go prints it><after>"
    void syntaxErrorShowing(Position at, std::string_view before, const Node& node, std::string_view after);
    void reportStatementAsValue(const Stmt& s);
    std::string describeCurrentToken() const;
    void reportTypeParameters(Position at);
    void reportTypeConstraints(Position at);

    // ---- nesting limit (Parser.cpp)
    bool enterNesting();
    // Each operator of a binary chain `a + b + ...` or suffix of `x.f(y)[i]...` nests the tree one
    // level deeper on the left. Long chains are more common than deep nesting (generated tables,
    // string concatenations), so a link weighs a quarter of a nesting level: the tree stays within
    // about 2000 levels, which recursive passes handle even in sanitizer builds.
    static constexpr int kLinksPerNesting = 4;
    bool chainLink(int links) { return links % kLinksPerNesting != 0 || enterNesting(); }
    struct NestingGuard
    {
        Parser& parser;
        bool ok;
        explicit NestingGuard(Parser& p) : parser(p), ok(p.enterNesting()) {}
        ~NestingGuard() { --parser.depth_; }
        NestingGuard(const NestingGuard&) = delete;
        NestingGuard& operator=(const NestingGuard&) = delete;
    };

    // Out of line: inlined at every call site, its temporaries would enlarge the recursive frames.
    template<typename T> [[gnu::noinline]] T* make(Position at) { return file_.arena.make<T>(at); }
    BadExpr* badExpr() { return make<BadExpr>(pos()); }
    Ident* makeIdent(Position at, std::string_view name);

    // ---- files and declarations (Parser.cpp)
    void parsePackageFile();
    void parseScript();
    bool funcDeclAhead() const;
    Position list(const char* context, Tok sep, Tok close, const std::function<bool()>& element);
    struct ConstGroup
    {
        int iota = 0;
        ValueSpec* lastExplicit = nullptr;
    };
    GenDecl* genDecl(Tok keyword);
    Node* importSpec();
    Node* constSpec(ConstGroup& group, bool grouped);
    Node* typeSpec();
    Node* varSpec();
    FuncDecl* funcDeclOrNil(Position funcPos);
    std::vector<std::string_view> directivesBeforeFunc() const;
    BlockStmt* funcBody();

    // ---- expressions (ParseExpr.cpp)
    Expr* expr();
    std::vector<Expr*> exprList();
    Expr* binaryExpr(Expr* x, int prec);
    Expr* unaryExpr();
    Expr* operand();
    Expr* pexpr(Expr* x);
    Expr* bareComplitExpr();
    CompositeLit* complitExpr();
    void argList(CallExpr& call);
    Expr* typeList(bool& comma);
    Ident* name();
    std::vector<Ident*> nameList(Ident* first);
    BasicLit* literalOrNil();
    BasicLit* stringLiteralOrNil();

    // ---- types (ParseExpr.cpp)
    Expr* type();
    Expr* typeOrNil();
    Expr* qualifiedName(Ident* name);
    FuncType* funcType();
    std::vector<Field> funcResult();
    Expr* arrayType(Position lbrack, Expr* len);
    Expr* sliceType(Position lbrack);
    Expr* arrayOrTypeArgs(bool& isTypeArgs);
    Expr* chanElem();
    StructType* structType();
    void fieldDecl(StructType& st);
    InterfaceType* interfaceType();
    std::optional<Field> methodDecl();
    std::optional<Field> embeddedElem(std::optional<Field> first);
    Expr* embeddedTerm(bool& constraint);
    struct ParamItem
    {
        Position pos;
        Ident* name = nullptr;
        Expr* typeExpr = nullptr;
    };
    std::optional<ParamItem> paramDeclOrNil(Tok follow);
    std::vector<Field> paramList(Tok close);

    // ---- statements (ParseStmt.cpp)
    Stmt* stmtOrNil();
    std::vector<Stmt*> stmtList();
    Stmt* simpleStmt(std::vector<Expr*> lhs, Tok keyword);
    RangeStmt* rangeClause(std::vector<Expr*> lhs, Tok op);
    Stmt* labeledStmtOrNil(Ident* label);
    BlockStmt* blockStmt(const char* context);
    DeclStmt* declStmt();
    Stmt* forStmt();
    struct Header
    {
        Stmt* init = nullptr;
        Expr* cond = nullptr;
        Stmt* post = nullptr;
        // switch only: a type switch guard `[binding :=] x.(type)`
        TypeAssertExpr* guard = nullptr;
        Ident* binding = nullptr;
    };
    Header header(Tok keyword);
    IfStmt* ifStmt();
    Stmt* switchStmt();
    SelectStmt* selectStmt();
    CaseClause* caseClause();
    CommClause* commClause();
    Stmt* callStmt();

    File& file_;
    DiagnosticList& diags_;
    std::vector<Token> tokens_; // the whole file, Illegal tokens dropped, ending with Eof
    std::vector<GoDirective> goDirectives_; // in source order
    size_t index_ = 0;
    Token tok_;

    int fnest_ = 0; // function nesting: inside a body, statement keywords are recovery points
    int xnest_ = 0; // expression nesting: < 0 in a statement header, where `T{` is not a literal
    int depth_ = 0;
    bool bailedOut_ = false;
    bool hadError_ = false;
    bool lexerErrors_ = false; // the lexer reported errors in this file
    uint32_t lastSyntaxErrorLine_ = 0;

    // Go's name for a token in "expected X": "comma", "semicolon or newline", else its spelling.
    static std::string_view tokString(Tok kind);
    static bool isLiteralToken(Tok kind);
    static LitKind literalKind(Tok kind);
    static Expr* unparen(Expr* x);
};

} // namespace weft
