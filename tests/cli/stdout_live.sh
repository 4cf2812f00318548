#!/usr/bin/env bash
# What a program prints reaches a pipe while it runs, not only when it exits (Go writes at every
# Print): a line printed before a long sleep, and one printed before an endless loop, are read
# while the program still runs; then the program is killed with SIGTERM.
#   stdout_live.sh WEFT
set -u
weft=$(realpath "$1")
dir=$(dirname "$(realpath "$0")")/stdout
fail=0
for prog in print_then_sleep print_then_spin; do
  coproc W { exec timeout 90 "$weft" --procs 1 run "$dir/$prog.go"; }
  pid=$W_PID
  line=""
  IFS= read -r -t 20 line <&"${W[0]}"
  kill -TERM "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  if [ "$line" != "first" ]; then
    echo "FAIL $prog: read '$line' within 20 s, want 'first'"
    fail=1
  fi
done
[ $fail -eq 0 ] && echo "stdout_live: 2 passed"
exit $fail
