# Sourced by the cli test scripts: `check NAME GOT WANT` counts a pass or prints both sides and
# marks the run failed; `finish NAME` prints the count and exits 0, or 1 after any failure.
fail=0
pass=0
check() { # name got want
  if [ "$2" = "$3" ]; then
    pass=$((pass + 1))
  else
    echo "FAIL $1:"
    echo "--- weft"; echo "$2"
    echo "--- want"; echo "$3"
    fail=1
  fi
}
finish() { # name
  [ $fail -eq 0 ] && echo "$1: $pass passed"
  exit $fail
}
