#!/usr/bin/env python3
"""Runs Go's own test programs ($(go env GOROOT)/test) under weft, as Go's test/run.go does.

Every file in run.go's directories whose action is `run` or `runoutput` is a test. A `run` test
passes when the program exits 0 and its combined stdout and stderr equal NAME.out beside it (or
are empty when there is none): that is Go's own definition of the test passing, and `--go`
checks that the installed Go toolchain passes every test the same way. A `runoutput` test runs
the program, writes what it printed to a file, runs that and compares the same way.

    run.py --weft build/weft [-j N] [--only REGEX] [--go] [--verbose]

skip.txt lists the tests that are out of weft's scope, one per line with its category;
failing.txt the ones that fail today because of a weft bug (they still run: one that passes is
reported, so the list only shrinks). Prints a line per unexpected result, then the counts, and
exits 1 on any unexpected result. Under a sanitizer build (--sanitizer) every test's stderr is
also searched for sanitizer reports, which fail even a known-failing test.
"""
import argparse
import concurrent.futures
import os
import re
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
# run.go's directories; syntax, dwarf, codegen and runtime hold no run tests for an interpreter.
DIRS = [".", "ken", "chan", "interface", "syntax", "dwarf", "fixedbugs", "codegen", "runtime",
        "abi", "typeparam", "typeparam/mdempsky"]
SANITIZER_REPORT = re.compile(
    r"ERROR: (AddressSanitizer|LeakSanitizer|ThreadSanitizer)|\.(cpp|h):\d+:\d+: runtime error:|"
    r"WARNING: ThreadSanitizer")


def build_tag_ok(tag):
    return tag in ("linux", "amd64", "gc", "unix", "test_run", "cgo")


def eval_constraint(expr):
    """Evaluates a //go:build expression (&&, ||, !, parentheses) over build_tag_ok."""
    tokens = re.findall(r"\(|\)|&&|\|\||!|[\w.]+", expr)
    pos = 0

    def parse_or():
        nonlocal pos
        v = parse_and()
        while pos < len(tokens) and tokens[pos] == "||":
            pos += 1
            v = parse_and() or v
        return v

    def parse_and():
        nonlocal pos
        v = parse_not()
        while pos < len(tokens) and tokens[pos] == "&&":
            pos += 1
            v = parse_not() and v
        return v

    def parse_not():
        nonlocal pos
        if tokens[pos] == "!":
            pos += 1
            return not parse_not()
        if tokens[pos] == "(":
            pos += 1
            v = parse_or()
            pos += 1
            return v
        pos += 1
        return build_tag_ok(tokens[pos - 1])

    return parse_or()


def should_test(src):
    """run.go's shouldTest: the build constraints in the lines before `package`."""
    for line in src.split("\n"):
        if line.startswith("package "):
            break
        if line.startswith("//go:build "):
            if not eval_constraint(line[len("//go:build "):]):
                return False
        elif line.startswith("// +build "):
            # Space-separated options are ORed; comma-separated terms are ANDed.
            ok = False
            for option in line[len("// +build "):].split():
                ok = ok or all((not build_tag_ok(t[1:])) if t.startswith("!") else build_tag_ok(t)
                               for t in option.split(","))
            if not ok:
                return False
    return True


def action_of(src):
    """run.go's recipe: the comment before the first blank line, past a +build line."""
    if not src or src[0] == "\n" or "\n\n" not in src:
        return None, []
    action = src.split("\n\n", 1)[0]
    first, _, rest = action.partition("\n")
    if "+build" in first:
        action = rest
    action = action[2:] if action.startswith("//") else action
    try:
        words = shlex.split(action)
    except ValueError:
        return None, []
    if not words:
        return None, []
    args = words[1:]
    flags = []
    while args and args[0].startswith("-"):
        if args[0] in ("-t", "-goexperiment"):
            flags += args[:2]
            args = args[2:]
        else:
            flags.append(args[0])
            args = args[1:]
    return words[0], (flags, args)


def discover(goroot):
    tests = []
    for d in DIRS:
        full = os.path.join(goroot, "test", d)
        if not os.path.isdir(full):
            continue
        for name in sorted(os.listdir(full)):
            if not name.endswith(".go"):
                continue
            path = os.path.join(full, name)
            with open(path, encoding="utf-8", errors="replace") as f:
                src = f.read()
            action, extra = action_of(src)
            if action not in ("run", "runoutput"):
                continue
            header = src.split("\npackage", 1)[0]
            if not should_test(header):
                continue
            rel = os.path.normpath(os.path.join(d, name))
            tests.append((rel, path, action, extra))
    return tests


def read_list(path):
    """`NAME  reason` lines; # comments. Returns {name: reason}."""
    entries = {}
    if not os.path.exists(path):
        return entries
    with open(path) as f:
        for line in f:
            line = line.split("#", 1)[0].rstrip() if line.lstrip().startswith("#") else line.rstrip()
            if not line.strip():
                continue
            name, _, reason = line.strip().partition(" ")
            entries[name] = reason.strip()
    return entries


def select_tests(tool, tests, skip, failing, only, run_all):
    """The tests to run and the skipped ones counted by category (the reason's text before ':'),
    or None after reporting a list entry that is not such a test or stands in both lists."""
    names = {t[0] for t in tests}
    for name in list(skip) + list(failing):
        if name not in names:
            print("%s: listed but not a test of its kind here: %s" % (tool, name))
            return None
        if name in skip and name in failing:
            print("%s: in both lists: %s" % (tool, name))
            return None
    if only:
        tests = [t for t in tests if re.search(only, t[0])]
    skipped = {}
    to_run = []
    for t in tests:
        if t[0] in skip and not run_all:
            category = skip[t[0]].split(":", 1)[0]
            skipped[category] = skipped.get(category, 0) + 1
        else:
            to_run.append(t)
    return to_run, skipped


