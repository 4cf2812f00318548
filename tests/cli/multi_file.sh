#!/usr/bin/env bash
# A program of several files, as `go run a.go b.go args...` runs it: one package main, every
# file's declarations visible in the others, the init functions in the order the files are
# given; the leading arguments ending in .go are the files, the rest the program's. Output and
# errors are compared with Go's (go run, go build, go tool compile) on the same files.
#   multi_file.sh WEFT
set -u
weft=$(realpath "$1")
cd "$(dirname "$(realpath "$0")")/multi_file" || exit 1
# Go's outputs go to a file of our own: a failed `go build -o /dev/null` run as root removes
# /dev/null.
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
. ../compare.sh

# Not Go's to compare with: a script is a program by itself.
got=$("$weft" run main.go script.go 2>&1)
check "script among files (exit $?)" "$got" "script.go:1:1: a script (a file without a package clause) is a program by itself, not one of several files"
got=$("$weft" script.go main.go 2>&1)
check "script first: the rest are its arguments" "$got" "a script"
got=$("$weft" run main.go shapes.go main.go 2>&1)
check "a file named twice (exit $?)" "$got" "weft: main.go is named twice"

if ! command -v go >/dev/null; then
  echo "multi_file: $pass passed (Go is not installed: the comparisons with Go are skipped)"
  exit $fail
fi
export GO111MODULE=off GOCACHE=${GOCACHE:-/tmp/gocache} GOFLAGS=
for files in "main.go shapes.go registry.go" "registry.go shapes.go main.go" "shapes.go main.go registry.go"; do
  # shellcheck disable=SC2086
  want=$(go run $files x.txt b.go 2>&1)
  # shellcheck disable=SC2086
  check "weft run $files" "$("$weft" run $files x.txt b.go 2>&1)" "$want"
  # shellcheck disable=SC2086
  check "weft $files" "$("$weft" $files x.txt b.go 2>&1)" "$want"
done

# Errors name the file they are in. go build prints ./ before file names, and the other
# declaration on a second line.
got=$("$weft" run main.go shapes.go registry.go redeclared.go 2>&1)
code=$?
want=$(go build -o "$out/prog" main.go shapes.go registry.go redeclared.go 2>&1 | sed -n '2s|^\./||p')
check "redeclared across files (exit $code)" "$got" "$want"
[ $code -eq 1 ] || { echo "FAIL redeclared: exit $code"; fail=1; }
got=$("$weft" run main.go shapes.go registry.go other_package.go 2>&1)
code=$?
want=$(go tool compile -p main -o "$out/main.o" main.go shapes.go registry.go other_package.go 2>&1)
check "another package (exit $code)" "$got" "$want"
[ $code -eq 1 ] || { echo "FAIL another package: exit $code"; fail=1; }

finish multi_file
