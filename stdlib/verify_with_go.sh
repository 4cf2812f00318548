#!/usr/bin/env bash
# verify_with_go.sh — check the weft standard-library declaration files
# against a real Go toolchain.
#
# Usage: stdlib/verify_with_go.sh            (needs `go` on PATH; Go >= 1.19)
#
# What it does:
#   1. Layout/subset checks: one file per package, named after the package,
#      `package NAME` clause, imports only other stub packages, no dot-imports,
#      no unsafe/cgo, no //go: directives, no type parameters.
#   2. Copies every stub package into a throw-away GOPATH as weftstd/<path>
#      (rewriting imports of sibling stubs to weftstd/...), adds an empty .s
#      file per package (which makes bodiless functions legal for the gc
#      compiler) and runs `go vet` and `go build` on all of them
#      (GO111MODULE=off GOPATH=$TMP).
#   3. Signature check (as `go doc` prints it): for every exported function
#      and method of every stub, the declaration text must equal the output of
#      `go doc PKG.Name` / `go doc PKG.Type.Method` of the real standard
#      library (whitespace-normalised; parameter names included).
#   4. Semantic check with go/types: every exported constant (type and exact
#      value), variable (type), type (alias-ness, underlying type, exported
#      struct fields, interface method sets, method receivers/signatures) and
#      function of each stub is compared with the real package, type-checked
#      from $GOROOT/src.
#   Declarations newer than the installed Go (the stubs follow Go 1.22) are
#   checked against the signatures recorded in the NEWER table below;
#   intentional differences are listed in the ALLOW table with a reason.
#   Exported names of the real package that the stub omits are reported for
#   information only.
#
# Exit status 0 iff there is no unexplained mismatch.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PKGS="fmt strings strconv math math/rand errors sort unicode unicode/utf8 os io bufio time sync sync/atomic runtime context flag"

command -v go >/dev/null || { echo "verify_with_go.sh: go not found on PATH" >&2; exit 2; }

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
export GO111MODULE=off GOPATH="$TMP" GOFLAGS= GOCACHE="$TMP/cache" CGO_ENABLED=0

# Declarations added to these packages after the installed Go (1.19): the
# exact Go 1.22 declaration text, as `go doc` prints it.
cat >"$TMP/newer.txt" <<'EOF'
errors.Join|func Join(errs ...error) error
fmt.FormatString|func FormatString(state State, verb rune) string
errors.ErrUnsupported|var ErrUnsupported error
strings.ContainsFunc|func ContainsFunc(s string, f func(rune) bool) bool
strings.CutPrefix|func CutPrefix(s, prefix string) (after string, found bool)
strings.CutSuffix|func CutSuffix(s, suffix string) (before string, found bool)
sync.Map.Swap|func (m *Map) Swap(key, value any) (previous any, loaded bool)
sync.Map.CompareAndSwap|func (m *Map) CompareAndSwap(key, old, new any) bool
sync.Map.CompareAndDelete|func (m *Map) CompareAndDelete(key, old any) (deleted bool)
time.Time.Compare|func (t Time) Compare(u Time) int
time.DateTime|const DateTime = "2006-01-02 15:04:05"
time.DateOnly|const DateOnly = "2006-01-02"
time.TimeOnly|const TimeOnly = "15:04:05"
context.CancelCauseFunc|type CancelCauseFunc func(cause error)
context.WithCancelCause|func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc)
context.Cause|func Cause(c Context) error
context.AfterFunc|func AfterFunc(ctx Context, f func()) (stop func() bool)
context.WithoutCancel|func WithoutCancel(parent Context) Context
context.WithDeadlineCause|func WithDeadlineCause(parent Context, d time.Time, cause error) (Context, CancelFunc)
context.WithTimeoutCause|func WithTimeoutCause(parent Context, timeout time.Duration, cause error) (Context, CancelFunc)
EOF

# Intentional differences: KEY|reason. KEY is PKG.Name or PKG.Type.Method
# (or PKG.Type for type-level findings).
cat >"$TMP/allow.txt" <<'EOF'
os.FileMode|Go: type FileMode = fs.FileMode (alias); weft has no io/fs, so os declares the defined type FileMode uint32 with the same methods and constants
os.FileInfo|Go: type FileInfo = fs.FileInfo (alias); weft declares the identical interface as a defined type
os.PathError|Go: type PathError = fs.PathError (alias); weft declares the identical struct as a defined type
flag.TextVar|Go takes encoding.TextUnmarshaler and encoding.TextMarshaler; weft has no package encoding, so flag declares the identical interfaces (unexported)
flag.FlagSet.TextVar|as flag.TextVar
EOF

