#include "compiler/Program.h"

namespace weft {

Program::Program()
{
    buildUniverse();
}

Program::~Program() = default;

Package* Program::package(std::string_view path) const
{
    for (auto& p : packages_)
        if (p->path == path)
            return p.get();
    return nullptr;
}

const Builtin* Program::builtinOf(const CallExpr* call) const
{
    if (!call || !call->fun || call->fun->mode != ExprMode::Builtin)
        return nullptr;
    const Expr* f = call->fun;
    while (auto p = f->as<ParenExpr>())
        f = p->x;
    if (auto id = f->as<Ident>())
        return id->object ? id->object->as<Builtin>() : nullptr;
    if (auto sel = f->as<SelectorExpr>())
        return sel->sel->object ? sel->sel->object->as<Builtin>() : nullptr;
    return nullptr;
}

Scope* Program::newScope(Scope* parent, Scope::Kind kind)
{
    scopes_.push_back(std::make_unique<Scope>(parent, kind));
    return scopes_.back().get();
}

const Constant* Program::newConstant(Constant c)
{
    constants_.push_back(std::move(c));
    return &constants_.back();
}

Package* Program::newPackage(std::string path)
{
    auto p = std::make_unique<Package>();
    p->path = std::move(path);
    packages_.push_back(std::move(p));
    return packages_.back().get();
}

File* Program::adoptFile(std::unique_ptr<File> f, bool user)
{
    File* raw = f.get();
    files_.push_back(std::move(f));
    if (user)
        userFile_ = raw;
    return raw;
}

void Program::buildUniverse()
{
    universe_ = newScope(nullptr, Scope::Kind::Universe);
    auto defType = [&](std::string_view name, const Type* t) {
        auto tn = newObject<TypeName>(name, Position{});
        tn->type = t;
        universe_->insert(tn);
        return tn;
    };
    static const BasicKind kinds[] = {BasicKind::Bool, BasicKind::Int, BasicKind::Int8, BasicKind::Int16,
        BasicKind::Int32, BasicKind::Int64, BasicKind::Uint, BasicKind::Uint8, BasicKind::Uint16, BasicKind::Uint32,
        BasicKind::Uint64, BasicKind::Uintptr, BasicKind::Float32, BasicKind::Float64, BasicKind::String};
    for (auto k : kinds)
        defType(types_.basic(k)->name, types_.basic(k));
    defType("byte", types_.byteType());
    defType("rune", types_.runeType());
    // Refused when used (complex numbers, type parameters): declared so the error is precise.
    defType("complex64", types_.invalid());
    defType("complex128", types_.invalid());

    // type any = interface{}
    auto anyT = types_.make<Interface>();
    anyT->complete = true;
    anyT->isAny = true;
    auto anyObj = defType("any", anyT);
    anyObj->isAlias = true;
    anyType_ = anyT;

    // type error interface{ Error() string }
    auto errObj = newObject<TypeName>("error", Position{});
    auto errNamed = types_.make<Named>(errObj);
    errObj->type = errNamed;
    auto errIface = types_.make<Interface>();
    auto errMethod = newObject<Func>("Error", Position{});
    auto sig = types_.make<Signature>();
    auto recv = newObject<Var>("", Position{});
    recv->type = errNamed;
    recv->isParam = true;
    sig->recv = recv;
    sig->params = types_.emptyTuple();
    auto res = types_.make<Tuple>();
    auto rv = newObject<Var>("", Position{});
    rv->type = types_.basic(BasicKind::String);
    rv->isParam = true;
    res->vars.push_back(rv);
    sig->results = res;
    errMethod->type = sig;
    errMethod->isInterfaceMethod = true;
    errMethod->recvBase = errIface;
    errIface->methods.push_back(errMethod);
    errIface->allMethods.push_back(errMethod);
    errIface->complete = true;
    errNamed->underlyingType = errIface;
    universe_->insert(errObj);
    errorType_ = errNamed;

    auto cmpObj = newObject<TypeName>("comparable", Position{});
    auto cmpNamed = types_.make<Named>(cmpObj);
    auto cmpIface = types_.make<Interface>();
    cmpIface->complete = true;
    cmpIface->isComparableConstraint = true;
    cmpNamed->underlyingType = cmpIface;
    cmpObj->type = cmpNamed;
    universe_->insert(cmpObj);

    auto defConst = [&](std::string_view name, const Type* t, Constant v) {
        auto c = newObject<Const>(name, Position{});
        c->type = t;
        c->value = newConstant(std::move(v));
        universe_->insert(c);
        return c;
    };
    defConst("true", types_.basic(BasicKind::UntypedBool), Constant::makeBool(true));
    defConst("false", types_.basic(BasicKind::UntypedBool), Constant::makeBool(false));
    iota_ = defConst("iota", types_.basic(BasicKind::UntypedInt), Constant::makeInt(BigInt(0)));

    auto nilObj = newObject<Nil>();
    nilObj->type = types_.basic(BasicKind::UntypedNil);
    universe_->insert(nilObj);
    nil_ = nilObj;

    static const std::pair<const char*, BuiltinId> builtins[] = {
        {"append", BuiltinId::Append},
        {"cap", BuiltinId::Cap},
        {"clear", BuiltinId::Clear},
        {"close", BuiltinId::Close},
        {"complex", BuiltinId::Complex},
        {"copy", BuiltinId::Copy},
        {"delete", BuiltinId::Delete},
        {"imag", BuiltinId::Imag},
        {"len", BuiltinId::Len},
        {"make", BuiltinId::Make},
        {"max", BuiltinId::Max},
        {"min", BuiltinId::Min},
        {"new", BuiltinId::New},
        {"panic", BuiltinId::Panic},
        {"print", BuiltinId::Print},
        {"println", BuiltinId::Println},
        {"real", BuiltinId::Real},
        {"recover", BuiltinId::Recover},
    };
    for (auto& [name, id] : builtins)
    {
        auto b = newObject<Builtin>(name, id);
        b->type = types_.invalid();
        universe_->insert(b);
    }
}

} // namespace weft
