#!/usr/bin/env python3
"""Checks Go's own errorcheck tests ($(go env GOROOT)/test) with weft, as Go's test/run.go does.

Every file in run.go's directories whose action is `errorcheck` (with or without flags) is a test.
weft's checker reports every diagnostic of the file (`weft_errorcheck --report`: the front end of
`weft check` without its limit of 10, as `go tool compile -e`), and run.go's errorCheck judges
them against the `// ERROR "re" ...` comments:

- each quoted regexp of a comment is one wanted error of that line; it takes every diagnostic of
  that line (run.go's matchPrefix: `file:line:` or `file:line[`), keeps those it matches and puts
  back the rest; no diagnostic on the line is "missing", none matching is "no match";
- regexps match the message after `file:line: ` (gc -C: no column); LINE, LINE+n, LINE-n stand
  for `file.go:n`; continuation lines (starting with a tab) belong to the message before them;
  a line containing `////` has no expectations; GC_ERROR is ERROR; the regexps are Go's (RE2),
  matched with Python's re, which reads every one of the suite's patterns the same way;
- any diagnostic left over is unmatched; `errorcheck` wants compilation to fail (`-0`: to succeed);
- run.go expects gc itself to fail the tests in its types2Failures (and go118Failures) lists: a
  mismatch there is counted apart, not as a failure.

Two diagnostics are left out as run.go's compile command would not give them: `function main is
undeclared in the main package` (Go's linker reports it; run.go only compiles) and, unless the
action has `-complete`, `missing function body` of a function other than init (gc reports it only
with -complete, which `go build` passes for a package without assembly files and run.go does not).

    errorcheck.py --checker build/tests/weft_errorcheck [-j N] [--only REGEX] [--verbose]
                  [--all] [--failures FILE]

errorcheck_skip.txt lists the tests out of weft's scope by category (as skip.txt);
errorcheck_failing.txt the ones that do not match today, with what differs (they still run: one
that matches is reported FIXED and fails the run, so the list only shrinks). Prints a line per
unexpected result, then the counts; exits 1 on any unexpected result.
"""
import argparse
import concurrent.futures
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import run as gorun  # noqa: E402  (run.go's directories, action line and build constraints)

ERR_RX = re.compile(r"// (?:GC_)?ERROR (.*)")
ERR_AUTO_RX = re.compile(r"// (?:GC_)?ERRORAUTO (.*)")
ERR_QUOTES_RX = re.compile(r'"([^"]*)"')
LINE_RX = re.compile(r"LINE(([+-])([0-9]+))?")
DIAG_RX = re.compile(r"^(.*?):(\d+):(\d+): (.*)$")
LINKER_ONLY = "function main is undeclared in the main package"
COMPLETE_ONLY = "missing function body"


def discover(goroot):
    tests = []
    for d in gorun.DIRS:
        full = os.path.join(goroot, "test", d)
        if not os.path.isdir(full):
            continue
        for name in sorted(os.listdir(full)):
            if not name.endswith(".go"):
                continue
            path = os.path.join(full, name)
            with open(path, encoding="utf-8", errors="replace") as f:
                src = f.read()
            action, extra = gorun.action_of(src)
            if action != "errorcheck":
                continue
            if not gorun.should_test(src.split("\npackage", 1)[0]):
                continue
            tests.append((os.path.normpath(os.path.join(d, name)), path, extra[0]))
    return tests


def expected_failures(goroot):
    """run.go's expectFail sets for this configuration (amd64, unified IR off): tests that gc
    itself fails, so a mismatch there is not held against weft."""
    try:
        with open(os.path.join(goroot, "test", "run.go")) as f:
            src = f.read()
    except OSError:
        return set()
    names = set()
    for var in ("types2Failures", "go118Failures"):
        m = re.search(r"\nvar %s = setOf\((.*?)\n\)" % var, src, re.S)
        if m:
            names.update(re.findall(r'^\s*"([^"]+)"', m.group(1), re.M))
    return names


def wanted_errors(src, short):
    """run.go's wantedErrors: [(line, regexp text, compiled, auto)]."""
    out = []
    for i, line in enumerate(src.split("\n")):
        num = i + 1
        if "////" in line:
            continue
        m = ERR_AUTO_RX.search(line)
        auto = m is not None
        if not m:
            m = ERR_RX.search(line)
        if not m:
            continue
        for rx in ERR_QUOTES_RX.findall(m.group(1)):
            def line_of(lm, num=num):
                n = num
                if lm.group(2) == "+":
                    n += int(lm.group(3))
                elif lm.group(2) == "-":
                    n -= int(lm.group(3))
                return "%s:%d" % (short, n)
            rx = LINE_RX.sub(line_of, rx)
            out.append((num, rx, re.compile(rx), auto))
    return out


def match_prefix(s, prefix):
    i = s.find(":")
    if i < 0:
        return False
    s = s[s.rfind("/", 0, i) + 1:]
    return len(s) > len(prefix) and s.startswith(prefix) and s[len(prefix)] in "[:"


