// Entry point, diagnostics, expression strings and package imports.
#include "compiler/TypeChecker.h"

#include "compiler/Checker.h"
#include "compiler/StdlibSources.h"
#include "parser/Parser.h"

#include <algorithm>

namespace weft {

std::unique_ptr<Program> checkProgram(std::unique_ptr<File> file, DiagnosticList& diags, bool checkDespiteErrors)
{
    std::vector<std::unique_ptr<File>> files;
    if (file)
        files.push_back(std::move(file));
    return checkProgram(std::move(files), diags, checkDespiteErrors);
}

std::unique_ptr<Program> checkProgram(std::vector<std::unique_ptr<File>> files, DiagnosticList& diags,
                                      bool checkDespiteErrors, const std::vector<StdlibSource>* hostPackages)
{
    auto prog = std::make_unique<Program>();
    prog->setHostPackages(hostPackages);
    if (files.empty() || !files[0])
        return prog;
    std::vector<File*> user;
    for (auto& file : files)
        if (file)
            user.push_back(prog->adoptFile(std::move(file), user.empty()));
    // As Go: a file with syntax errors is not type-checked (the errors would mostly be follow-ons).
    bool syntaxErrors = false;
    for (auto& d : diags.items())
        if (d.message.rfind("syntax error", 0) == 0)
            syntaxErrors = true;
    if (syntaxErrors && !checkDespiteErrors)
    {
        for (File* f : user)
            Checker(*prog, diags).labelsOnly(f);
        return prog;
    }
    Checker checker(*prog, diags);
    checker.hadParseErrors_ = !diags.empty();
    for (auto& d : diags.items())
        if (d.message.rfind("not supported in weft: type parameters", 0) == 0)
            checker.typeParamsRefused_ = true;
    checker.checkUserFiles(std::move(user));
    return prog;
}

bool Operand::isNil() const
{
    if (mode != ExprMode::Value)
        return false;
    if (isBasicKind(type, BasicKind::UntypedNil))
        return true;
    // the predeclared nil keeps being nil after conversion to a typed context (types2's nilvalue)
    const Expr* e = expr;
    for (int guard = 0; e && e->is<ParenExpr>() && guard < 1000; ++guard)
        e = static_cast<const ParenExpr*>(e)->x;
    auto id = e ? e->as<Ident>() : nullptr;
    return id && id->object && id->object->is<Nil>();
}

void Checker::checkUserFiles(std::vector<File*> files)
{
    File* f = files[0];
    Package* pkg = prog_.newPackage("main");
    pkg->name = f->packageName ? f->packageName->name : std::string_view("main");
    prog_.setMainPackage(pkg);
    isScript_ = f->isScript();
    // As types2: a file of another package is reported and left out.
    std::vector<File*> same{f};
    bool script = false;
    for (size_t i = 0; i < files.size() && files.size() > 1; i++)
    {
        file_ = files[i];
        if (files[i]->isScript())
        {
            script = true;
            error(Position{1, 1}, "a script (a file without a package clause) is a program by itself, not one of "
                                  "several files");
        }
        else if (i > 0 && !isScript_ && files[i]->packageName->name != pkg->name)
            error(files[i]->packagePos, "package " + std::string(files[i]->packageName->name) + "; expected " +
                                            std::string(pkg->name));
        else if (i > 0)
            same.push_back(files[i]);
    }
    file_ = nullptr;
    if (script)
        return;
    checkPackage(pkg, std::move(same));
}

// ---- diagnostics -----------------------------------------------------------------------------

void Checker::error(Position pos, std::string msg)
{
    // Like go/types: follow-on errors mentioning invalid operands or types add nothing.
    auto inside = [&msg](const char* what) {
        auto p = msg.find(what);
        return p != std::string::npos && p > 0;
    };
    if (firstErr_ && (inside("invalid operand") || inside("invalid type")))
        return;
    if (errPos_.valid())
        pos = errPos_;
    if (typeParamsRefused_ && msg.rfind("undefined: ", 0) == 0)
        return; // a use of a type parameter the parser refused
    firstErr_ = true;
    std::string fname = file_ ? file_->name : std::string("<input>");
    // one report of a message per line (as Go's compiler prints them)
    if (!reported_.insert(fname + ":" + std::to_string(pos.line) + ":" + msg).second)
        return;
    for (auto& d : diags_.items()) // reported by the parser already
        if (d.pos.line == pos.line && d.message == msg && d.file == fname)
            return;
    diags_.add(std::move(fname), pos, std::move(msg));
}

std::string Checker::typesSummary(const std::vector<const Type*>& types, bool variadic) const
{
    std::string out = "(";
    for (size_t i = 0; i < types.size(); i++)
    {
        const Type* t = types[i];
        if (i)
            out += ", ";
        if (!t || !isValid(t))
            out += "<T>";
        else if (auto b = isUntyped(t) ? t->as<Basic>() : nullptr)
        {
            // "have number, want float64", not "have untyped int"
            std::string name = typeStr(t);
            out += (b->info & IsNumeric) ? "number" : name.substr(name.rfind("untyped ", 0) == 0 ? 8 : 0);
        }
        else if (auto s = variadic && i + 1 == types.size() ? t->as<Slice>() : nullptr)
            out += "..." + typeStr(s->elem);
        else
            out += typeStr(t);
    }
    return out + ")";
}

void Checker::errorAt(const Node* n, std::string msg)
{
    error(n ? startPos(n) : Position{}, std::move(msg));
}

Position Checker::startPos(const Node* n)
{
    for (int guard = 0; n && guard < 100000; ++guard)
    {
        switch (n->kind)
        {
        case NodeKind::SelectorExpr: n = static_cast<const SelectorExpr*>(n)->x; continue;
        case NodeKind::IndexExpr: n = static_cast<const IndexExpr*>(n)->x; continue;
        case NodeKind::SliceExpr: n = static_cast<const SliceExpr*>(n)->x; continue;
        case NodeKind::TypeAssertExpr: n = static_cast<const TypeAssertExpr*>(n)->x; continue;
        case NodeKind::CallExpr: n = static_cast<const CallExpr*>(n)->fun; continue;
        case NodeKind::BinaryExpr: n = static_cast<const BinaryExpr*>(n)->x; continue;
        case NodeKind::KeyValueExpr: n = static_cast<const KeyValueExpr*>(n)->key; continue;
        case NodeKind::CompositeLit: {
            auto c = static_cast<const CompositeLit*>(n);
            if (!c->typeExpr)
                return c->pos;
            n = c->typeExpr;
            continue;
        }
        default: return n->pos;
        }
    }
    return n ? n->pos : Position{};
}

// ---- expression strings (syntax.String in ShortForm) -----------------------------------------

static void writeExpr(std::string& out, const Expr* e, int depth);

static void writeExprList(std::string& out, const std::vector<Expr*>& list, int depth)
{
    for (size_t i = 0; i < list.size(); ++i)
    {
        if (i)
            out += ", ";
        writeExpr(out, list[i], depth + 1);
    }
}

static void writeFieldList(std::string& out, const std::vector<Field>& fields, const char* sep, int depth)
{
    for (size_t i = 0; i < fields.size(); ++i)
    {
        if (i)
            out += sep;
        auto& f = fields[i];
        for (size_t j = 0; j < f.names.size(); ++j)
        {
            if (j)
                out += ", ";
            out += f.names[j]->name;
        }
        if (!f.names.empty())
            out += ' ';
        writeExpr(out, f.typeExpr, depth + 1);
    }
}

static void writeFuncSig(std::string& out, const FuncType* ft, int depth)
{
    out += '(';
    writeFieldList(out, ft->params, ", ", depth);
    out += ')';
    if (ft->results.empty())
        return;
    out += ' ';
    if (ft->results.size() == 1 && ft->results[0].names.empty())
    {
        writeExpr(out, ft->results[0].typeExpr, depth + 1);
        return;
    }
    out += '(';
    writeFieldList(out, ft->results, ", ", depth);
    out += ')';
}

static void writeExpr(std::string& out, const Expr* e, int depth)
{
    if (!e)
        return;
    if (depth > 200)
    {
        out += "…";
        return;
    }
    switch (e->kind)
    {
    case NodeKind::BadExpr: out += "<bad expr>"; return;
    case NodeKind::Ident: out += static_cast<const Ident*>(e)->name; return;
    case NodeKind::BasicLit: out += static_cast<const BasicLit*>(e)->text; return;
    case NodeKind::CompositeLit: {
        auto c = static_cast<const CompositeLit*>(e);
        writeExpr(out, c->typeExpr, depth + 1);
        out += c->elts.empty() ? "{}" : "{…}";
        return;
    }
    case NodeKind::FuncLit: {
        auto f = static_cast<const FuncLit*>(e);
        out += "func";
        if (f->sig)
            writeFuncSig(out, f->sig, depth);
        out += (f->body && !f->body->stmts.empty()) ? " {…}" : " {}";
        return;
    }
    case NodeKind::ParenExpr:
        out += '(';
        writeExpr(out, static_cast<const ParenExpr*>(e)->x, depth + 1);
        out += ')';
        return;
    case NodeKind::SelectorExpr: {
        auto s = static_cast<const SelectorExpr*>(e);
        writeExpr(out, s->x, depth + 1);
        out += '.';
        if (s->sel)
            out += s->sel->name;
        return;
    }
    case NodeKind::IndexExpr: {
        auto s = static_cast<const IndexExpr*>(e);
        writeExpr(out, s->x, depth + 1);
        out += '[';
        writeExpr(out, s->index, depth + 1);
        out += ']';
        return;
    }
    case NodeKind::SliceExpr: {
        auto s = static_cast<const SliceExpr*>(e);
        writeExpr(out, s->x, depth + 1);
        out += '[';
        writeExpr(out, s->lo, depth + 1);
        out += ':';
        writeExpr(out, s->hi, depth + 1);
        if (s->max)
        {
            out += ':';
            writeExpr(out, s->max, depth + 1);
        }
        out += ']';
        return;
    }
    case NodeKind::TypeAssertExpr: {
        auto s = static_cast<const TypeAssertExpr*>(e);
        writeExpr(out, s->x, depth + 1);
        out += ".(";
        if (s->typeExpr)
            writeExpr(out, s->typeExpr, depth + 1);
        else
            out += "type";
        out += ')';
        return;
    }
    case NodeKind::CallExpr: {
        auto c = static_cast<const CallExpr*>(e);
        writeExpr(out, c->fun, depth + 1);
        out += '(';
        writeExprList(out, c->args, depth);
        if (c->hasEllipsis)
            out += "...";
        out += ')';
        return;
    }
    case NodeKind::StarExpr:
        out += '*';
        writeExpr(out, static_cast<const StarExpr*>(e)->x, depth + 1);
        return;
    case NodeKind::UnaryExpr: {
        auto u = static_cast<const UnaryExpr*>(e);
        out += tokenSpelling(u->op);
        writeExpr(out, u->x, depth + 1);
        return;
    }
    case NodeKind::BinaryExpr: {
        auto b = static_cast<const BinaryExpr*>(e);
        writeExpr(out, b->x, depth + 1);
        out += ' ';
        out += tokenSpelling(b->op);
        out += ' ';
        writeExpr(out, b->y, depth + 1);
        return;
    }
    case NodeKind::KeyValueExpr: {
        auto kv = static_cast<const KeyValueExpr*>(e);
        writeExpr(out, kv->key, depth + 1);
        out += ": ";
        writeExpr(out, kv->value, depth + 1);
        return;
    }
    case NodeKind::ArrayType: {
        auto a = static_cast<const ArrayType*>(e);
        out += '[';
        if (a->len)
            writeExpr(out, a->len, depth + 1);
        out += ']';
        writeExpr(out, a->elem, depth + 1);
        return;
    }
    case NodeKind::StructType: {
        auto s = static_cast<const StructType*>(e);
        out += "struct{";
        writeFieldList(out, s->fields, "; ", depth);
        out += '}';
        return;
    }
    case NodeKind::FuncType:
        out += "func";
        writeFuncSig(out, static_cast<const FuncType*>(e), depth);
        return;
    case NodeKind::InterfaceType: {
        auto it = static_cast<const InterfaceType*>(e);
        out += "interface{";
        for (size_t i = 0; i < it->methods.size(); ++i)
        {
            if (i)
                out += "; ";
            auto& m = it->methods[i];
            if (!m.names.empty())
            {
                out += m.names[0]->name;
                if (auto ft = m.typeExpr ? m.typeExpr->as<FuncType>() : nullptr)
                    writeFuncSig(out, ft, depth);
            }
            else
                writeExpr(out, m.typeExpr, depth + 1);
        }
        out += '}';
        return;
    }
    case NodeKind::MapType: {
        auto m = static_cast<const MapType*>(e);
        out += "map[";
        writeExpr(out, m->key, depth + 1);
        out += ']';
        writeExpr(out, m->value, depth + 1);
        return;
    }
    case NodeKind::ChanType: {
        auto c = static_cast<const ChanType*>(e);
        if (c->dir == ChanDir::Recv)
            out += "<-";
        out += "chan";
        if (c->dir == ChanDir::Send)
            out += "<-";
        out += ' ';
        auto inner = c->elem ? c->elem->as<ChanType>() : nullptr;
        if (c->dir == ChanDir::Both && inner && inner->dir == ChanDir::Recv)
        {
            out += '(';
            writeExpr(out, c->elem, depth + 1);
            out += ')';
        }
        else
            writeExpr(out, c->elem, depth + 1);
        return;
    }
    case NodeKind::EllipsisExpr:
        out += "...";
        writeExpr(out, static_cast<const EllipsisExpr*>(e)->elt, depth + 1);
        return;
    default: out += "<expr>"; return;
    }
}

std::string Checker::exprString(const Expr* e) const
{
    std::string out;
    writeExpr(out, e, 0);
    return out;
}

static const char* modeString(ExprMode m)
{
    switch (m)
    {
    case ExprMode::Unchecked:
    case ExprMode::Invalid: return "invalid operand";
    case ExprMode::NoValue: return "no value";
    case ExprMode::Builtin: return "built-in";
    case ExprMode::TypeExpr: return "type";
    case ExprMode::Constant: return "constant";
    case ExprMode::Variable: return "variable";
    case ExprMode::MapIndex: return "map index expression";
    case ExprMode::Value: return "value";
    case ExprMode::CommaOk: return "comma, ok expression";
    }
    return "value";
}

std::string Checker::operandString(const Operand& x) const
{
    // nil
    if (x.expr && x.mode == ExprMode::Value)
    {
        const Expr* e = x.expr;
        if (auto id = e->as<Ident>(); id && id->object && id->object->is<Nil>())
        {
            if (!x.type || isBasicKind(x.type, BasicKind::UntypedNil))
                return "nil";
            if (!isValid(x.type))
                return "nil (with invalid type)";
            return "nil (of type " + typeStr(x.type) + ")";
        }
    }
    std::string out;
    std::string expr;
    if (x.expr)
        expr = exprString(x.expr);
    else if (x.mode == ExprMode::TypeExpr)
        expr = typeStr(x.type);
    else if (x.mode == ExprMode::Constant && x.val)
        expr = x.val->toString();
    if (!expr.empty())
        out = expr + " (";
    bool hasType = false;
    switch (x.mode)
    {
    case ExprMode::Invalid:
    case ExprMode::Unchecked:
    case ExprMode::NoValue:
    case ExprMode::Builtin:
    case ExprMode::TypeExpr: break;
    default:
        if (x.type)
        {
            if (isUntyped(x.type))
            {
                out += x.type->as<Basic>()->name;
                out += ' ';
                break;
            }
            hasType = true;
        }
    }
    out += modeString(x.mode);
    if (x.mode == ExprMode::Constant && x.val)
    {
        std::string s = x.val->toString();
        if (s != expr)
        {
            out += ' ';
            out += s;
        }
    }
    if (hasType)
    {
        if (isValid(x.type) || x.type->is<Tuple>())
            out += " of type " + typeStr(x.type);
        else
            out += " with invalid type";
    }
    if (!expr.empty())
        out += ')';
    return out;
}

std::string Checker::objKindString(const Object* o) const
{
    switch (o->kind)
    {
    case ObjKind::Var: return "variable";
    case ObjKind::Const: return "constant";
    case ObjKind::TypeName: return "type";
    case ObjKind::Func: return "function";
    case ObjKind::PkgName: return "package";
    case ObjKind::Builtin: return "built-in";
    case ObjKind::Label: return "label";
    case ObjKind::Nil: return "nil";
    }
    return "object";
}

// ---- imports ---------------------------------------------------------------------------------

// Real Go standard packages that weft does not provide.
static bool isGoStdPackage(std::string_view path)
{
    static const char* const known[] = {"archive/tar", "archive/zip", "bytes", "compress/gzip", "compress/flate",
        "compress/zlib", "container/heap", "container/list", "container/ring", "crypto", "crypto/md5",
        "crypto/rand", "crypto/sha1", "crypto/sha256", "crypto/sha512", "crypto/tls", "crypto/hmac",
        "crypto/aes", "crypto/cipher", "crypto/x509", "database/sql", "debug/elf", "embed", "encoding",
        "encoding/base64", "encoding/binary", "encoding/csv", "encoding/gob", "encoding/hex", "encoding/json",
        "encoding/xml", "encoding/pem", "expvar", "go/ast", "go/parser", "go/token", "go/types",
        "go/format", "hash", "hash/crc32", "hash/fnv", "html", "html/template", "image", "image/color",
        "image/png", "io/fs", "io/ioutil", "log", "log/slog", "maps", "math/big", "math/bits", "math/cmplx",
        "mime", "net", "net/http", "net/http/httptest", "net/mail", "net/rpc", "net/smtp", "net/url",
        "os/exec", "os/signal", "os/user", "path", "path/filepath", "plugin", "reflect", "regexp",
        "regexp/syntax", "runtime/debug", "runtime/pprof", "slices", "strings/builder", "syscall", "testing",
        "text/scanner", "text/tabwriter", "text/template", "time/tzdata", "unicode/utf16", "cmp", "iter",
        "math/rand/v2", "sync/errgroup", "context"};
    for (auto k : known)
        if (path == k)
            return true;
    return false;
}

Package* Checker::importPackage(std::string_view path, const Node* at, bool report)
{
    if (path == "unsafe")
        return unsafePackage();
    if (path == "C")
    {
        if (report)
            errorAt(at, "not supported in weft: cgo");
        return nullptr;
    }
    if (Package* p = prog_.package(path))
    {
        if (!p->checked && !p->fake && p != pkg_)
        {
            if (report)
                errorAt(at, "import cycle not allowed");
            return nullptr;
        }
        return p->fake ? nullptr : p;
    }
    std::vector<const StdlibSource*> sources;
    for (auto& s : stdlibSources())
        if (path == s.path)
            sources.push_back(&s);
    if (const std::vector<StdlibSource>* host = prog_.hostPackages(); host && sources.empty())
        for (auto& s : *host)
            if (path == s.path)
                sources.push_back(&s);
    if (sources.empty())
    {
        if (report)
        {
            std::string p(path);
            if (isGoStdPackage(path))
                errorAt(at, "not supported in weft: package " + p);
            else
                errorAt(at, "package " + p + " is not in std");
        }
        return nullptr;
    }
    Package* pkg = prog_.newPackage(std::string(path));
    pkg->isStd = true;
    std::vector<File*> files;
    for (auto s : sources)
    {
        auto parsed = parseFile(s->file, s->text, diags_);
        files.push_back(prog_.adoptFile(std::move(parsed), false));
    }
    Checker sub(prog_, diags_);
    sub.checkPackage(pkg, files);
    return pkg;
}

} // namespace weft
