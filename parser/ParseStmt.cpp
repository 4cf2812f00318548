// Statements.
#include "parser/ParserImpl.h"


namespace weft {

namespace {

// Where Go's compiler places a simple statement in messages: at its operator.
Position operatorPos(const Stmt& s)
{
    if (auto* assign = s.as<AssignStmt>())
        return assign->opPos;
    if (auto* incDec = s.as<IncDecStmt>())
        return incDec->opPos;
    if (auto* send = s.as<SendStmt>())
        return send->arrow;
    return s.pos;
}

// Where Go's compiler places an expression in messages: a selector, index, slice or type
// assertion at its '.' or '['.
Position suffixPos(const Expr& x)
{
    switch (x.kind)
    {
    case NodeKind::SelectorExpr: {
        Position sel = x.as<SelectorExpr>()->sel->pos;
        return {sel.line, sel.column > 1 ? sel.column - 1 : sel.column};
    }
    case NodeKind::TypeAssertExpr: {
        Position lparen = x.as<TypeAssertExpr>()->lparen;
        return {lparen.line, lparen.column > 1 ? lparen.column - 1 : lparen.column};
    }
    case NodeKind::IndexExpr: return x.as<IndexExpr>()->lbrack;
    case NodeKind::SliceExpr: return x.as<SliceExpr>()->lbrack;
    default: return x.pos;
    }
}

std::string exprListString(const std::vector<Expr*>& list)
{
    std::string text;
    for (size_t i = 0; i < list.size(); ++i)
        text += (i ? ", " : "") + shortNodeString(*list[i]);
    return text;
}

TypeAssertExpr* asTypeSwitchGuard(Expr* x)
{
    auto* assert = x->as<TypeAssertExpr>();
    return assert && !assert->typeExpr ? assert : nullptr;
}

} // namespace

// Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt | BreakStmt |
// ContinueStmt | GotoStmt | FallthroughStmt | Block | IfStmt | SwitchStmt | SelectStmt | ForStmt |
// DeferStmt ; nullptr when no statement starts here.
Stmt* Parser::stmtOrNil()
{
    NestingGuard guard(*this);
    if (!guard.ok)
        return nullptr;

    // Most statements start with a name; look for labels and simple statements first.
    if (tok_.kind == Tok::Ident)
    {
        std::vector<Expr*> lhs = exprList();
        if (lhs.size() == 1 && tok_.kind == Tok::Colon)
        {
            if (auto* label = lhs[0]->as<Ident>())
                return labeledStmtOrNil(label);
        }
        return simpleStmt(std::move(lhs), Tok::Illegal);
    }

    Position at = pos();
    switch (tok_.kind)
    {
    case Tok::Var:
    case Tok::Const:
    case Tok::Type: return declStmt();
    case Tok::LBrace: return blockStmt("");
    case Tok::Add:
    case Tok::Sub:
    case Tok::Mul:
    case Tok::And:
    case Tok::Xor:
    case Tok::Not:
    case Tok::Int:
    case Tok::Float:
    case Tok::Imag:
    case Tok::Char:
    case Tok::String:
    case Tok::Func:
    case Tok::LParen:
    case Tok::LBrack:
    case Tok::Struct:
    case Tok::Map:
    case Tok::Chan:
    case Tok::Interface:
    case Tok::Arrow: return simpleStmt({}, Tok::Illegal);
    case Tok::For: return forStmt();
    case Tok::Switch: return switchStmt();
    case Tok::Select: return selectStmt();
    case Tok::If: return ifStmt();
    case Tok::Fallthrough: {
        auto* branch = make<BranchStmt>(at);
        branch->tok = Tok::Fallthrough;
        next();
        return branch;
    }
    case Tok::Break:
    case Tok::Continue: {
        auto* branch = make<BranchStmt>(at);
        branch->tok = tok_.kind;
        next();
        if (tok_.kind == Tok::Ident)
            branch->label = name();
        return branch;
    }
    case Tok::Go:
    case Tok::Defer: return callStmt();
    case Tok::Goto: {
        auto* branch = make<BranchStmt>(at);
        branch->tok = Tok::Goto;
        next();
        branch->label = name();
        return branch;
    }
    case Tok::Return: {
        auto* ret = make<ReturnStmt>(at);
        next();
        if (tok_.kind != Tok::Semicolon && tok_.kind != Tok::RBrace)
            ret->results = exprList();
        return ret;
    }
    case Tok::Semicolon: return make<EmptyStmt>(at);
    default: return nullptr;
    }
}

// StatementList = { Statement ";" } .
std::vector<Stmt*> Parser::stmtList()
{
    std::vector<Stmt*> stmts;
    while (tok_.kind != Tok::Eof && tok_.kind != Tok::RBrace && tok_.kind != Tok::Case &&
           tok_.kind != Tok::Default)
    {
        size_t start = index_;
        Stmt* s = stmtOrNil();
        if (!s)
            break;
        stmts.push_back(s);
        // ";" is optional before "}"
        if (!got(Tok::Semicolon) && tok_.kind != Tok::RBrace)
        {
            syntaxError("at end of statement");
            advance({Tok::Semicolon, Tok::RBrace, Tok::Case, Tok::Default});
            got(Tok::Semicolon);
        }
        if (index_ == start)
            next();
    }
    return stmts;
}

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl ;
// with keyword For, also a range clause. lhs is the already parsed expression list, if any.
Stmt* Parser::simpleStmt(std::vector<Expr*> lhs, Tok keyword)
{
    if (keyword == Tok::For && tok_.kind == Tok::Range)
        return rangeClause({}, Tok::Illegal);
    if (lhs.empty())
        lhs = exprList();

    if (lhs.size() == 1 && tok_.kind != Tok::Assign && tok_.kind != Tok::Define)
    {
        Expr* x = lhs[0];
        Position at = pos();
        Tok op = tok_.kind;
        if (assignOpBase(op) != Tok::Illegal)
        {
            next();
            auto* assign = make<AssignStmt>(x->pos);
            assign->lhs = {x};
            assign->op = op;
            assign->opPos = at;
            assign->rhs = {expr()};
            return assign;
        }
        if (op == Tok::Inc || op == Tok::Dec)
        {
            next();
            auto* incDec = make<IncDecStmt>(x->pos);
            incDec->x = x;
            incDec->op = op;
            incDec->opPos = at;
            return incDec;
        }
        if (op == Tok::Arrow)
        {
            next();
            auto* send = make<SendStmt>(x->pos);
            send->chan = x;
            send->arrow = at;
            send->value = expr();
            return send;
        }
        auto* exprStmt = make<ExprStmt>(x->pos);
        exprStmt->x = x;
        return exprStmt;
    }

    if (tok_.kind == Tok::Assign || tok_.kind == Tok::Define)
    {
        Position at = pos();
        Tok op = tok_.kind;
        next();
        if (keyword == Tok::For && tok_.kind == Tok::Range)
            return rangeClause(std::move(lhs), op);
        auto* assign = make<AssignStmt>(lhs[0]->pos);
        assign->lhs = std::move(lhs);
        assign->op = op;
        assign->opPos = at;
        assign->rhs = exprList();
        return assign;
    }

    syntaxError("expected := or = or comma");
    advance({Tok::Semicolon, Tok::RBrace});
    auto* exprStmt = make<ExprStmt>(lhs[0]->pos);
    exprStmt->x = lhs[0];
    return exprStmt;
}

// At `range`: the range clause of a for statement (the caller sets pos and body).
RangeStmt* Parser::rangeClause(std::vector<Expr*> lhs, Tok op)
{
    auto* range = make<RangeStmt>(pos());
    range->rangePos = pos();
    next();
    range->tok = op;
    if (lhs.size() >= 1)
        range->key = lhs[0];
    if (lhs.size() >= 2)
        range->value = lhs[1];
    if (lhs.size() > 2)
        range->extra = lhs[2];
    range->x = expr();
    return range;
}

// LabeledStmt = Label ":" Statement ; at the ":".
Stmt* Parser::labeledStmtOrNil(Ident* label)
{
    auto* labeled = make<LabeledStmt>(label->pos);
    labeled->label = label;
    Position colon = pos();
    want(Tok::Colon);
    if (tok_.kind == Tok::RBrace)
    {
        // Semicolons may be omitted before "}": the label marks an empty statement.
        auto* empty = make<EmptyStmt>(pos());
        empty->implicit = true;
        labeled->stmt = empty;
        return labeled;
    }
    labeled->stmt = stmtOrNil();
    if (labeled->stmt)
        return labeled;
    syntaxErrorAt(colon, "missing statement after label");
    return nullptr;
}

// Block = "{" StatementList "}" ; context names what it belongs to, for the error if "{" is missing.
BlockStmt* Parser::blockStmt(const char* context)
{
    auto* block = make<BlockStmt>(pos());
    // people coming from C may forget that braces are mandatory in Go
    if (!got(Tok::LBrace))
    {
        syntaxErrorParts(pos(), {"expected { after ", context});
        advance({Tok::Ident, Tok::RBrace});
        block->rbrace = pos();
        if (got(Tok::RBrace))
            return block;
    }
    block->stmts = stmtList();
    block->rbrace = pos();
    want(Tok::RBrace);
    return block;
}

DeclStmt* Parser::declStmt()
{
    auto* decl = make<DeclStmt>(pos());
    decl->decl = genDecl(tok_.kind);
    return decl;
}

Stmt* Parser::forStmt()
{
    Position at = pos();
    Header h = header(Tok::For);
    if (auto* range = h.init ? h.init->as<RangeStmt>() : nullptr)
    {
        range->pos = at;
        range->body = blockStmt("for clause");
        return range;
    }
    auto* loop = make<ForStmt>(at);
    loop->init = h.init;
    loop->cond = h.cond;
    loop->post = h.post;
    loop->body = blockStmt("for clause");
    return loop;
}

// The header of an if, for or switch, at its keyword: [init ;] cond, or for's init; cond; post,
// or a range clause (as init). Inside it `T{` starts the block, not a composite literal.
Parser::Header Parser::header(Tok keyword)
{
    Header h;
    want(keyword);
    if (tok_.kind == Tok::LBrace)
    {
        if (keyword == Tok::If)
        {
            syntaxError("missing condition in if statement");
            h.cond = badExpr();
        }
        return h;
    }

    int outerXnest = xnest_;
    xnest_ = -1;

    if (tok_.kind != Tok::Semicolon)
    {
        // accept a var declaration but complain
        if (got(Tok::Var))
            syntaxErrorParts(pos(), {"var declaration not allowed in ", tokString(keyword), " initializer"});
        h.init = simpleStmt({}, keyword);
        if (h.init->is<RangeStmt>())
        {
            xnest_ = outerXnest;
            return h;
        }
    }

    Stmt* condStmt = nullptr;
    Position semiPos;
    std::string semiText;
    if (tok_.kind != Tok::LBrace)
    {
        if (tok_.kind == Tok::Semicolon)
        {
            semiPos = pos();
            semiText = describeCurrentToken();
            next();
        }
        else
        {
            // asking for a '{' rather than a ';' here gives a better error message
            want(Tok::LBrace);
            if (tok_.kind != Tok::LBrace)
                advance({Tok::LBrace, Tok::RBrace});
        }
        if (keyword == Tok::For)
        {
            bool missingCond = false;
            if (tok_.kind != Tok::Semicolon)
            {
                if (tok_.kind == Tok::LBrace)
                {
                    syntaxError("expected for loop condition");
                    missingCond = true;
                }
                else
                    condStmt = simpleStmt({}, Tok::Illegal);
            }
            if (!missingCond)
            {
                want(Tok::Semicolon);
                if (tok_.kind != Tok::LBrace)
                {
                    h.post = simpleStmt({}, Tok::Illegal);
                    auto* assign = h.post->as<AssignStmt>();
                    if (assign && assign->op == Tok::Define)
                        syntaxErrorAt(assign->opPos, "cannot declare in post statement of for loop");
                }
            }
        }
        else if (tok_.kind != Tok::LBrace)
            condStmt = simpleStmt({}, keyword);
    }
    else
    {
        condStmt = h.init;
        h.init = nullptr;
    }

    if (!condStmt)
    {
        if (keyword == Tok::If && semiPos.valid())
        {
            if (semiText != "semicolon")
                syntaxErrorParts(semiPos, {"unexpected ", semiText, ", expected { after if clause"});
            else
                syntaxErrorAt(semiPos, "missing condition in if statement");
            h.cond = make<BadExpr>(semiPos);
        }
    }
    else if (auto* exprStmt = condStmt->as<ExprStmt>())
    {
        if (keyword == Tok::Switch && asTypeSwitchGuard(exprStmt->x))
            h.guard = asTypeSwitchGuard(exprStmt->x);
        else
            h.cond = exprStmt->x;
    }
    else
    {
        auto* assign = condStmt->as<AssignStmt>();
        if (keyword == Tok::Switch && assign && assign->op == Tok::Define && assign->lhs.size() == 1 &&
            assign->rhs.size() == 1 && assign->lhs[0]->is<Ident>() && asTypeSwitchGuard(assign->rhs[0]))
        {
            h.binding = assign->lhs[0]->as<Ident>();
            h.guard = asTypeSwitchGuard(assign->rhs[0]);
        }
        else
            reportStatementAsValue(*condStmt);
    }
    if (keyword == Tok::If && !h.cond)
        h.cond = make<BadExpr>(condStmt ? operatorPos(*condStmt) : pos());

    xnest_ = outerXnest;
    return h;
}

// A common mistake is `=` for `==`: the message shows both sides of an assignment.
[[gnu::noinline]] void Parser::reportStatementAsValue(const Stmt& s)
{
    std::string text;
    auto* assign = s.as<AssignStmt>();
    if (assign && assign->op == Tok::Assign)
        text = "assignment (" + exprListString(assign->lhs) + ") = (" + exprListString(assign->rhs) + ")";
    else
        text = shortNodeString(s);
    syntaxErrorParts(operatorPos(s), {"cannot use ", text, " as value"});
}

IfStmt* Parser::ifStmt()
{
    auto* s = make<IfStmt>(pos());
    // an else-if chain nests
    NestingGuard guard(*this);
    if (!guard.ok)
    {
        s->cond = badExpr();
        s->then = make<BlockStmt>(pos());
        return s;
    }
    Header h = header(Tok::If);
    s->init = h.init;
    s->cond = h.cond;
    s->then = blockStmt("if clause");
    if (got(Tok::Else))
    {
        switch (tok_.kind)
        {
        case Tok::If: s->els = ifStmt(); break;
        case Tok::LBrace: s->els = blockStmt(""); break;
        default:
            syntaxError("else must be followed by if or statement block");
            advance({Tok::Ident, Tok::RBrace});
            break;
        }
    }
    return s;
}

Stmt* Parser::switchStmt()
{
    Position at = pos();
    Header h = header(Tok::Switch);
    Position lbrace = pos();
    if (!got(Tok::LBrace))
    {
        syntaxError("missing { after switch clause");
        advance({Tok::Case, Tok::Default, Tok::RBrace});
    }
    std::vector<CaseClause*> clauses;
    while (tok_.kind != Tok::Eof && tok_.kind != Tok::RBrace)
    {
        size_t start = index_;
        clauses.push_back(caseClause());
        if (index_ == start)
            next();
    }
    Position rbrace = pos();
    want(Tok::RBrace);

    if (h.guard)
    {
        auto* s = make<TypeSwitchStmt>(at);
        s->init = h.init;
        s->binding = h.binding;
        s->guard = h.guard;
        s->clauses = std::move(clauses);
        s->lbrace = lbrace;
        s->rbrace = rbrace;
        return s;
    }
    auto* s = make<SwitchStmt>(at);
    s->init = h.init;
    s->tag = h.cond;
    s->clauses = std::move(clauses);
    s->lbrace = lbrace;
    s->rbrace = rbrace;
    return s;
}

SelectStmt* Parser::selectStmt()
{
    auto* s = make<SelectStmt>(pos());
    want(Tok::Select);
    if (!got(Tok::LBrace))
    {
        syntaxError("missing { after select clause");
        advance({Tok::Case, Tok::Default, Tok::RBrace});
    }
    while (tok_.kind != Tok::Eof && tok_.kind != Tok::RBrace)
    {
        size_t start = index_;
        s->clauses.push_back(commClause());
        if (index_ == start)
            next();
    }
    s->rbrace = pos();
    want(Tok::RBrace);
    return s;
}

CaseClause* Parser::caseClause()
{
    auto* c = make<CaseClause>(pos());
    switch (tok_.kind)
    {
    case Tok::Case:
        next();
        c->list = exprList();
        break;
    case Tok::Default:
        next();
        c->isDefault = true;
        break;
    default:
        syntaxError("expected case or default or }");
        advance({Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace});
        break;
    }
    c->colon = pos();
    want(Tok::Colon);
    c->body = stmtList();
    return c;
}

// The comm of a case is any simple statement here; the checker restricts it to a send or a
// receive (as Go's type checker does).
CommClause* Parser::commClause()
{
    auto* c = make<CommClause>(pos());
    switch (tok_.kind)
    {
    case Tok::Case:
        next();
        c->comm = simpleStmt({}, Tok::Illegal);
        break;
    case Tok::Default: next(); break;
    default:
        syntaxError("expected case or default or }");
        advance({Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace});
        break;
    }
    c->colon = pos();
    want(Tok::Colon);
    c->body = stmtList();
    return c;
}

// GoStmt = "go" Expression . DeferStmt = "defer" Expression .
Stmt* Parser::callStmt()
{
    Position at = pos();
    Tok keyword = tok_.kind;
    std::string word(tokenSpelling(keyword));
    next();
    Expr* x = pexpr(nullptr);
    if (Expr* inner = unparen(x); inner != x)
    {
        errorAt(x->pos, "expression in " + word + " must not be parenthesized");
        x = inner;
    }
    if (!x->is<CallExpr>())
        errorAt(suffixPos(*x), "expression in " + word + " must be function call");
    if (keyword == Tok::Go)
    {
        auto* s = make<GoStmt>(at);
        s->call = x;
        return s;
    }
    auto* s = make<DeferStmt>(at);
    s->call = x;
    return s;
}

} // namespace weft
