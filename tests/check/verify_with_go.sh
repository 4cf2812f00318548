#!/usr/bin/env bash
# Re-verify the weft type-checker corpus against the installed Go toolchain.
#
#   errors/*.go  each diagnostic is checked with three Go front ends
#                (`// GC_ERROR "re"` marks a compiler-only diagnostic, as in
#                $GOROOT/test; go/types and go vet must not report it):
#                 - the compiler (types2):  go build -gcflags=-e
#                 - go/types (full list):   tools/gotypes.go (go vet's checker,
#                                           but reporting every error)
#                 - go vet:                 stops at the first type error; that
#                                           error must be expected too.
#                For compiler and go/types, every diagnostic must be matched by
#                an `// ERROR "re"...` regexp on its line and every regexp must
#                match at least one diagnostic on its line.
#   valid/*.go   `go vet` must be clean and `go run` stdout must equal NAME.out.
#
# Usage: tests/check/verify_with_go.sh [-v] [file.go...]
set -u
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export GO111MODULE=off
export GOFLAGS=
export GOCACHE="${GOCACHE:-/tmp/gocache}"
TOOLDIR="$(mktemp -d /tmp/weft-verify.XXXXXX)"
trap 'rm -rf "$TOOLDIR"' EXIT
if ! go build -o "$TOOLDIR/gotypes" "$HERE/tools/gotypes.go"; then
    echo "verify_with_go: cannot build tools/gotypes.go" >&2
    exit 2
fi
export GOTYPES="$TOOLDIR/gotypes"
export CHECKDIR="$HERE"
export TOOLDIR
python3 - "$@" <<'PYEOF'
import os, re, subprocess, sys, glob

checkdir = os.environ["CHECKDIR"]
gotypes = os.environ["GOTYPES"]
# Build output goes to a private temp dir, not /dev/null.
binout = os.path.join(os.environ["TOOLDIR"], "a.out")
args = sys.argv[1:]
verbose = False
if args and args[0] == "-v":
    verbose = True
    args = args[1:]

DIAG = re.compile(r'^(?:vet: )?(?:\./)?([^:\s]+\.go):(\d+):(\d+): (.*)$')
ERRCOMMENT = re.compile(r'//\s*(GC_)?ERROR\s+(.*)$')
QUOTED = re.compile(r'"([^"]*)"')

failures = []

def fail(msg):
    failures.append(msg)
    print("FAIL: " + msg)

def run(cmd, cwd):
    p = subprocess.run(cmd, cwd=cwd, input="", stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True, timeout=120)
    return p.returncode, p.stdout

def parse_diags(out, fname):
    """Return list of (line, message). Tab-indented continuation lines are
    appended to the previous message."""
    diags = []
    for raw in out.splitlines():
        m = DIAG.match(raw)
        if raw.startswith("\t") and diags:
            # compiler continuation line ("\thave (...)", "\tfile:l:c: other declaration")
            diags[-1][1] += "\n" + raw
        elif m and os.path.basename(m.group(1)) == fname:
            if m.group(4).startswith("\t") and diags:
                # go/types continuation error ("\tother declaration of x")
                diags[-1][1] += "\n" + m.group(4)
            else:
                diags.append([int(m.group(2)), m.group(4)])
        elif raw.startswith("#") or raw.strip() == "":
            continue
        else:
            diags.append([0, raw])   # unexpected output: always unmatched
    # Multi-line messages are matched as one line: continuation lines are
    # joined with a single space (Go 1.20+ prints most of them on one line).
    return [(l, re.sub(r"\s*\n\s*", " ", m)) for l, m in diags]

def parse_expect(path):
    """Return (all, types): line -> regexps.  `// ERROR` regexps are expected
    from every Go front end; `// GC_ERROR` ones from the compiler only."""
    exp = {}
    texp = {}
    with open(path) as f:
        for i, line in enumerate(f, 1):
            m = ERRCOMMENT.search(line)
            if not m:
                continue
            res = QUOTED.findall(m.group(2))
            if not res:
                fail("%s:%d: ERROR comment without quoted regexp" % (path, i))
                continue
            for r in res:
                try:
                    re.compile(r)
                except re.error as e:
                    fail("%s:%d: bad regexp %r: %s" % (path, i, r, e))
                    res = []
                    break
            exp[i] = res
            if not m.group(1):
                texp[i] = res
    return exp, texp

