#!/usr/bin/env bash
# //go:nointerface is honoured only with GOEXPERIMENT=fieldtrack, as gc does: the method stays
# callable but leaves every method set (compared with Go, with and without the experiment, on
# nointerface/method_sets.go). A conversion that would need such a method is a compile error;
# gc 1.19 reports it as an internal compiler error with the same cause, so static_errors.go's
# messages are fixed here. Without the experiment the directive is ignored.
#   nointerface.sh WEFT
set -u
weft=$(realpath "$1")
cd "$(dirname "$(realpath "$0")")/nointerface" || exit 1
export GO111MODULE=off GOCACHE=${GOCACHE:-/tmp/gocache} GOFLAGS=
. ../compare.sh

if command -v go >/dev/null; then
  for exp in fieldtrack ""; do
    got=$(GOEXPERIMENT=$exp "$weft" run method_sets.go 2>&1)
    want=$(GOEXPERIMENT=$exp go run method_sets.go 2>&1)
    check "method_sets.go GOEXPERIMENT=$exp" "$got" "$want"
  done
else
  echo "nointerface: Go is not installed: method_sets.go not compared"
fi

got=$(GOEXPERIMENT=fieldtrack "$weft" run static_errors.go 2>&1; echo "exit $?")
want="static_errors.go:15:12: cannot use new(T) (value of type *T) as I value in variable declaration: *T does not implement I (Bad method is marked 'nointerface')
static_errors.go:16:4: cannot use &U{} (value of type *U) as I value in argument to f: *U does not implement I (Bad method is marked 'nointerface')
static_errors.go:17:11: impossible type assertion: i.(*T)
	*T does not implement I (Bad method is marked 'nointerface')
exit 1"
check "static_errors.go GOEXPERIMENT=fieldtrack" "$got" "$want"
got=$(GOEXPERIMENT=nofieldtrack "$weft" run static_errors.go 2>&1; echo "exit $?")
check "static_errors.go GOEXPERIMENT=nofieldtrack" "$got" "exit 0"

finish nointerface
