#!/usr/bin/env bash
# verify_ports_strings.sh — behavioural check of the Go ports in weft's
# stdlib/strings, sort, bufio, math/rand and io (Go 1.19's own sources).
#
# Usage: stdlib/verify_ports_strings.sh [-short] [path/to/weft]
#        (needs `go` 1.19 on PATH, no network)
#
#   1. testdata/ports_strings/prep.go.in copies the five packages into a
#      throw-away GOPATH as weftstd/..., puts reflect-based stand-ins in place
#      of their native functions (natives/*.go.in), and copies Go's own tests
#      of each package next to them (changes listed in exclusions.txt).
#   2. go vet, then `go test` of the five packages: Go 1.19's own test suites
#      (including math/rand's regress_test.go golden values and sort's
#      Less/Swap call counts) run against the ports.
#   3. testdata/ports_strings/cmp_*.go.in (weftcmp) compare the ports with the
#      real packages on many random inputs: results, errors, the exact order
#      of unstable sorts with equal keys and the sequence of Less/Swap calls,
#      rand sequences for several seeds, bufio over readers with tiny buffers.
#   4. If a weft binary is given (else the newest build*/weft), `weft check` on
#      testdata/ports_strings/weftcheck.go.in, a program that imports the five
#      packages: the weft checker must accept their code.
#
# Exit status 0 iff everything passes.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DATA="$HERE/testdata/ports_strings"
SHORT=
WEFT=
for a in "$@"; do
    case "$a" in
        -short) SHORT=-short ;;
        *) WEFT="$a" ;;
    esac
done

command -v go >/dev/null || { echo "verify_ports_strings.sh: go not found on PATH" >&2; exit 2; }

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
export GO111MODULE=off GOPATH="$TMP" GOFLAGS= CGO_ENABLED=0
export GOCACHE="${GOCACHE:-$(go env GOCACHE)}"
GOROOT="$(go env GOROOT)"
PKGS="weftstd/strings weftstd/sort weftstd/bufio weftstd/math/rand weftstd/io"

echo "== prepare GOPATH ($(go env GOVERSION))"
cp "$DATA/prep.go.in" "$TMP/prep.go"
(cd "$TMP" && go run prep.go "$HERE" "$GOROOT" "$TMP")

echo "== go vet"
(cd "$TMP/src" && go vet $PKGS)
echo "ok   go vet"

echo "== Go 1.19's own tests against the ports"
(cd "$TMP/src" && go test $SHORT -count=1 $PKGS)

echo "== comparison with the real packages (weftcmp)"
(cd "$TMP/src/weftcmp" && go run .)

if [[ -z "$WEFT" ]]; then
    # the most recently built weft
    WEFT="$(ls -t "$HERE"/../build*/weft 2>/dev/null | head -n 1 || true)"
fi
if [[ -n "$WEFT" ]]; then
    echo "== weft check ($WEFT)"
    cp "$DATA/weftcheck.go.in" "$TMP/weftcheck.go"
    "$WEFT" check "$TMP/weftcheck.go"
    echo "ok   weft check accepts the five packages"
    echo "     (weft embeds stdlib/ at build time: rebuild it after changing the ports)"
else
    echo "-- no weft binary given or found: weft check skipped"
fi
echo "RESULT: PASS"
