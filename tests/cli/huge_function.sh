#!/usr/bin/env bash
# A function with more variables than a 16-bit register operand can name is refused at its
# line with a clear error (exit 1), never compiled into wrong code; a slice literal and an
# append with 40,000 constant elements run correctly.
#   huge_function.sh WEFT
set -u
weft=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
python3 - "$tmp" <<'PY'
import sys
d = sys.argv[1]
n = 70000
with open(d + "/huge.go", "w") as f:
    f.write("package main\n\nimport \"fmt\"\n\nfunc main() {\n")
    f.writelines("\tv%d := %d\n" % (i, i) for i in range(n))
    f.write("\tfmt.Println(v0 + v%d)\n" % (n - 1))
    f.writelines("\t_ = v%d\n" % i for i in range(n))
    f.write("}\n")
m = 40000
with open(d + "/lit.go", "w") as f:
    f.write("package main\n\nimport \"fmt\"\n\nvar a = []int{" + ",".join(str(3 * i) for i in range(m)) + "}\n\n")
    f.write("func main() { fmt.Println(len(a), a[%d], a[32768]) }\n" % (m - 1))
PY
got=$("$weft" run "$tmp/huge.go" 2>&1)
code=$?
want="$tmp/huge.go:5:1: not supported in weft: main.main needs"
if [ $code -ne 1 ] || [ "${got#"$want"}" = "$got" ]; then
  echo "FAIL huge function: exit $code: $got"
  fail=1
fi
# The literal's expected output comes from Go when it is installed (tools/setup.sh installs it).
if command -v go >/dev/null; then
  got=$("$weft" run "$tmp/lit.go" 2>&1)
  want=$(cd "$tmp" && GO111MODULE=off GOCACHE=/tmp/gocache go run lit.go 2>&1)
  if [ "$got" != "$want" ]; then
    echo "FAIL large literal: got '$got', Go prints '$want'"
    fail=1
  fi
fi
[ $fail -eq 0 ] && echo "huge_function: 2 passed"
exit $fail
