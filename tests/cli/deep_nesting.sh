#!/usr/bin/env bash
# Generated code nests deep: each construct of deep_nesting/gen.py, at a size Go builds in a
# second or two, runs as Go runs it (weft compiles on a large stack and frees temporaries as a
# chain goes). Beyond what fits — a million nested parentheses — weft refuses the program with
# one "too deeply nested" error, never a crash.
#   deep_nesting.sh WEFT
set -u
weft=$(realpath "$1")
here=$(dirname "$(realpath "$0")")
cd "$here/deep_nesting" || exit 1
export GO111MODULE=off GOCACHE=${GOCACHE:-/tmp/gocache} GOFLAGS=
. ../compare.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if command -v go >/dev/null; then
  for spec in "sum 100000" "mixed 20000" "floats 100000" "strcat 10000" "andand 5000" "rightsum 5000" \
              "paren 10000" "unary 5000" "calls 2000" "index 2000" "complit 2000" "funclit 500" \
              "blocks 2000" "ifs 1000" "types 10000"; do
    set -- $spec
    ./gen.py "$1" "$2" >"$tmp/$1.go"
    got=$(cd "$tmp" && timeout 120 "$weft" run "$1.go" 2>&1; echo "exit $?")
    want=$(cd "$tmp" && go build -o "$1.bin" "$1.go" 2>&1 && "./$1.bin" 2>&1; echo "exit $?")
    check "$1 $2" "$got" "$want"
  done
else
  echo "deep_nesting: Go is not installed: nothing compared"
fi

for kind in paren unary rightsum complit funclit types; do
  ./gen.py "$kind" 1000000 >"$tmp/$kind.go"
  got=$(cd "$tmp" && timeout 120 "$weft" run "$kind.go" 2>&1; echo "exit $?")
  case "$got" in
    *"too deeply nested"*"exit 1") pass=$((pass + 1)) ;;
    *) echo "FAIL $kind 1000000: $(echo "$got" | head -c 300)"; fail=1 ;;
  esac
done
finish deep_nesting
