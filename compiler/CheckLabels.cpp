// Labels and the branch statements that name them, checked as gc checks them (its parser's
// cmd/compile/internal/syntax/branches.go, not types2's labels.go, whose checks gc turns off), so
// the messages are gc's: `label L defined and not used`, `goto L jumps into block starting at
// POS`, `goto L jumps over declaration of x at POS`. Unlabeled break, continue and fallthrough are
// checked with the statements (CheckStmt.cpp).
#include "compiler/Checker.h"

#include <algorithm>
#include <deque>

namespace weft {

namespace {

struct LabelBlock
{
    LabelBlock* parent;
    Position start;     // where the block starts: its `{`, or the `case` of a clause
    LabeledStmt* lstmt; // the labeled statement this block belongs to, or null
};

struct LabelInfo
{
    Label* obj;
    LabelBlock* parent; // the block declaring the label
    LabeledStmt* lstmt;
};

struct LabelChecker
{
    Checker& c;
    std::unordered_map<std::string_view, LabelInfo> labels;
    std::vector<std::string_view> order;
    std::deque<LabelBlock> blocks; // a label's block outlives the walk over it

    std::string at(Position p) const
    {
        return c.file_->name + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
    }

    LabelInfo* declare(LabelBlock* b, LabeledStmt* s)
    {
        std::string_view name = s->label->name;
        auto it = labels.find(name);
        if (it != labels.end())
        {
            c.error(s->label->pos, "label " + std::string(name) + " already defined at " + at(it->second.lstmt->label->pos));
            return &it->second;
        }
        auto obj = c.prog_.newObject<Label>(name, s->label->pos);
        obj->file = c.file_;
        obj->pkg = c.pkg_;
        c.recordDef(s->label, obj);
        order.push_back(name);
        return &(labels[name] = LabelInfo{obj, b, s});
    }

    // The label's statement if it is declared in b or a block around it; marks the label used.
    LabeledStmt* gotoTarget(LabelBlock* b, BranchStmt* br)
    {
        auto it = labels.find(br->label->name);
        if (it == labels.end())
            return nullptr;
        use(it->second, br);
        for (; b; b = b->parent)
            if (it->second.parent == b)
                return it->second.lstmt;
        return nullptr;
    }

    void use(LabelInfo& l, BranchStmt* br)
    {
        l.obj->used = true;
        c.recordUse(br->label, l.obj);
    }

    // For break and continue: the innermost enclosing statement with the label.
    enum class Target { Undeclared, NotEnclosing, Found };
    Target enclosingTarget(LabelBlock* b, BranchStmt* br, LabeledStmt*& found)
    {
        auto it = labels.find(br->label->name);
        if (it == labels.end())
            return Target::Undeclared;
        use(it->second, br);
        for (; b; b = b->parent)
            if (b->lstmt && b->lstmt == it->second.lstmt)
            {
                found = b->lstmt;
                return Target::Found;
            }
        return Target::NotEnclosing;
    }

    void labeledBranch(LabelBlock* b, BranchStmt* br, std::vector<BranchStmt*>& fwdGotos)
    {
        std::string name(br->label->name);
        if (br->tok == Tok::Goto)
        {
            if (!gotoTarget(b, br))
                fwdGotos.push_back(br); // the label may come later in this block
            return;
        }
        if (br->tok != Tok::Break && br->tok != Tok::Continue)
            return;
        bool isBreak = br->tok == Tok::Break;
        LabeledStmt* t = nullptr;
        switch (enclosingTarget(b, br, t))
        {
        case Target::Undeclared:
            c.error(br->label->pos, (isBreak ? "break label not defined: " : "continue label not defined: ") + name);
            return;
        case Target::NotEnclosing: break;
        case Target::Found: {
            NodeKind k = t->stmt ? t->stmt->kind : NodeKind::BadStmt;
            bool loop = k == NodeKind::ForStmt || k == NodeKind::RangeStmt;
            if (loop || (isBreak && (k == NodeKind::SwitchStmt || k == NodeKind::TypeSwitchStmt || k == NodeKind::SelectStmt)))
                return;
            break;
        }
        }
        c.error(br->label->pos, (isBreak ? "invalid break label " : "invalid continue label ") + name);
    }

