#include "parser/AstPrinter.h"

#include "lexer/MachineStack.h"
#include "parser/ParserImpl.h"

namespace weft {

namespace {

// ---- Go source ----------------------------------------------------------------------------

// Prints nodes as Go source. Parentheses are ParenExpr nodes, so the tree is printed as it is,
// without precedence analysis. In short form (for messages), function bodies and composite
// literal elements are elided as {…}, as Go's compiler prints them.
class SourcePrinter
{
public:
    explicit SourcePrinter(bool shortForm) : shortForm_(shortForm) {}

    std::string take() { return std::move(out_); }

    void file(const File& f)
    {
        bool first = true;
        if (!f.isScript())
        {
            out_ += "package ";
            out_ += f.packageName->name;
            out_ += "\n";
            first = false;
        }
        for (const Decl* d : f.decls)
        {
            if (!first)
                out_ += "\n";
            first = false;
            decl(*d);
            out_ += "\n";
        }
        if (!f.scriptBody.empty() && !first)
            out_ += "\n";
        for (const Stmt* s : f.scriptBody)
        {
            stmt(*s);
            out_ += "\n";
        }
    }

    void node(const Node& n)
    {
        if (auto* e = dynamic_cast<const Expr*>(&n))
            expr(*e);
        else if (auto* s = dynamic_cast<const Stmt*>(&n))
            stmt(*s);
        else if (auto* d = dynamic_cast<const Decl*>(&n))
            decl(*d);
        else
            spec(n);
    }

    void decl(const Decl& d)
    {
        if (auto* g = d.as<GenDecl>())
            genDecl(*g);
        else if (auto* f = d.as<FuncDecl>())
            funcDecl(*f);
    }

    [[gnu::noinline]] void stmt(const Stmt& s)
    {
        if (stackNearlyFull())
        {
            out_ += "...";
            return;
        }
        switch (s.kind)
        {
        case NodeKind::BadStmt: out_ += "_"; break;
        case NodeKind::DeclStmt: genDecl(*s.as<DeclStmt>()->decl); break;
        case NodeKind::EmptyStmt:
            if (!s.as<EmptyStmt>()->implicit)
                out_ += ";";
            break;
        case NodeKind::LabeledStmt: {
            auto* l = s.as<LabeledStmt>();
            out_ += l->label->name;
            out_ += ":";
            auto* empty = l->stmt->as<EmptyStmt>();
            if (!empty || !empty->implicit)
            {
                out_ += " ";
                stmt(*l->stmt);
            }
            break;
        }
        case NodeKind::ExprStmt: expr(*s.as<ExprStmt>()->x); break;
        case NodeKind::SendStmt: {
            auto* send = s.as<SendStmt>();
            expr(*send->chan);
            out_ += " <- ";
            expr(*send->value);
            break;
        }
        case NodeKind::IncDecStmt: {
            auto* incDec = s.as<IncDecStmt>();
            expr(*incDec->x);
            out_ += tokenSpelling(incDec->op);
            break;
        }
        case NodeKind::AssignStmt: {
            auto* assign = s.as<AssignStmt>();
            exprList(assign->lhs);
            out_ += " ";
            out_ += tokenSpelling(assign->op);
            out_ += " ";
            exprList(assign->rhs);
            break;
        }
        case NodeKind::GoStmt:
            out_ += "go ";
            expr(*s.as<GoStmt>()->call);
            break;
        case NodeKind::DeferStmt:
            out_ += "defer ";
            expr(*s.as<DeferStmt>()->call);
            break;
        case NodeKind::ReturnStmt: {
            auto* ret = s.as<ReturnStmt>();
            out_ += "return";
            if (!ret->results.empty())
            {
                out_ += " ";
                exprList(ret->results);
            }
            break;
        }
        case NodeKind::BranchStmt: {
            auto* branch = s.as<BranchStmt>();
            out_ += tokenSpelling(branch->tok);
            if (branch->label)
            {
                out_ += " ";
                out_ += branch->label->name;
            }
            break;
        }
        case NodeKind::BlockStmt: block(*s.as<BlockStmt>()); break;
        case NodeKind::IfStmt: ifStmt(*s.as<IfStmt>()); break;
        case NodeKind::SwitchStmt: {
            auto* sw = s.as<SwitchStmt>();
            out_ += "switch ";
            if (sw->init)
            {
                stmt(*sw->init);
                out_ += "; ";
            }
            if (sw->tag)
            {
                expr(*sw->tag);
                out_ += " ";
            }
            clauses(sw->clauses);
            break;
        }
        case NodeKind::TypeSwitchStmt: {
            auto* sw = s.as<TypeSwitchStmt>();
            out_ += "switch ";
            if (sw->init)
            {
                stmt(*sw->init);
                out_ += "; ";
            }
            if (sw->binding)
            {
                out_ += sw->binding->name;
                out_ += " := ";
            }
            expr(*sw->guard);
            out_ += " ";
            clauses(sw->clauses);
            break;
        }
        case NodeKind::SelectStmt: {
            auto* sel = s.as<SelectStmt>();
            out_ += "select {";
            for (const CommClause* c : sel->clauses)
            {
                newline();
                if (c->comm)
                {
                    out_ += "case ";
                    stmt(*c->comm);
                    out_ += ":";
                }
                else
                    out_ += "default:";
                stmtLines(c->body);
            }
            newline();
            out_ += "}";
            break;
        }
        case NodeKind::ForStmt: {
            auto* loop = s.as<ForStmt>();
            out_ += "for ";
            if (loop->init || loop->post)
            {
                if (loop->init)
                    stmt(*loop->init);
                out_ += "; ";
                if (loop->cond)
                    expr(*loop->cond);
                out_ += "; ";
                if (loop->post)
                {
                    stmt(*loop->post);
                    out_ += " ";
                }
            }
            else if (loop->cond)
            {
                expr(*loop->cond);
                out_ += " ";
            }
            block(*loop->body);
            break;
        }
        case NodeKind::RangeStmt: {
            auto* range = s.as<RangeStmt>();
            out_ += "for ";
            if (range->key)
            {
                expr(*range->key);
                if (range->value)
                {
                    out_ += ", ";
                    expr(*range->value);
                }
                out_ += " ";
                out_ += tokenSpelling(range->tok);
                out_ += " ";
            }
            out_ += "range ";
            expr(*range->x);
            out_ += " ";
            block(*range->body);
            break;
        }
        default: break;
        }
    }