fail=0
say() { printf '%s\n' "$*"; }

# ---------------------------------------------------------------- 1. layout
say "== layout and subset checks"
for p in $PKGS; do
    name="${p##*/}"
    dir="$HERE/$p"
    f="$dir/$name.go"
    if [[ ! -f "$f" ]]; then say "FAIL $p: missing $f"; fail=1; continue; fi
    others=$(find "$dir" -maxdepth 1 -name '*.go' ! -name "$name.go" | wc -l)
    [[ "$others" -eq 0 ]] || { say "FAIL $p: extra .go files in $dir"; fail=1; }
    grep -q "^package $name\$" "$f" || { say "FAIL $p: no 'package $name' clause"; fail=1; }
    if grep -nE '^//go:|^\s*//go:|import\s+\.\s|"unsafe"|"C"' "$f"; then
        say "FAIL $p: forbidden directive/import (see lines above)"; fail=1
    fi
    # gofmt-clean files keep imports in the canonical form the rewrite below expects
    [[ -z "$(gofmt -l "$f")" ]] || { say "FAIL $p: $f is not gofmt-formatted"; fail=1; }
done
[[ $fail -eq 0 ]] && say "ok   $(echo $PKGS | wc -w) packages: layout, package clauses, gofmt, no forbidden constructs"

# --------------------------------------------------------- 2. copy, vet, build
say "== go vet / go build (GOPATH=$TMP, prefix weftstd/)"
alt=$(echo "$PKGS" | tr ' ' '|')
for p in $PKGS; do
    name="${p##*/}"
    mkdir -p "$TMP/src/weftstd/$p"
    sed -E "s#^(import |[[:space:]]+)\"($alt)\"\$#\1\"weftstd/\2\"#" \
        "$HERE/$p/$name.go" >"$TMP/src/weftstd/$p/$name.go"
    : >"$TMP/src/weftstd/$p/stubs_amd64.s"   # allows bodiless funcs for gc
done
if ! (cd "$TMP/src/weftstd" && go vet ./... && go build ./...); then
    say "FAIL go vet / go build"; fail=1
else
    say "ok   go vet and go build of $(echo $PKGS | wc -w) packages"
fi

# ----------------------------------------------------------- 3+4. the checker
mkdir -p "$TMP/src/weftcheck"
cat >"$TMP/src/weftcheck/main.go" <<'EOF'
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"go/ast"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/printer"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

const prefix = "weftstd/"

var (
	newer    = map[string]string{}
	allow    = map[string]string{}
	stubPkgs = map[string]bool{}
	failures int
	allowed  int
	newerOK  int
)

func readTable(path string, m map[string]string) {
	f, err := os.Open(path)
	if err != nil {
		panic(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.Index(line, "|"); i > 0 {
			m[line[:i]] = line[i+1:]
		}
	}
}

func norm(s string) string { return strings.Join(strings.Fields(s), " ") }

// allowedKey reports whether key or one of its dotted prefixes
// (PKG.Type.Method -> PKG.Type) is in the ALLOW table.
func allowedKey(key string) (string, bool) {
	k := key
	for {
		if r, ok := allow[k]; ok {
			return r, true
		}
		slash := strings.LastIndex(k, "/")
		i := strings.LastIndex(k, ".")
		if i <= slash {
			return "", false
		}
		k = k[:i]
	}
}

func mismatch(key, what string) {
	if r, ok := allowedKey(key); ok {
		allowed++
		fmt.Printf("allowed  %s: %s\n         reason: %s\n", key, what, r)
		return
	}
	failures++
	fmt.Printf("MISMATCH %s: %s\n", key, what)
}

// ------------------------------------------------------------ go doc check

func parseStub(dir string) (*token.FileSet, []*ast.File) {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, dir, func(fi os.FileInfo) bool { return strings.HasSuffix(fi.Name(), ".go") }, 0)
	if err != nil {
		panic(err)
	}
	var files []*ast.File
	for _, p := range pkgs {
		for _, f := range p.Files {
			files = append(files, f)
		}
	}
	return fset, files
}

func recvBase(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return ""
	}
	t := fd.Recv.List[0].Type
	if s, ok := t.(*ast.StarExpr); ok {
		t = s.X
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name
	}
	return "?"
}

