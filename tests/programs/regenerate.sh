#!/usr/bin/env bash
# Regenerate the expected results of the run-time golden corpus from the Go toolchain.
#
#   tests/programs/regenerate.sh            regenerate every NAME.out / NAME.err / NAME.code
#   tests/programs/regenerate.sh FILE.go..  regenerate only these programs
#   tests/programs/regenerate.sh --check    compare instead of writing; exit 1 on any difference
#
# Each NAME.go is built with `go build` into a private temp dir and the binary is run with
# no arguments, an empty environment except PATH=/usr/bin:/bin and LANG=C, in the program's
# own folder, with stdin from NAME.in if present (else an empty file).
#   NAME.out   exact stdout (always written)
#   NAME.err   first line of stderr   } written only when the exit code is non-zero
#   NAME.code  exit code (decimal)    } or stderr is non-empty; removed otherwise
set -u
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export GO111MODULE=off
export GOFLAGS=
export GOCACHE="${GOCACHE:-/tmp/gocache}"
CHECK=0
if [ "${1:-}" = "--check" ]; then CHECK=1; shift; fi
WORK="$(mktemp -d /tmp/weft-programs.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
: > "$WORK/empty.in"
export WORK CHECK HERE

one() {
    f="$1"
    dir="$(cd "$(dirname "$f")" && pwd)"
    base="$(basename "$f" .go)"
    id="$(echo "$dir/$base" | md5sum | cut -c1-16)"
    bin="$WORK/$id.bin"
    if ! go build -o "$bin" "$dir/$base.go" 2> "$WORK/$id.build"; then
        echo "BUILD FAILED: $f"; cat "$WORK/$id.build"; return 1
    fi
    in="$WORK/empty.in"
    [ -f "$dir/$base.in" ] && in="$dir/$base.in"
    ( cd "$dir" && env -i PATH=/usr/bin:/bin LANG=C timeout 10 "$bin" \
        < "$in" > "$WORK/$id.out" 2> "$WORK/$id.stderr" )
    code=$?
    if [ $code -eq 124 ]; then echo "TIMEOUT: $f"; return 1; fi
    if [ $code -ne 0 ] || [ -s "$WORK/$id.stderr" ]; then
        head -n 1 "$WORK/$id.stderr" > "$WORK/$id.err"
        echo "$code" > "$WORK/$id.code"
    fi
    status=0
    for ext in out err code; do
        new="$WORK/$id.$ext"; old="$dir/$base.$ext"
        if [ "$CHECK" = 1 ]; then
            if [ -f "$new" ] && ! cmp -s "$new" "$old"; then echo "DIFF: $old"; status=1; fi
            if [ ! -f "$new" ] && [ -f "$old" ]; then echo "STALE: $old"; status=1; fi
        else
            if [ -f "$new" ]; then cmp -s "$new" "$old" || cp "$new" "$old"; else rm -f "$old"; fi
        fi
    done
    rm -f "$bin"
    return $status
}
export -f one

if [ $# -gt 0 ]; then
    printf '%s\n' "$@"
else
    find "$HERE" -name '*.go' | sort
fi | xargs -r -n 1 -P "$(nproc)" bash -c 'one "$1"' _
rc=$?
if [ $rc -ne 0 ]; then echo "regenerate.sh: failures (see above)"; exit 1; fi
echo "regenerate.sh: ok"
