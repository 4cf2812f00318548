// Statements (go/types stmt.go, return.go; labels are in CheckLabels.cpp).
#include "compiler/Checker.h"

#include <bit>
#include <cmath>

namespace weft {

namespace {

constexpr unsigned BreakOk = static_cast<unsigned>(StmtFlags::BreakOk);
constexpr unsigned ContinueOk = static_cast<unsigned>(StmtFlags::ContinueOk);
constexpr unsigned FallthroughOk = static_cast<unsigned>(StmtFlags::FallthroughOk);
constexpr unsigned FinalSwitchCase = static_cast<unsigned>(StmtFlags::FinalSwitchCase);
constexpr unsigned InTypeSwitch = static_cast<unsigned>(StmtFlags::InTypeSwitch);

Expr* unparenExpr(Expr* e)
{
    for (int guard = 0; e && guard < 10000; ++guard)
    {
        auto p = e->as<ParenExpr>();
        if (!p)
            break;
        e = p->x;
    }
    return e;
}

// Whether a call or receive may stand alone as a statement.
bool isStatementExpr(Expr* e)
{
    e = unparenExpr(e);
    if (!e)
        return false;
    if (auto u = e->as<UnaryExpr>())
        return u->op == Tok::Arrow;
    auto call = e->as<CallExpr>();
    if (!call || !call->fun)
        return false;
    Expr* fun = call->fun;
    if (fun->mode == ExprMode::TypeExpr)
        return false;
    if (fun->mode == ExprMode::Builtin)
    {
        Expr* f = unparenExpr(fun);
        Object* obj = nullptr;
        if (auto id = f ? f->as<Ident>() : nullptr)
            obj = id->object;
        else if (auto sel = f ? f->as<SelectorExpr>() : nullptr)
            obj = sel->sel ? sel->sel->object : nullptr;
        auto b = obj ? obj->as<Builtin>() : nullptr;
        if (!b)
            return false;
        switch (b->id)
        {
        case BuiltinId::Clear:
        case BuiltinId::Close:
        case BuiltinId::Copy:
        case BuiltinId::Delete:
        case BuiltinId::Panic:
        case BuiltinId::Print:
        case BuiltinId::Println:
        case BuiltinId::Recover: return true;
        default: return false;
        }
    }
    return true;
}

bool isConversionCall(Expr* e)
{
    e = unparenExpr(e);
    auto call = e ? e->as<CallExpr>() : nullptr;
    return call && call->fun && call->fun->mode == ExprMode::TypeExpr;
}

bool isPanicCall(Expr* e)
{
    e = unparenExpr(e);
    auto call = e ? e->as<CallExpr>() : nullptr;
    if (!call)
        return false;
    Expr* f = unparenExpr(call->fun);
    auto id = f ? f->as<Ident>() : nullptr;
    if (!id || !id->object)
        return false;
    auto b = id->object->as<Builtin>();
    return b && b->id == BuiltinId::Panic;
}

} // namespace

void Checker::openScope(Scope::Kind kind)
{
    Scope* s = prog_.newScope(scope_, kind);
    scope_ = s;
    if (funcScopes_)
        funcScopes_->push_back(s);
}

void Checker::closeScope()
{
    if (scope_ && scope_->parent())
        scope_ = scope_->parent();
}

void Checker::stmtList(unsigned flags, std::vector<Stmt*>& list)
{
    bool ok = (flags & FallthroughOk) != 0;
    unsigned inner = flags & ~(FallthroughOk | FinalSwitchCase);
    // trailing empty statements are ignored when checking for fallthrough
    size_t last = list.size();
    while (last > 0 && list[last - 1] && list[last - 1]->is<EmptyStmt>())
        --last;
    for (size_t i = 0; i < list.size(); ++i)
    {
        unsigned f = inner;
        if (ok && i + 1 == last)
            f |= FallthroughOk;
        if (i + 1 == last && (flags & FinalSwitchCase))
            f |= FinalSwitchCase;
        stmt(f, list[i]);
    }
}

void Checker::simpleStmt(Stmt* s)
{
    if (s)
        stmt(0, s);
}

void Checker::suspendedCall(const char* keyword, Expr* call, const Node* stmtNode)
{
    (void)stmtNode;
    std::string kw = keyword;
    Expr* u = unparenExpr(call);
    if (!call || !u || !u->is<CallExpr>())
    {
        if (call)
        {
            errorAt(call, "expression in " + kw + " must be function call");
            useExprs({call});
        }
        return;
    }
    Operand x;
    rawExpr(x, call, nullptr, false);
    if (x.invalid())
        return;
    std::string msg;
    if (isConversionCall(call))
        msg = "requires function call, not conversion";
    else if (!isStatementExpr(call))
        msg = "discards result of";
    else
        return;
    errorAt(call, kw + " " + msg + " " + operandString(x));
}

void Checker::stmt(unsigned ctxt, Stmt* s)
{
    if (!s)
        return;
    if (nestedTooDeeply())
    {
        --depth_;
        errorAt(s, "statement nested too deeply");
        return;
    }
    struct DepthGuard
    {
        int& d;
        ~DepthGuard() { --d; }
    } guard{depth_};
    unsigned inner = ctxt & ~(FallthroughOk | FinalSwitchCase | InTypeSwitch);
    switch (s->kind)
    {
    case NodeKind::BadStmt:
    case NodeKind::EmptyStmt: return;
    case NodeKind::DeclStmt: {
        auto d = static_cast<DeclStmt*>(s);
        if (d->decl)
            declStmt(d->decl);
        return;
    }
    case NodeKind::LabeledStmt: {
        auto l = static_cast<LabeledStmt*>(s);
        fn_.hasLabel = true;
        stmt(ctxt, l->stmt);
        return;
    }
    case NodeKind::ExprStmt: {
        auto es = static_cast<ExprStmt*>(s);
        Operand x;
        rawExpr(x, es->x, nullptr, false);
        if (x.invalid())
            return;
        std::string msg;
        switch (x.mode)
        {
        case ExprMode::Builtin: msg = "must be called"; break;
        case ExprMode::TypeExpr: msg = "is not an expression"; break;
        default:
            if (isStatementExpr(es->x))
                return;
            msg = "is not used";
            break;
        }
        errorAt(es->x, operandString(x) + " " + msg);
        return;
    }
    case NodeKind::SendStmt: {
        auto ss = static_cast<SendStmt*>(s);
        Operand ch, val;
        expr(ch, ss->chan);
        expr(val, ss->value);
        if (ch.invalid() || val.invalid())
            return;
        auto u = underlying(ch.type);
        auto c = u ? u->as<Chan>() : nullptr;
        if (!c)
        {
            errorAt(s, "invalid operation: cannot send to non-channel " + operandString(ch));
            return;
        }
        if (c->dir == ChanDir::Recv)
        {
            errorAt(s, "invalid operation: cannot send to receive-only channel " + operandString(ch));
            return;
        }
        assignment(val, c->elem, "send");
        return;
    }
    case NodeKind::IncDecStmt: {
        auto ids = static_cast<IncDecStmt*>(s);
        Operand x;
        expr(x, ids->x);
        if (x.invalid())
            return;
        if (!isNumeric(x.type))
        {
            std::string op = ids->op == Tok::Inc ? "++" : "--";
            errorAt(ids->x, "invalid operation: " + exprString(ids->x) + op + " (non-numeric type " + typeStr(x.type) + ")");
            return;
        }
        assignVar(ids->x, x);
        return;
    }
    case NodeKind::AssignStmt: {
        auto as = static_cast<AssignStmt*>(s);
        if (as->op == Tok::Assign)
        {
            assignVars(as->lhs, as->rhs);
            return;
        }
        if (as->op == Tok::Define)
        {
            shortVarDecl(as);
            return;
        }
        if (as->lhs.size() != 1 || as->rhs.size() != 1)
        {
            errorAt(s, "assignment operation " + std::string(tokenSpelling(as->op)) + " requires single-valued expressions");
            return;
        }
        Operand x;
        Tok op = assignOpBase(as->op);
        binary(x, nullptr, as->lhs[0], as->rhs[0], op, as->opPos);
        assignVar(as->lhs[0], x);
        return;
    }
    case NodeKind::GoStmt: suspendedCall("go", static_cast<GoStmt*>(s)->call, s); return;
    case NodeKind::DeferStmt: suspendedCall("defer", static_cast<DeferStmt*>(s)->call, s); return;
    case NodeKind::ReturnStmt: {
        auto rs = static_cast<ReturnStmt*>(s);
        const Tuple* res = fn_.sig ? fn_.sig->results : nullptr;
        size_t nres = res ? res->size() : 0;
        if (rs->results.empty() && nres > 0 && !res->vars[0]->name.empty())
        {
            for (Var* v : res->vars)
            {
                Object* alt = scope_ ? scope_->lookupParent(v->name) : nullptr;
                if (alt && alt != v && v->name != "_")
                    errorAt(s, "result parameter " + std::string(v->name) + " not in scope at return");
            }
        }
        else if (!rs->results.empty() || nres > 0)
        {
            std::vector<Var*> vars = res ? res->vars : std::vector<Var*>{};
            // result variables keep their declared types; copy them so initVars does not retype them
            std::vector<Var*> tmp;
            for (Var* v : vars)
            {
                auto t = prog_.newObject<Var>(v->name, v->pos);
                t->type = v->type;
                tmp.push_back(t);
            }
            initVars(tmp, rs->results, s); // reports no count mismatch when a result is invalid
        }
        return;
    }
    case NodeKind::BranchStmt: {
        auto bs = static_cast<BranchStmt*>(s);
        if (bs->label)
        {
            fn_.hasLabel = true;
            return;
        }
        switch (bs->tok)
        {
        case Tok::Break:
            if (!(ctxt & BreakOk))
                errorAt(s, "break is not in a loop, switch, or select");
            break;
        case Tok::Continue:
            if (!(ctxt & ContinueOk))
                errorAt(s, "continue is not in a loop");
            break;
        case Tok::Fallthrough:
            if (!(ctxt & FallthroughOk))
            {
                const char* msg = "fallthrough statement out of place";
                if (ctxt & FinalSwitchCase)
                    msg = "cannot fallthrough final case in switch";
                else if (ctxt & InTypeSwitch)
                    msg = "cannot fallthrough in type switch";
                errorAt(s, msg);
            }
            break;
        default: errorAt(s, "branch statement without label"); break;
        }
        return;
    }
    case NodeKind::BlockStmt: {
        openScope();
        stmtList(inner, static_cast<BlockStmt*>(s)->stmts);
        closeScope();
        return;
    }
    case NodeKind::IfStmt: {
        auto is = static_cast<IfStmt*>(s);
        openScope();
        simpleStmt(is->init);
        Operand x;
        expr(x, is->cond);
        if (!x.invalid() && !isBoolean(x.type))
            errorAt(is->cond, "non-boolean condition in if statement");
        stmt(inner, is->then);
        if (is->els)
            stmt(inner, is->els);
        closeScope();
        return;
    }
    case NodeKind::SwitchStmt: switchStmt(inner | BreakOk, static_cast<SwitchStmt*>(s)); return;
    case NodeKind::TypeSwitchStmt: typeSwitchStmt(inner | BreakOk | InTypeSwitch, static_cast<TypeSwitchStmt*>(s)); return;
    case NodeKind::SelectStmt: selectStmt(inner | BreakOk, static_cast<SelectStmt*>(s)); return;
    case NodeKind::ForStmt: {
        auto fs = static_cast<ForStmt*>(s);
        inner |= BreakOk | ContinueOk;
        openScope();
        simpleStmt(fs->init);
        if (fs->cond)
        {
            Operand x;
            expr(x, fs->cond);
            if (!x.invalid() && !isBoolean(x.type))
                errorAt(fs->cond, "non-boolean condition in for statement");
        }
        simpleStmt(fs->post);
        if (auto as = fs->post ? fs->post->as<AssignStmt>() : nullptr; as && as->op == Tok::Define)
            errorAt(fs->post, "cannot declare in post statement of for loop");
        stmt(inner, fs->body);
        closeScope();
        return;
    }
    case NodeKind::RangeStmt: rangeStmt(inner | BreakOk | ContinueOk, static_cast<RangeStmt*>(s)); return;
    case NodeKind::CaseClause:
    case NodeKind::CommClause: errorAt(s, "unexpected case clause"); return;
    default: errorAt(s, "invalid statement"); return;
    }
}

// ---- switch ----------------------------------------------------------------------------------

void Checker::caseValues(Operand& x, std::vector<Expr*>& values, std::map<std::string, std::vector<const Type*>>& seen)
{
    for (Expr* e : values)
    {
        Operand v;
        expr(v, e);
        if (x.invalid() || v.invalid())
            continue;
        convertUntyped(v, x.type);
        if (v.invalid())
            continue;
        Operand res = v;
        Operand xc = x;
        comparison(res, xc, Tok::Eql, nullptr, true);
        if (res.invalid())
            continue;
        if (v.mode != ExprMode::Constant || !v.val || v.val->kind == Constant::Kind::Bool)
            continue; // duplicate boolean cases are permitted, as in Go
        // go/types' goVal: duplicates are looked for among integers that fit 64 bits, floats that
        // are exact float64 values, and strings
        std::string key;
        const Constant& c = *v.val;
        std::optional<BigInt> integer;
        if (c.kind == Constant::Kind::Int)
            integer = c.integer;
        else if (c.kind == Constant::Kind::Float && c.rational.isInt())
            integer = c.rational.toInt();
        if (c.kind == Constant::Kind::String)
            key = "s" + c.string;
        else if (integer && integer->fitsInt64())
            key = "n" + std::to_string(integer->toInt64());
        else if (integer && integer->fitsUint64())
            key = "n" + std::to_string(integer->toUint64());
        else if (c.kind == Constant::Kind::Float)
        {
            double d = c.rational.toDouble();
            if (!std::isfinite(d) || compare(BigRat::fromDouble(d), c.rational) != 0)
                continue;
            key = "f" + std::to_string(std::bit_cast<uint64_t>(d));
        }
        else
            continue;
        auto& list = seen[key];
        bool dup = false;
        for (auto t : list)
            if (identical(v.type, t))
                dup = true;
        if (dup)
        {
            errorAt(e, "duplicate case " + operandString(v) + " in expression switch");
            continue;
        }
        list.push_back(v.type);
    }
}

void Checker::switchStmt(unsigned inner, SwitchStmt* s)
{
    openScope();
    simpleStmt(s->init);
    Operand x;
    if (s->tag)
    {
        expr(x, s->tag);
        assignment(x, nullptr, "switch expression");
        if (!x.invalid() && !comparable(x.type) && !hasNil(x.type))
        {
            errorAt(s->tag, "cannot switch on " + operandString(x) + " (" + typeStr(x.type) + " is not comparable)");
            x.mode = ExprMode::Invalid;
        }
    }
    else
    {
        x.mode = ExprMode::Constant;
        x.type = prog_.types().basic(BasicKind::Bool);
        x.val = newConst(Constant::makeBool(true));
        // a synthesized `true` for error messages
        File* f = file_;
        Ident* t = f ? f->arena.make<Ident>(s->clauses.empty() ? s->rbrace : s->clauses[0]->pos) : nullptr;
        if (t)
        {
            t->name = "true";
            t->mode = ExprMode::Constant;
            t->type = x.type;
            t->value = x.val;
        }
        x.expr = t;
    }
    CaseClause* firstDefault = nullptr;
    for (CaseClause* cc : s->clauses)
        if (cc && cc->isDefault)
        {
            if (firstDefault)
                errorAt(cc, "multiple defaults in switch");
            else
                firstDefault = cc;
        }
    std::map<std::string, std::vector<const Type*>> seen;
    for (size_t i = 0; i < s->clauses.size(); ++i)
    {
        CaseClause* cc = s->clauses[i];
        if (!cc)
            continue;
        unsigned f = inner;
        if (i + 1 < s->clauses.size())
            f |= FallthroughOk;
        else
            f |= FinalSwitchCase;
        caseValues(x, cc->list, seen);
        openScope();
        stmtList(f, cc->body);
        closeScope();
    }
    closeScope();
}

void Checker::typeSwitchStmt(unsigned inner, TypeSwitchStmt* s)
{
    auto& types = prog_.types();
    openScope();
    simpleStmt(s->init);
    Ident* lhs = s->binding;
    if (lhs && lhs->name == "_")
    {
        errorAt(lhs, "no new variable on left side of :=");
        lhs = nullptr;
    }
    Operand x;
    bool sxValid = false;
    if (s->guard)
    {
        expr(x, s->guard->x);
        if (!x.invalid())
        {
            if (isInterface(x.type))
                sxValid = true;
            else
                errorAt(x.expr, operandString(x) + " is not an interface");
        }
        s->guard->mode = x.invalid() ? ExprMode::Invalid : ExprMode::Value;
        s->guard->type = x.invalid() ? types.invalid() : x.type;
    }
    CaseClause* firstDefault = nullptr;
    for (CaseClause* cc : s->clauses)
        if (cc && cc->isDefault)
        {
            if (firstDefault)
                errorAt(cc, "multiple defaults in switch");
            else
                firstDefault = cc;
        }
    std::vector<Var*> lhsVars;
    std::vector<std::pair<const Type*, bool>> seen; // type (null: nil)
    for (CaseClause* cc : s->clauses)
    {
        if (!cc)
            continue;
        const Type* T = nullptr;
        bool lastWasType = false, lastInvalid = false;
        for (Expr* e : cc->list)
        {
            Expr* u = unparenExpr(e);
            bool isNil = false;
            if (auto id = u ? u->as<Ident>() : nullptr)
            {
                Object* o = scope_ ? scope_->lookupParent(id->name) : nullptr;
                isNil = o && o->is<Nil>();
            }
            if (isNil)
            {
                T = nullptr;
                Operand d;
                expr(d, e);
                lastWasType = false;
            }
            else
            {
                T = varType(e);
                lastWasType = true;
                lastInvalid = !isValid(T);
                if (lastInvalid)
                {
                    T = nullptr;
                    lastWasType = false;
                    continue;
                }
            }
            bool dup = false;
            for (auto& [t, isType] : seen)
                if ((!T && !isType) || (T && isType && identical(T, t)))
                    dup = true;
            if (dup)
            {
                errorAt(e, "duplicate case " + (T ? typeStr(T) : std::string("nil")) + " in type switch");
                continue;
            }
            seen.emplace_back(T, T != nullptr);
            if (sxValid && T)
                typeAssertCheck(e, x, T, true);
        }
        openScope();
        if (lhs)
        {
            const Type* VT = (cc->list.size() == 1 && T && lastWasType) ? T : (sxValid ? x.type : types.invalid());
            if (cc->list.size() == 1 && !lastWasType && sxValid)
                VT = x.type; // case nil: the guard's type
            if (cc->list.size() == 1 && lastInvalid)
                VT = types.invalid(); // as Go: no follow-on errors from uses of the variable
            auto v = prog_.newObject<Var>(lhs->name, lhs->pos);
            v->file = file_;
            v->pkg = pkg_;
            v->type = VT;
            v->owner = fn_.node;
            v->declIdent = lhs;
            scope_->insert(v);
            cc->implicitObj = v;
            lhsVars.push_back(v);
        }
        stmtList(inner, cc->body);
        closeScope();
    }
    if (lhs)
    {
        bool used = false;
        for (Var* v : lhsVars)
        {
            if (v->used)
                used = true;
            v->used = true;
        }
        // the binding ident denotes the first clause's object (or a placeholder)
        auto binding = lhsVars.empty() ? nullptr : lhsVars[0];
        if (!binding)
        {
            binding = prog_.newObject<Var>(lhs->name, lhs->pos);
            binding->type = sxValid ? x.type : types.invalid();
            binding->used = true;
        }
        lhs->object = binding;
        if (!used && !(isScript_ && pkg_ == prog_.mainPackage()))
            error(lhs->pos, "declared and not used: " + std::string(lhs->name));
    }
    closeScope();
}

// ---- select ----------------------------------------------------------------------------------

void Checker::selectStmt(unsigned inner, SelectStmt* s)
{
    CommClause* firstDefault = nullptr;
    for (CommClause* cc : s->clauses)
        if (cc && !cc->comm)
        {
            if (firstDefault)
                errorAt(cc, "multiple defaults in select");
            else
                firstDefault = cc;
        }
    for (CommClause* cc : s->clauses)
    {
        if (!cc)
            continue;
        bool valid = false;
        Expr* rhs = nullptr;
        Stmt* comm = cc->comm;
        if (!comm || comm->is<SendStmt>())
            valid = true;
        else if (auto as = comm->as<AssignStmt>())
        {
            if (as->rhs.size() == 1)
                rhs = as->rhs[0];
        }
        else if (auto es = comm->as<ExprStmt>())
            rhs = es->x;
        if (rhs)
        {
            Expr* u = unparenExpr(rhs);
            if (auto un = u ? u->as<UnaryExpr>() : nullptr; un && un->op == Tok::Arrow)
                valid = true;
        }
        if (!valid)
        {
            errorAt(comm, "select case must be receive, send or assign recv");
            continue;
        }
        openScope();
        if (comm)
            stmt(inner, comm);
        stmtList(inner, cc->body);
        closeScope();
    }
}

// ---- range -----------------------------------------------------------------------------------

void Checker::rangeStmt(unsigned inner, RangeStmt* s)
{
    auto& types = prog_.types();
    Operand x;
    expr(x, s->x);
    const Type* key = nullptr;
    const Type* val = nullptr;
    bool rangeOverInt = false;
    if (!x.invalid())
    {
        const Type* u = underlying(x.type);
        if (auto p = u ? u->as<Pointer>() : nullptr)
            if (auto a = underlying(p->elem) ? underlying(p->elem)->as<Array>() : nullptr)
                u = a;
        std::string cause;
        bool ok = false;
        if (u)
        {
            switch (u->kind)
            {
            case TypeKind::Basic:
                if (isString(u))
                {
                    key = types.basic(BasicKind::Int);
                    val = types.runeType();
                    ok = true;
                }
                else if (isInteger(u))
                {
                    key = x.type;
                    rangeOverInt = true;
                    ok = true;
                }
                break;
            case TypeKind::Array:
                key = types.basic(BasicKind::Int);
                val = u->as<Array>()->elem;
                ok = true;
                break;
            case TypeKind::Slice:
                key = types.basic(BasicKind::Int);
                val = u->as<Slice>()->elem;
                ok = true;
                break;
            case TypeKind::Map:
                key = u->as<Map>()->key;
                val = u->as<Map>()->elem;
                ok = true;
                break;
            case TypeKind::Chan:
                if (u->as<Chan>()->dir == ChanDir::Send)
                    cause = "receive from send-only channel";
                else
                {
                    key = u->as<Chan>()->elem;
                    ok = true;
                }
                break;
            default: break;
            }
        }
        if (!ok)
        {
            if (isValid(x.type))
            {
                if (!cause.empty())
                    errorAt(x.expr, "cannot range over " + operandString(x) + " (" + cause + ")");
                else
                    errorAt(x.expr, "cannot range over " + operandString(x));
            }
            key = val = nullptr;
        }
        else if (s->value && !val)
        {
            errorAt(s->value, "range over " + operandString(x) + " permits only one iteration variable");
            // still declare the variables (invalid types) below
        }
        else if (s->extra)
            errorAt(s->extra, "range clause permits at most two iteration variables");
    }
    openScope();
    Expr* lhs[2] = {s->key, s->value};
    const Type* rhs[2] = {key, val};
    if (s->tok == Tok::Define)
    {
        std::vector<std::pair<Ident*, Var*>> vars;
        for (int i = 0; i < 2; ++i)
        {
            if (!lhs[i])
                continue;
            Var* obj;
            if (auto id = lhs[i]->as<Ident>())
            {
                obj = prog_.newObject<Var>(id->name, id->pos);
                obj->file = file_;
                obj->pkg = pkg_;
                obj->owner = fn_.node;
                recordDef(id, obj);
                id->mode = ExprMode::Variable;
                if (id->name != "_")
                    vars.emplace_back(id, obj);
            }
            else
            {
                errorAt(lhs[i], "non-name " + exprString(lhs[i]) + " on left side of :=");
                obj = prog_.newObject<Var>("_", lhs[i]->pos);
            }
            const Type* typ = rhs[i];
            if (!typ || !isValid(typ))
            {
                obj->type = types.invalid();
                obj->used = true;
            }
            else if (rangeOverInt)
            {
                Operand y = x;
                initVar(obj, y, "range clause");
            }
            else
            {
                Operand y;
                y.mode = ExprMode::Value;
                y.expr = lhs[i];
                y.type = typ;
                initVar(obj, y, "assignment");
            }
            if (!obj->type)
                obj->type = types.invalid();
            if (auto id = lhs[i]->as<Ident>())
                id->type = obj->type;
        }
        if (!vars.empty())
        {
            for (auto& [id, v] : vars)
                declare(scope_, nullptr, v);
        }
        else if (lhs[0])
            errorAt(s, "no new variables on left side of :=");
    }
    else if (s->key)
    {
        for (int i = 0; i < 2; ++i)
        {
            if (!lhs[i])
                continue;
            const Type* typ = rhs[i];
            if (!typ || !isValid(typ))
            {
                lhsVar(lhs[i]);
                continue;
            }
            if (rangeOverInt)
            {
                Operand y = x;
                assignVar(lhs[i], y);
                if (!y.invalid() && !isInteger(y.type))
                    errorAt(lhs[i], "cannot use iteration variable of type " + typeStr(y.type));
            }
            else
            {
                Operand y;
                y.mode = ExprMode::Value;
                y.expr = lhs[i];
                y.type = typ;
                assignVar(lhs[i], y);
            }
        }
    }
    else if (rangeOverInt)
    {
        assignment(x, nullptr, "range clause");
    }
    if (s->body)
        stmt(inner, s->body);
    closeScope();
}

// ---- terminating statements ------------------------------------------------------------------

bool Checker::isTerminating(Stmt* s, std::string_view label)
{
    if (!s)
        return false;
    switch (s->kind)
    {
    case NodeKind::LabeledStmt: {
        auto l = static_cast<LabeledStmt*>(s);
        return isTerminating(l->stmt, l->label ? l->label->name : std::string_view());
    }
    case NodeKind::ExprStmt: return isPanicCall(static_cast<ExprStmt*>(s)->x);
    case NodeKind::ReturnStmt: return true;
    case NodeKind::BranchStmt: {
        auto b = static_cast<BranchStmt*>(s);
        return b->tok == Tok::Goto || b->tok == Tok::Fallthrough;
    }
    case NodeKind::BlockStmt: return isTerminatingList(static_cast<BlockStmt*>(s)->stmts, "");
    case NodeKind::IfStmt: {
        auto i = static_cast<IfStmt*>(s);
        return i->els && isTerminating(i->then, "") && isTerminating(i->els, "");
    }
    case NodeKind::SwitchStmt:
    case NodeKind::TypeSwitchStmt: {
        auto& clauses = s->is<SwitchStmt>() ? static_cast<SwitchStmt*>(s)->clauses : static_cast<TypeSwitchStmt*>(s)->clauses;
        bool hasDefault = false;
        for (CaseClause* cc : clauses)
        {
            if (!cc)
                continue;
            if (cc->isDefault)
                hasDefault = true;
            if (!isTerminatingList(cc->body, "") || hasBreakList(cc->body, label, true))
                return false;
        }
        return hasDefault;
    }
    case NodeKind::SelectStmt:
        for (CommClause* cc : static_cast<SelectStmt*>(s)->clauses)
        {
            if (!cc)
                continue;
            if (!isTerminatingList(cc->body, "") || hasBreakList(cc->body, label, true))
                return false;
        }
        return true;
    case NodeKind::ForStmt: {
        auto f = static_cast<ForStmt*>(s);
        return !f->cond && !hasBreak(f->body, label, true);
    }
    default: return false;
    }
}

bool Checker::isTerminatingList(std::vector<Stmt*>& list, std::string_view label)
{
    for (size_t i = list.size(); i-- > 0;)
        if (list[i] && !list[i]->is<EmptyStmt>())
            return isTerminating(list[i], label);
    return false;
}

bool Checker::hasBreakList(std::vector<Stmt*>& list, std::string_view label, bool implicit)
{
    for (Stmt* s : list)
        if (hasBreak(s, label, implicit))
            return true;
    return false;
}

bool Checker::hasBreak(Stmt* s, std::string_view label, bool implicit)
{
    if (!s)
        return false;
    switch (s->kind)
    {
    case NodeKind::LabeledStmt: return hasBreak(static_cast<LabeledStmt*>(s)->stmt, label, implicit);
    case NodeKind::BranchStmt: {
        auto b = static_cast<BranchStmt*>(s);
        if (b->tok == Tok::Break)
        {
            if (!b->label)
                return implicit;
            if (!label.empty() && b->label->name == label)
                return true;
        }
        return false;
    }
    case NodeKind::BlockStmt: return hasBreakList(static_cast<BlockStmt*>(s)->stmts, label, implicit);
    case NodeKind::IfStmt: {
        auto i = static_cast<IfStmt*>(s);
        return hasBreak(i->then, label, implicit) || (i->els && hasBreak(i->els, label, implicit));
    }
    case NodeKind::SwitchStmt:
    case NodeKind::TypeSwitchStmt: {
        if (label.empty())
            return false;
        auto& clauses = s->is<SwitchStmt>() ? static_cast<SwitchStmt*>(s)->clauses : static_cast<TypeSwitchStmt*>(s)->clauses;
        for (CaseClause* cc : clauses)
            if (cc && hasBreakList(cc->body, label, false))
                return true;
        return false;
    }
    case NodeKind::SelectStmt:
        if (label.empty())
            return false;
        for (CommClause* cc : static_cast<SelectStmt*>(s)->clauses)
            if (cc && hasBreakList(cc->body, label, false))
                return true;
        return false;
    case NodeKind::ForStmt:
        return !label.empty() && hasBreak(static_cast<ForStmt*>(s)->body, label, false);
    case NodeKind::RangeStmt:
        return !label.empty() && hasBreak(static_cast<RangeStmt*>(s)->body, label, false);
    default: return false;
    }
}

} // namespace weft