def run_cmd(cmd, cwd, timeout, env):
    try:
        p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           stdin=subprocess.DEVNULL, timeout=timeout, env=env)
        return p.returncode, p.stdout
    except subprocess.TimeoutExpired as e:
        return "timeout", e.stdout or b""


def interpreter_cmd(opts, files, args):
    if opts.go:
        return ["go", "run"] + files + args
    return [opts.weft, "run"] + files + args


def one(opts, test):
    rel, path, action, (flags, args) = test
    env = dict(os.environ)
    env.pop("WEFT_PROCS", None)
    env.setdefault("GO111MODULE", "off")
    env.update(GOOS="linux", GOARCH="amd64")  # run.go sets them for every test
    if "-goexperiment" in flags:  # as run.go: added to the environment's GOEXPERIMENT
        goexp = flags[flags.index("-goexperiment") + 1]
        env["GOEXPERIMENT"] = ",".join(e for e in (env.get("GOEXPERIMENT", ""), goexp) if e)
    cwd = os.path.join(opts.goroot, "test")
    timeout = opts.timeout
    if "-t" in flags:
        timeout = max(timeout, int(flags[flags.index("-t") + 1]) * 2)
    with tempfile.TemporaryDirectory() as tmp:
        # As run.go: `go run FILE ARGS...` in test/, so `// runoutput ./index.go` (index0.go sets
        # a constant that index.go's generator reads) and `// run cmplxdivide1.go` name more
        # files of the program, which go run takes as the leading arguments ending in .go. Go
        # wants them in one directory, as written: then the test is named as run.go names it.
        main_file = rel if any(a.endswith(".go") for a in args) else path
        code, out = run_cmd(interpreter_cmd(opts, [main_file], args), cwd, timeout, env)
        if action == "runoutput" and code == 0:
            gen = os.path.join(tmp, "tmp__.go")
            with open(gen, "wb") as f:
                f.write(out)
            code, out = run_cmd(interpreter_cmd(opts, [gen], []), cwd, timeout, env)
    want_path = path[:-3] + ".out"
    want = b""
    if os.path.exists(want_path):
        with open(want_path, "rb") as f:
            want = f.read()
    sanitizer = bool(opts.sanitizer and SANITIZER_REPORT.search(out.decode("utf-8", "replace")))
    if code == "timeout":
        verdict = "timeout"
    elif isinstance(code, int) and code < 0:
        verdict = "crash (signal %d)" % -code
    elif code != 0:
        first = next((l for l in out.decode("utf-8", "replace").splitlines() if l.strip()), "")
        verdict = "exit %d: %s" % (code, first[:160])
    elif out != want:
        verdict = "wrong output"
    else:
        verdict = "pass"
    return rel, verdict, sanitizer, out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--weft", help="the weft binary")
    ap.add_argument("--go", action="store_true", help="run the tests with `go run` instead")
    ap.add_argument("--goroot", default=None)
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--only", default=None, help="regexp over test names; skip lists still apply")
    ap.add_argument("--all", action="store_true", help="also run the skipped tests")
    ap.add_argument("--timeout", type=int, default=60)
    ap.add_argument("--sanitizer", action="store_true", help="fail on sanitizer reports")
    ap.add_argument("--verbose", action="store_true", help="print the output of failing tests")
    ap.add_argument("--failures", help="write `NAME verdict` for every failing test to this file")
    opts = ap.parse_args()
    if not opts.go and not opts.weft:
        ap.error("--weft or --go is required")
    if opts.weft:
        opts.weft = os.path.abspath(opts.weft)
    if opts.goroot is None:
        try:
            opts.goroot = subprocess.run(["go", "env", "GOROOT"], stdout=subprocess.PIPE,
                                         check=True, text=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            print("gotest: Go is not installed (tools/setup.sh installs golang-go); skipped")
            return 77
    tests = discover(opts.goroot)
    skip = read_list(os.path.join(HERE, "skip.txt"))
    failing = {} if opts.go else read_list(os.path.join(HERE, "failing.txt"))
    selected = select_tests("gotest", tests, skip, failing, opts.only, opts.all)
    if selected is None:
        return 1
    to_run, skipped = selected
    counts = {"pass": 0, "known": 0, "fail": 0, "fixed": 0}
    failures = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=opts.j) as pool:
        for rel, verdict, sanitizer, out in pool.map(lambda t: one(opts, t), to_run):
            if sanitizer:
                counts["fail"] += 1
                print("FAIL %s: sanitizer report" % rel)
                print(out.decode("utf-8", "replace")[-3000:])
                continue
            if verdict == "pass":
                if rel in failing:
                    counts["fixed"] += 1
                    print("FIXED %s: passes now; take it out of failing.txt" % rel)
                else:
                    counts["pass"] += 1
                continue
            failures.append((rel, verdict))
            if rel in failing:
                counts["known"] += 1
                continue
            counts["fail"] += 1
            print("FAIL %s: %s" % (rel, verdict))
            if opts.verbose:
                print(out.decode("utf-8", "replace")[-2000:])
    if opts.failures:
        with open(opts.failures, "w") as f:
            for rel, verdict in sorted(failures):
                f.write("%s %s\n" % (rel, verdict))
    total = len(tests)
    print("gotest: %d run tests; %d passed, %d known failures (failing.txt), %d skipped%s" % (
        total, counts["pass"], counts["known"], sum(skipped.values()),
        "".join(" [%s %d]" % kv for kv in sorted(skipped.items()))))
    bad = counts["fail"] + counts["fixed"]
    print("%d passed, %d failed" % (counts["pass"], bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