    // Each kind prints in its own function: inlined into one switch, their temporaries would
    // make every frame of the recursion large (deep trees are printed recursively).
    [[gnu::noinline]] void expr(const Expr& e)
    {
        if (stackNearlyFull())
        {
            out_ += "...";
            return;
        }
        switch (e.kind)
        {
        case NodeKind::BadExpr: out_ += "_"; break;
        case NodeKind::Ident: out_ += e.as<Ident>()->name; break;
        case NodeKind::BasicLit: basicLit(*e.as<BasicLit>()); break;
        case NodeKind::CompositeLit: compositeLit(*e.as<CompositeLit>()); break;
        case NodeKind::FuncLit: funcLit(*e.as<FuncLit>()); break;
        case NodeKind::ParenExpr: paren(*e.as<ParenExpr>()); break;
        case NodeKind::SelectorExpr: selector(*e.as<SelectorExpr>()); break;
        case NodeKind::IndexExpr: index(*e.as<IndexExpr>()); break;
        case NodeKind::SliceExpr: slice(*e.as<SliceExpr>()); break;
        case NodeKind::TypeAssertExpr: typeAssert(*e.as<TypeAssertExpr>()); break;
        case NodeKind::CallExpr: call(*e.as<CallExpr>()); break;
        case NodeKind::StarExpr: star(*e.as<StarExpr>()); break;
        case NodeKind::UnaryExpr: unary(*e.as<UnaryExpr>()); break;
        case NodeKind::BinaryExpr: binary(*e.as<BinaryExpr>()); break;
        case NodeKind::KeyValueExpr: keyValue(*e.as<KeyValueExpr>()); break;
        case NodeKind::ArrayType: arrayType(*e.as<ArrayType>()); break;
        case NodeKind::StructType: structType(*e.as<StructType>()); break;
        case NodeKind::FuncType: funcType(*e.as<FuncType>()); break;
        case NodeKind::InterfaceType: interfaceType(*e.as<InterfaceType>()); break;
        case NodeKind::MapType: mapType(*e.as<MapType>()); break;
        case NodeKind::ChanType: chanType(*e.as<ChanType>()); break;
        case NodeKind::EllipsisExpr: ellipsis(*e.as<EllipsisExpr>()); break;
        default: break;
        }
    }

private:
    [[gnu::noinline]] void basicLit(const BasicLit& lit)
    {
        out_ += lit.text;
        if (lit.litKind == LitKind::Int)
            intLitEnd_ = out_.size();
    }