// docTarget maps a stub key to the real package/key go doc should look at.
func docTarget(pkg, key string) (string, string) {
	if pkg == "os" {
		for _, t := range []string{"FileMode.", "PathError."} {
			if strings.HasPrefix(key, t) {
				return "io/fs", key
			}
		}
	}
	return pkg, key
}

func goDoc(pkg, key string) (string, bool) {
	out, err := exec.Command("go", "doc", pkg+"."+key).Output()
	if err != nil {
		return "", false
	}
	lines := strings.Split(string(out), "\n")
	i := 0
	for i < len(lines) && !strings.HasPrefix(lines[i], "package ") {
		i++
	}
	i++
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	var decl []string
	for ; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) == "" || strings.HasPrefix(lines[i], "    ") {
			break
		}
		decl = append(decl, lines[i])
	}
	return norm(strings.Join(decl, " ")), true
}

func docCheck(root string, pkgs []string) {
	for _, pkg := range pkgs {
		fset, files := parseStub(filepath.Join(root, pkg))
		n, bad := 0, failures
		for _, f := range files {
			for _, d := range f.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok || !fd.Name.IsExported() {
					continue
				}
				key := fd.Name.Name
				if rb := recvBase(fd); rb != "" {
					if !ast.IsExported(rb) {
						continue
					}
					key = rb + "." + key
				}
				n++
				hdr := *fd
				hdr.Body, hdr.Doc = nil, nil
				var buf bytes.Buffer
				printer.Fprint(&buf, fset, &hdr)
				got := norm(buf.String())
				rp, rk := docTarget(pkg, key)
				want, ok := goDoc(rp, rk)
				full := pkg + "." + key
				if !ok {
					w, known := newer[full]
					if !known {
						mismatch(full, "`go doc "+rp+"."+rk+"` found nothing and no Go 1.22 signature is recorded")
						continue
					}
					want = norm(w)
					if got == want {
						newerOK++
						continue
					}
				}
				if got != want {
					mismatch(full, fmt.Sprintf("\n         stub:   %s\n         go doc: %s", got, want))
				}
			}
		}
		status := "ok  "
		if failures > bad {
			status = "FAIL"
		}
		fmt.Printf("%s %-12s %3d funcs/methods compared with go doc\n", status, pkg, n)
	}
}

// --------------------------------------------------------- go/types check

func qual(p *types.Package) string {
	path := strings.TrimPrefix(p.Path(), prefix)
	if path == "io/fs" {
		return "os" // os.FileMode etc. are aliases of io/fs types in Go
	}
	return p.Name()
}

func ts(t types.Type) string { return types.TypeString(t, qual) }

func constDoc(c *types.Const) string {
	if b, ok := c.Type().(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		return fmt.Sprintf("const %s = %s", c.Name(), c.Val().ExactString())
	}
	return fmt.Sprintf("const %s %s = %s", c.Name(), ts(c.Type()), c.Val().ExactString())
}

func newerObj(key string, obj types.Object) bool {
	w, ok := newer[key]
	if !ok {
		return false
	}
	var got string
	switch o := obj.(type) {
	case *types.Const:
		got = constDoc(o)
		// compare values, not spellings
		if strings.HasPrefix(w, "const ") {
			if i := strings.Index(w, " = "); i > 0 {
				if v := constant.MakeFromLiteral(strings.TrimSpace(w[i+3:]), token.STRING, 0); v.Kind() != constant.Unknown {
					w = w[:i+3] + v.ExactString()
				}
			}
		}
	case *types.Var:
		got = fmt.Sprintf("var %s %s", o.Name(), ts(o.Type()))
	case *types.Func:
		newerOK++ // checked textually by the go doc pass
		return true
	case *types.TypeName:
		// a defined type, compared by its underlying type (as go doc declares it)
		got = fmt.Sprintf("type %s %s", o.Name(), types.TypeString(o.Type().Underlying(), func(*types.Package) string { return "" }))
	default:
		return false
	}
	if norm(got) != norm(w) {
		mismatch(key, fmt.Sprintf("stub %q, recorded Go 1.22 %q", got, w))
	}
	newerOK++
	return true
}

func fieldsOf(s *types.Struct) map[string]string {
	m := map[string]string{}
	for i := 0; i < s.NumFields(); i++ {
		f := s.Field(i)
		if f.Exported() {
			m[f.Name()] = fmt.Sprintf("%s embedded=%v", ts(f.Type()), f.Embedded())
		}
	}
	return m
}

