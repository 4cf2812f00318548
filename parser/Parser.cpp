#include "parser/Parser.h"

#include "lexer/Lexer.h"
#include "lexer/MachineStack.h"
#include "parser/ParserImpl.h"

#include <algorithm>

namespace weft {

namespace {

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

} // namespace

std::string_view Parser::tokString(Tok kind)
{
    switch (kind)
    {
    case Tok::Comma: return "comma";
    case Tok::Semicolon: return "semicolon or newline";
    default: return tokenSpelling(kind);
    }
}

bool Parser::isLiteralToken(Tok kind)
{
    return kind == Tok::Int || kind == Tok::Float || kind == Tok::Imag || kind == Tok::Char || kind == Tok::String;
}

LitKind Parser::literalKind(Tok kind)
{
    switch (kind)
    {
    case Tok::Float: return LitKind::Float;
    case Tok::Imag: return LitKind::Imag;
    case Tok::Char: return LitKind::Char;
    case Tok::String: return LitKind::String;
    default: return LitKind::Int;
    }
}

Expr* Parser::unparen(Expr* x)
{
    while (auto* paren = x->as<ParenExpr>())
        x = paren->x;
    return x;
}

std::unique_ptr<File> parseFile(std::string name, std::string source, DiagnosticList& diags)
{
    auto file = std::make_unique<File>();
    file->name = std::move(name);
    file->source = std::move(source);
    Parser parser(*file, diags);
    parser.parseFile();
    if (!file->lines.empty())
        diags.setLineMap(file->name, file->lines);
    return file;
}

Parser::Parser(File& file, DiagnosticList& diags) : file_(file), diags_(diags)
{
    const size_t before = diags_.size();
    Lexer lexer(file_.source, file_.name, diags_, &file_.lines, &goDirectives_);
    for (;;)
    {
        Token token = lexer.next();
        // The lexer reported it; like Go's scanner, the parser never sees it.
        if (token.kind == Tok::Illegal)
            continue;
        tokens_.push_back(token);
        if (token.kind == Tok::Eof)
            break;
    }
    tok_ = tokens_.front();
    lexerErrors_ = diags_.size() > before;
}

// ---- tokens -------------------------------------------------------------------------------

void Parser::next()
{
    if (index_ + 1 < tokens_.size())
        ++index_;
    tok_ = tokens_[index_];
}

const Token& Parser::peek(size_t ahead) const
{
    return tokens_[std::min(index_ + ahead, tokens_.size() - 1)];
}

bool Parser::got(Tok kind)
{
    if (tok_.kind != kind)
        return false;
    next();
    return true;
}

void Parser::want(Tok kind)
{
    if (!got(kind))
    {
        syntaxErrorParts(pos(), {"expected ", tokString(kind)});
        advance();
    }
}

// Like got(Assign), but also accepts ":=" (with an error) for better recovery.
bool Parser::gotAssign()
{
    if (tok_.kind == Tok::Define)
    {
        syntaxError("expected =");
        next();
        return true;
    }
    return got(Tok::Assign);
}

// Skips to a token of the follow list (or, inside a function, a statement keyword) without
// passing EOF. With no follow list, exactly one token is consumed.
void Parser::advance(std::initializer_list<Tok> followList)
{
    if (followList.size() == 0)
    {
        if (tok_.kind != Tok::Eof)
            next();
        return;
    }
    TokSet follow;
    follow.set(static_cast<size_t>(Tok::Eof));
    if (fnest_ > 0)
    {
        for (Tok kind : {Tok::Break, Tok::Const, Tok::Continue, Tok::Defer, Tok::Fallthrough, Tok::For, Tok::Go,
                 Tok::Goto, Tok::If, Tok::Return, Tok::Select, Tok::Switch, Tok::Type, Tok::Var})
            follow.set(static_cast<size_t>(kind));
    }
    for (Tok kind : followList)
        follow.set(static_cast<size_t>(kind));
    while (!follow.test(static_cast<size_t>(tok_.kind)))
        next();
}

void Parser::skipBracketed()
{
    int level = 0;
    while (tok_.kind != Tok::Eof)
    {
        switch (tok_.kind)
        {
        case Tok::LParen:
        case Tok::LBrack:
        case Tok::LBrace: ++level; break;
        case Tok::RParen:
        case Tok::RBrace:
        case Tok::RBrack:
            if (level == 0)
            {
                if (tok_.kind == Tok::RBrack)
                    next();
                return;
            }
            --level;
            break;
        case Tok::Semicolon:
            if (level == 0)
                return;
            break;
        default: break;
        }
        next();
    }
}

// ---- diagnostics --------------------------------------------------------------------------

void Parser::errorAt(Position at, std::string_view message)
{
    hadError_ = true;
    diags_.add(file_.name, at, std::string(message));
}

// Go's syntax error forms: a message starting with "in ", "at " or "after " follows
// "unexpected X"; one starting with "expected " follows "unexpected X, "; any other stands alone.
// As Go's compiler does, at most one syntax error is reported per line, and none at EOF once
// there was an error.
void Parser::syntaxErrorAt(Position at, std::string_view message)
{
    // gc: no follow-up error at the end of a file that has had one (the lexer's count).
    if (tok_.kind == Tok::Eof && (hadError_ || lexerErrors_))
        return;
    std::string text = "syntax error: ";
    if (message.empty())
        text += "unexpected " + describeCurrentToken();
    else if (startsWith(message, "in ") || startsWith(message, "at ") || startsWith(message, "after "))
        text += "unexpected " + describeCurrentToken() + " " + std::string(message);
    else if (startsWith(message, "expected "))
        text += "unexpected " + describeCurrentToken() + ", " + std::string(message);
    else
        text += message;
    hadError_ = true;
    if (at.line == lastSyntaxErrorLine_)
        return;
    lastSyntaxErrorLine_ = at.line;
    diags_.add(file_.name, at, std::move(text));
}

[[gnu::noinline]] void Parser::syntaxErrorParts(Position at, std::initializer_list<std::string_view> parts)
{
    std::string message;
    for (std::string_view part : parts)
        message += part;
    syntaxErrorAt(at, message);
}

[[gnu::noinline]] void Parser::syntaxErrorShowing(Position at, std::string_view before, const Node& node,
    std::string_view after)
{
    syntaxErrorParts(at, {before, shortNodeString(node), after});
}

std::string Parser::describeCurrentToken() const
{
    switch (tok_.kind)
    {
    case Tok::Ident: return "name " + std::string(tok_.text);
    case Tok::Semicolon:
        if (tok_.text == "\n" || tok_.text == "newline")
            return "newline";
        if (tok_.text == "EOF")
            return "EOF";
        return "semicolon";
    case Tok::Int:
    case Tok::Float:
    case Tok::Imag:
    case Tok::Char:
    case Tok::String: return "literal " + std::string(tok_.text);
    default: return std::string(tokString(tok_.kind));
    }
}

void Parser::reportTypeParameters(Position at)
{
    errorAt(at, "not supported in weft: type parameters");
}

void Parser::reportTypeConstraints(Position at)
{
    errorAt(at, "not supported in weft: type constraints");
}

bool Parser::enterNesting()
{
    ++depth_;
    if ((depth_ > kMaxNesting || stackNearlyFull()) && !bailedOut_)
    {
        errorAt(pos(), "syntax error: too deeply nested");
        bailedOut_ = true;
        index_ = tokens_.size() - 1;
        tok_ = tokens_[index_];
    }
    return !bailedOut_;
}

Ident* Parser::makeIdent(Position at, std::string_view name)
{
    auto* id = make<Ident>(at);
    id->name = name;
    return id;
}

// ---- files --------------------------------------------------------------------------------

void Parser::parseFile()
{
    if (tok_.kind == Tok::Package)
        parsePackageFile();
    else
        parseScript();
}

// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
void Parser::parsePackageFile()
{
    file_.packagePos = pos();
    next();
    file_.packageName = name();
    want(Tok::Semicolon);
    // As Go: a broken package clause is not worth going on with.
    if (hadError_)
        return;

    while (tok_.kind == Tok::Import)
    {
        GenDecl* decl = genDecl(Tok::Import);
        file_.decls.push_back(decl);
        file_.imports.push_back(decl);
        want(Tok::Semicolon);
    }

    while (tok_.kind != Tok::Eof)
    {
        switch (tok_.kind)
        {
        case Tok::Const:
        case Tok::Type:
        case Tok::Var: file_.decls.push_back(genDecl(tok_.kind)); break;
        case Tok::Func: {
            Position funcPos = pos();
            next();
            if (FuncDecl* decl = funcDeclOrNil(funcPos))
                file_.decls.push_back(decl);
            break;
        }
        default: {
            auto* last = file_.decls.empty() ? nullptr : file_.decls.back()->as<FuncDecl>();
            if (tok_.kind == Tok::LBrace && last && !last->body)
                syntaxError("unexpected semicolon or newline before {");
            else
                syntaxError("non-declaration statement outside function body");
            advance({Tok::Const, Tok::Type, Tok::Var, Tok::Func});
            continue;
        }
        }
        if (tok_.kind != Tok::Eof && !got(Tok::Semicolon))
        {
            syntaxError("after top level declaration");
            advance({Tok::Const, Tok::Type, Tok::Var, Tok::Func});
        }
    }
}

// A script: declarations anywhere (imports too), every other statement into scriptBody.
void Parser::parseScript()
{
    while (tok_.kind != Tok::Eof)
    {
        size_t start = index_;
        bool isDecl = true;
        switch (tok_.kind)
        {
        case Tok::Import: {
            GenDecl* decl = genDecl(Tok::Import);
            file_.decls.push_back(decl);
            file_.imports.push_back(decl);
            break;
        }
        case Tok::Const:
        case Tok::Type:
        case Tok::Var: file_.decls.push_back(genDecl(tok_.kind)); break;
        case Tok::Func:
            if (funcDeclAhead())
            {
                Position funcPos = pos();
                next();
                if (FuncDecl* decl = funcDeclOrNil(funcPos))
                {
                    file_.decls.push_back(decl);
                    // `func f()` newline `{`: report as Go does, but keep the body.
                    if (!decl->body && tok_.kind == Tok::Semicolon && peek(1).kind == Tok::LBrace)
                    {
                        next();
                        syntaxError("unexpected semicolon or newline before {");
                        decl->body = funcBody();
                    }
                }
                break;
            }
            [[fallthrough]];
        default: {
            isDecl = false;
            ++fnest_;
            Stmt* stmt = stmtOrNil();
            if (stmt)
                file_.scriptBody.push_back(stmt);
            else
            {
                syntaxError("expected statement");
                advance();
                advance({Tok::Semicolon, Tok::Import, Tok::Func});
            }
            --fnest_;
            break;
        }
        }
        if (tok_.kind != Tok::Eof && !got(Tok::Semicolon))
        {
            syntaxError(isDecl ? "after top level declaration" : "at end of statement");
            ++fnest_;
            advance({Tok::Semicolon, Tok::Import, Tok::Func});
            --fnest_;
            got(Tok::Semicolon);
        }
        if (index_ == start)
            next();
    }
}

// At `func` at the top of a script: `func name` or `func (receiver) name(` is a declaration;
// anything else starts a function literal.
bool Parser::funcDeclAhead() const
{
    const Token& after = peek(1);
    if (after.kind == Tok::Ident)
        return true;
    if (after.kind != Tok::LParen)
        return false;
    int level = 0;
    for (size_t i = index_ + 1; i < tokens_.size(); ++i)
    {
        switch (tokens_[i].kind)
        {
        case Tok::LParen:
        case Tok::LBrack:
        case Tok::LBrace: ++level; break;
        case Tok::RParen:
        case Tok::RBrack:
        case Tok::RBrace:
            if (--level == 0)
            {
                if (tokens_[i].kind != Tok::RParen)
                    return false;
                return i + 2 < tokens_.size() && tokens_[i + 1].kind == Tok::Ident &&
                       tokens_[i + 2].kind == Tok::LParen;
            }
            break;
        case Tok::Eof: return false;
        default: break;
        }
    }
    return false;
}

// list = [ element { sep element } [ sep ] ] close . The element callback returns true when no
// more elements are accepted. Returns the position of the closing token.
Position Parser::list(const char* context, Tok sep, Tok close, const std::function<bool()>& element)
{
    bool done = false;
    while (tok_.kind != Tok::Eof && tok_.kind != close && !done)
    {
        done = element();
        if (!got(sep) && tok_.kind != close)
        {
            syntaxErrorParts(pos(), {"in ", context, "; possibly missing ", tokString(sep), " or ", tokString(close)});
            advance({Tok::RParen, Tok::RBrack, Tok::RBrace});
            if (tok_.kind != close)
                return pos();
        }
    }
    Position closePos = pos();
    want(close);
    return closePos;
}

// ---- declarations -------------------------------------------------------------------------

// At the keyword of `import`, `const`, `type` or `var`: a single spec or a ( ... ) group.
GenDecl* Parser::genDecl(Tok keyword)
{
    auto* decl = make<GenDecl>(pos());
    decl->tok = keyword;
    next();
    ConstGroup constGroup;
    auto spec = [&](bool grouped) -> Node* {
        switch (keyword)
        {
        case Tok::Import: return importSpec();
        case Tok::Const: return constSpec(constGroup, grouped);
        case Tok::Type: return typeSpec();
        default: return varSpec();
        }
    };
    if (tok_.kind == Tok::LParen)
    {
        decl->grouped = true;
        next();
        list("grouped declaration", Tok::Semicolon, Tok::RParen, [&] {
            if (Node* s = spec(true))
                decl->specs.push_back(s);
            return false;
        });
    }
    else if (Node* s = spec(false))
        decl->specs.push_back(s);
    return decl;
}

// ImportSpec = [ "." | PackageName ] ImportPath .
Node* Parser::importSpec()
{
    Ident* localName = nullptr;
    if (tok_.kind == Tok::Ident)
        localName = name();
    else if (tok_.kind == Tok::Period)
    {
        localName = makeIdent(pos(), ".");
        next();
    }
    BasicLit* path = literalOrNil();
    if (!path)
    {
        syntaxError("missing import path");
        advance({Tok::Semicolon, Tok::RParen});
        return nullptr;
    }
    if (path->litKind != LitKind::String)
    {
        syntaxError("import path must be a string");
        return nullptr;
    }
    auto* spec = make<ImportSpec>(path->pos);
    spec->name = localName;
    spec->path = path;
    return spec;
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
Node* Parser::constSpec(ConstGroup& group, bool grouped)
{
    Ident* first = name();
    auto* spec = make<ValueSpec>(first->pos);
    spec->names = nameList(first);
    spec->iota = group.iota++;
    if (tok_.kind != Tok::Eof && tok_.kind != Tok::Semicolon && tok_.kind != Tok::RParen)
    {
        spec->typeExpr = typeOrNil();
        if (gotAssign())
            spec->values = exprList();
    }
    if (!spec->typeExpr && spec->values.empty())
    {
        if (grouped && group.lastExplicit)
        {
            spec->implicit = true;
            spec->typeExpr = group.lastExplicit->typeExpr;
            spec->values = group.lastExplicit->values;
        }
    }
    else
        group.lastExplicit = spec;
    return spec;
}

namespace {

// Whether x is (syntactically) a type and no value: decides `type T[P C]` vs `type T [N]E`.
bool isTypeElem(const Expr* x)
{
    switch (x->kind)
    {
    case NodeKind::ArrayType:
    case NodeKind::StructType:
    case NodeKind::FuncType:
    case NodeKind::InterfaceType:
    case NodeKind::MapType:
    case NodeKind::ChanType: return true;
    case NodeKind::BinaryExpr: {
        auto* b = x->as<BinaryExpr>();
        return isTypeElem(b->x) || isTypeElem(b->y);
    }
    case NodeKind::UnaryExpr: {
        auto* u = x->as<UnaryExpr>();
        return u->op == Tok::Tilde || isTypeElem(u->x);
    }
    case NodeKind::StarExpr: return isTypeElem(x->as<StarExpr>()->x);
    case NodeKind::ParenExpr: return isTypeElem(x->as<ParenExpr>()->x);
    default: return false;
    }
}

// Go's extractName: whether x reads as `name [constraint]`, the start of a type parameter list.
bool startsTypeParams(const Expr* x, bool force, bool& hasConstraint)
{
    hasConstraint = false;
    switch (x->kind)
    {
    case NodeKind::Ident: return true;
    case NodeKind::BinaryExpr: {
        auto* b = x->as<BinaryExpr>();
        if (b->op == Tok::Mul && b->x->is<Ident>() && (force || isTypeElem(b->y)))
            return hasConstraint = true;
        bool lhsConstraint = false;
        if (b->op == Tok::Or && startsTypeParams(b->x, force || isTypeElem(b->y), lhsConstraint) && lhsConstraint)
            return hasConstraint = true;
        return false;
    }
    case NodeKind::CallExpr: {
        auto* call = x->as<CallExpr>();
        if (call->fun->is<Ident>() && call->args.size() == 1 && !call->hasEllipsis &&
            (force || isTypeElem(call->args[0])))
            return hasConstraint = true;
        return false;
    }
    default: return false;
    }
}

} // namespace

// TypeSpec = identifier [ TypeParams ] [ "=" ] Type .
Node* Parser::typeSpec()
{
    Ident* typeName = name();
    auto* spec = make<TypeSpec>(typeName->pos);
    spec->name = typeName;
    if (tok_.kind == Tok::LBrack)
    {
        // An array or slice type, or a type parameter list.
        Position lbrack = pos();
        next();
        if (tok_.kind == Tok::Ident)
        {
            Expr* x = name();
            if (tok_.kind != Tok::LBrack)
            {
                ++xnest_;
                x = binaryExpr(pexpr(x), 0);
                --xnest_;
            }
            bool hasConstraint = false;
            if (startsTypeParams(x, tok_.kind == Tok::Comma, hasConstraint) &&
                (hasConstraint || tok_.kind != Tok::RBrack))
            {
                reportTypeParameters(lbrack);
                skipBracketed();
                spec->alias = gotAssign();
                spec->typeExpr = typeOrNil();
            }
            else
                spec->typeExpr = arrayType(lbrack, x);
        }
        else if (got(Tok::RBrack))
            spec->typeExpr = sliceType(lbrack);
        else
            spec->typeExpr = arrayType(lbrack, nullptr);
    }
    else
    {
        spec->alias = gotAssign();
        spec->typeExpr = typeOrNil();
    }
    if (!spec->typeExpr)
    {
        spec->typeExpr = badExpr();
        syntaxError("in type declaration");
        advance({Tok::Semicolon, Tok::RParen});
    }
    return spec;
}

// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
Node* Parser::varSpec()
{
    Ident* first = name();
    auto* spec = make<ValueSpec>(first->pos);
    spec->names = nameList(first);
    if (gotAssign())
        spec->values = exprList();
    else
    {
        spec->typeExpr = type();
        if (gotAssign())
            spec->values = exprList();
    }
    return spec;
}

// FunctionDecl = "func" FunctionName ( Function | Signature ) .
// MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .
// `func` was consumed.
// At the token after a declaration's `func`: the //go: directives after the token before `func`
// (gc's parser takes the pragmas seen since the previous declaration ended).
std::vector<std::string_view> Parser::directivesBeforeFunc() const
{
    Position from = index_ >= 2 ? tokens_[index_ - 2].pos : Position{};
    Position to = tokens_[index_].pos;
    std::vector<std::string_view> out;
    for (const GoDirective& d : goDirectives_)
        if (d.pos > from && d.pos < to)
            out.push_back(d.text);
    return out;
}

FuncDecl* Parser::funcDeclOrNil(Position funcPos)
{
    std::vector<std::string_view> directives = directivesBeforeFunc();
    Field* recv = nullptr;
    if (tok_.kind == Tok::LParen)
    {
        next();
        std::vector<Field> receivers = paramList(Tok::RParen);
        size_t count = 0;
        for (const Field& f : receivers)
            count += std::max<size_t>(1, f.names.size());
        if (count == 0)
            errorAt(pos(), "method has no receiver");
        else
        {
            if (count > 1)
                errorAt(pos(), "method has multiple receivers");
            recv = file_.arena.makeField();
            *recv = receivers.front();
            recv->names.resize(std::min<size_t>(recv->names.size(), 1));
        }
    }
    if (tok_.kind != Tok::Ident)
    {
        syntaxError("expected name or (");
        advance({Tok::LBrace, Tok::Semicolon});
        return nullptr;
    }
    Ident* funcName = name();
    auto* decl = make<FuncDecl>(funcName->pos);
    decl->funcPos = funcPos;
    decl->directives = std::move(directives);
    decl->recv = recv;
    decl->name = funcName;
    decl->sig = funcType();
    if (tok_.kind == Tok::LBrace)
        decl->body = funcBody();
    return decl;
}

BlockStmt* Parser::funcBody()
{
    ++fnest_;
    BlockStmt* body = blockStmt("");
    --fnest_;
    return body;
}

} // namespace weft
