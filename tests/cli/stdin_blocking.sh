#!/usr/bin/env bash
# A goroutine blocked reading stdin must not stop the others, even with one worker thread, and
# must not keep the program from ending. Standard input is a pipe this script writes to only
# when the program has shown it kept running. A closed standard input reads as Go's errors.
#   stdin_blocking.sh WEFT
set -u
weft=$(realpath "$1")
dir=$(dirname "$(realpath "$0")")/stdin
fail=0

# 1. With --procs 1, ticks go on while main reads; the line is sent after "tick 2".
# The descriptors and pid are copied at once: bash unsets W when it reaps the coprocess.
coproc W { timeout 60 "$weft" --procs 1 run "$dir/ticks_while_reading.go" 2>&1; }
w_in=${W[0]} w_out=${W[1]} w_pid=$W_PID
out=$(
  while IFS= read -r l <&"$w_in"; do
    if [ "$l" = "tick 2" ]; then echo "hello" >&"$w_out"; fi
    case "$l" in line:*) echo "$l"; break ;; esac
  done
)
exec {w_out}>&-
wait "$w_pid"
code=$?
if [ "$out" != "line: hello" ] || [ $code -ne 0 ]; then
  echo "FAIL ticks_while_reading: got '$out', exit $code"
  fail=1
fi

# 2. main returns while a goroutine waits for input that never comes: the program ends.
exec {silent}< <(exec sleep 120 2>/dev/null) # a pipe whose writer stays open and silent
sleeper=$!
got=$(timeout 60 "$weft" run "$dir/exit_while_reading.go" <&"$silent" 2>&1)
code=$?
kill "$sleeper" 2>/dev/null
exec {silent}<&-
if [ "$got" != "main done" ] || [ $code -ne 0 ]; then
  echo "FAIL exit_while_reading: got '$got', exit $code"
  fail=1
fi

# 3. A closed standard input (`<&-`): the same errors as Go's program gets (when Go is here).
if command -v go >/dev/null; then
  bin=$(mktemp -d)
  (cd "$dir" && GO111MODULE=off GOCACHE=${GOCACHE:-/tmp/gocache} GOFLAGS= go build -o "$bin/closed" closed_stdin.go)
  want=$("$bin/closed" <&- 2>&1)
  got=$(timeout 60 "$weft" run "$dir/closed_stdin.go" <&- 2>&1)
  rm -rf "$bin"
  if [ "$got" != "$want" ]; then
    echo "FAIL closed_stdin:"; echo "--- weft"; echo "$got"; echo "--- go"; echo "$want"
    fail=1
  fi
fi

[ $fail -eq 0 ] && echo "stdin_blocking: passed"
exit $fail
