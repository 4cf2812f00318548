#!/usr/bin/env bash
# Runs every golden program under DIR with WEFT and compares, byte for byte, its stdout with
# NAME.out, the first line of its stderr with NAME.err and its exit code with NAME.code (see
# README.md). Each program runs in its own process, as `go run` would, with its folder as the
# working directory and NAME.in (or nothing) on stdin.
#   run_golden.sh WEFT DIR [PROGRAM.go...]
# Environment: anything weft reads (WEFT_GCSTRESS=1 ...) is passed through; GOLDEN_TIMEOUT is
# the seconds a program may take (120; the stress passes, a collection at every allocation, 300).
# Prints one line per failure and then "N passed, N failed"; exits 1 on any failure.
set -u
weft=$(realpath "$1")
dir=$(realpath "$2")
shift 2
if [ $# -gt 0 ]; then programs=("$@"); else mapfile -t programs < <(find "$dir" -name '*.go' | sort); fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
for prog in "${programs[@]}"; do
  prog=$(realpath "$prog")
  base=${prog%.go}
  name=${prog#"$dir"/}
  stdin=/dev/null
  [ -f "$base.in" ] && stdin=$base.in
  (cd "$(dirname "$prog")" && timeout "${GOLDEN_TIMEOUT:-120}" env -u WEFT_PROCS PATH=/usr/bin:/bin LANG=C "$weft" run "$(basename "$prog")" \
    <"$stdin" >"$tmp/out" 2>"$tmp/err")
  code=$?
  want_code=0
  [ -f "$base.code" ] && want_code=$(cat "$base.code")
  want_err=""
  [ -f "$base.err" ] && want_err=$(cat "$base.err")
  got_err=$(head -n 1 "$tmp/err")
  problems=()
  cmp -s "$tmp/out" "$base.out" || problems+=("stdout differs")
  [ "$code" = "$want_code" ] || problems+=("exit code $code, want $want_code")
  [ "$got_err" = "$want_err" ] || problems+=("stderr: $got_err")
  if [ ${#problems[@]} -eq 0 ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $name: $(IFS=';'; echo "${problems[*]}")"
    # The first differing lines, so that a failure that does not repeat can still be read.
    cmp -s "$tmp/out" "$base.out" || diff "$base.out" "$tmp/out" | head -n 10
  fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