    // A '.' right after an integer literal would lex with it as a float: `1 .x` must not print
    // as `1.x`, nor `f(1 ...)` as `f(1...)` (gofmt separates them with a blank too).
    void dotToken(std::string_view text)
    {
        if (out_.size() == intLitEnd_)
            out_ += " ";
        out_ += text;
    }

    [[gnu::noinline]] void compositeLit(const CompositeLit& lit)
    {
        if (lit.typeExpr)
            expr(*lit.typeExpr);
        out_ += "{";
        if (shortForm_)
        {
            if (!lit.elts.empty())
                out_ += "…";
        }
        else
            exprList(lit.elts);
        out_ += "}";
    }

    [[gnu::noinline]] void funcLit(const FuncLit& lit)
    {
        out_ += "func";
        signature(*lit.sig);
        out_ += " ";
        if (shortForm_)
            out_ += lit.body->stmts.empty() ? "{}" : "{…}";
        else
            block(*lit.body);
    }

    [[gnu::noinline]] void paren(const ParenExpr& p)
    {
        out_ += "(";
        expr(*p.x);
        out_ += ")";
    }

    [[gnu::noinline]] void selector(const SelectorExpr& sel)
    {
        expr(*sel.x);
        dotToken(".");
        out_ += sel.sel->name;
    }

    [[gnu::noinline]] void index(const IndexExpr& ix)
    {
        expr(*ix.x);
        out_ += "[";
        expr(*ix.index);
        out_ += "]";
    }

    [[gnu::noinline]] void slice(const SliceExpr& s)
    {
        expr(*s.x);
        out_ += "[";
        if (s.lo)
            expr(*s.lo);
        out_ += ":";
        if (s.hi)
            expr(*s.hi);
        if (s.slice3)
        {
            out_ += ":";
            if (s.max)
                expr(*s.max);
        }
        out_ += "]";
    }

    [[gnu::noinline]] void typeAssert(const TypeAssertExpr& assert)
    {
        expr(*assert.x);
        dotToken(".(");
        if (assert.typeExpr)
            expr(*assert.typeExpr);
        else
            out_ += "type";
        out_ += ")";
    }

    [[gnu::noinline]] void call(const CallExpr& c)
    {
        expr(*c.fun);
        out_ += "(";
        exprList(c.args);
        if (c.hasEllipsis)
            dotToken("...");
        out_ += ")";
    }

    [[gnu::noinline]] void star(const StarExpr& s)
    {
        out_ += "*";
        expr(*s.x);
    }

    [[gnu::noinline]] void unary(const UnaryExpr& u)
    {
        out_ += tokenSpelling(u.op);
        size_t operandStart = out_.size();
        expr(*u.x);
        // `- -x` and `& &x` must not lex as `--` and `&&` (or `&^`).
        if (operandStart < out_.size())
        {
            char first = out_[operandStart];
            bool glue = (u.op == Tok::Sub && first == '-') || (u.op == Tok::Add && first == '+') ||
                        (u.op == Tok::And && (first == '&' || first == '^'));
            if (glue)
            {
                out_.insert(out_.begin() + static_cast<std::ptrdiff_t>(operandStart), ' ');
                if (intLitEnd_ != std::string::npos && intLitEnd_ > operandStart)
                    ++intLitEnd_;
            }
        }
    }

    [[gnu::noinline]] void binary(const BinaryExpr& b)
    {
        expr(*b.x);
        out_ += " ";
        out_ += tokenSpelling(b.op);
        out_ += " ";
        expr(*b.y);
    }

    [[gnu::noinline]] void keyValue(const KeyValueExpr& kv)
    {
        expr(*kv.key);
        out_ += ": ";
        expr(*kv.value);
    }

    [[gnu::noinline]] void arrayType(const ArrayType& array)
    {
        out_ += "[";
        if (array.len)
            expr(*array.len);
        out_ += "]";
        expr(*array.elem);
    }

    [[gnu::noinline]] void structType(const StructType& st)
    {
        out_ += "struct";
        fieldBlock(st.fields, [&](const Field& f) {
            names(f.names);
            if (!f.names.empty())
                out_ += " ";
            expr(*f.typeExpr);
            if (f.tag)
            {
                out_ += " ";
                out_ += f.tag->text;
            }
        });
    }

    [[gnu::noinline]] void funcType(const FuncType& sig)
    {
        out_ += "func";
        signature(sig);
    }

    [[gnu::noinline]] void interfaceType(const InterfaceType& it)
    {
        out_ += "interface";
        fieldBlock(it.methods, [&](const Field& f) {
            if (!f.names.empty())
            {
                out_ += f.names[0]->name;
                if (auto* sig = f.typeExpr->as<FuncType>())
                    signature(*sig);
            }
            else
                expr(*f.typeExpr);
        });
    }

