#!/usr/bin/env bash
# //line directives relabel what is reported after them: a panic's traceback, compile errors
# (with no column after a directive that gives none), and a malformed directive is an error at
# its number. Compared with Go on the same files (runtime.Caller and friends: the golden
# tests/programs/runtime/line_directives.go).
#   line_directives.sh WEFT
set -u
weft=$(realpath "$1")
cd "$(dirname "$(realpath "$0")")/line_directives" || exit 1
if ! command -v go >/dev/null; then
  echo "line_directives: skipped (Go is not installed)"
  exit 0
fi
export GO111MODULE=off GOCACHE=${GOCACHE:-/tmp/gocache} GOFLAGS=
# go build's output goes to a file of our own: a failed `go build -o /dev/null` run as root
# removes /dev/null.
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
. ../compare.sh

# The frames of main's functions, "function file:line" (Go adds argument lists, pc offsets and
# the runtime's frames; weft shows its defer thunks).
frames() {
  awk '/^main\./ { fn = $0; sub(/\(.*/, "", fn); next }
       /^\t/ && fn != "" && fn !~ /(defer|go)wrap/ { loc = $1; print fn, loc }
       { fn = "" }'
}
got=$("$weft" run traceback.go 2>&1 | frames)
want=$(go run traceback.go 2>&1 | frames)
check "traceback" "$got" "$want"

# go build prints ./ before the file's own name, and a first line naming the package.
for f in compile_errors.go bad_directives.go; do
  got=$("$weft" run "$f" 2>&1)
  code=$?
  want=$(go build -o "$out/prog" "$f" 2>&1 | sed -e '/^#/d' -e 's|^\./||')
  check "$f (exit $code)" "$got" "$want"
  [ $code -eq 1 ] || { echo "FAIL $f: exit $code"; fail=1; }
done

finish line_directives
