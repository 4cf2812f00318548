// Expressions and types.
#include "parser/ParserImpl.h"

namespace weft {

namespace {

// Whether x must be a value (and cannot be a type): `a[i] {` is then a block, not a literal.
bool isValue(const Expr* x)
{
    switch (x->kind)
    {
    case NodeKind::BasicLit:
    case NodeKind::CompositeLit:
    case NodeKind::FuncLit:
    case NodeKind::SliceExpr:
    case NodeKind::TypeAssertExpr:
    case NodeKind::CallExpr:
    case NodeKind::UnaryExpr:
    case NodeKind::BinaryExpr: return true;
    case NodeKind::ParenExpr: return isValue(x->as<ParenExpr>()->x);
    case NodeKind::IndexExpr: {
        auto* index = x->as<IndexExpr>();
        return isValue(index->x) || isValue(index->index);
    }
    default: return false;
    }
}

} // namespace

// ---- expressions --------------------------------------------------------------------------

Expr* Parser::expr()
{
    return binaryExpr(nullptr, 0);
}

std::vector<Expr*> Parser::exprList()
{
    std::vector<Expr*> list{expr()};
    while (got(Tok::Comma))
        list.push_back(expr());
    return list;
}

// Expression = UnaryExpr | Expression binary_op Expression .
Expr* Parser::binaryExpr(Expr* x, int prec)
{
    if (!x)
        x = unaryExpr();
    int savedDepth = depth_;
    for (int links = 0; binaryPrecedence(tok_.kind) > prec; ++links)
    {
        if (!chainLink(links))
            break;
        auto* binary = make<BinaryExpr>(pos());
        binary->op = tok_.kind;
        int opPrec = binaryPrecedence(tok_.kind);
        next();
        binary->x = x;
        binary->y = binaryExpr(nullptr, opPrec);
        x = binary;
    }
    depth_ = savedDepth;
    return x;
}

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
Expr* Parser::unaryExpr()
{
    NestingGuard guard(*this);
    if (!guard.ok)
        return badExpr();
    Position at = pos();
    switch (tok_.kind)
    {
    case Tok::Mul: {
        next();
        auto* star = make<StarExpr>(at);
        star->x = unaryExpr();
        return star;
    }
    case Tok::Add:
    case Tok::Sub:
    case Tok::Not:
    case Tok::Xor:
    case Tok::And: {
        auto* unary = make<UnaryExpr>(at);
        unary->op = tok_.kind;
        next();
        unary->x = unaryExpr();
        return unary;
    }
    case Tok::Tilde:
        reportTypeConstraints(at);
        next();
        unaryExpr();
        return make<BadExpr>(at);
    case Tok::Arrow: {
        next();
        // `<-chan T` is a type, `<-chan T(x)` a receive: only the whole operand tells.
        Expr* x = unaryExpr();
        if (auto* chan = x->as<ChanType>())
        {
            // Re-associate: <-(chan E) => (<-chan E), <-(chan<- E) => (<-chan (<-E)).
            ChanDir dir = ChanDir::Send;
            Expr* t = x;
            while (dir == ChanDir::Send)
            {
                auto* c = t->as<ChanType>();
                if (!c)
                    break;
                dir = c->dir;
                if (dir == ChanDir::Recv)
                    syntaxError("unexpected <-, expected chan");
                c->dir = ChanDir::Recv;
                t = c->elem;
            }
            if (dir == ChanDir::Send)
                syntaxErrorShowing(pos(), "unexpected ", *t, ", expected chan");
            chan->pos = at;
            return x;
        }
        auto* recv = make<UnaryExpr>(at);
        recv->op = Tok::Arrow;
        recv->x = x;
        return recv;
    }
    default: return pexpr(nullptr);
    }
}

// Operand = Literal | OperandName | MethodExpr | "(" Expression ")" .
Expr* Parser::operand()
{
    Position at = pos();
    switch (tok_.kind)
    {
    case Tok::Ident: return name();
    case Tok::Int:
    case Tok::Float:
    case Tok::Imag:
    case Tok::Char:
    case Tok::String: return literalOrNil();
    case Tok::LParen: {
        next();
        auto* paren = make<ParenExpr>(at);
        ++xnest_;
        paren->x = expr();
        --xnest_;
        want(Tok::RParen);
        return paren;
    }
    case Tok::Func: {
        next();
        FuncType* sig = funcType();
        sig->pos = at;
        if (tok_.kind != Tok::LBrace)
            return sig;
        auto* lit = make<FuncLit>(at);
        lit->sig = sig;
        ++xnest_;
        lit->body = funcBody();
        --xnest_;
        return lit;
    }
    case Tok::LBrack:
    case Tok::Chan:
    case Tok::Map:
    case Tok::Struct:
    case Tok::Interface: return type();
    default: {
        Expr* bad = badExpr();
        syntaxError("expected expression");
        advance({Tok::RParen, Tok::RBrack, Tok::RBrace});
        return bad;
    }
    }
}

// PrimaryExpr = Operand | Conversion | PrimaryExpr ( Selector | Index | Slice | TypeAssertion |
// Arguments ) ; also composite literals, whose type may be a qualified name.
Expr* Parser::pexpr(Expr* x)
{
    if (!x)
        x = operand();
    int savedDepth = depth_;
    bool more = true;
    for (int links = 0; more && chainLink(links); ++links)
    {
        Position at = pos();
        switch (tok_.kind)
        {
        case Tok::Period:
            next();
            if (tok_.kind == Tok::Ident)
            {
                auto* sel = make<SelectorExpr>(x->pos);
                sel->x = x;
                sel->sel = name();
                x = sel;
            }
            else if (tok_.kind == Tok::LParen)
            {
                auto* assert = make<TypeAssertExpr>(x->pos);
                assert->x = x;
                assert->lparen = pos();
                next();
                // x.(type) is only valid as a type switch guard: the checker reports any other.
                if (!got(Tok::Type))
                    assert->typeExpr = type();
                want(Tok::RParen);
                x = assert;
            }
            else
            {
                syntaxError("expected name or (");
                advance({Tok::Semicolon, Tok::RParen});
            }
            break;

        case Tok::LBrack: {
            next();
            if (tok_.kind == Tok::RBrack)
            {
                syntaxError("expected operand");
                next();
                break;
            }
            Expr* index = nullptr;
            if (tok_.kind != Tok::Colon)
            {
                bool comma = false;
                index = typeList(comma);
                if (comma || tok_.kind == Tok::RBrack)
                {
                    want(Tok::RBrack);
                    if (comma)
                        reportTypeParameters(at);
                    auto* ix = make<IndexExpr>(x->pos);
                    ix->x = x;
                    ix->index = index;
                    ix->lbrack = at;
                    x = ix;
                    break;
                }
            }
            if (!got(Tok::Colon))
            {
                syntaxError("expected comma, : or ]");
                advance({Tok::Comma, Tok::Colon, Tok::RBrack});
            }
            ++xnest_;
            auto* slice = make<SliceExpr>(x->pos);
            slice->x = x;
            slice->lo = index;
            slice->lbrack = at;
            if (tok_.kind != Tok::Colon && tok_.kind != Tok::RBrack)
                slice->hi = expr();
            if (tok_.kind == Tok::Colon)
            {
                slice->slice3 = true;
                if (!slice->hi)
                {
                    errorAt(pos(), "middle index required in 3-index slice");
                    slice->hi = badExpr();
                }
                next();
                if (tok_.kind != Tok::RBrack)
                    slice->max = expr();
                else
                {
                    errorAt(pos(), "final index required in 3-index slice");
                    slice->max = badExpr();
                }
            }
            --xnest_;
            want(Tok::RBrack);
            x = slice;
            break;
        }

        case Tok::LParen: {
            auto* call = make<CallExpr>(x->pos);
            call->fun = x;
            call->lparen = at;
            next();
            argList(*call);
            x = call;
            break;
        }

        case Tok::LBrace: {
            // A composite literal, or the block of an if/for/switch header (xnest_ < 0)?
            Expr* t = unparen(x);
            bool complitOk = false;
            switch (t->kind)
            {
            case NodeKind::Ident:
            case NodeKind::SelectorExpr: complitOk = xnest_ >= 0; break;
            case NodeKind::IndexExpr: complitOk = xnest_ >= 0 && !isValue(t); break;
            case NodeKind::ArrayType:
            case NodeKind::StructType:
            case NodeKind::MapType: complitOk = true; break;
            default: break;
            }
            if (!complitOk)
            {
                more = false;
                break;
            }
            if (t != x)
                syntaxError("cannot parenthesize type in composite literal");
            CompositeLit* lit = complitExpr();
            lit->typeExpr = x;
            lit->pos = x->pos;
            x = lit;
            break;
        }

        default: more = false; break;
        }
    }
    depth_ = savedDepth;
    return x;
}

// Element = Expression | LiteralValue .
Expr* Parser::bareComplitExpr()
{
    if (tok_.kind == Tok::LBrace)
        return complitExpr();
    return expr();
}

// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
CompositeLit* Parser::complitExpr()
{
    auto* lit = make<CompositeLit>(pos());
    lit->lbrace = pos();
    NestingGuard guard(*this);
    if (!guard.ok)
        return lit;
    ++xnest_;
    want(Tok::LBrace);
    lit->rbrace = list("composite literal", Tok::Comma, Tok::RBrace, [&] {
        Expr* element = bareComplitExpr();
        if (tok_.kind == Tok::Colon)
        {
            auto* kv = make<KeyValueExpr>(element->pos);
            kv->colon = pos();
            next();
            kv->key = element;
            kv->value = bareComplitExpr();
            element = kv;
        }
        lit->elts.push_back(element);
        return false;
    });
    --xnest_;
    return lit;
}

// Arguments = "(" [ ExpressionList [ "..." ] [ "," ] ] ")" ; the "(" was consumed.
void Parser::argList(CallExpr& call)
{
    ++xnest_;
    call.rparen = list("argument list", Tok::Comma, Tok::RParen, [&] {
        call.args.push_back(expr());
        call.hasEllipsis = got(Tok::Ellipsis);
        return call.hasEllipsis;
    });
    --xnest_;
}

// An index, or a list of type arguments (generics: reported by the caller when `comma` is set).
Expr* Parser::typeList(bool& comma)
{
    ++xnest_;
    Expr* x = expr();
    if (got(Tok::Comma))
    {
        comma = true;
        if (typeOrNil())
        {
            while (got(Tok::Comma))
                if (!typeOrNil())
                    break;
        }
    }
    --xnest_;
    return x;
}

Ident* Parser::name()
{
    if (tok_.kind == Tok::Ident)
    {
        Ident* id = makeIdent(pos(), tok_.text);
        next();
        return id;
    }
    Ident* id = makeIdent(pos(), "_");
    syntaxError("expected name");
    advance();
    return id;
}

// IdentifierList = identifier { "," identifier } .
std::vector<Ident*> Parser::nameList(Ident* first)
{
    std::vector<Ident*> names{first};
    while (got(Tok::Comma))
        names.push_back(name());
    return names;
}

BasicLit* Parser::literalOrNil()
{
    if (!isLiteralToken(tok_.kind))
        return nullptr;
    auto* lit = make<BasicLit>(pos());
    lit->litKind = literalKind(tok_.kind);
    lit->text = tok_.text;
    next();
    return lit;
}

BasicLit* Parser::stringLiteralOrNil()
{
    return tok_.kind == Tok::String ? literalOrNil() : nullptr;
}

// ---- types --------------------------------------------------------------------------------

Expr* Parser::type()
{
    Expr* t = typeOrNil();
    if (!t)
    {
        t = badExpr();
        syntaxError("expected type");
        advance({Tok::Comma, Tok::Colon, Tok::Semicolon, Tok::RParen, Tok::RBrack, Tok::RBrace});
    }
    return t;
}

// Type = TypeName | TypeLit | "(" Type ")" ; nullptr when no type starts here.
Expr* Parser::typeOrNil()
{
    NestingGuard guard(*this);
    if (!guard.ok)
        return nullptr;
    Position at = pos();
    switch (tok_.kind)
    {
    case Tok::Mul: {
        next();
        auto* star = make<StarExpr>(at);
        star->x = type();
        return star;
    }
    case Tok::Arrow: {
        next();
        want(Tok::Chan);
        auto* chan = make<ChanType>(at);
        chan->dir = ChanDir::Recv;
        chan->elem = chanElem();
        return chan;
    }
    case Tok::Func: {
        next();
        FuncType* sig = funcType();
        sig->pos = at;
        return sig;
    }
    case Tok::LBrack:
        next();
        if (got(Tok::RBrack))
            return sliceType(at);
        return arrayType(at, nullptr);
    case Tok::Chan: {
        next();
        auto* chan = make<ChanType>(at);
        if (got(Tok::Arrow))
            chan->dir = ChanDir::Send;
        chan->elem = chanElem();
        return chan;
    }
    case Tok::Map: {
        next();
        want(Tok::LBrack);
        auto* map = make<MapType>(at);
        map->key = type();
        want(Tok::RBrack);
        map->value = type();
        return map;
    }
    case Tok::Struct: return structType();
    case Tok::Interface: return interfaceType();
    case Tok::Ident: return qualifiedName(nullptr);
    case Tok::LParen: {
        next();
        auto* paren = make<ParenExpr>(at);
        paren->x = type();
        want(Tok::RParen);
        return paren;
    }
    default: return nullptr;
    }
}

// TypeName = identifier | PackageName "." identifier ; the first name may be given.
Expr* Parser::qualifiedName(Ident* first)
{
    Expr* x = first;
    if (!x)
    {
        if (tok_.kind == Tok::Ident)
            x = name();
        else
        {
            x = makeIdent(pos(), "_");
            syntaxError("expected name");
            advance({Tok::Period, Tok::Semicolon, Tok::RBrace});
        }
    }
    if (tok_.kind == Tok::Period)
    {
        auto* sel = make<SelectorExpr>(x->pos);
        next();
        sel->x = x;
        sel->sel = name();
        x = sel;
    }
    if (tok_.kind == Tok::LBrack)
    {
        reportTypeParameters(pos());
        next();
        skipBracketed();
    }
    return x;
}

// Signature = Parameters [ Result ] ; at the parameters (or a refused type parameter list).
FuncType* Parser::funcType()
{
    if (tok_.kind == Tok::LBrack)
    {
        reportTypeParameters(pos());
        next();
        skipBracketed();
    }
    auto* sig = make<FuncType>(pos());
    want(Tok::LParen);
    sig->params = paramList(Tok::RParen);
    sig->results = funcResult();
    return sig;
}

// Result = Parameters | Type .
std::vector<Field> Parser::funcResult()
{
    if (got(Tok::LParen))
        return paramList(Tok::RParen);
    Position at = pos();
    if (Expr* t = typeOrNil())
    {
        Field result;
        result.pos = at;
        result.typeExpr = t;
        return {result};
    }
    return {};
}

// "[" was consumed, at lbrack; len is the already parsed length, if any.
Expr* Parser::arrayType(Position lbrack, Expr* len)
{
    if (!len)
    {
        if (tok_.kind == Tok::Ellipsis)
        {
            len = make<EllipsisExpr>(pos());
            next();
        }
        else
        {
            ++xnest_;
            len = expr();
            --xnest_;
        }
    }
    if (tok_.kind == Tok::Comma)
    {
        syntaxError("unexpected comma; expected ]");
        next();
    }
    want(Tok::RBrack);
    auto* array = make<ArrayType>(lbrack);
    array->len = len;
    array->elem = type();
    return array;
}

// "[" "]" were consumed, at lbrack.
Expr* Parser::sliceType(Position lbrack)
{
    auto* slice = make<ArrayType>(lbrack);
    slice->elem = type();
    return slice;
}

// After a field or parameter name: `[]E`, `[N]E`, or type arguments `[A, B]` (generics: reported,
// and a BadExpr returned with isTypeArgs set).
Expr* Parser::arrayOrTypeArgs(bool& isTypeArgs)
{
    Position lbrack = pos();
    want(Tok::LBrack);
    if (got(Tok::RBrack))
        return sliceType(lbrack);
    bool comma = false;
    Expr* len = typeList(comma);
    want(Tok::RBrack);
    if (!comma)
    {
        if (Expr* elem = typeOrNil())
        {
            auto* array = make<ArrayType>(lbrack);
            array->len = len;
            array->elem = elem;
            return array;
        }
    }
    isTypeArgs = true;
    reportTypeParameters(lbrack);
    return make<BadExpr>(lbrack);
}

Expr* Parser::chanElem()
{
    Expr* t = typeOrNil();
    if (!t)
    {
        t = badExpr();
        syntaxError("missing channel element type");
    }
    return t;
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
StructType* Parser::structType()
{
    auto* st = make<StructType>(pos());
    want(Tok::Struct);
    want(Tok::LBrace);
    list("struct type", Tok::Semicolon, Tok::RBrace, [&] {
        fieldDecl(*st);
        return false;
    });
    return st;
}

// FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] .
void Parser::fieldDecl(StructType& st)
{
    Field field;
    field.pos = pos();
    switch (tok_.kind)
    {
    case Tok::Ident: {
        Ident* first = name();
        if (tok_.kind == Tok::Period || isLiteralToken(tok_.kind) || tok_.kind == Tok::Semicolon ||
            tok_.kind == Tok::RBrace)
        {
            field.typeExpr = qualifiedName(first); // embedded
            break;
        }
        field.names = nameList(first);
        if (field.names.size() == 1 && tok_.kind == Tok::LBrack)
        {
            bool typeArgs = false;
            field.typeExpr = arrayOrTypeArgs(typeArgs);
            if (typeArgs)
            {
                stringLiteralOrNil();
                return;
            }
        }
        else
            field.typeExpr = type();
        break;
    }
    case Tok::Mul: {
        next();
        auto* star = make<StarExpr>(field.pos);
        if (tok_.kind == Tok::LParen)
        {
            syntaxError("cannot parenthesize embedded type");
            next();
            star->x = qualifiedName(nullptr);
            got(Tok::RParen);
        }
        else
            star->x = qualifiedName(nullptr);
        field.typeExpr = star;
        break;
    }
    case Tok::LParen: {
        syntaxError("cannot parenthesize embedded type");
        next();
        if (tok_.kind == Tok::Mul)
        {
            auto* star = make<StarExpr>(pos());
            next();
            star->x = qualifiedName(nullptr);
            field.typeExpr = star;
        }
        else
            field.typeExpr = qualifiedName(nullptr);
        got(Tok::RParen);
        break;
    }
    default:
        syntaxError("expected field name or embedded type");
        advance({Tok::Semicolon, Tok::RBrace});
        return;
    }
    field.tag = stringLiteralOrNil();
    st.fields.push_back(field);
}

// InterfaceType = "interface" "{" { ( MethodSpec | EmbeddedType ) ";" } "}" .
InterfaceType* Parser::interfaceType()
{
    auto* it = make<InterfaceType>(pos());
    want(Tok::Interface);
    want(Tok::LBrace);
    list("interface type", Tok::Semicolon, Tok::RBrace, [&] {
        std::optional<Field> element;
        if (tok_.kind == Tok::Ident)
        {
            element = methodDecl();
            if (element && !element->names.empty())
            {
                it->methods.push_back(*element);
                return false;
            }
            // An embedded name, possibly the first term of a (refused) union.
            element = embeddedElem(element ? element : std::optional<Field>(Field{}));
        }
        else
            element = embeddedElem(std::nullopt);
        if (element && element->typeExpr)
            it->methods.push_back(*element);
        return false;
    });
    return it;
}

// MethodSpec = MethodName Signature | InterfaceTypeName ; nullopt: reported and dropped.
std::optional<Field> Parser::methodDecl()
{
    Field field;
    field.pos = pos();
    Ident* first = name();
    switch (tok_.kind)
    {
    case Tok::LParen:
        field.names.push_back(first);
        field.typeExpr = funcType();
        return field;
    case Tok::LBrack:
        reportTypeParameters(pos());
        next();
        skipBracketed();
        if (tok_.kind != Tok::LParen)
            return std::nullopt;
        field.names.push_back(first);
        field.typeExpr = funcType();
        return field;
    default: field.typeExpr = qualifiedName(first); return field;
    }
}

// An embedded interface; unions and ~terms (type sets) are refused. `first` is the element
// already parsed (a Field without type when it was dropped), or nullopt to parse one here.
std::optional<Field> Parser::embeddedElem(std::optional<Field> first)
{
    bool constraint = false;
    Field field;
    if (first)
        field = *first;
    else
    {
        field.pos = pos();
        field.typeExpr = embeddedTerm(constraint);
    }
    while (tok_.kind == Tok::Or)
    {
        if (!constraint)
            reportTypeConstraints(pos());
        constraint = true;
        next();
        embeddedTerm(constraint);
    }
    if (constraint)
        return std::nullopt;
    return field;
}

// EmbeddedTerm = [ "~" ] Type .
Expr* Parser::embeddedTerm(bool& constraint)
{
    if (tok_.kind == Tok::Tilde)
    {
        if (!constraint)
            reportTypeConstraints(pos());
        constraint = true;
        next();
        return type();
    }
    Expr* t = typeOrNil();
    if (!t)
    {
        t = badExpr();
        syntaxError("expected ~ term or type");
        advance({Tok::Or, Tok::Semicolon, Tok::RParen, Tok::RBrack, Tok::RBrace});
    }
    return t;
}

// ParameterDecl = [ IdentifierList ] [ "..." ] Type ; one name or type of it.
std::optional<Parser::ParamItem> Parser::paramDeclOrNil(Tok follow)
{
    ParamItem item;
    item.pos = pos();
    if (tok_.kind == Tok::Ident)
    {
        Ident* first = name();
        if (tok_.kind == Tok::LBrack)
        {
            bool typeArgs = false;
            item.typeExpr = arrayOrTypeArgs(typeArgs);
            if (!typeArgs)
                item.name = first;
            return item;
        }
        if (tok_.kind == Tok::Period)
        {
            item.typeExpr = qualifiedName(first);
            return item;
        }
        item.name = first;
    }
    if (tok_.kind == Tok::Ellipsis)
    {
        auto* dots = make<EllipsisExpr>(pos());
        next();
        dots->elt = typeOrNil();
        if (!dots->elt)
        {
            dots->elt = badExpr();
            syntaxError("... is missing type");
        }
        item.typeExpr = dots;
        return item;
    }
    item.typeExpr = typeOrNil();
    if (item.name || item.typeExpr)
        return item;
    syntaxErrorParts(pos(), {"expected ", tokString(follow)});
    advance({Tok::Comma, follow});
    return std::nullopt;
}

// Parameters = "(" [ ParameterList [ "," ] ] ")" ; the "(" was consumed. Either every parameter
// is named (`a, b int, c string`) or none is (`int, string`): a lone name is a type unless some
// parameter has both a name and a type.
std::vector<Field> Parser::paramList(Tok close)
{
    std::vector<ParamItem> items;
    size_t named = 0;
    list("parameter list", Tok::Comma, close, [&] {
        if (auto item = paramDeclOrNil(close))
        {
            if (item->name && item->typeExpr)
                ++named;
            items.push_back(*item);
        }
        return false;
    });
    if (items.empty())
        return {};

    if (named == 0)
    {
        for (ParamItem& item : items)
        {
            if (item.name)
            {
                item.typeExpr = item.name;
                item.name = nullptr;
            }
        }
    }
    else if (named != items.size())
    {
        // Names without a type take the type to their right.
        Position errorPos;
        Expr* typeToRight = nullptr;
        for (size_t i = items.size(); i-- > 0;)
        {
            ParamItem& item = items[i];
            if (item.typeExpr)
            {
                typeToRight = item.typeExpr;
                if (!item.name)
                {
                    errorPos = item.pos;
                    item.name = makeIdent(item.pos, "_");
                }
            }
            else if (typeToRight)
                item.typeExpr = typeToRight;
            else
            {
                errorPos = item.name->pos;
                item.typeExpr = make<BadExpr>(errorPos);
            }
        }
        if (errorPos.valid())
            syntaxErrorAt(errorPos, "mixed named and unnamed parameters");
    }

    // `a, b int` shares one type node: one Field.
    std::vector<Field> fields;
    for (const ParamItem& item : items)
    {
        if (item.name && !fields.empty() && !fields.back().names.empty() && fields.back().typeExpr == item.typeExpr)
        {
            fields.back().names.push_back(item.name);
            continue;
        }
        Field field;
        field.pos = item.pos;
        if (item.name)
            field.names.push_back(item.name);
        field.typeExpr = item.typeExpr;
        fields.push_back(field);
    }
    return fields;
}

} // namespace weft
