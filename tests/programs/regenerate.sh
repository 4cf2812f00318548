#!/usr/bin/env bash
# Regenerate the expected results of a golden corpus from the Go toolchain: tests/programs by
# default; tests/concurrency/regenerate.sh and examples/regenerate.sh pass their own files.
#
#   tests/programs/regenerate.sh               regenerate every NAME.out / NAME.err / NAME.code
#   tests/programs/regenerate.sh FILE.go..     regenerate only these programs
#   tests/programs/regenerate.sh --check       compare instead of writing; exit 1 on any difference
#   tests/programs/regenerate.sh --stress N    compare N runs each under GOMAXPROCS=1, 2 and
#                                              unset (3N runs per program); exit 1 on any difference
#
# Each NAME.go is built with `go build` into a private temp dir and the binary is run with
# no arguments, an empty environment except PATH=/usr/bin:/bin and LANG=C (and GOMAXPROCS under
# --stress), in the program's own folder, with stdin from NAME.in if present (else an empty file).
#   NAME.out   exact stdout (always written)
#   NAME.err   first line of stderr   } written only when the exit code is non-zero
#   NAME.code  exit code (decimal)    } or stderr is non-empty; removed otherwise
set -u
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export GO111MODULE=off
export GOFLAGS=
export GOCACHE="${GOCACHE:-/tmp/gocache}"
CHECK=0
STRESS=0
if [ "${1:-}" = "--check" ]; then CHECK=1; shift; fi
if [ "${1:-}" = "--stress" ]; then CHECK=1; STRESS="$2"; shift 2; fi
WORK="$(mktemp -d /tmp/weft-golden.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
: > "$WORK/empty.in"
export WORK CHECK STRESS HERE

# run BIN DIR IN ID [GOMAXPROCS]: writes $WORK/ID.out, and ID.err/ID.code when they apply
run() {
    bin="$1"; dir="$2"; in="$3"; id="$4"; procs="${5:-}"
    rm -f "$WORK/$id.out" "$WORK/$id.err" "$WORK/$id.code"
    envp=(PATH=/usr/bin:/bin LANG=C)
    [ -n "$procs" ] && envp+=("GOMAXPROCS=$procs")
    ( cd "$dir" && env -i "${envp[@]}" timeout 20 "$bin" \
        < "$in" > "$WORK/$id.out" 2> "$WORK/$id.stderr" )
    code=$?
    if [ $code -eq 124 ]; then echo "TIMEOUT: $dir/$id"; return 1; fi
    if [ $code -ne 0 ] || [ -s "$WORK/$id.stderr" ]; then
        head -n 1 "$WORK/$id.stderr" > "$WORK/$id.err"
        echo "$code" > "$WORK/$id.code"
    fi
    return 0
}
export -f run

# compare ID with DIR/BASE.*: prints DIFF/STALE lines, returns 1 on any difference
compare() {
    id="$1"; dir="$2"; base="$3"; label="$4"; status=0
    for ext in out err code; do
        new="$WORK/$id.$ext"; old="$dir/$base.$ext"
        if [ -f "$new" ] && ! cmp -s "$new" "$old"; then echo "DIFF$label: $old"; status=1; fi
        if [ ! -f "$new" ] && [ -f "$old" ]; then echo "STALE$label: $old"; status=1; fi
    done
    return $status
}
export -f compare

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
    status=0
    if [ "$STRESS" -gt 0 ]; then
        for procs in 1 2 ""; do
            for ((k = 0; k < STRESS; k++)); do
                run "$bin" "$dir" "$in" "$id" "$procs" || { status=1; break; }
                compare "$id" "$dir" "$base" " (GOMAXPROCS=${procs:-unset} run $k)" || { status=1; break; }
            done
        done
        rm -f "$bin"
        return $status
    fi
    run "$bin" "$dir" "$in" "$id" || { rm -f "$bin"; return 1; }
    if [ "$CHECK" = 1 ]; then
        compare "$id" "$dir" "$base" "" || status=1
    else
        for ext in out err code; do
            new="$WORK/$id.$ext"; old="$dir/$base.$ext"
            if [ -f "$new" ]; then cmp -s "$new" "$old" || cp "$new" "$old"; else rm -f "$old"; fi
        done
    fi
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