def error_check(out, want, short):
    """run.go's errorCheck: the list of problems (empty when everything matches)."""
    problems = []
    for num, rx, compiled, auto in want:
        prefix = "<autogenerated>" if auto else "%s:%d" % (short, num)
        msgs = [s for s in out if match_prefix(s, prefix)]
        out = [s for s in out if not match_prefix(s, prefix)]
        if not msgs:
            problems.append("%d: missing error %s" % (num, rx))
            continue
        matched = False
        rest = []
        for msg in msgs:
            text = msg.split(" ", 1)[1] if " " in msg else msg
            if compiled.search(text):
                matched = True
            else:
                rest.append(msg)
        out += rest
        if not matched:
            problems.append("%d: no match for %s in: %s" % (
                num, rx, " | ".join(m.split(" ", 1)[-1] for m in rest)))
    for msg in out:
        problems.append("unmatched %s" % msg)
    return problems


def diagnostics(opts, path, short, flags, lines):
    """weft's diagnostics as gc -C prints them: `short:line: message`, tab-continued lines."""
    try:
        p = subprocess.run([opts.checker, "--report", path], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, timeout=opts.timeout)
    except subprocess.TimeoutExpired:
        return None, "timeout"
    if p.returncode != 0:
        return None, "checker exited %d: %s" % (p.returncode, p.stdout.decode("utf-8", "replace")[-300:])
    res = []
    for line in p.stdout.decode("utf-8", "replace").split("\n"):
        if line.startswith("\t") and res:
            res[-1] += "\n" + line.replace(path, short)
            continue
        m = DIAG_RX.match(line)
        if not m:
            if line.strip():
                res.append(line)
            continue
        if m.group(4) == LINKER_ONLY:
            continue
        num = int(m.group(2))
        if m.group(4) == COMPLETE_ONLY and "-complete" not in flags and \
                not (num <= len(lines) and re.match(r"func\s+init\s*\(", lines[num - 1])):
            continue
        file = short if m.group(1) == path else m.group(1)
        res.append("%s:%s: %s" % (file, m.group(2), m.group(4).replace(path, short)))
    return res, None


def one(opts, test):
    rel, path, flags = test
    short = os.path.basename(path)
    with open(path, encoding="utf-8", errors="replace") as f:
        src = f.read()
    want_error = True
    for flag in flags:
        if flag in ("-0", "-1"):
            want_error = flag == "-1"
    out, err = diagnostics(opts, path, short, flags, src.split("\n"))
    if err:
        return rel, [err], []
    if want_error and not out:
        return rel, ["compilation succeeded unexpectedly"], out
    if not want_error and out:
        return rel, ["compilation failed: " + out[0]], out
    return rel, error_check(out, wanted_errors(src, short), short), out


def summary(problems):
    """One line for errorcheck_failing.txt: the first problem and how many more there are."""
    first = "".join(c if " " <= c != "\x7f" else "\\x%02x" % ord(c) for c in problems[0])
    if len(first) > 160:
        first = first[:157] + "..."
    return first + (" (+%d more)" % (len(problems) - 1) if len(problems) > 1 else "")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--checker", required=True, help="the weft_errorcheck binary (tests/check/ErrorCheck.cpp)")
    ap.add_argument("--goroot", default=None)
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--only", default=None, help="regexp over test names; skip lists still apply")
    ap.add_argument("--all", action="store_true", help="also check the skipped tests")
    ap.add_argument("--timeout", type=int, default=60)
    ap.add_argument("--verbose", action="store_true", help="print every problem of a failing test")
    ap.add_argument("--failures", help="write `NAME what differs` for every failing test to this file")
    opts = ap.parse_args()
    opts.checker = os.path.abspath(opts.checker)
    if opts.goroot is None:
        try:
            opts.goroot = subprocess.run(["go", "env", "GOROOT"], stdout=subprocess.PIPE,
                                         check=True, text=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            print("errorcheck: Go is not installed (tools/setup.sh installs golang-go); skipped")
            return 77
    tests = discover(opts.goroot)
    skip = gorun.read_list(os.path.join(HERE, "errorcheck_skip.txt"))
    failing = gorun.read_list(os.path.join(HERE, "errorcheck_failing.txt"))
    selected = gorun.select_tests("errorcheck", tests, skip, failing, opts.only, opts.all)
    if selected is None:
        return 1
    to_run, skipped = selected
    gc_fails = expected_failures(opts.goroot)
    counts = {"match": 0, "known": 0, "fail": 0, "fixed": 0, "gcfails": 0}
    failures = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=opts.j) as pool:
        for rel, problems, out in pool.map(lambda t: one(opts, t), to_run):
            if problems and rel in gc_fails:
                counts["gcfails"] += 1
                continue
            if not problems:
                if rel in failing:
                    counts["fixed"] += 1
                    print("FIXED %s: matches now; take it out of errorcheck_failing.txt" % rel)
                else:
                    counts["match"] += 1
                continue
            failures.append((rel, summary(problems)))
            if rel in failing:
                counts["known"] += 1
            else:
                counts["fail"] += 1
                print("FAIL %s: %s" % (rel, summary(problems)))
            if opts.verbose:
                for p in problems:
                    print("    " + p.replace("\n", "\n    "))
    if opts.failures:
        with open(opts.failures, "w") as f:
            for rel, what in sorted(failures):
                f.write("%s %s\n" % (rel, what))
    print("errorcheck: %d errorcheck tests; %d match, %d known failures (errorcheck_failing.txt), "
          "%d that gc fails as well (run.go's types2Failures), %d skipped%s" % (
              len(tests), counts["match"], counts["known"], counts["gcfails"], sum(skipped.values()),
              "".join(" [%s %d]" % kv for kv in sorted(skipped.items()))))
    bad = counts["fail"] + counts["fixed"]
    print("%d match, %d failed" % (counts["match"], bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
