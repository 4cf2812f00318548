// Code generation: functions, registers, emission, and the program's entry point.
#include "compiler/CodegenImpl.h"
#include "parser/AstWalk.h"
#include "vm/NativeContext.h"
#include "vm/MapObject.h"
#include "vm/Verifier.h"

#include <algorithm>
#include <functional>

namespace weft {

namespace detail {

Generator::Generator(Program& program, const NativeRegistry& natives, DiagnosticList& diags)
    : program_(program), natives_(natives), diags_(diags), module_(std::make_unique<Module>())
{
}

void Generator::error(Position pos, std::string msg)
{
    // The file of the code being generated (a standard package's, say), else the user's first.
    // Its name as written: the diagnostics apply its //line directives.
    std::string file = st_ && st_->file                            ? st_->file->name
                       : st_ && st_->fn && !st_->fn->file.empty() ? st_->fn->file
                                                                   : program_.file()->name;
    diags_.add(file, pos, std::move(msg));
}

// ---- registers -------------------------------------------------------------------------------

int Generator::alloc(const Pattern& p, bool temp)
{
    FnState& s = *st_;
    int reg;
    auto it = s.freeRegs.find(p);
    if (it != s.freeRegs.end() && !it->second.empty())
    {
        reg = it->second.back();
        it->second.pop_back();
    }
    else
    {
        reg = int(s.kinds.size());
        for (char c : p)
            s.kinds.push_back(c);
    }
    if (temp)
        s.temps.push_back({reg, p});
    return reg;
}

void Generator::freeRegs(int reg, const Pattern& p) { st_->freeRegs[p].push_back(reg); }

void Generator::release(size_t m)
{
    while (st_->temps.size() > m)
    {
        auto [reg, p] = st_->temps.back();
        st_->temps.pop_back();
        freeRegs(reg, p);
    }
}

// ---- emission ---------------------------------------------------------------------------------

size_t Generator::emit(Instr i)
{
    st_->fn->code.push_back(i);
    st_->fn->lines.push_back(st_->line);
    return st_->fn->code.size() - 1;
}

Position Generator::boundsAt(Position lbrack)
{
    const Position before = st_->pos;
    if (lbrack.line > 0)
        setPos(lbrack);
    return before;
}

void Generator::noteBounds(std::initializer_list<const Type*> indexTypes)
{
    for (const Type* t : indexTypes)
    {
        const Basic* b = t ? underlying(t)->as<Basic>() : nullptr;
        if (b && (b->bkind == BasicKind::Uint || b->bkind == BasicKind::Uint64 || b->bkind == BasicKind::Uintptr))
        {
            st_->fn->unsignedBounds.push_back(uint32_t(st_->fn->code.size()));
            return;
        }
    }
}

void Generator::emitWord(uint64_t w)
{
    st_->fn->code.push_back(w);
    st_->fn->lines.push_back(st_->line);
}

// For the bytecode verifier (Function::callSites): what a call expression says of the
// CallIface or CallClosure that may be emitted for it, which the instruction does not: its
// signature's register kinds and, for a method called through an interface, the interface's
// method count. Noted at the pc where setLine(call) finds the code, since the generator sets a
// call's line just before emitting the call instruction; finishFrame keeps a note only if such
// an instruction is what was emitted there.
static std::vector<GcWordKind> kindsOf(const Pattern& p)
{
    std::vector<GcWordKind> k;
    for (char c : p)
        k.push_back(c == 'S'   ? GcWordKind::Scalar
                    : c == 'P' ? GcWordKind::Pointer
                    : c == 'T' ? GcWordKind::InterfaceType
                               : GcWordKind::InterfaceData);
    return k;
}

static void noteCallSite(const Program& program, Function* fn, const Node* n)
{
    auto call = n->as<CallExpr>();
    if (!call || !call->fun || call->fun->mode == ExprMode::TypeExpr || call->fun->mode == ExprMode::Builtin)
        return;
    const Expr* fun = call->fun;
    while (auto p = fun->as<ParenExpr>())
        fun = p->x;
    const Signature* sig = nullptr;
    uint32_t methods = 0;
    if (auto sel = fun->as<SelectorExpr>())
    {
        const Selection* s = program.selection(sel);
        auto m = s && s->kind == SelectionKind::MethodVal && s->obj ? s->obj->as<Func>() : nullptr;
        if (m && m->isInterfaceMethod)
        {
            // The interface the call goes through: x's, or the embedded field's s->path leads to.
            const Type* it = sel->x->type;
            for (int i : s->path)
            {
                const Type* u = underlying(it);
                if (auto p = u->as<Pointer>())
                    u = underlying(p->elem);
                auto st = u ? u->as<Struct>() : nullptr;
                if (!st || size_t(i) >= st->fields.size())
                    return;
                it = st->fields[size_t(i)]->type;
            }
            auto iface = it && underlying(it) ? underlying(it)->as<Interface>() : nullptr;
            if (!iface || iface->allMethods.empty())
                return;
            methods = uint32_t(iface->allMethods.size());
            sig = m->sig();
        }
    }
    if (!sig)
    {
        const Type* ft = fun->type ? underlying(fun->type) : nullptr;
        sig = ft ? ft->as<Signature>() : nullptr;
    }
    if (!sig || !sig->params || !sig->results)
        return;
    Function::CallSite site;
    site.pc = uint32_t(fn->code.size());
    site.methods = methods;
    site.args = kindsOf(Generator::pattern(sig->params));
    site.results = kindsOf(Generator::pattern(sig->results));
    if (!fn->callSites.empty() && fn->callSites.back().pc == site.pc)
        fn->callSites.back() = std::move(site); // the innermost call set the line last
    else
        fn->callSites.push_back(std::move(site));
}

void Generator::setLine(const Node* n)
{
    if (n && n->pos.line > 0)
        setPos(n->pos);
    if (n && verifierEnabled())
        noteCallSite(program_, st_->fn, n);
}

void Generator::setPos(Position pos)
{
    st_->pos = pos;
    if (st_->file && !st_->file->lines.empty())
        relabel(pos);
    else
        st_->line = int32_t(pos.line);
}

static void patchAt(Function* fn, size_t word, bool inSBC, int64_t target)
{
    // Offsets count from the word after the jump's last word: for an sBC jump that is the next
    // word; for an extra-word jump, the word after the extra word.
    int64_t off = target - int64_t(word + 1);
    if (inSBC)
        fn->code[word] = (fn->code[word] & 0xffffffffull) | (uint64_t(uint32_t(int32_t(off))) << 32);
    else
        fn->code[word] = uint64_t(uint32_t(int32_t(off)));
}

void Generator::bind(Label& l)
{
    l.target = int64_t(here());
    for (auto [w, inSBC] : l.patches)
        patchAt(st_->fn, w, inSBC, l.target);
    l.patches.clear();
}

void Generator::jump(Label& l)
{
    size_t w = emit(encodeSBC(Op::Jump, 0, 0));
    if (l.target >= 0)
        patchAt(st_->fn, w, true, l.target);
    else
        l.patches.push_back({w, true});
}

void Generator::jumpIf(int reg, Label& l, bool ifTrue)
{
    size_t w = emit(encodeSBC(ifTrue ? Op::JumpIf : Op::JumpIfNot, uint32_t(reg), 0));
    if (l.target >= 0)
        patchAt(st_->fn, w, true, l.target);
    else
        l.patches.push_back({w, true});
}

void Generator::jumpCmp(Op op, int a, int b, Label& l)
{
    emit(encode(op, uint32_t(a), uint32_t(b)));
    size_t w = here();
    emitWord(0);
    if (l.target >= 0)
        patchAt(st_->fn, w, false, l.target);
    else
        l.patches.push_back({w, false});
}

void Generator::move(int dst, int src, const Type* t)
{
    if (dst == src)
        return;
    int n = slots(t);
    emit(encode(n == 1 ? Op::Move : n == 2 ? Op::Move2 : n == 3 ? Op::Move3 : Op::MoveN, uint32_t(dst), uint32_t(src),
                uint32_t(n)));
}

// ---- functions ----------------------------------------------------------------------------------

std::string Generator::funcName(const Func* f) const
{
    std::string pkg = f->pkg ? f->pkg->path : "main";
    if (f->decl && f->decl->recv)
    {
        const Type* rt = f->sig() && f->sig()->recv ? f->sig()->recv->type : nullptr;
        bool ptr = rt && rt->is<Pointer>();
        const Type* base = ptr ? rt->as<Pointer>()->elem : rt;
        std::string tn = base ? typeString(base, f->pkg) : "?";
        return pkg + (ptr ? ".(*" + tn + ")." : "." + tn + ".") + std::string(f->name);
    }
    if (f->isInterfaceMethod || (f->native && f->sig() && f->sig()->recv))
    {
        const Type* rt = f->sig()->recv->type;
        bool ptr = rt && rt->is<Pointer>();
        const Type* base = ptr ? rt->as<Pointer>()->elem : rt;
        return pkg + (ptr ? ".(*" : ".") + typeString(base, f->pkg) + (ptr ? ")." : ".") + std::string(f->name);
    }
    return pkg + "." + std::string(f->name);
}

int Generator::functionIndex(const Function* f)
{
    auto it = funcIndex_.find(f);
    return it == funcIndex_.end() ? -1 : it->second;
}

// The native name a bodiless function binds to: "pkg.Name" or "pkg.Type.Method".
static std::string nativeName(const Func* f)
{
    std::string pkg = f->pkg ? f->pkg->path : "";
    if (f->sig() && f->sig()->recv)
    {
        const Type* rt = f->sig()->recv->type;
        if (auto p = rt->as<Pointer>())
            rt = p->elem;
        std::string tn = rt->is<Named>() ? std::string(rt->as<Named>()->obj->name) : typeString(rt, nullptr);
        return pkg + "." + tn + "." + std::string(f->name);
    }
    return pkg + "." + std::string(f->name);
}

// A bodiless standard function weft does not implement yet: a fatal error naming it.
static void nativeMissing(NativeContext& ctx, Slot*, Slot*)
{
    ctx.fatal("not supported in weft: " + ctx.currentFunction()->name);
}

Function* Generator::functionFor(const Func* f)
{
    auto it = funcs_.find(f);
    if (it != funcs_.end())
        return it->second;
    Function* fn = newFunction();
    funcs_[f] = fn;
    fn->name = funcName(f);
    placeFunction(fn, f->file, f->pos);
    const Signature* sig = f->sig();
    for (const Var* p : sig->params->vars)
        fn->paramSlots += uint32_t(slots(p->type));
    if (sig->recv)
        fn->paramSlots += uint32_t(slots(sig->recv->type));
    for (const Var* r : sig->results->vars)
        fn->resultSlots += uint32_t(slots(r->type));
    if (!f->decl || !f->decl->body)
    {
        const NativeEntry e = natives_.find(nativeName(f));
        fn->native = e.fn ? e.fn : &nativeMissing;
        fn->nativeData = e.data;
        fn->numRegs = fn->paramSlots + fn->resultSlots;
        return fn;
    }
    pending_.push_back([this, fn, f] { compileFunction(fn, f->decl, f->sig(), f->decl->body, nullptr, f, f->file); });
    return fn;
}

Function* Generator::newFunction()
{
    module_->functions.push_back(std::make_unique<Function>());
    Function* fn = module_->functions.back().get();
    funcIndex_[fn] = int(module_->functions.size() - 1);
    fn->index = uint32_t(module_->functions.size() - 1);
    fn->selfClosure = {fn, nullptr, nullptr};
    return fn;
}

void Generator::finishFrame()
{
    Function* fn = st_->fn;
    // Call-site notes (setLine) stay only where the call instruction they describe was emitted.
    std::erase_if(fn->callSites, [fn](const Function::CallSite& s) {
        const Op op = s.pc < fn->code.size() ? opOf(fn->code[s.pc]) : Op::Count;
        return !((op == Op::CallIface && s.methods > 0) || (op == Op::CallClosure && s.methods == 0));
    });
    // Register numbers, string and type indices are 16-bit operands (0xffff means none): a
    // function or program beyond them is refused, never truncated into wrong code.
    if (st_->kinds.size() >= kNoReg && !st_->tooLarge)
    {
        st_->tooLarge = true;
        error(Position{uint32_t(std::max(fn->line, 1)), 1},
              "not supported in weft: " + fn->name + " needs " + std::to_string(st_->kinds.size()) +
                  " registers for its variables and temporaries, more than 65,534 (split the function)");
    }
    if ((module_->strings.size() > kNoReg || module_->typeTable.size() > kNoReg) && !tooManyConstants_)
    {
        tooManyConstants_ = true;
        error(Position{uint32_t(std::max(fn->line, 1)), 1},
              "not supported in weft: more than 65,535 distinct string constants or types in one program");
    }
    fn->numRegs = uint32_t(st_->kinds.size());
    fn->regKinds.clear();
    for (char c : st_->kinds)
        fn->regKinds.push_back(c == 'S' ? GcWordKind::Scalar
                               : c == 'P' ? GcWordKind::Pointer
                               : c == 'T' ? GcWordKind::InterfaceType
                                          : GcWordKind::InterfaceData);
    if (std::any_of(fn->regKinds.begin(), fn->regKinds.end(), [](GcWordKind k) { return k != GcWordKind::Scalar; }))
        fn->frameLayout = GcLayout::fromWords(fn->regKinds);
}

bool Generator::isCaptured(const Var* v) const { return v->captured; }

void Generator::findAddressed(const Node* root)
{
    walkAst(root, [this](const Node* n) {
        if (auto u = n->as<UnaryExpr>(); u && u->op == Tok::And)
        {
            const Expr* x = u->x;
            while (auto p = x->as<ParenExpr>())
                x = p->x;
            if (auto id = x->as<Ident>(); id && id->object && id->object->is<Var>())
                addressed_.insert(static_cast<const Var*>(id->object));
        }
        if (auto sel = n->as<SelectorExpr>())
        {
            const Selection* s = program_.selection(sel);
            if (s && s->kind == SelectionKind::MethodVal && s->obj->is<Func>() &&
                static_cast<const Func*>(s->obj)->hasPtrRecv && s->path.empty())
            {
                const Expr* x = sel->x;
                while (auto p = x->as<ParenExpr>())
                    x = p->x;
                if (auto id = x->as<Ident>(); id && id->object && id->object->is<Var>() && !id->object->type->is<Pointer>())
                    addressed_.insert(static_cast<const Var*>(id->object));
            }
        }
        return true;
    });
}

// Where a new local variable lives: registers, or memory (a cell, or the block of a struct or
// array) when it is captured by a closure or its address is taken.
VarLoc Generator::newVarLoc(const Var* v)
{
    VarLoc loc;
    if (isBlock(v->type))
    {
        loc.kind = VarLoc::Addr;
        loc.reg = alloc("P", false);
    }
    else if (isCaptured(v) || isAddressed(v))
    {
        loc.kind = VarLoc::Addr;
        loc.reg = alloc("P", false);
        emit(encode(Op::New, uint32_t(loc.reg), typeIndex(v->type)));
    }
    else
    {
        loc.kind = VarLoc::Reg;
        loc.reg = allocType(v->type, false);
    }
    st_->vars[v] = loc;
    return loc;
}

void Generator::compileFunction(Function* fn, const Node* owner, const Signature* sig, const BlockStmt* body,
                                const std::vector<Stmt*>* stmts, const Func* decl, const File* file)
{
    FnState state;
    FnState* saved = st_;
    st_ = &state;
    state.fn = fn;
    state.file = file;
    state.owner = owner;
    state.sig = sig;
    state.line = fn->line;
    (void)decl;

    // Closures find their captured variables' addresses in the closure object.
    std::vector<std::pair<const Var*, int>> params;
    if (sig->recv)
        params.push_back({sig->recv, allocType(sig->recv->type, false)});
    for (const Var* p : sig->params->vars)
        params.push_back({p, allocType(p->type, false)});
    std::vector<int> resultRegs;
    for (const Var* r : sig->results->vars)
        resultRegs.push_back(allocType(r->type, false));

    if (const FuncLit* lit = owner ? owner->as<FuncLit>() : nullptr)
    {
        state.captures = freeVars(lit);
        for (size_t i = 0; i < state.captures.size(); i++)
        {
            int r = alloc("P", false);
            emit(encode(Op::GetCapture, uint32_t(r), uint32_t(i)));
            state.vars[state.captures[i]] = VarLoc{VarLoc::Addr, r, 0};
        }
    }
    for (auto [v, reg] : params)
    {
        if (v->name.empty() || v->name == "_")
        {
            continue;
        }
        if (isBlock(v->type))
        {
            // The callee owns its parameters: copy a struct or array argument.
            emit(encode(Op::NewCopy, uint32_t(reg), uint32_t(reg), typeIndex(v->type)));
            state.vars[v] = VarLoc{VarLoc::Addr, reg, 0};
        }
        else if (isCaptured(v) || isAddressed(v))
        {
            int cell = alloc("P", false);
            emit(encode(Op::New, uint32_t(cell), typeIndex(v->type)));
            storeMem(v->type, cell, 0, Val{reg});
            state.vars[v] = VarLoc{VarLoc::Addr, cell, 0};
        }
        else
            state.vars[v] = VarLoc{VarLoc::Reg, reg, 0};
    }
    // Results: zero values; named ones are variables.
    for (size_t i = 0; i < sig->results->vars.size(); i++)
    {
        const Var* r = sig->results->vars[i];
        int reg = resultRegs[i];
        state.resultVars.push_back(r);
        if (isBlock(r->type))
        {
            emit(encode(Op::New, uint32_t(reg), typeIndex(r->type)));
            state.vars[r] = VarLoc{VarLoc::Addr, reg, 0};
        }
        else if (!r->name.empty() && r->name != "_" && (isCaptured(r) || isAddressed(r)))
        {
            int cell = alloc("P", false);
            emit(encode(Op::New, uint32_t(cell), typeIndex(r->type)));
            state.vars[r] = VarLoc{VarLoc::Addr, cell, 0};
        }
        else
            state.vars[r] = VarLoc{VarLoc::Reg, reg, 0};
    }
    // A return statement may end the frame itself when the epilogue would only Return: no
    // deferred calls to run and every result already in its result register.
    {
        bool defers = false;
        if (body)
            walkAst(body, [&](const Node* n) {
                defers = defers || n->kind == NodeKind::DeferStmt;
                return !defers && n->kind != NodeKind::FuncLit;
            });
        state.directReturn = !defers;
        state.hasDefer = defers;
        for (size_t i = 0; i < sig->results->vars.size(); i++)
        {
            const VarLoc& loc = state.vars[sig->results->vars[i]];
            if (loc.kind == VarLoc::Addr && (!isBlock(sig->results->vars[i]->type) || loc.reg != resultRegs[i]))
                state.directReturn = false;
        }
    }

    if (body)
        block(body->stmts);
    else if (stmts)
        block(*stmts);

    // Falling off the end, and every return statement, reach the epilogue.
    if (body)
        if (setLine(nullptr); body->rbrace.line > 0)
            setPos(body->rbrace);
    fn->epilogue = uint32_t(here());
    bind(state.retLabel);
    // Only a function with a defer statement can have deferred calls (a deferred call's own
    // defers belong to its own frame).
    if (fn->hasDefer)
        emit(encode(Op::RunDefers));
    for (size_t i = 0; i < sig->results->vars.size(); i++)
    {
        const Var* r = sig->results->vars[i];
        const VarLoc& loc = state.vars[r];
        if (loc.kind == VarLoc::Addr && !isBlock(r->type))
            loadMem(r->type, loc.reg, 0, resultRegs[i]);
        else if (loc.kind == VarLoc::Addr && loc.reg != resultRegs[i])
            emit(encode(Op::Move, uint32_t(resultRegs[i]), uint32_t(loc.reg)));
    }
    emit(encode(Op::Return));
    finishFrame();
    st_ = saved;
}

// ---- the entry point ----------------------------------------------------------------------------

std::unique_ptr<Module> Generator::run()
{
    // Packages in dependency order (imports first).
    std::vector<Package*> order;
    std::set<Package*> seen;
    std::function<void(Package*)> visit = [&](Package* p) {
        if (!p || seen.count(p))
            return;
        seen.insert(p);
        for (Package* q : p->imports)
            visit(q);
        order.push_back(p);
    };
    visit(program_.mainPackage());
    // Scripts use standard packages without importing them: those are not in any import list.
    for (const auto& p : program_.packages())
        if (!p->fake)
            visit(p.get());

    for (Package* p : order)
        for (File* f : p->files)
        {
            for (Decl* d : f->decls)
                findAddressed(d);
            for (Stmt* s : f->scriptBody)
                findAddressed(s);
        }

    // Globals: every package-level variable gets memory in the globals object.
    uint32_t off = 0;
    for (Package* p : order)
        for (Object* o : p->scope->objects())
            if (auto v = o->as<Var>())
            {
                uint32_t a = uint32_t(alignOf(v->type));
                off = (off + a - 1) / a * a;
                globals_[v] = off;
                module_->globalOffsets.push_back({p->path + "." + std::string(v->name), off});
                off += uint32_t(std::max<int64_t>(sizeOf(v->type), 0));
            }
    module_->globalsSize = (off + 7) / 8 * 8;
    {
        std::vector<GcWordKind> words(module_->globalsSize / 8, GcWordKind::Scalar);
        for (auto [v, o] : globals_)
        {
            const TypeDesc* d = desc(v->type);
            if (d->layout)
                for (size_t i = 0; i < d->layout->words() && o / 8 + i < words.size(); i++)
                    words[o / 8 + i] = d->layout->wordKind(i);
        }
        if (std::any_of(words.begin(), words.end(), [](GcWordKind k) { return k != GcWordKind::Scalar; }))
            module_->globalsLayout = GcLayout::fromWords(words);
    }

    // The entry: initialise each package's variables in Go's order and run its init functions,
    // then call main.main (or the script body).
    Function* entry = newFunction();
    entry->name = "runtime.main";
    module_->entry = entry;
    {
        FnState state;
        st_ = &state;
        state.fn = entry;
        // The entry's signature, func(): the program's own (its tuples belong to the program),
        // so programs compiled at once on two threads share nothing.
        entrySig_.params = program_.types().emptyTuple();
        entrySig_.results = program_.types().emptyTuple();
        state.sig = &entrySig_;
        for (Package* p : order)
        {
            for (const Initializer& init : p->initOrder)
            {
                size_t m = mark();
                state.file = init.lhs.empty() ? nullptr : init.lhs[0]->file;
                setLine(init.rhs);
                if (init.lhs.size() == 1)
                {
                    LVal lv;
                    const Var* v = init.lhs[0];
                    orderExprs({{init.rhs, v->type}}); // an assignment of gc's init function
                    if (v->name == "_")
                    {
                        expr(init.rhs);
                    }
                    else
                    {
                        int a = alloc("P");
                        emit(encodeSBC(Op::GlobalAddr, uint32_t(a), int32_t(globals_[v])));
                        lv.kind = LVal::Mem;
                        lv.reg = a;
                        lv.type = v->type;
                        Val val = exprAs(init.rhs, v->type);
                        store(lv, val, v->type);
                    }
                }
                else
                {
                    int r = init.rhs->is<CallExpr>() ? callMulti(init.rhs->as<CallExpr>()) : -1;
                    const Type* tt = init.rhs->type;
                    auto tup = tt ? tt->as<Tuple>() : nullptr;
                    if (init.rhs->is<CallExpr>() && tup)
                    {
                        int at = r;
                        for (size_t i = 0; i < init.lhs.size(); i++)
                        {
                            const Var* v = init.lhs[i];
                            const Type* et = tup->vars[i]->type;
                            if (v->name != "_")
                            {
                                int a = alloc("P");
                                emit(encodeSBC(Op::GlobalAddr, uint32_t(a), int32_t(globals_[v])));
                                LVal lv{LVal::Mem, v->type, a, 0, -1};
                                Val val = convertValue(Val{at}, et, v->type, -1);
                                store(lv, val, v->type);
                            }
                            at += slots(et);
                        }
                    }
                    else
                    {
                        // v, ok = m[k] / x.(T) / <-ch at package level.
                        std::vector<Val> vals;
                        int okReg = alloc("S");
                        Val v0;
                        const Expr* rhs = init.rhs;
                        while (auto pe = rhs->as<ParenExpr>())
                            rhs = pe->x;
                        const Type* t0 = init.lhs[0]->type; // the value's type, set below
                        if (auto ta = rhs->as<TypeAssertExpr>())
                        {
                            v0 = typeAssert(ta, -1, okReg);
                            t0 = ta->type;
                        }
                        else if (auto ix = rhs->as<IndexExpr>())
                        {
                            t0 = underlying(ix->x->type)->as<Map>()->elem;
                            Val m0 = expr(ix->x);
                            auto mt = underlying(ix->x->type)->as<Map>();
                            Val k = exprAs(ix->index, mt->key);
                            v0.reg = allocType(mt->elem);
                            emit(encode(Op::MapGetOk, uint32_t(v0.reg), uint32_t(m0.reg), uint32_t(k.reg)));
                            emitWord(uint64_t(slots(mt->elem)) | (uint64_t(okReg) << 32));
                            zeroBlock(v0.reg, mt->elem);
                        }
                        for (size_t i = 0; i < 2; i++)
                        {
                            const Var* v = init.lhs[i];
                            if (v->name == "_")
                                continue;
                            int a = alloc("P");
                            emit(encodeSBC(Op::GlobalAddr, uint32_t(a), int32_t(globals_[v])));
                            LVal lv{LVal::Mem, v->type, a, 0, -1};
                            const Type* vt = i == 0 ? t0 : program_.types().basic(BasicKind::Bool);
                            // var a, b any = x.(bool): both are converted to the variables' types.
                            store(lv, convertValue(i == 0 ? v0 : Val{okReg}, vt, v->type, -1), v->type);
                        }
                    }
                }
                release(m);
            }
            for (const Func* f : p->inits)
            {
                Function* fn = functionFor(f);
                emit(encode(Op::Call, 0, 0));
                emitWord(uint64_t(functionIndex(fn)));
            }
        }
        // main.main
        Package* mp = program_.mainPackage();
        if (program_.scriptMain())
        {
            Function* mainFn = newFunction();
            mainFn->name = "main.main";
            File* file = program_.file();
            placeFunction(mainFn, file, Position{1, 1});
            mainFn->line = 0;
            const Node* owner = program_.scriptMain();
            const Signature* sig = program_.scriptMainSignature();
            pending_.push_back([this, mainFn, owner, sig, file] {
                compileFunction(mainFn, owner, sig, nullptr, &file->scriptBody, nullptr, file);
            });
            emit(encode(Op::Call, 0, 0));
            emitWord(uint64_t(funcIndex_[mainFn]));
        }
        else if (Object* m = mp ? mp->scope->lookup("main") : nullptr; m && m->is<Func>())
        {
            Function* fn = functionFor(static_cast<const Func*>(m));
            emit(encode(Op::Call, 0, 0));
            emitWord(uint64_t(functionIndex(fn)));
        }
        entry->epilogue = uint32_t(here());
        emit(encode(Op::RunDefers));
        emit(encode(Op::Return));
        finishFrame();
        st_ = nullptr;
    }
    // Embedding: every package-level function of main, called or not, for the host to call.
    if (allFunctions_)
        if (Package* mp = program_.mainPackage(); mp && mp->scope)
            for (Object* o : mp->scope->objects())
                if (o->is<Func>() && static_cast<const Func*>(o)->decl)
                    functionFor(static_cast<const Func*>(o));
    while (!pending_.empty())
    {
        auto job = std::move(pending_.front());
        pending_.pop_front();
        job();
    }
    module_->errorIface = desc(program_.errorType());
    module_->stringType = desc(program_.types().basic(BasicKind::String));
    if (!diags_.empty())
        return nullptr;
    return std::move(module_);
}

} // namespace detail

std::unique_ptr<Module> generateCode(Program& program, const NativeRegistry& natives, DiagnosticList& diags,
                                     bool allFunctions)
{
    detail::Generator g(program, natives, diags);
    g.allFunctions_ = allFunctions;
    return g.run();
}

} // namespace weft