func ifaceMethods(it *types.Interface) map[string]string {
	m := map[string]string{}
	for i := 0; i < it.NumMethods(); i++ {
		f := it.Method(i)
		m[f.Name()] = ts(f.Type())
	}
	return m
}

func compareMaps(key, what string, stub, real map[string]string) {
	for k, v := range stub {
		rv, ok := real[k]
		if !ok {
			mismatch(key, fmt.Sprintf("%s %s not in Go", what, k))
		} else if v != rv {
			mismatch(key, fmt.Sprintf("%s %s: stub %s, Go %s", what, k, v, rv))
		}
	}
	for k, v := range real {
		if _, ok := stub[k]; !ok {
			mismatch(key, fmt.Sprintf("%s %s (%s) missing from stub", what, k, v))
		}
	}
}

func methodSig(f *types.Func) string {
	sig := f.Type().(*types.Signature)
	ptr := ""
	if _, ok := sig.Recv().Type().(*types.Pointer); ok {
		ptr = "*"
	}
	return ptr + "recv " + ts(sig)
}

func typesCheck(pkgs []string) {
	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "source", nil).(types.ImporterFrom)
	for _, pkg := range pkgs {
		bad := failures
		stub, err := imp.ImportFrom(prefix+pkg, "", 0)
		if err != nil {
			failures++
			fmt.Printf("FAIL %s: type-checking stub: %v\n", pkg, err)
			continue
		}
		real, err := imp.ImportFrom(pkg, "", 0)
		if err != nil {
			failures++
			fmt.Printf("FAIL %s: type-checking real package: %v\n", pkg, err)
			continue
		}
		for _, imp := range stub.Imports() {
			if !strings.HasPrefix(imp.Path(), prefix) {
				mismatch(pkg, "imports non-stub package "+imp.Path())
			}
		}
		counts := map[string]int{}
		for _, name := range stub.Scope().Names() {
			obj := stub.Scope().Lookup(name)
			if !obj.Exported() {
				continue
			}
			key := pkg + "." + name
			robj := real.Scope().Lookup(name)
			if robj == nil {
				if !newerObj(key, obj) {
					mismatch(key, "not declared by Go")
				}
				countObj(counts, obj)
				continue
			}
			countObj(counts, obj)
			switch o := obj.(type) {
			case *types.Const:
				r, ok := robj.(*types.Const)
				if !ok {
					mismatch(key, "stub const, Go "+fmt.Sprintf("%T", robj))
					break
				}
				if ts(o.Type()) != ts(r.Type()) {
					mismatch(key, fmt.Sprintf("const type: stub %s, Go %s", ts(o.Type()), ts(r.Type())))
				}
				if o.Val().Kind() != r.Val().Kind() || !constant.Compare(o.Val(), token.EQL, r.Val()) {
					mismatch(key, fmt.Sprintf("const value: stub %s, Go %s", o.Val().ExactString(), r.Val().ExactString()))
				}
			case *types.Var:
				r, ok := robj.(*types.Var)
				if !ok {
					mismatch(key, "stub var, Go "+fmt.Sprintf("%T", robj))
				} else if ts(o.Type()) != ts(r.Type()) {
					mismatch(key, fmt.Sprintf("var type: stub %s, Go %s", ts(o.Type()), ts(r.Type())))
				}
			case *types.Func:
				r, ok := robj.(*types.Func)
				if !ok {
					mismatch(key, "stub func, Go "+fmt.Sprintf("%T", robj))
				} else if ts(o.Type()) != ts(r.Type()) {
					mismatch(key, fmt.Sprintf("func type: stub %s, Go %s", ts(o.Type()), ts(r.Type())))
				}
			case *types.TypeName:
				r, ok := robj.(*types.TypeName)
				if !ok {
					mismatch(key, "stub type, Go "+fmt.Sprintf("%T", robj))
					break
				}
				compareType(key, o, r)
			}
		}
		var omitted []string
		for _, name := range real.Scope().Names() {
			robj := real.Scope().Lookup(name)
			if robj.Exported() && stub.Scope().Lookup(name) == nil {
				omitted = append(omitted, name)
			}
		}
		status := "ok  "
		if failures > bad {
			status = "FAIL"
		}
		fmt.Printf("%s %-12s consts=%d vars=%d types=%d funcs=%d methods=%d; omitted from Go: %d%s\n",
			status, pkg, counts["const"], counts["var"], counts["type"], counts["func"], counts["method"],
			len(omitted), short(omitted))
		total["const"] += counts["const"]
		total["var"] += counts["var"]
		total["type"] += counts["type"]
		total["func"] += counts["func"]
		total["method"] += counts["method"]
	}
	fmt.Printf("totals: consts=%d vars=%d types=%d funcs=%d methods=%d (all %d)\n",
		total["const"], total["var"], total["type"], total["func"], total["method"],
		total["const"]+total["var"]+total["type"]+total["func"]+total["method"])
}