    [[gnu::noinline]] void mapType(const MapType& map)
    {
        out_ += "map[";
        expr(*map.key);
        out_ += "]";
        expr(*map.value);
    }

    [[gnu::noinline]] void chanType(const ChanType& chan)
    {
        out_ += chan.dir == ChanDir::Recv ? "<-chan " : chan.dir == ChanDir::Send ? "chan<- " : "chan ";
        expr(*chan.elem);
    }

    [[gnu::noinline]] void ellipsis(const EllipsisExpr& dots)
    {
        out_ += "...";
        if (dots.elt)
            expr(*dots.elt);
    }

    void newline()
    {
        out_ += "\n";
        out_.append(static_cast<size_t>(indent_), '\t');
    }

    void exprList(const std::vector<Expr*>& list)
    {
        for (size_t i = 0; i < list.size(); ++i)
        {
            if (i)
                out_ += ", ";
            expr(*list[i]);
        }
    }

    void names(const std::vector<Ident*>& list)
    {
        for (size_t i = 0; i < list.size(); ++i)
        {
            if (i)
                out_ += ", ";
            out_ += list[i]->name;
        }
    }

    void fieldList(const std::vector<Field>& fields)
    {
        for (size_t i = 0; i < fields.size(); ++i)
        {
            if (i)
                out_ += ", ";
            names(fields[i].names);
            if (!fields[i].names.empty())
                out_ += " ";
            expr(*fields[i].typeExpr);
        }
    }

    void signature(const FuncType& sig)
    {
        out_ += "(";
        fieldList(sig.params);
        out_ += ")";
        if (sig.results.size() == 1 && sig.results[0].names.empty())
        {
            out_ += " ";
            expr(*sig.results[0].typeExpr);
        }
        else if (!sig.results.empty())
        {
            out_ += " (";
            fieldList(sig.results);
            out_ += ")";
        }
    }

    // `{}` when empty, else one element a line; in short form on one line.
    template<typename Print> void fieldBlock(const std::vector<Field>& fields, Print print)
    {
        if (fields.empty())
        {
            out_ += "{}";
            return;
        }
        if (shortForm_)
        {
            out_ += "{ ";
            for (size_t i = 0; i < fields.size(); ++i)
            {
                if (i)
                    out_ += "; ";
                print(fields[i]);
            }
            out_ += " }";
            return;
        }
        out_ += " {";
        ++indent_;
        for (const Field& f : fields)
        {
            newline();
            print(f);
        }
        --indent_;
        newline();
        out_ += "}";
    }

    void stmtLines(const std::vector<Stmt*>& stmts)
    {
        ++indent_;
        for (const Stmt* s : stmts)
        {
            newline();
            stmt(*s);
        }
        --indent_;
    }

    void block(const BlockStmt& b)
    {
        if (b.stmts.empty())
        {
            out_ += "{}";
            return;
        }
        out_ += "{";
        stmtLines(b.stmts);
        newline();
        out_ += "}";
    }

    void ifStmt(const IfStmt& s)
    {
        out_ += "if ";
        if (s.init)
        {
            stmt(*s.init);
            out_ += "; ";
        }
        expr(*s.cond);
        out_ += " ";
        block(*s.then);
        if (s.els)
        {
            out_ += " else ";
            if (auto* elseIf = s.els->as<IfStmt>())
                ifStmt(*elseIf);
            else
                stmt(*s.els);
        }
    }

    void clauses(const std::vector<CaseClause*>& list)
    {
        out_ += "{";
        for (const CaseClause* c : list)
        {
            newline();
            if (c->isDefault)
                out_ += "default:";
            else
            {
                out_ += "case ";
                exprList(c->list);
                out_ += ":";
            }
            stmtLines(c->body);
        }
        newline();
        out_ += "}";
    }

    void spec(const Node& n)
    {
        switch (n.kind)
        {
        case NodeKind::ImportSpec: {
            auto* s = n.as<ImportSpec>();
            if (s->name)
            {
                out_ += s->name->name;
                out_ += " ";
            }
            out_ += s->path->text;
            break;
        }
        case NodeKind::ValueSpec: {
            auto* s = n.as<ValueSpec>();
            names(s->names);
            if (s->implicit)
                break;
            if (s->typeExpr)
            {
                out_ += " ";
                expr(*s->typeExpr);
            }
            if (!s->values.empty())
            {
                out_ += " = ";
                exprList(s->values);
            }
            break;
        }
        case NodeKind::TypeSpec: {
            auto* s = n.as<TypeSpec>();
            out_ += s->name->name;
            out_ += s->alias ? " = " : " ";
            expr(*s->typeExpr);
            break;
        }
        default: break;
        }
    }