def match_tool(tool, fname, diags, exp):
    ok = True
    # every diagnostic must be matched by a regexp on its line
    for line, msg in diags:
        first = msg
        if not any(re.search(r, first) for r in exp.get(line, [])):
            fail("%s [%s]: unexpected diagnostic at line %d: %s" % (fname, tool, line, first))
            ok = False
    # every regexp must match a diagnostic on its line
    for line, res in sorted(exp.items()):
        msgs = [m for l, m in diags if l == line]
        for r in res:
            if not any(re.search(r, m) for m in msgs):
                fail("%s [%s]: line %d: no diagnostic matches %r (got %r)" % (fname, tool, line, r, msgs))
                ok = False
    return ok

def check_error_file(path):
    d, fname = os.path.split(path)
    exp, texp = parse_expect(path)
    nexp = sum(len(v) for v in exp.values())
    if nexp == 0:
        fail("%s: no ERROR comments" % fname)
        return 0
    # compiler (types2)
    rc, out = run(["go", "build", "-gcflags=-e", "-o", binout, fname], d)
    if rc == 0:
        fail("%s [compile]: compiled without errors" % fname)
    cdiags = parse_diags(out, fname)
    match_tool("compile", fname, cdiags, exp)
    # go/types, all errors
    rc, out = run([gotypes, fname], d)
    tdiags = parse_diags(out, fname)
    match_tool("go/types", fname, tdiags, texp)
    if len(tdiags) >= 10 or len(cdiags) >= 10:
        fail("%s: 10 or more diagnostics; keep files at <= 9 errors" % fname)
    # go vet: first type error only
    rc, out = run(["go", "vet", fname], d)
    vdiags = parse_diags(out, fname)
    if texp and (rc == 0 or not vdiags):
        fail("%s [vet]: go vet reported no error" % fname)
    for line, msg in vdiags:
        first = msg
        if not any(re.search(r, first) for r in texp.get(line, [])):
            fail("%s [vet]: unexpected diagnostic at line %d: %s" % (fname, line, first))
    if verbose:
        print("ok   %s (%d diagnostics)" % (fname, nexp))
    return nexp

def check_valid_file(path):
    d, fname = os.path.split(path)
    rc, out = run(["go", "vet", fname], d)
    if rc != 0 or out.strip():
        fail("%s [vet]: not clean:\n%s" % (fname, out))
        return False
    golden = path[:-3] + ".out"
    if not os.path.exists(golden):
        fail("%s: missing %s" % (fname, os.path.basename(golden)))
        return False
    p = subprocess.run(["go", "run", fname], cwd=d, input=b"",
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    if p.returncode != 0:
        fail("%s [run]: exit status %d\n%s" % (fname, p.returncode, p.stderr.decode(errors="replace")))
        return False
    with open(golden, "rb") as f:
        want = f.read()
    if p.stdout != want:
        fail("%s [run]: stdout differs from %s" % (fname, os.path.basename(golden)))
        return False
    if verbose:
        print("ok   %s" % fname)
    return True

if args:
    files = [os.path.abspath(a) for a in args]
else:
    files = sorted(glob.glob(os.path.join(checkdir, "errors", "*.go"))) + \
            sorted(glob.glob(os.path.join(checkdir, "valid", "*.go")))

nerrfiles = ndiags = nvalid = 0
for path in files:
    kind = os.path.basename(os.path.dirname(path))
    if kind == "errors":
        before = len(failures)
        n = check_error_file(path)
        nerrfiles += 1
        if len(failures) == before:
            ndiags += n
    elif kind == "valid":
        if check_valid_file(path):
            nvalid += 1
    else:
        fail("%s: not under errors/ or valid/" % path)

print("errors: %d files, %d diagnostics verified; valid: %d programs verified%s" % (
    nerrfiles, ndiags, nvalid, "" if not failures else "; %d FAILURES" % len(failures)))
sys.exit(1 if failures else 0)
PYEOF
rc=$?
exit $rc