var total = map[string]int{}

func short(names []string) string {
	if len(names) == 0 {
		return ""
	}
	if len(names) > 12 {
		return " (" + strings.Join(names[:12], " ") + " ...)"
	}
	return " (" + strings.Join(names, " ") + ")"
}

func countObj(counts map[string]int, obj types.Object) {
	switch o := obj.(type) {
	case *types.Const:
		counts["const"]++
	case *types.Var:
		counts["var"]++
	case *types.Func:
		counts["func"]++
	case *types.TypeName:
		counts["type"]++
		if n, ok := o.Type().(*types.Named); ok {
			for i := 0; i < n.NumMethods(); i++ {
				if n.Method(i).Exported() {
					counts["method"]++
				}
			}
		}
	}
}

func compareType(key string, o, r *types.TypeName) {
	if o.IsAlias() != r.IsAlias() {
		mismatch(key, fmt.Sprintf("alias: stub %v, Go %v", o.IsAlias(), r.IsAlias()))
	}
	su, ru := o.Type().Underlying(), r.Type().Underlying()
	switch s := su.(type) {
	case *types.Struct:
		rs, ok := ru.(*types.Struct)
		if !ok {
			mismatch(key, "underlying: stub struct, Go "+ts(ru))
			break
		}
		compareMaps(key, "field", fieldsOf(s), fieldsOf(rs))
	case *types.Interface:
		ri, ok := ru.(*types.Interface)
		if !ok {
			mismatch(key, "underlying: stub interface, Go "+ts(ru))
			break
		}
		compareMaps(key, "interface method", ifaceMethods(s), ifaceMethods(ri))
	default:
		if ts(su) != ts(ru) {
			mismatch(key, fmt.Sprintf("underlying: stub %s, Go %s", ts(su), ts(ru)))
		}
	}
	sn, _ := o.Type().(*types.Named)
	rn, _ := r.Type().(*types.Named)
	if sn == nil || rn == nil {
		return
	}
	rm := map[string]*types.Func{}
	for i := 0; i < rn.NumMethods(); i++ {
		rm[rn.Method(i).Name()] = rn.Method(i)
	}
	var names []string
	for i := 0; i < sn.NumMethods(); i++ {
		m := sn.Method(i)
		if !m.Exported() {
			continue
		}
		names = append(names, m.Name())
		mk := key + "." + m.Name()
		r, ok := rm[m.Name()]
		if !ok {
			if !newerObj(mk, m) {
				mismatch(mk, "method not declared by Go")
			}
			continue
		}
		if methodSig(m) != methodSig(r) {
			mismatch(mk, fmt.Sprintf("method: stub %s, Go %s", methodSig(m), methodSig(r)))
		}
	}
	sort.Strings(names)
}

func main() {
	readTable(os.Args[2], newer)
	readTable(os.Args[3], allow)
	switch os.Args[1] {
	case "doc":
		docCheck(os.Args[4], os.Args[5:])
	case "types":
		typesCheck(os.Args[4:])
	}
	fmt.Printf("-- %s: %d mismatches, %d allowed differences, %d Go 1.20+ declarations checked against the recorded table\n",
		os.Args[1], failures, allowed, newerOK)
	if failures > 0 {
		os.Exit(1)
	}
}
EOF
(cd "$TMP/src/weftcheck" && go build -o "$TMP/weftcheck" .) || { say "FAIL building checker"; exit 1; }

say "== signatures vs go doc (Go $(go env GOVERSION))"
"$TMP/weftcheck" doc "$TMP/newer.txt" "$TMP/allow.txt" "$HERE" $PKGS || fail=1

say "== go/types comparison with \$GOROOT/src"
"$TMP/weftcheck" types "$TMP/newer.txt" "$TMP/allow.txt" $PKGS || fail=1

if [[ $fail -ne 0 ]]; then
    say "RESULT: FAIL"
    exit 1
fi
say "RESULT: PASS"
