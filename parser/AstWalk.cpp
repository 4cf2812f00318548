#include "parser/AstWalk.h"

#include <vector>

namespace weft {

static void pushField(std::vector<const Node*>& out, const Field& f)
{
    for (auto* n : f.names)
        out.push_back(n);
    out.push_back(f.typeExpr);
}

// The children of n, in source order.
static void children(const Node* n, std::vector<const Node*>& out)
{
    auto add = [&](const Node* c) { out.push_back(c); };
    auto addAll = [&](const auto& v) {
        for (auto* c : v)
            out.push_back(c);
    };
    switch (n->kind)
    {
    case NodeKind::CompositeLit: add(n->as<CompositeLit>()->typeExpr); addAll(n->as<CompositeLit>()->elts); break;
    case NodeKind::FuncLit: add(n->as<FuncLit>()->sig); add(n->as<FuncLit>()->body); break;
    case NodeKind::ParenExpr: add(n->as<ParenExpr>()->x); break;
    case NodeKind::SelectorExpr: add(n->as<SelectorExpr>()->x); add(n->as<SelectorExpr>()->sel); break;
    case NodeKind::IndexExpr: add(n->as<IndexExpr>()->x); add(n->as<IndexExpr>()->index); break;
    case NodeKind::SliceExpr:
    {
        auto s = n->as<SliceExpr>();
        add(s->x); add(s->lo); add(s->hi); add(s->max);
        break;
    }
    case NodeKind::TypeAssertExpr: add(n->as<TypeAssertExpr>()->x); add(n->as<TypeAssertExpr>()->typeExpr); break;
    case NodeKind::CallExpr: add(n->as<CallExpr>()->fun); addAll(n->as<CallExpr>()->args); break;
    case NodeKind::StarExpr: add(n->as<StarExpr>()->x); break;
    case NodeKind::UnaryExpr: add(n->as<UnaryExpr>()->x); break;
    case NodeKind::BinaryExpr: add(n->as<BinaryExpr>()->x); add(n->as<BinaryExpr>()->y); break;
    case NodeKind::KeyValueExpr: add(n->as<KeyValueExpr>()->key); add(n->as<KeyValueExpr>()->value); break;
    case NodeKind::ArrayType: add(n->as<ArrayType>()->len); add(n->as<ArrayType>()->elem); break;
    case NodeKind::StructType:
        for (auto& f : n->as<StructType>()->fields)
            pushField(out, f);
        break;
    case NodeKind::FuncType:
        for (auto& f : n->as<FuncType>()->params)
            pushField(out, f);
        for (auto& f : n->as<FuncType>()->results)
            pushField(out, f);
        break;
    case NodeKind::InterfaceType:
        for (auto& f : n->as<InterfaceType>()->methods)
            pushField(out, f);
        break;
    case NodeKind::MapType: add(n->as<MapType>()->key); add(n->as<MapType>()->value); break;
    case NodeKind::ChanType: add(n->as<ChanType>()->elem); break;
    case NodeKind::EllipsisExpr: add(n->as<EllipsisExpr>()->elt); break;
    case NodeKind::DeclStmt: add(n->as<DeclStmt>()->decl); break;
    case NodeKind::LabeledStmt: add(n->as<LabeledStmt>()->label); add(n->as<LabeledStmt>()->stmt); break;
    case NodeKind::ExprStmt: add(n->as<ExprStmt>()->x); break;
    case NodeKind::SendStmt: add(n->as<SendStmt>()->chan); add(n->as<SendStmt>()->value); break;
    case NodeKind::IncDecStmt: add(n->as<IncDecStmt>()->x); break;
    case NodeKind::AssignStmt: addAll(n->as<AssignStmt>()->lhs); addAll(n->as<AssignStmt>()->rhs); break;
    case NodeKind::GoStmt: add(n->as<GoStmt>()->call); break;
    case NodeKind::DeferStmt: add(n->as<DeferStmt>()->call); break;
    case NodeKind::ReturnStmt: addAll(n->as<ReturnStmt>()->results); break;
    case NodeKind::BranchStmt: add(n->as<BranchStmt>()->label); break;
    case NodeKind::BlockStmt: addAll(n->as<BlockStmt>()->stmts); break;
    case NodeKind::IfStmt:
    {
        auto s = n->as<IfStmt>();
        add(s->init); add(s->cond); add(s->then); add(s->els);
        break;
    }
    case NodeKind::CaseClause: addAll(n->as<CaseClause>()->list); addAll(n->as<CaseClause>()->body); break;
    case NodeKind::SwitchStmt:
        add(n->as<SwitchStmt>()->init); add(n->as<SwitchStmt>()->tag); addAll(n->as<SwitchStmt>()->clauses);
        break;
    case NodeKind::TypeSwitchStmt:
        add(n->as<TypeSwitchStmt>()->init); add(n->as<TypeSwitchStmt>()->binding); add(n->as<TypeSwitchStmt>()->guard);
        addAll(n->as<TypeSwitchStmt>()->clauses);
        break;
    case NodeKind::CommClause: add(n->as<CommClause>()->comm); addAll(n->as<CommClause>()->body); break;
    case NodeKind::SelectStmt: addAll(n->as<SelectStmt>()->clauses); break;
    case NodeKind::ForStmt:
    {
        auto s = n->as<ForStmt>();
        add(s->init); add(s->cond); add(s->post); add(s->body);
        break;
    }
    case NodeKind::RangeStmt:
    {
        auto s = n->as<RangeStmt>();
        add(s->key); add(s->value); add(s->x); add(s->body);
        break;
    }
    case NodeKind::ValueSpec:
        addAll(n->as<ValueSpec>()->names); add(n->as<ValueSpec>()->typeExpr); addAll(n->as<ValueSpec>()->values);
        break;
    case NodeKind::TypeSpec: add(n->as<TypeSpec>()->name); add(n->as<TypeSpec>()->typeExpr); break;
    case NodeKind::GenDecl: addAll(n->as<GenDecl>()->specs); break;
    case NodeKind::FuncDecl:
    {
        auto f = n->as<FuncDecl>();
        if (f->recv)
            pushField(out, *f->recv);
        add(f->name); add(f->sig); add(f->body);
        break;
    }
    default: break;
    }
}

void walkAst(const Node* root, const std::function<bool(const Node*)>& visit)
{
    std::vector<const Node*> stack{root};
    std::vector<const Node*> kids;
    while (!stack.empty())
    {
        const Node* n = stack.back();
        stack.pop_back();
        if (!n || !visit(n))
            continue;
        kids.clear();
        children(n, kids);
        for (auto it = kids.rbegin(); it != kids.rend(); ++it)
            if (*it)
                stack.push_back(*it);
    }
}

} // namespace weft
