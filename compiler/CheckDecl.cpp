// Package-level collection and resolution, declarations, initialization order.
#include "compiler/Checker.h"
#include "compiler/GoExperiment.h"
#include "compiler/ImportPath.h"

#include <algorithm>

namespace weft {

namespace {

// Saves and restores the checker's per-declaration context.
struct ContextSaver
{
    Checker& c;
    File* file;
    Scope* scope;
    DeclInfo* decl;
    FuncContext fn;
    const Constant* iota;
    Position errPos;
    bool hasCallOrRecv;
    std::vector<Scope*>* funcScopes;
    explicit ContextSaver(Checker& ch)
        : c(ch), file(ch.file_), scope(ch.scope_), decl(ch.decl_), fn(ch.fn_), iota(ch.iota_), errPos(ch.errPos_),
          hasCallOrRecv(ch.hasCallOrRecv_), funcScopes(ch.funcScopes_)
    {
    }
    ~ContextSaver()
    {
        c.file_ = file;
        c.scope_ = scope;
        c.decl_ = decl;
        c.fn_ = fn;
        c.iota_ = iota;
        c.errPos_ = errPos;
        c.hasCallOrRecv_ = hasCallOrRecv;
        c.funcScopes_ = funcScopes;
    }
};

Ident* receiverBaseName(Expr* e, bool* ptr)
{
    *ptr = false;
    for (int guard = 0; e && guard < 100; ++guard)
    {
        if (auto p = e->as<ParenExpr>())
            e = p->x;
        else if (auto s = e->as<StarExpr>())
        {
            if (*ptr)
                return nullptr;
            *ptr = true;
            e = s->x;
        }
        else
            return e->as<Ident>();
    }
    return nullptr;
}

} // namespace

DeclInfo* Checker::declInfo(Object* o)
{
    auto it = objMap_.find(o);
    return it == objMap_.end() ? nullptr : it->second;
}

void Checker::recordDef(Ident* id, Object* obj)
{
    if (!id)
        return;
    id->object = obj;
    if (obj && !obj->declIdent)
        obj->declIdent = id;
}

void Checker::recordUse(Ident* id, Object* obj)
{
    if (id)
        id->object = obj;
}

// Package-level constants, variables and types may not be named init (or main in package main).
static bool reservedName(Checker& c, Ident* id)
{
    if (!id)
        return false;
    std::string_view n = id->name;
    if (n == "init" || (n == "main" && c.pkg_->name == "main"))
    {
        c.error(id->pos, "cannot declare " + std::string(n) + " - must be func");
        return true;
    }
    return false;
}

void Checker::declare(Scope* scope, Ident* id, Object* obj)
{
    if (obj->name != "_")
    {
        if (scope->insert(obj))
        {
            error(obj->pos, std::string(obj->name) + " redeclared in this block");
            recordDef(id, obj);
            return;
        }
    }
    recordDef(id, obj);
}

// ---- packages --------------------------------------------------------------------------------

// As Go's arity check: a constant spec has exactly one value per name, its own or the ones it
// repeats from the spec before it (reported at the spec then).
void Checker::constArity(ValueSpec* vs)
{
    size_t l = vs->names.size(), r = vs->values.size();
    if (l < r && vs->implicit)
    {
        Position p = vs->values[l]->pos;
        error(vs->pos, "extra init expr at " + file_->name + ":" + std::to_string(p.line) + ":" + std::to_string(p.column));
    }
    else if (l < r)
        errorAt(vs->values[l], "extra init expr");
    else if (l > r)
        errorAt(vs->names[r], "missing init expr for " + std::string(vs->names[r]->name));
}

void Checker::checkPackage(Package* pkg, std::vector<File*> files)
{
    pkg_ = pkg;
    files_ = files;
    pkg->files = files;
    pkg->scope = prog_.newScope(prog_.universe(), Scope::Kind::Package);
    if (pkg->name.empty())
    {
        for (auto f : files)
            if (f->packageName)
            {
                pkg->name = f->packageName->name;
                break;
            }
        if (pkg->name.empty())
        {
            auto slash = pkg->path.rfind('/');
            pkg->name = slash == std::string::npos ? std::string_view(pkg->path)
                                                   : std::string_view(pkg->path).substr(slash + 1);
        }
    }
    for (auto f : files)
        if (f->packageName && f->packageName->name == "_")
        {
            file_ = f;
            error(f->packageName->pos, "invalid package name _");
        }

    collectObjects();
    packageObjects();

    // Function bodies (after all package-level signatures and types are known).
    for (size_t i = 0; i < funcBodies_.size(); ++i)
    {
        auto [f, d] = funcBodies_[i];
        auto fd = d->fdecl;
        if (!fd->body)
            continue;
        methodSig(f);
        auto sig = f->sig();
        auto it = sigScopes_.find(fd);
        if (!sig || it == sigScopes_.end())
            continue;
        ContextSaver save(*this);
        file_ = d->file;
        decl_ = d;
        iota_ = nullptr;
        errPos_ = Position{};
        funcBody(fd, f->name, sig, fd->body, it->second);
        processLater(); // checks a local type's declaration left for later (map keys, embedding)
    }

    // A script's top-level statements: the body of an implicit func main.
    if (isScript_ && pkg == prog_.mainPackage())
    {
        File* f = files.empty() ? nullptr : files[0];
        if (f)
        {
            ContextSaver save(*this);
            file_ = f;
            auto sig = prog_.types().make<Signature>();
            sig->params = prog_.types().emptyTuple();
            sig->results = prog_.types().emptyTuple();
            Scope* fileScope = scriptFileScope_;
            Scope* scope = prog_.newScope(fileScope ? fileScope : pkg->scope, Scope::Kind::Func);
            scriptScope_ = scope;
            std::vector<Scope*> scopes{scope};
            funcScopes_ = &scopes;
            // the implicit main's locals are owned by a synthetic node (Program::scriptMain)
            BlockStmt* mainNode = f->arena.make<BlockStmt>(Position{1, 1});
            prog_.setScriptMain(mainNode, sig, scope);
            fn_ = FuncContext{mainNode, sig, scope, false};
            scope_ = scope;
            decl_ = nullptr;
            stmtList(0, f->scriptBody);
            if (fn_.hasLabel)
                labels(f->scriptBody);
            processLater();
        }
    }

    // Non-constant expressions still untyped (e.g. in `x == (1 << s)` contexts without a target
    // type) get their default type, so codegen always sees a concrete type.
    {
        std::vector<std::pair<Expr*, const Type*>> rest;
        for (auto& [e, info] : untyped_)
            if (!info.val && info.mode != ExprMode::Constant && !isBasicKind(info.type, BasicKind::UntypedNil))
                rest.emplace_back(e, info.type);
        for (auto& [e, t] : rest)
            updateExprType(e, defaultType(t), true);
    }
    unusedImports();
    initOrder();

    if (pkg == prog_.mainPackage() && !isScript_ && pkg->name == "main")
    {
        Object* m = pkg->scope->lookup("main");
        if (!m || !m->is<Func>())
        {
            File* f = files.empty() ? nullptr : files[0];
            file_ = f;
            error(f && f->packageName ? f->packageName->pos : Position{1, 1},
                "function main is undeclared in the main package");
        }
    }
    pkg->checked = true;
}

void Checker::collectObjects()
{
    Scope* pkgScope = pkg_->scope;
    auto& types = prog_.types();
    for (File* f : files_)
    {
        file_ = f;
        Scope* fileScope = prog_.newScope(pkgScope, Scope::Kind::File);
        if (f->isScript())
            scriptFileScope_ = fileScope;
        for (Decl* decl : f->decls)
        {
            if (auto gd = decl->as<GenDecl>())
            {
                int constIndex = 0;
                for (Node* spec : gd->specs)
                {
                    if (auto is = spec->as<ImportSpec>())
                    {
                        if (!is->path)
                            continue;
                        auto path = parseStringLiteral(is->path->text);
                        if (!path)
                        {
                            if (!hadParseErrors_) // else the lexer reported the malformed literal
                                errorAt(is->path, "invalid import path: " + std::string(is->path->text));
                            continue;
                        }
                        if (auto bad = importPathError(*path))
                        {
                            errorAt(is->path, *bad);
                            continue;
                        }
                        Package* imp = importPackage(*path, is->path, true);
                        file_ = f;
                        std::string_view name;
                        if (is->name)
                            name = is->name->name;
                        else if (imp)
                            name = imp->name;
                        else
                        {
                            auto slash = path->rfind('/');
                            std::string base = slash == std::string::npos ? *path : path->substr(slash + 1);
                            name = f->arena.intern(base);
                        }
                        if (name == "_")
                            continue;
                        if (name == "init")
                        {
                            errorAt(is, "cannot import package as init - init must be a func");
                            continue;
                        }
                        if (name == ".")
                        {
                            auto pn = prog_.newObject<PkgName>(name, is->name->pos);
                            pn->file = f;
                            pn->pkg = pkg_;
                            pn->imported = imp;
                            pn->used = imp == nullptr;
                            imports_.push_back(pn);
                            if (imp)
                                pkg_->imports.push_back(imp); // initialized before this package
                            if (imp)
                                for (Object* o : imp->scope->objects())
                                    if (o->exported())
                                    {
                                        fileScope->insert(o);
                                        dotImports_[{f, o}] = pn;
                                    }
                            continue;
                        }
                        auto pn = prog_.newObject<PkgName>(name, is->name ? is->name->pos : is->path->pos);
                        pn->file = f;
                        pn->pkg = pkg_;
                        pn->imported = imp;
                        pn->used = imp == nullptr; // no unused error after a failed import
                        if (is->name)
                            pn->declIdent = is->name;
                        declare(fileScope, is->name, pn);
                        imports_.push_back(pn);
                        if (imp)
                            pkg_->imports.push_back(imp);
                    }
                    else if (auto vs = spec->as<ValueSpec>())
                    {
                        if (gd->tok == Tok::Const)
                        {
                            for (size_t i = 0; i < vs->names.size(); ++i)
                            {
                                Ident* id = vs->names[i];
                                auto c = prog_.newObject<Const>(id->name, id->pos);
                                c->file = f;
                                c->pkg = pkg_;
                                auto d = newDeclInfo();
                                d->file = f;
                                d->fileScope = fileScope;
                                d->typeExpr = vs->typeExpr;
                                d->init = i < vs->values.size() ? vs->values[i] : nullptr;
                                d->inherited = vs->implicit;
                                d->inheritPos = id->pos;
                                d->iota = vs->iota;
                                objMap_[c] = d;
                                objList_.push_back(c);
                                if (reservedName(*this, id))
                                    recordDef(id, c);
                                else
                                    declare(pkgScope, id, c);
                            }
                            constArity(vs);
                            ++constIndex;
                        }
                        else
                        {
                            std::vector<Var*> lhs;
                            for (Ident* id : vs->names)
                            {
                                auto v = prog_.newObject<Var>(id->name, id->pos);
                                v->file = f;
                                v->pkg = pkg_;
                                v->isGlobal = true;
                                lhs.push_back(v);
                            }
                            bool n1 = vs->values.size() == 1 && vs->names.size() > 1;
                            DeclInfo* shared = nullptr;
                            for (size_t i = 0; i < lhs.size(); ++i)
                            {
                                if (n1 && shared)
                                    objMap_[lhs[i]] = shared; // n:1: all lhs share one declaration
                                else
                                {
                                    auto d = newDeclInfo();
                                    d->file = f;
                                    d->fileScope = fileScope;
                                    d->typeExpr = vs->typeExpr;
                                    if (n1)
                                    {
                                        d->lhs = lhs;
                                        d->init = vs->values[0];
                                        shared = d;
                                    }
                                    else
                                        d->init = i < vs->values.size() ? vs->values[i] : nullptr;
                                    objMap_[lhs[i]] = d;
                                }
                                objList_.push_back(lhs[i]);
                                if (reservedName(*this, vs->names[i]))
                                    recordDef(vs->names[i], lhs[i]);
                                else
                                    declare(pkgScope, vs->names[i], lhs[i]);
                            }
                            if (!n1 && !vs->values.empty() && vs->values.size() != vs->names.size())
                                assignError(vs->values, vs->names.size(), vs->values.size());
                            else if (vs->values.empty() && !vs->typeExpr && !vs->names.empty())
                                errorAt(vs->names[0], "missing type or init expr");
                        }
                    }
                    else if (auto ts = spec->as<TypeSpec>())
                    {
                        if (!ts->name)
                            continue;
                        auto tn = prog_.newObject<TypeName>(ts->name->name, ts->name->pos);
                        tn->file = f;
                        tn->pkg = pkg_;
                        auto d = newDeclInfo();
                        d->file = f;
                        d->fileScope = fileScope;
                        d->tdecl = ts;
                        objMap_[tn] = d;
                        objList_.push_back(tn);
                        if (reservedName(*this, ts->name))
                            recordDef(ts->name, tn);
                        else
                            declare(pkgScope, ts->name, tn);
                    }
                }
            }
            else if (auto fd = decl->as<FuncDecl>())
            {
                if (!fd->name || !fd->sig)
                    continue;
                auto fn = prog_.newObject<Func>(fd->name->name, fd->name->pos);
                fn->file = f;
                fn->pkg = pkg_;
                fn->decl = fd;
                fn->native = fd->body == nullptr;
                fn->noInterface = fd->recv && fd->hasDirective("go:nointerface") && goExperimentEnabled("fieldtrack");
                auto d = newDeclInfo();
                d->file = f;
                d->fileScope = fileScope;
                d->fdecl = fd;
                DeclInfo* dp = d;
                if (!fd->body && !pkg_->isStd)
                    error(fd->name->pos, "missing function body");
                if (!fd->recv)
                {
                    std::string_view name = fd->name->name;
                    if (name == "init" || (name == "main" && pkg_->name == "main"))
                    {
                        if (!fd->sig->params.empty() || !fd->sig->results.empty())
                            error(fd->name->pos,
                                "func " + std::string(name) + " must have no arguments and no return values");
                    }
                    if (name == "init")
                    {
                        recordDef(fd->name, fn);
                        pkg_->inits.push_back(fn);
                    }
                    else if (name == "main" && isScript_ && pkg_ == prog_.mainPackage())
                    {
                        error(fd->name->pos, "func main must not be declared in a script (its top-level statements are the main function)");
                        recordDef(fd->name, fn);
                    }
                    else
                        declare(pkgScope, fd->name, fn);
                    objMap_[fn] = d;
                    objList_.push_back(fn);
                }
                else
                {
                    recordDef(fd->name, fn);
                    bool ptr = false;
                    Ident* base = receiverBaseName(fd->recv->typeExpr, &ptr);
                    if (base && fd->name->name != "_")
                        methods_[base->name].push_back(fn);
                    objMap_[fn] = d;
                    objList_.push_back(fn);
                }
                funcBodies_.emplace_back(fn, dp);
                (void)types;
            }
        }
    }
    // An object in the package scope must not clash with an import's name in a file scope.
    for (auto pn : imports_)
        if (Object* alt = pkgScope->lookup(pn->name))
        {
            file_ = const_cast<File*>(alt->file);
            error(alt->pos, std::string(alt->name) + " already declared through import of package " +
                                std::string(pn->imported ? pn->imported->name : pn->name) + " (\"" +
                                (pn->imported ? pn->imported->path : std::string(pn->name)) + "\")");
        }
}

void Checker::packageObjects()
{
    // Types first (their methods are collected with them), then everything else in source order.
    auto isAlias = [this](Object* o) {
        DeclInfo* d = declInfo(o);
        return d && d->tdecl && d->tdecl->alias;
    };
    for (Object* o : objList_)
        if (o->is<TypeName>() && !isAlias(o))
            objDecl(o);
    for (Object* o : objList_)
        if (o->is<TypeName>() && isAlias(o))
            objDecl(o);
    resolvePendingNamed(true);
    for (Object* o : objList_)
        if (!o->is<TypeName>())
            objDecl(o);
    processLater();
}

void Checker::processLater()
{
    for (size_t i = 0; i < later_.size(); ++i)
    {
        auto f = std::move(later_[i]);
        f();
    }
    later_.clear();
}

void Checker::objDecl(Object* obj)
{
    if (obj->color == 2)
        return;
    if (obj->color == 0 && obj->type && obj->is<Var>())
    {
        obj->color = 2;
        return;
    }
    if (obj->color == 1)
    {
        bool valid = validCycle(obj);
        switch (obj->kind)
        {
        case ObjKind::Const:
        case ObjKind::Var:
            if (!valid || !obj->type)
                obj->type = prog_.types().invalid();
            break;
        case ObjKind::TypeName:
            if (!valid)
            {
                if (auto n = obj->type ? obj->type->as<Named>() : nullptr)
                    n->underlyingType = prog_.types().invalid();
                else
                    obj->type = prog_.types().invalid();
            }
            break;
        default:
            break;
        }
        return;
    }
    DeclInfo* d = declInfo(obj);
    if (!d)
        return;

    ContextSaver save(*this);
    file_ = d->file;
    scope_ = d->fileScope;
    decl_ = nullptr;
    fn_ = FuncContext{};
    iota_ = nullptr;
    errPos_ = Position{};
    funcScopes_ = nullptr;

    obj->color = 1;
    obj->colorPathIndex = static_cast<int>(objPath_.size());
    objPath_.push_back(obj);

    switch (obj->kind)
    {
    case ObjKind::Const:
        decl_ = d;
        iota_ = makeInt(d->iota);
        constDecl(static_cast<Const*>(obj), d->typeExpr, d->init, d->inherited, d->inheritPos);
        break;
    case ObjKind::Var:
        decl_ = d;
        varDecl(static_cast<Var*>(obj), d->lhs, d->typeExpr, d->init);
        break;
    case ObjKind::TypeName:
        typeDecl(static_cast<TypeName*>(obj), d->tdecl);
        break;
    case ObjKind::Func:
        funcDecl(static_cast<Func*>(obj), d);
        break;
    default:
        break;
    }

    objPath_.pop_back();
    obj->color = 2;
    obj->colorPathIndex = -1;
}

bool Checker::validCycle(Object* obj)
{
    int start = obj->colorPathIndex;
    if (start < 0 || start >= static_cast<int>(objPath_.size()))
        return true;
    std::vector<Object*> cycle(objPath_.begin() + start, objPath_.end());
    int nval = 0, ndef = 0;
    for (Object* o : cycle)
    {
        if (o->is<Const>() || o->is<Var>())
            ++nval;
        else if (auto tn = o->as<TypeName>())
        {
            DeclInfo* d = declInfo(tn);
            bool alias = d && d->tdecl ? d->tdecl->alias : tn->isAlias;
            if (!alias)
                ++ndef;
        }
    }
    if (nval == static_cast<int>(cycle.size()))
        return true; // reported by the initialization order check
    if (nval == 0 && ndef > 0)
        return true;
    cycleError(cycle);
    return false;
}

void Checker::cycleError(const std::vector<Object*>& cycle)
{
    if (cycle.empty())
        return;
    // report at the object that appears first in the source
    Object* obj = cycle[0];
    for (Object* o : cycle)
        if (o->file == obj->file && o->pos < obj->pos)
            obj = o;
    File* saved = file_;
    if (obj->file)
        file_ = const_cast<File*>(obj->file);
    std::string name(obj->name);
    bool isType = obj->is<TypeName>();
    error(obj->pos, isType ? "invalid recursive type " + name : "invalid cycle in declaration of " + name);
    file_ = saved;
}

// ---- constants and variables -----------------------------------------------------------------

void Checker::constDecl(Const* obj, Expr* typeExpr, Expr* init, bool inherited, Position errPos)
{
    if (inherited)
        errPos_ = errPos;
    const Type* t = nullptr;
    if (typeExpr)
    {
        t = typExpr(typeExpr);
        if (!isConstType(t))
        {
            if (isValid(t))
                errorAt(typeExpr, "invalid constant type " + typeStr(t));
            obj->type = prog_.types().invalid();
            errPos_ = Position{};
            return;
        }
        obj->type = t;
    }
    Operand x;
    if (init)
    {
        expr(x, init);
    }
    initConst(obj, x);
    errPos_ = Position{};
}

void Checker::varDecl(Var* obj, const std::vector<Var*>& lhs, Expr* typeExpr, Expr* init)
{
    if (typeExpr)
        obj->type = varType(typeExpr);
    if (!init)
    {
        if (!typeExpr)
            obj->type = prog_.types().invalid();
        return;
    }
    if (lhs.size() <= 1)
    {
        Operand x;
        expr(x, init);
        initVar(obj, x, "variable declaration");
        return;
    }
    if (typeExpr)
        for (Var* v : lhs)
            v->type = obj->type;
    initVars(lhs, {init}, nullptr);
    for (Var* v : lhs)
        if (!v->type)
            v->type = prog_.types().invalid();
}

// ---- types -----------------------------------------------------------------------------------

void Checker::typeDecl(TypeName* obj, TypeSpec* spec)
{
    auto& types = prog_.types();
    if (!spec || !spec->typeExpr)
    {
        obj->type = types.invalid();
        return;
    }
    if (spec->alias)
    {
        obj->isAlias = true;
        obj->type = types.invalid();
        obj->type = typExpr(spec->typeExpr);
        collectMethods(obj);
        return;
    }
    auto named = types.make<Named>(obj);
    obj->type = named;
    const Type* rhs = definedType(spec->typeExpr, named);
    if (auto rn = rhs ? rhs->as<Named>() : nullptr; rn && !rn->underlyingType)
    {
        // `type T2 T1` while T1's declaration is in progress: resolved once T1 is (or reported
        // as a cycle when it never is)
        pendingNamed_.emplace_back(named, rn);
        collectMethods(obj);
        return;
    }
    const Type* u = rhs ? underlying(rhs) : nullptr;
    if (!u)
        u = types.invalid();
    if (!named->underlyingType)
        named->underlyingType = u;
    finishNamed(named);
    collectMethods(obj);
    resolvePendingNamed(false);
}

void Checker::finishNamed(const Named* named)
{
    if (auto it = named->underlyingType ? named->underlyingType->as<Interface>() : nullptr)
        completeInterface(it, named->obj->pos);
    File* saved = file_;
    if (named->obj->file)
        file_ = const_cast<File*>(named->obj->file);
    validType(named);
    file_ = saved;
}

void Checker::resolvePendingNamed(bool final)
{
    bool progress = true;
    while (progress && !pendingNamed_.empty())
    {
        progress = false;
        for (size_t i = 0; i < pendingNamed_.size();)
        {
            auto [n, target] = pendingNamed_[i];
            if (target->underlyingType)
            {
                n->underlyingType = target->underlyingType;
                pendingNamed_.erase(pendingNamed_.begin() + static_cast<std::ptrdiff_t>(i));
                finishNamed(n);
                progress = true;
            }
            else
                ++i;
        }
    }
    if (!final || pendingNamed_.empty())
        return;
    // what is left are cycles of type names: report each cycle once
    std::unordered_set<const Named*> done;
    for (auto [n, target] : pendingNamed_)
    {
        if (done.count(n))
            continue;
        std::vector<Object*> cycle;
        std::vector<const Named*> chain;
        const Named* cur = n;
        while (cur && !done.count(cur))
        {
            done.insert(cur);
            chain.push_back(cur);
            const Named* next = nullptr;
            for (auto [a, b] : pendingNamed_)
                if (a == cur)
                    next = b;
            cur = next;
        }
        // only the part of the chain that loops back is the cycle
        size_t start = chain.size();
        for (size_t i = 0; i < chain.size(); ++i)
            if (chain[i] == cur)
                start = i;
        for (size_t i = start; i < chain.size(); ++i)
            cycle.push_back(chain[i]->obj);
        if (!cycle.empty())
            cycleError(cycle);
    }
    for (auto [n, target] : pendingNamed_)
        n->underlyingType = prog_.types().invalid();
    pendingNamed_.clear();
}

void Checker::validType(const Named* t)
{
    if (validated_.count(t))
        return;
    std::vector<const Named*> path;
    bool complete = true;
    validTypeImpl(t, path, complete, 0);
}

bool Checker::validTypeImpl(const Type* t, std::vector<const Named*>& path, bool& complete, int depth)
{
    if (!t || depth > 500)
        return true;
    switch (t->kind)
    {
    case TypeKind::Named: {
        auto n = t->as<Named>();
        if (validated_.count(n))
            return true;
        for (size_t i = 0; i < path.size(); ++i)
            if (path[i] == n)
            {
                std::vector<Object*> cycle;
                for (size_t j = i; j < path.size(); ++j)
                    cycle.push_back(path[j]->obj);
                cycleError(cycle);
                for (size_t j = i; j < path.size(); ++j)
                    path[j]->underlyingType = prog_.types().invalid();
                return false;
            }
        if (n->obj->pkg != pkg_)
            return true;
        if (!n->underlyingType)
        {
            complete = false;
            return true;
        }
        path.push_back(n);
        bool localComplete = true;
        bool ok = validTypeImpl(n->underlyingType, path, localComplete, depth + 1);
        path.pop_back();
        if (ok && localComplete)
            validated_.insert(n);
        if (!localComplete)
            complete = false;
        return ok;
    }
    case TypeKind::Array:
    case TypeKind::Struct: {
        if (validatedUnnamed_.count(t))
            return true;
        bool localComplete = true;
        bool ok = true;
        if (auto a = t->as<Array>())
            ok = validTypeImpl(a->elem, path, localComplete, depth + 1);
        else
            for (auto f : t->as<Struct>()->fields)
                if (!(ok = validTypeImpl(f->type, path, localComplete, depth + 1)))
                    break;
        // valid and complete: every named type in it is validated, so it stays valid
        if (ok && localComplete)
            validatedUnnamed_.insert(t);
        if (!localComplete)
            complete = false;
        return ok;
    }
    default:
        return true;
    }
}

void Checker::collectMethods(TypeName* obj)
{
    if (obj->parent != pkg_->scope)
        return;
    auto it = methods_.find(obj->name);
    if (it == methods_.end())
        return;
    auto named = obj->type ? obj->type->as<Named>() : nullptr;
    if (!named || (obj->isAlias && named->obj->pkg != pkg_))
        return; // methods on an alias of a non-local type are reported with the receiver
    auto list = std::move(it->second);
    methods_.erase(it);
    auto st = underlying(named) ? underlying(named)->as<Struct>() : nullptr;
    auto& methods = const_cast<Named*>(named)->methods;
    for (Func* m : list)
    {
        File* saved = file_;
        file_ = const_cast<File*>(m->file);
        bool dup = false;
        if (m->name != "_")
        {
            if (st)
                for (auto f : st->fields)
                    if (f->name == m->name)
                    {
                        // reported, but the method is kept (as Go): selectors find it, not the field
                        error(m->pos, "field and method with the same name " + std::string(m->name));
                        break;
                    }
            for (Func* other : methods)
                if (other->name == m->name)
                {
                    error(m->pos, "method " + std::string(obj->name) + "." + std::string(m->name) + " already declared at " +
                                      (other->file ? other->file->name : std::string("?")) + ":" +
                                      std::to_string(other->pos.line) + ":" + std::to_string(other->pos.column));
                    dup = true;
                    break;
                }
        }
        file_ = saved;
        m->recvBase = named;
        if (!dup)
            methods.push_back(m);
    }
}

// ---- functions -------------------------------------------------------------------------------

void Checker::funcDecl(Func* obj, DeclInfo* d)
{
    FuncDecl* fd = d->fdecl;
    obj->type = prog_.types().invalid(); // guard against cycles through the signature
    Scope* scope = prog_.newScope(d->fileScope, Scope::Kind::Func);
    sigScopes_[fd] = scope;
    auto sig = funcType(fd->sig, fd->recv, scope, fd, obj);
    obj->type = sig;
}

const Signature* Checker::methodSig(Func* f)
{
    if (!f)
        return nullptr;
    if (!f->type && declInfo(f))
        objDecl(f);
    return f->sig();
}

void Checker::funcBody(const Node* fnode, std::string_view name, const Signature* sig, BlockStmt* body, Scope* scope)
{
    (void)name;
    ContextSaver save(*this);
    fn_ = FuncContext{fnode, sig, scope, false};
    scope_ = scope;
    std::vector<Scope*> scopes{scope};
    funcScopes_ = &scopes;
    stmtList(0, body->stmts);
    if (fn_.hasLabel)
        labels(body->stmts);
    if (sig->results && sig->results->size() > 0 && !isTerminatingList(body->stmts, ""))
        error(body->rbrace, "missing return");
    usage(nullptr);
    if (auto fd = fnode->as<FuncDecl>())
        devirtualize(fd);
}

// Reports the unused variables of the current function's scopes.
void Checker::usage(Scope*)
{
    if (!funcScopes_)
        return;
    if (isScript_ && pkg_ == prog_.mainPackage())
        return;
    std::vector<Var*> unused;
    for (Scope* s : *funcScopes_)
        for (Object* o : s->objects())
            if (auto v = o->as<Var>(); v && !v->used && !v->isParam && v->name != "_" && !v->isGlobal)
                unused.push_back(v);
    std::sort(unused.begin(), unused.end(), [](Var* a, Var* b) { return a->pos < b->pos; });
    for (Var* v : unused)
        error(v->pos, "declared and not used: " + std::string(v->name));
}

void Checker::unusedImports()
{
    if (isScript_ && pkg_ == prog_.mainPackage())
        return;
    for (PkgName* pn : imports_)
    {
        if (pn->used || !pn->imported)
            continue;
        file_ = const_cast<File*>(pn->file);
        std::string path = "\"" + pn->imported->path + "\"";
        std::string_view elem = pn->imported->path;
        elem = elem.substr(elem.rfind('/') == std::string_view::npos ? 0 : elem.rfind('/') + 1);
        // as Go 1.22: the name is shown when it is not the path's last element
        if (pn->name != "." && pn->name != elem)
            error(pn->pos, path + " imported as " + std::string(pn->name) + " and not used");
        else
            error(pn->pos, path + " imported and not used");
    }
}

// ---- local declarations ----------------------------------------------------------------------

void Checker::declStmt(GenDecl* gd)
{
    auto& types = prog_.types();
    for (Node* spec : gd->specs)
    {
        if (auto vs = spec->as<ValueSpec>())
        {
            if (gd->tok == Tok::Const)
            {
                std::vector<Const*> consts;
                const Constant* savedIota = iota_;
                iota_ = makeInt(vs->iota);
                for (size_t i = 0; i < vs->names.size(); ++i)
                {
                    Ident* id = vs->names[i];
                    auto c = prog_.newObject<Const>(id->name, id->pos);
                    c->file = file_;
                    c->pkg = pkg_;
                    Expr* init = i < vs->values.size() ? vs->values[i] : nullptr;
                    constDecl(c, vs->typeExpr, init, vs->implicit, id->pos);
                    consts.push_back(c);
                }
                iota_ = savedIota;
                constArity(vs);
                for (size_t i = 0; i < consts.size(); ++i)
                    declare(scope_, vs->names[i], consts[i]);
            }
            else
            {
                std::vector<Var*> lhs;
                for (Ident* id : vs->names)
                {
                    auto v = prog_.newObject<Var>(id->name, id->pos);
                    v->file = file_;
                    v->pkg = pkg_;
                    v->owner = fn_.node;
                    lhs.push_back(v);
                }
                const Type* t = vs->typeExpr ? varType(vs->typeExpr) : nullptr;
                if (vs->values.empty())
                {
                    for (Var* v : lhs)
                        v->type = t ? t : types.invalid();
                    if (!t)
                        errorAt(vs->names.empty() ? static_cast<Node*>(vs) : vs->names[0], "missing type or init expr");
                }
                else if (vs->values.size() == 1 && lhs.size() > 1)
                {
                    for (Var* v : lhs)
                        v->type = t;
                    initVars(lhs, vs->values, nullptr);
                }
                else if (vs->values.size() != lhs.size())
                {
                    for (Var* v : lhs)
                        v->type = t;
                    // check the values for errors, then report the mismatch
                    initVars(lhs, vs->values, nullptr);
                }
                else
                {
                    for (size_t i = 0; i < lhs.size(); ++i)
                    {
                        lhs[i]->type = t;
                        Operand x;
                        expr(x, vs->values[i]);
                        initVar(lhs[i], x, "variable declaration");
                    }
                }
                for (Var* v : lhs)
                    if (!v->type)
                        v->type = types.invalid();
                for (size_t i = 0; i < lhs.size(); ++i)
                    declare(scope_, vs->names[i], lhs[i]);
            }
        }
        else if (auto ts = spec->as<TypeSpec>())
        {
            if (!ts->name)
                continue;
            auto tn = prog_.newObject<TypeName>(ts->name->name, ts->name->pos);
            tn->file = file_;
            tn->pkg = pkg_;
            // declared first: the type may refer to itself
            declare(scope_, ts->name, tn);
            tn->color = 1;
            tn->colorPathIndex = static_cast<int>(objPath_.size());
            objPath_.push_back(tn);
            typeDecl(tn, ts);
            resolvePendingNamed(true);
            objPath_.pop_back();
            tn->color = 2;
            tn->colorPathIndex = -1;
        }
        else if (spec->is<ImportSpec>())
        {
            errorAt(spec, "syntax error: imports must appear before other declarations");
        }
    }
}

// ---- initialization order --------------------------------------------------------------------

namespace {

// A dependency path from `from` to `to`, as go/types' findPath but with an explicit stack (a
// cycle may run through thousands of declarations): out gets the path's objects after `from`,
// last first.
bool findPath(Checker& c, Object* from, Object* to, std::unordered_set<Object*>& seen, std::vector<Object*>& out)
{
    struct Frame
    {
        Object* obj;
        size_t next; // index into obj's deps
    };
    std::vector<Frame> stack;
    if (!seen.insert(from).second)
        return false;
    stack.push_back({from, 0});
    while (!stack.empty())
    {
        Frame& f = stack.back();
        DeclInfo* d = c.declInfo(f.obj);
        if (!d || f.next == d->deps.size())
        {
            stack.pop_back();
            continue;
        }
        Object* dep = d->deps[f.next++];
        if (dep == to)
        {
            out.push_back(dep);
            for (size_t i = stack.size(); i-- > 1;)
                out.push_back(stack[i].obj);
            return true;
        }
        if (seen.insert(dep).second)
            stack.push_back({dep, 0});
    }
    return false;
}

} // namespace

void Checker::initOrder()
{
    struct GNode
    {
        Object* obj;
        int order;
        std::set<GNode*> succ, pred;
        int ndeps = 0;
        bool done = false;
    };
    std::vector<std::unique_ptr<GNode>> nodes;
    std::unordered_map<Object*, GNode*> byObj;
    int order = 0;
    for (Object* o : objList_)
    {
        if (!(o->is<Const>() || o->is<Var>() || o->is<Func>()))
            continue;
        nodes.push_back(std::make_unique<GNode>());
        nodes.back()->obj = o;
        nodes.back()->order = order++;
        byObj[o] = nodes.back().get();
    }
    for (auto& n : nodes)
    {
        DeclInfo* d = declInfo(n->obj);
        if (!d)
            continue;
        for (Object* dep : d->deps)
        {
            auto it = byObj.find(dep);
            if (it == byObj.end())
                continue;
            n->succ.insert(it->second);
            it->second->pred.insert(n.get());
        }
    }
    // Remove the function nodes: a variable depends on the variables and constants reached through
    // calls. go/types removes them one at a time, connecting each one's predecessors to its
    // successors, which is cubic in the size of a dense call graph; a search through the functions
    // from each variable gives the same dependencies.
    std::vector<GNode*> stack;
    std::unordered_set<GNode*> visited;
    for (auto& n : nodes)
    {
        if (n->obj->is<Func>())
            continue;
        stack.assign(n->succ.begin(), n->succ.end());
        visited.clear();
        n->succ.clear();
        while (!stack.empty())
        {
            GNode* s = stack.back();
            stack.pop_back();
            if (!s->obj->is<Func>())
                n->succ.insert(s);
            else if (visited.insert(s).second)
                stack.insert(stack.end(), s->succ.begin(), s->succ.end());
        }
    }
    for (auto& n : nodes)
        n->pred.clear();
    for (auto& n : nodes)
    {
        if (n->obj->is<Func>())
        {
            n->succ.clear();
            n->done = true;
            continue;
        }
        for (GNode* s : n->succ)
            s->pred.insert(n.get());
    }
    // a priority queue (as go/types' nodeQueue): fewest dependencies first, then source order
    auto before = [](const GNode* a, const GNode* b) {
        return a->ndeps != b->ndeps ? a->ndeps < b->ndeps : a->order < b->order;
    };
    std::set<GNode*, decltype(before)> queue(before);
    for (auto& n : nodes)
        if (!n->done)
        {
            n->ndeps = static_cast<int>(n->succ.size());
            queue.insert(n.get());
        }
    std::unordered_set<Expr*> emitted;
    while (!queue.empty())
    {
        GNode* best = *queue.begin();
        queue.erase(queue.begin());
        best->done = true;
        if (best->ndeps > 0)
        {
            std::vector<Object*> cycle;
            std::unordered_set<Object*> seen;
            if (findPath(*this, best->obj, best->obj, seen, cycle))
            {
                std::reverse(cycle.begin(), cycle.end());
                Object* obj = best->obj;
                file_ = const_cast<File*>(obj->file);
                if (cycle.size() == 1) // as Go 1.22
                    error(obj->pos, "initialization cycle: " + std::string(obj->name) + " refers to itself");
                else
                    error(obj->pos, "initialization cycle for " + std::string(obj->name));
            }
        }
        for (GNode* p : best->pred)
        {
            if (p->done)
                continue;
            queue.erase(p);
            p->ndeps--;
            queue.insert(p);
        }
        auto v = best->obj->as<Var>();
        if (!v)
            continue;
        DeclInfo* d = declInfo(v);
        if (!d || !d->init)
            continue;
        // n:1 declarations share the initializer: emit it once
        if (!emitted.insert(d->init).second)
            continue;
        Initializer init;
        init.lhs = d->lhs.empty() ? std::vector<Var*>{v} : d->lhs;
        init.rhs = d->init;
        pkg_->initOrder.push_back(std::move(init));
    }
}

} // namespace weft