    void genDecl(const GenDecl& d)
    {
        out_ += tokenSpelling(d.tok);
        if (!d.grouped)
        {
            out_ += " ";
            if (!d.specs.empty())
                spec(*d.specs[0]);
            return;
        }
        out_ += " (";
        ++indent_;
        for (const Node* s : d.specs)
        {
            newline();
            spec(*s);
        }
        --indent_;
        newline();
        out_ += ")";
    }

    void funcDecl(const FuncDecl& d)
    {
        out_ += "func ";
        if (d.recv)
        {
            out_ += "(";
            fieldList({*d.recv});
            out_ += ") ";
        }
        out_ += d.name->name;
        signature(*d.sig);
        if (d.body)
        {
            out_ += " ";
            block(*d.body);
        }
    }

    bool shortForm_;
    int indent_ = 0;
    std::string out_;
    size_t intLitEnd_ = std::string::npos; // where the last integer literal printed ends
};

// ---- tree dump ----------------------------------------------------------------------------

const char* nodeKindName(NodeKind kind)
{
    switch (kind)
    {
#define WEFT_KIND_NAME(k)                                                                                              \
    case NodeKind::k: return #k;
        WEFT_KIND_NAME(BadExpr) WEFT_KIND_NAME(Ident) WEFT_KIND_NAME(BasicLit) WEFT_KIND_NAME(CompositeLit)
        WEFT_KIND_NAME(FuncLit) WEFT_KIND_NAME(ParenExpr) WEFT_KIND_NAME(SelectorExpr) WEFT_KIND_NAME(IndexExpr)
        WEFT_KIND_NAME(SliceExpr) WEFT_KIND_NAME(TypeAssertExpr) WEFT_KIND_NAME(CallExpr) WEFT_KIND_NAME(StarExpr)
        WEFT_KIND_NAME(UnaryExpr) WEFT_KIND_NAME(BinaryExpr) WEFT_KIND_NAME(KeyValueExpr) WEFT_KIND_NAME(ArrayType)
        WEFT_KIND_NAME(StructType) WEFT_KIND_NAME(FuncType) WEFT_KIND_NAME(InterfaceType) WEFT_KIND_NAME(MapType)
        WEFT_KIND_NAME(ChanType) WEFT_KIND_NAME(EllipsisExpr) WEFT_KIND_NAME(BadStmt) WEFT_KIND_NAME(DeclStmt)
        WEFT_KIND_NAME(EmptyStmt) WEFT_KIND_NAME(LabeledStmt) WEFT_KIND_NAME(ExprStmt) WEFT_KIND_NAME(SendStmt)
        WEFT_KIND_NAME(IncDecStmt) WEFT_KIND_NAME(AssignStmt) WEFT_KIND_NAME(GoStmt) WEFT_KIND_NAME(DeferStmt)
        WEFT_KIND_NAME(ReturnStmt) WEFT_KIND_NAME(BranchStmt) WEFT_KIND_NAME(BlockStmt) WEFT_KIND_NAME(IfStmt)
        WEFT_KIND_NAME(CaseClause) WEFT_KIND_NAME(SwitchStmt) WEFT_KIND_NAME(TypeSwitchStmt)
        WEFT_KIND_NAME(CommClause) WEFT_KIND_NAME(SelectStmt) WEFT_KIND_NAME(ForStmt) WEFT_KIND_NAME(RangeStmt)
        WEFT_KIND_NAME(ImportSpec) WEFT_KIND_NAME(ValueSpec) WEFT_KIND_NAME(TypeSpec) WEFT_KIND_NAME(GenDecl)
        WEFT_KIND_NAME(FuncDecl)
#undef WEFT_KIND_NAME
    }
    return "?";
}

const char* litKindName(LitKind kind)
{
    switch (kind)
    {
    case LitKind::Int: return "Int";
    case LitKind::Float: return "Float";
    case LitKind::Imag: return "Imag";
    case LitKind::Char: return "Char";
    case LitKind::String: return "String";
    }
    return "?";
}

// The key attributes of a node on its dump line. Kept out of the recursive dump functions: its
// string temporaries would otherwise enlarge every recursion frame.
[[gnu::noinline]] std::string nodeAttributes(const Node& n)
{
    auto spelling = [](Tok tok) { return std::string(tokenSpelling(tok)); };
    switch (n.kind)
    {
    case NodeKind::Ident: return std::string(n.as<Ident>()->name);
    case NodeKind::BasicLit:
        return std::string(litKindName(n.as<BasicLit>()->litKind)) + " " + std::string(n.as<BasicLit>()->text);
    case NodeKind::CompositeLit: return n.as<CompositeLit>()->typeExpr ? "" : "elided";
    case NodeKind::SelectorExpr: return "." + std::string(n.as<SelectorExpr>()->sel->name);
    case NodeKind::SliceExpr: return n.as<SliceExpr>()->slice3 ? "3-index" : "";
    case NodeKind::TypeAssertExpr: return n.as<TypeAssertExpr>()->typeExpr ? "" : "(type)";
    case NodeKind::CallExpr: return n.as<CallExpr>()->hasEllipsis ? "..." : "";
    case NodeKind::UnaryExpr: return spelling(n.as<UnaryExpr>()->op);
    case NodeKind::BinaryExpr: return spelling(n.as<BinaryExpr>()->op);
    case NodeKind::ChanType: {
        ChanDir dir = n.as<ChanType>()->dir;
        return dir == ChanDir::Send ? "send" : dir == ChanDir::Recv ? "recv" : "both";
    }
    case NodeKind::EmptyStmt: return n.as<EmptyStmt>()->implicit ? "implicit" : "";
    case NodeKind::LabeledStmt: return std::string(n.as<LabeledStmt>()->label->name);
    case NodeKind::IncDecStmt: return spelling(n.as<IncDecStmt>()->op);
    case NodeKind::AssignStmt: return spelling(n.as<AssignStmt>()->op);
    case NodeKind::BranchStmt: {
        auto* branch = n.as<BranchStmt>();
        return spelling(branch->tok) + (branch->label ? " " + std::string(branch->label->name) : "");
    }
    case NodeKind::CaseClause: return n.as<CaseClause>()->isDefault ? "default" : "";
    case NodeKind::CommClause: return n.as<CommClause>()->comm ? "" : "default";
    case NodeKind::TypeSwitchStmt: {
        auto* binding = n.as<TypeSwitchStmt>()->binding;
        return binding ? "binding=" + std::string(binding->name) : "";
    }
    case NodeKind::RangeStmt: {
        Tok tok = n.as<RangeStmt>()->tok;
        return tok == Tok::Illegal ? "" : spelling(tok);
    }
    case NodeKind::ValueSpec: {
        auto* spec = n.as<ValueSpec>();
        std::string attrs;
        for (size_t i = 0; i < spec->names.size(); ++i)
            attrs.append(i ? "," : "").append(spec->names[i]->name);
        attrs += " iota=" + std::to_string(spec->iota);
        if (spec->implicit)
            attrs += " implicit";
        return attrs;
    }
    case NodeKind::TypeSpec:
        return std::string(n.as<TypeSpec>()->name->name) + (n.as<TypeSpec>()->alias ? " alias" : "");
    case NodeKind::GenDecl:
        return spelling(n.as<GenDecl>()->tok) + (n.as<GenDecl>()->grouped ? " grouped" : "");
    case NodeKind::FuncDecl: return std::string(n.as<FuncDecl>()->name->name);
    default: return "";
    }
}

// A child of a node in the dump: a node or a field, under its role.
struct DumpChild
{
    const char* role;
    const Node* node;
    const Field* field;
};

void add(std::vector<DumpChild>& out, const char* role, const Node* n)
{
    if (n)
        out.push_back({role, n, nullptr});
}

template<typename T> void addAll(std::vector<DumpChild>& out, const char* role, const std::vector<T*>& list)
{
    for (const T* n : list)
        add(out, role, n);
}

void addFields(std::vector<DumpChild>& out, const char* role, const std::vector<Field>& list)
{
    for (const Field& f : list)
        out.push_back({role, nullptr, &f});
}

// The children of a node, in source order. Not recursive: the dump recursion stays small.
[[gnu::noinline]] void collectChildren(const Node& n, std::vector<DumpChild>& out)
{
    switch (n.kind)
    {
    case NodeKind::CompositeLit:
        add(out, "type", n.as<CompositeLit>()->typeExpr);
        addAll(out, "elt", n.as<CompositeLit>()->elts);
        break;
    case NodeKind::FuncLit:
        add(out, "sig", n.as<FuncLit>()->sig);
        add(out, "body", n.as<FuncLit>()->body);
        break;
    case NodeKind::ParenExpr: add(out, "x", n.as<ParenExpr>()->x); break;
    case NodeKind::SelectorExpr: add(out, "x", n.as<SelectorExpr>()->x); break;
    case NodeKind::IndexExpr:
        add(out, "x", n.as<IndexExpr>()->x);
        add(out, "index", n.as<IndexExpr>()->index);
        break;
    case NodeKind::SliceExpr: {
        auto* s = n.as<SliceExpr>();
        add(out, "x", s->x);
        add(out, "lo", s->lo);
        add(out, "hi", s->hi);
        add(out, "max", s->max);
        break;
    }
    case NodeKind::TypeAssertExpr:
        add(out, "x", n.as<TypeAssertExpr>()->x);
        add(out, "type", n.as<TypeAssertExpr>()->typeExpr);
        break;
    case NodeKind::CallExpr:
        add(out, "fun", n.as<CallExpr>()->fun);
        addAll(out, "arg", n.as<CallExpr>()->args);
        break;
    case NodeKind::StarExpr: add(out, "x", n.as<StarExpr>()->x); break;
    case NodeKind::UnaryExpr: add(out, "x", n.as<UnaryExpr>()->x); break;
    case NodeKind::BinaryExpr:
        add(out, "x", n.as<BinaryExpr>()->x);
        add(out, "y", n.as<BinaryExpr>()->y);
        break;
    case NodeKind::KeyValueExpr:
        add(out, "key", n.as<KeyValueExpr>()->key);
        add(out, "value", n.as<KeyValueExpr>()->value);
        break;
    case NodeKind::ArrayType:
        add(out, "len", n.as<ArrayType>()->len);
        add(out, "elem", n.as<ArrayType>()->elem);
        break;
    case NodeKind::StructType: addFields(out, "field", n.as<StructType>()->fields); break;
    case NodeKind::FuncType:
        addFields(out, "param", n.as<FuncType>()->params);
        addFields(out, "result", n.as<FuncType>()->results);
        break;
    case NodeKind::InterfaceType: addFields(out, "method", n.as<InterfaceType>()->methods); break;
    case NodeKind::MapType:
        add(out, "key", n.as<MapType>()->key);
        add(out, "value", n.as<MapType>()->value);
        break;
    case NodeKind::ChanType: add(out, "elem", n.as<ChanType>()->elem); break;
    case NodeKind::EllipsisExpr: add(out, "elt", n.as<EllipsisExpr>()->elt); break;
    case NodeKind::DeclStmt: add(out, "", n.as<DeclStmt>()->decl); break;
    case NodeKind::LabeledStmt: add(out, "stmt", n.as<LabeledStmt>()->stmt); break;
    case NodeKind::ExprStmt: add(out, "x", n.as<ExprStmt>()->x); break;
    case NodeKind::SendStmt:
        add(out, "chan", n.as<SendStmt>()->chan);
        add(out, "value", n.as<SendStmt>()->value);
        break;
    case NodeKind::IncDecStmt: add(out, "x", n.as<IncDecStmt>()->x); break;
    case NodeKind::AssignStmt:
        addAll(out, "lhs", n.as<AssignStmt>()->lhs);
        addAll(out, "rhs", n.as<AssignStmt>()->rhs);
        break;
    case NodeKind::GoStmt: add(out, "call", n.as<GoStmt>()->call); break;
    case NodeKind::DeferStmt: add(out, "call", n.as<DeferStmt>()->call); break;
    case NodeKind::ReturnStmt: addAll(out, "result", n.as<ReturnStmt>()->results); break;
    case NodeKind::BlockStmt: addAll(out, "", n.as<BlockStmt>()->stmts); break;
    case NodeKind::IfStmt: {
        auto* s = n.as<IfStmt>();
        add(out, "init", s->init);
        add(out, "cond", s->cond);
        add(out, "then", s->then);
        add(out, "else", s->els);
        break;
    }
    case NodeKind::CaseClause:
        addAll(out, "case", n.as<CaseClause>()->list);
        addAll(out, "", n.as<CaseClause>()->body);
        break;
    case NodeKind::SwitchStmt: {
        auto* s = n.as<SwitchStmt>();
        add(out, "init", s->init);
        add(out, "tag", s->tag);
        for (const CaseClause* c : s->clauses)
            add(out, "", c);
        break;
    }
    case NodeKind::TypeSwitchStmt: {
        auto* s = n.as<TypeSwitchStmt>();
        add(out, "init", s->init);
        add(out, "guard", s->guard);
        for (const CaseClause* c : s->clauses)
            add(out, "", c);
        break;
    }
    case NodeKind::CommClause:
        add(out, "comm", n.as<CommClause>()->comm);
        addAll(out, "", n.as<CommClause>()->body);
        break;
    case NodeKind::SelectStmt:
        for (const CommClause* c : n.as<SelectStmt>()->clauses)
            add(out, "", c);
        break;
    case NodeKind::ForStmt: {
        auto* s = n.as<ForStmt>();
        add(out, "init", s->init);
        add(out, "cond", s->cond);
        add(out, "post", s->post);
        add(out, "body", s->body);
        break;
    }
    case NodeKind::RangeStmt: {
        auto* s = n.as<RangeStmt>();
        add(out, "key", s->key);
        add(out, "value", s->value);
        add(out, "x", s->x);
        add(out, "body", s->body);
        break;
    }
    case NodeKind::ImportSpec:
        add(out, "name", n.as<ImportSpec>()->name);
        add(out, "path", n.as<ImportSpec>()->path);
        break;
    case NodeKind::ValueSpec: {
        auto* s = n.as<ValueSpec>();
        // An implicit spec repeats the previous spec's nodes, dumped there.
        if (s->implicit)
            break;
        add(out, "type", s->typeExpr);
        addAll(out, "value", s->values);
        break;
    }
    case NodeKind::TypeSpec: add(out, "type", n.as<TypeSpec>()->typeExpr); break;
    case NodeKind::GenDecl:
        for (const Node* s : n.as<GenDecl>()->specs)
            add(out, "", s);
        break;
    case NodeKind::FuncDecl: {
        auto* d = n.as<FuncDecl>();
        if (d->recv)
            out.push_back({"recv", nullptr, d->recv});
        add(out, "sig", d->sig);
        add(out, "body", d->body);
        break;
    }
    default: break;
    }
}


// One line a node: `role: Kind line:col attributes`, children indented by two spaces.
class TreeDumper
{
public:
    std::string take() { return std::move(out_); }