    // The gotos of `list` (a block starting at `start`) whose label is not declared in it or
    // around it yet.
    std::vector<BranchStmt*> block(LabelBlock* parent, LabeledStmt* lstmt, Position start, std::vector<Stmt*>& list)
    {
        LabelBlock* b = &blocks.emplace_back(LabelBlock{parent, start, lstmt});
        Position varPos;
        std::string varName;
        std::vector<BranchStmt*> fwdGotos, badGotos;
        auto recordVarDecl = [&](Position pos, std::string name) {
            varPos = pos;
            varName = std::move(name);
            badGotos = fwdGotos; // they may still jump out of the block, which is fine
        };
        auto jumpsOverVarDecl = [&](BranchStmt* j) {
            return varPos.valid() && std::find(badGotos.begin(), badGotos.end(), j) != badGotos.end();
        };
        auto inner = [&](Position innerStart, std::vector<Stmt*>& body, LabeledStmt* innerLabel) {
            auto r = block(b, innerLabel, innerStart, body);
            fwdGotos.insert(fwdGotos.end(), r.begin(), r.end());
        };

        for (Stmt* s : list)
        {
            LabeledStmt* cur = nullptr; // the innermost non-blank label of s
            while (s && s->kind == NodeKind::LabeledStmt)
            {
                auto l = static_cast<LabeledStmt*>(s);
                if (l->label && l->label->name != "_")
                {
                    LabelInfo* info = declare(b, l);
                    std::erase_if(fwdGotos, [&](BranchStmt* j) {
                        if (j->label->name != l->label->name)
                            return false;
                        use(*info, j);
                        if (jumpsOverVarDecl(j))
                            c.error(j->label->pos, "goto " + std::string(j->label->name) + " jumps over declaration of " +
                                                       varName + " at " + at(varPos));
                        return true;
                    });
                    cur = l;
                }
                s = l->stmt;
            }
            if (!s)
                continue;
            switch (s->kind)
            {
            case NodeKind::DeclStmt: {
                auto d = static_cast<DeclStmt*>(s)->decl;
                if (d && d->tok == Tok::Var && !d->specs.empty())
                {
                    auto spec = d->specs[0] ? d->specs[0]->as<ValueSpec>() : nullptr;
                    if (spec && !spec->names.empty() && spec->names[0])
                        recordVarDecl(spec->pos, std::string(spec->names[0]->name));
                }
                break;
            }
            case NodeKind::AssignStmt: {
                auto a = static_cast<AssignStmt*>(s);
                if (a->op == Tok::Define)
                {
                    std::string names;
                    for (Expr* e : a->lhs)
                        if (e)
                            names += (names.empty() ? "" : ", ") + c.exprString(e);
                    recordVarDecl(a->opPos, names);
                }
                break;
            }
            case NodeKind::BranchStmt: {
                auto br = static_cast<BranchStmt*>(s);
                if (br->label)
                    labeledBranch(b, br, fwdGotos);
                break;
            }
            case NodeKind::BlockStmt: {
                auto bs = static_cast<BlockStmt*>(s);
                inner(bs->pos, bs->stmts, cur);
                break;
            }
            case NodeKind::IfStmt: {
                auto is = static_cast<IfStmt*>(s);
                if (is->then)
                    inner(is->then->pos, is->then->stmts, cur);
                if (is->els)
                {
                    std::vector<Stmt*> els{is->els};
                    inner(is->els->pos, els, cur);
                }
                break;
            }
            case NodeKind::ForStmt: {
                auto f = static_cast<ForStmt*>(s);
                if (f->body)
                    inner(f->body->pos, f->body->stmts, cur);
                break;
            }
            case NodeKind::RangeStmt: {
                auto r = static_cast<RangeStmt*>(s);
                if (r->body)
                    inner(r->body->pos, r->body->stmts, cur);
                break;
            }
            case NodeKind::SwitchStmt:
            case NodeKind::TypeSwitchStmt: {
                auto& clauses = s->is<SwitchStmt>() ? static_cast<SwitchStmt*>(s)->clauses
                                                    : static_cast<TypeSwitchStmt*>(s)->clauses;
                for (CaseClause* cc : clauses)
                    if (cc)
                        inner(cc->pos, cc->body, cur);
                break;
            }
            case NodeKind::SelectStmt:
                for (CommClause* cc : static_cast<SelectStmt*>(s)->clauses)
                    if (cc)
                        inner(cc->pos, cc->body, cur);
                break;
            default: break;
            }
        }
        return fwdGotos;
    }
};

} // namespace

void Checker::labels(std::vector<Stmt*>& body)
{
    LabelChecker lc{*this, {}, {}, {}};
    for (BranchStmt* j : lc.block(nullptr, nullptr, Position{}, body))
    {
        std::string name(j->label->name);
        auto it = lc.labels.find(j->label->name);
        if (it != lc.labels.end())
        {
            lc.use(it->second, j); // no "defined and not used" as well
            error(j->label->pos, "goto " + name + " jumps into block starting at " + lc.at(it->second.parent->start));
        }
        else
            error(j->label->pos, "label " + name + " not defined");
    }
    for (std::string_view name : lc.order)
    {
        const LabelInfo& l = lc.labels.at(name);
        if (!l.obj->used)
            error(l.obj->pos, "label " + std::string(name) + " defined and not used");
    }
}

void Checker::labelsOnly(File* f)
{
    file_ = f;
    std::vector<Position> syntaxErrors;
    for (const Diagnostic& d : diags_.items())
        if (d.file == f->name && d.message.rfind("syntax error", 0) == 0)
            syntaxErrors.push_back(d.pos);
    for (Decl* d : f->decls)
    {
        auto fd = d->as<FuncDecl>();
        if (!fd || !fd->body)
            continue;
        BlockStmt* body = fd->body;
        bool clean = std::none_of(syntaxErrors.begin(), syntaxErrors.end(),
            [&](Position p) { return !(p < body->pos) && !(body->rbrace < p); });
        if (clean)
            labels(body->stmts);
    }
}

} // namespace weft