    void file(const File& f)
    {
        out_ += "File ";
        out_ += f.name;
        if (f.isScript())
            out_ += " script";
        else
        {
            out_ += " package ";
            out_ += f.packageName->name;
        }
        out_ += "\n";
        ++depth_;
        for (const Decl* d : f.decls)
            node("", d);
        for (const Stmt* s : f.scriptBody)
            node("body", s);
        --depth_;
    }

private:
    void line(const char* role, const char* kind, Position at, const std::string& attrs)
    {
        out_.append(static_cast<size_t>(depth_) * 2, ' ');
        if (*role)
        {
            out_ += role;
            out_ += ": ";
        }
        out_ += kind;
        out_ += " ";
        out_ += std::to_string(at.line) + ":" + std::to_string(at.column);
        if (!attrs.empty())
        {
            out_ += " ";
            out_ += attrs;
        }
        out_ += "\n";
    }

    [[gnu::noinline]] void field(const char* role, const Field& f)
    {
        std::string attrs;
        for (size_t i = 0; i < f.names.size(); ++i)
            attrs += (i ? "," : "names=") + std::string(f.names[i]->name);
        if (f.tag)
            attrs += (attrs.empty() ? "tag=" : " tag=") + std::string(f.tag->text);
        line(role, "Field", f.pos, attrs);
        ++depth_;
        node("type", f.typeExpr);
        --depth_;
    }

    void node(const char* role, const Node* n)
    {
        if (!n)
            return;
        if (depth_ >= kMaxDepth)
        {
            // Indentation grows with depth: a 100,000-deep expression would print gigabytes.
            line(role, "...", n->pos, "(deeper nodes elided)");
            return;
        }
        line(role, nodeKindName(n->kind), n->pos, nodeAttributes(*n));
        std::vector<DumpChild> kids;
        collectChildren(*n, kids);
        ++depth_;
        for (const DumpChild& kid : kids)
        {
            if (kid.field)
                field(kid.role, *kid.field);
            else
                node(kid.role, kid.node);
        }
        --depth_;
    }

    static constexpr int kMaxDepth = 1000;
    int depth_ = 0;
    std::string out_;
};

} // namespace

std::string dumpAst(const File& file)
{
    TreeDumper dumper;
    dumper.file(file);
    return dumper.take();
}

std::string printSource(const File& file)
{
    SourcePrinter printer(false);
    printer.file(file);
    return printer.take();
}

std::string shortNodeString(const Node& node)
{
    SourcePrinter printer(true);
    printer.node(node);
    return printer.take();
}

} // namespace weft
