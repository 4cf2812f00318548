#!/usr/bin/env bash
# verify_ports_with_go.sh — compare weft's Go ports of strconv, unicode/utf8,
# math, errors and time with the real Go packages, bit for bit.
#
# Usage: stdlib/verify_ports_with_go.sh [-n SCALE] [-seed N] [-v]
#        (needs `go` on linux/amd64, Go 1.19 as installed; no network)
#   -n SCALE  multiply the number of random inputs (default 1: ~36 million
#             comparisons, about a minute)
#   -seed N   random seed (default 1)
#   -v        print every mismatch, not only the first 5 per function
#
# How it works:
#   1. The five weft packages are copied into a throw-away GOPATH as
#      weftstd/strconv, weftstd/unicode/utf8, weftstd/math, weftstd/errors,
#      weftstd/time
#      (imports of sibling packages rewritten to weftstd/...).
#   2. Their bodiless (native) functions are deleted from the copies and a
#      file natives_harness.go supplies stand-ins built on the real packages
#      (math.Float64bits, math.Sqrt, ..., errors.As's reflection). The script checks that
#      the set of natives is exactly the expected one, and prints it.
#   3. A Go program (in the here-documents below: not kept as .go files under
#      stdlib/ because cmake/EmbedStdlib.cmake embeds every stdlib/**/*.go) calls the port and the real package on
#      the same inputs and compares the results exactly: Float64bits of every
#      float result (NaN payloads included), strings, error texts and the
#      identity of wrapped ErrRange/ErrSyntax. Inputs: special values, random
#      bit patterns (subnormals, NaN, Inf), values near the edges each
#      algorithm cares about, every rune for the per-rune functions, all
#      FormatFloat formats/precisions/bit sizes, tricky ParseFloat strings
#      (exact halfway cases, long mantissas, hex, underscores, junk), ...
#   4. It runs twice: as is (Exp's FMA path, as on any CPU with FMA), and with
#      GODEBUG=cpu.fma=off while the port's useFMA is false (Exp's SSE2 path).
#      The second run only checks math.
#   time: Duration's methods and ParseDuration (random and mutated texts),
#   Date's normalisation and every accessor, In, Unix*, AddDate, Add/Sub,
#   Round/Truncate, ZoneBounds, Format/AppendFormat/Parse/ParseInLocation
#   with Go's layouts and random ones, in fixed zones and zoneinfo locations
#   (America/New_York, ...; the harness reads files with os.ReadFile). The
#   clocks (now, runtimeNano) come from the real time package; Sleep and the
#   timers (startTimer, stopTimer, resetTimer, timerClock) are not compared. Time.Compare (Go 1.20) is checked against
#   Before/After.
#   errors.Join and the Unwrap() []error part of errors.Is are newer than the
#   installed Go 1.19; they are checked against a reference implementation
#   of Go 1.22's errors.Is (with reflect) and hand-written expectations.
#
# Exit status 0 iff there is no mismatch.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
command -v go >/dev/null || { echo "verify_ports_with_go.sh: go not found on PATH" >&2; exit 2; }

# The reference is what Go computes on amd64 (assembly Exp and Log).
[[ "$(go env GOARCH)" == amd64 ]] || { echo "verify_ports_with_go.sh: needs GOARCH=amd64 (Go's math differs elsewhere)" >&2; exit 2; }

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
export GO111MODULE=off GOPATH="$TMP" GOFLAGS= GOCACHE="$TMP/cache" CGO_ENABLED=0 GOAMD64=v1

PORTS="strconv unicode/utf8 math errors time"
alt="strconv|unicode/utf8|math|errors|time"

# Expected natives (bodiless functions) per package.
declare -A NATIVES=(
    [strconv]=""
    [unicode/utf8]=""
    [math]="Abs Ceil FMA Float32bits Float32frombits Float64bits Float64frombits Floor Sqrt Trunc"
    [errors]="asAssign asTargetCheck"
    [time]="Sleep errnoText getenv now resetTimer runtimeNano startTimer stopTimer sysReadFile timerClock"
)

# stripnatives FILE OUT: prints the bodiless top-level functions of FILE and
# writes FILE without them (and their doc comments) to OUT.
mkdir -p "$TMP/src/stripnatives"
cat >"$TMP/src/stripnatives/main.go" <<'EOF'
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"sort"
	"strings"
)

func main() {
	src, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, os.Args[1], src, parser.ParseComments)
	if err != nil {
		panic(err)
	}
	var names []string
	var out []byte
	last := 0
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body != nil || fd.Recv != nil {
			continue
		}
		names = append(names, fd.Name.Name)
		start := fd.Pos()
		if fd.Doc != nil {
			start = fd.Doc.Pos()
		}
		out = append(out, src[last:fset.Position(start).Offset]...)
		last = fset.Position(fd.End()).Offset
	}
	out = append(out, src[last:]...)
	if err := os.WriteFile(os.Args[2], out, 0o644); err != nil {
		panic(err)
	}
	sort.Strings(names)
	fmt.Println(strings.Join(names, " "))
}
EOF
(cd "$TMP/src/stripnatives" && go build -o "$TMP/stripnatives" .)

fail=0
for p in $PORTS; do
    name="${p##*/}"
    mkdir -p "$TMP/src/weftstd/$p"
    sed -E "s#^(import |[[:space:]]+)\"($alt)\"\$#\1\"weftstd/\2\"#" "$HERE/$p/$name.go" >"$TMP/$name.go.in"
    got=$("$TMP/stripnatives" "$TMP/$name.go.in" "$TMP/src/weftstd/$p/$name.go")
    want=$(echo ${NATIVES[$p]} | tr ' ' '\n' | sort | tr '\n' ' ' | sed 's/ $//')
    echo "natives in $p: ${got:-(none)}"
    if [[ "$got" != "$want" ]]; then
        echo "FAIL $p: natives are [$got], expected [$want]"; fail=1
    fi
done
[[ $fail -eq 0 ]] || exit 1

cat >"$TMP/src/weftstd/math/natives_harness.go" <<'EOF'
package math

import real "math"

func Float32bits(f float32) uint32     { return real.Float32bits(f) }
func Float32frombits(b uint32) float32 { return real.Float32frombits(b) }
func Float64bits(f float64) uint64     { return real.Float64bits(f) }
func Float64frombits(b uint64) float64 { return real.Float64frombits(b) }
func Abs(x float64) float64            { return real.Abs(x) }
func Sqrt(x float64) float64           { return real.Sqrt(x) }
func Floor(x float64) float64          { return real.Floor(x) }
func Ceil(x float64) float64           { return real.Ceil(x) }
func Trunc(x float64) float64          { return real.Trunc(x) }
func FMA(x, y, z float64) float64      { return real.FMA(x, y, z) }

// SetUseFMA lets the harness select Exp's path (exp_amd64.s tests the CPU).
func SetUseFMA(b bool) { useFMA = b }
EOF

cat >"$TMP/src/weftstd/errors/natives_harness.go" <<'EOF'
package errors

import "reflect"

var errorType = reflect.TypeOf((*error)(nil)).Elem()

// asTargetCheck and asAssign: what Go's errors.As does with reflectlite.
func asTargetCheck(target any) int {
	val := reflect.ValueOf(target)
	typ := val.Type()
	if typ.Kind() != reflect.Ptr || val.IsNil() {
		return asTargetNotPointer
	}
	if e := typ.Elem(); e.Kind() != reflect.Interface && !e.Implements(errorType) {
		return asTargetNotError
	}
	return asTargetOK
}

func asAssign(err error, target any) bool {
	val := reflect.ValueOf(target)
	if reflect.TypeOf(err).AssignableTo(val.Type().Elem()) {
		val.Elem().Set(reflect.ValueOf(err))
		return true
	}
	return false
}
EOF

# time: the clocks and syscall's part from the real packages; the scheduler's natives panic
# (an empty .s file would allow bodiless methods, should any come back).
cat >"$TMP/src/weftstd/time/natives_harness.go" <<'EOF'
package time

import (
	"errors"
	"os"
	real "time"
	"syscall"
)

// The runtime's clocks, from the real package (the monotonic reading is
// relative to the harness's start: only differences matter).
var harnessStart = real.Now()

func runtimeNano() int64 { return int64(real.Since(harnessStart)) + 1 }

func now() (sec int64, nsec int32, mono int64) {
	t := real.Now()
	return t.Unix(), int32(t.Nanosecond()), runtimeNano()
}

func getenv(key string) (value string, found bool) { return syscall.Getenv(key) }

func sysReadFile(name string, max int) (data []byte, errno int) {
	b, err := os.ReadFile(name)
	var e syscall.Errno
	switch {
	case err == nil && len(b) > max:
		return nil, -1
	case err == nil:
		return b, 0
	case errors.As(err, &e):
		return nil, int(e)
	}
	return nil, int(syscall.EIO)
}

func errnoText(errno int) string { return syscall.Errno(errno).Error() }

// The scheduler's part (Sleep, the runtime timers) is not compared.
func Sleep(d Duration)                                            { panic("not in the harness") }
func startTimer(d, period int64, c chan Time, f func()) int64     { panic("not in the harness") }
func stopTimer(id int64) bool                                     { panic("not in the harness") }
func resetTimer(id, d, period int64, c chan Time, f func()) bool  { panic("not in the harness") }
func timerClock(startNano int64, local **Location) bool           { return true } // package init calls it
EOF
: >"$TMP/src/weftstd/time/stubs_amd64.s"

mkdir -p "$TMP/src/portcheck"
cat >"$TMP/src/portcheck/main.go" <<'END_MAIN_GO'
// Command portcheck compares weft's ports of strconv, unicode/utf8, math and
// errors (imported as weftstd/...) with the real packages.
package main

import (
	"flag"
	"fmt"
	"math"
	"math/rand"
	"os"
	"sort"
	"strings"

	wmath "weftstd/math"
)

var (
	scale    = flag.Int("n", 1, "scale the number of random inputs")
	seed     = flag.Int64("seed", 1, "random seed")
	verbose  = flag.Bool("v", false, "print every mismatch (default: the first 5 per function)")
	useFMA   = flag.Bool("fma", true, "port's Exp takes the FMA path (run with GODEBUG=cpu.fma=off when false)")
	onlyMath = flag.Bool("mathonly", false, "check only math")
)

var (
	rng      *rand.Rand
	mismatch = map[string]int{}
	checked  = map[string]int{}
)

// report records one comparison of fn on input in: port result got, Go result want.
func report(fn string, ok bool, in, got, want string) {
	checked[fn]++
	if ok {
		return
	}
	mismatch[fn]++
	if *verbose || mismatch[fn] <= 5 {
		fmt.Printf("MISMATCH %s(%s):\n    port: %s\n    go:   %s\n", fn, in, got, want)
	}
}

func n(base int) int { return base * *scale }

func main() {
	flag.Parse()
	rng = rand.New(rand.NewSource(*seed))
	wmath.SetUseFMA(*useFMA)
	checkMath()
	if !*onlyMath {
		checkUTF8()
		checkStrconv()
		checkErrors()
		checkTime()
	}
	var names []string
	for k := range checked {
		names = append(names, k)
	}
	sort.Strings(names)
	bad := 0
	var line []string
	for _, k := range names {
		if mismatch[k] > 0 {
			bad++
			fmt.Printf("FAIL %-28s %d of %d differ\n", k, mismatch[k], checked[k])
		} else {
			line = append(line, fmt.Sprintf("%s:%d", k, checked[k]))
		}
	}
	total := 0
	for _, v := range checked {
		total += v
	}
	fmt.Printf("ok   %d functions identical to Go (name:inputs):\n", len(names)-bad)
	for i := 0; i < len(line); i += 5 {
		j := i + 5
		if j > len(line) {
			j = len(line)
		}
		fmt.Println("     " + strings.Join(line[i:j], " "))
	}
	fmt.Printf("-- %d comparisons, %d functions with mismatches\n", total, bad)
	if bad > 0 {
		os.Exit(1)
	}
}

// ---------------------------------------------------------------- helpers

func bitsStr(x float64) string { return fmt.Sprintf("%#016x (%v)", math.Float64bits(x), x) }

func sameF(a, b float64) bool { return math.Float64bits(a) == math.Float64bits(b) }

func sameF32(a, b float32) bool { return math.Float32bits(a) == math.Float32bits(b) }

// randFloat returns a float64 from a mix of distributions: raw bit patterns
// (so every exponent, subnormals, Inf and NaN), small uniform values, and
// log-uniform magnitudes.
func randFloat() float64 {
	switch rng.Intn(8) {
	case 0, 1:
		return math.Float64frombits(rng.Uint64())
	case 2:
		return rng.Float64()*2 - 1
	case 3:
		return (rng.Float64()*2 - 1) * 10
	case 4:
		return (rng.Float64()*2 - 1) * 1000
	case 5:
		// log-uniform in [2^-1074, 2^1024)
		f := math.Ldexp(1+rng.Float64(), rng.Intn(2098)-1075)
		if rng.Intn(2) == 0 {
			f = -f
		}
		return f
	case 6:
		// near an integer or half-integer
		k := float64(rng.Intn(2001) - 1000)
		if rng.Intn(2) == 0 {
			k += 0.5
		}
		return nudge(k, rng.Intn(5)-2)
	default:
		// small exponent range, full mantissa
		f := math.Ldexp(1+rng.Float64(), rng.Intn(80)-40)
		if rng.Intn(2) == 0 {
			f = -f
		}
		return f
	}
}

// nudge moves x by k ulps.
func nudge(x float64, k int) float64 {
	for ; k > 0; k-- {
		x = math.Nextafter(x, math.Inf(1))
	}
	for ; k < 0; k++ {
		x = math.Nextafter(x, math.Inf(-1))
	}
	return x
}

var specials = func() []float64 {
	s := []float64{
		0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3, 10, 0.1, 1.5, 2.5, -2.5,
		math.Inf(1), math.Inf(-1), math.NaN(),
		math.Float64frombits(0x7FF8000000000000), math.Float64frombits(0xFFF8000000000000),
		math.Float64frombits(0x7FF0000000000001), math.Float64frombits(0xFFF4000000000123),
		math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64,
		2.2250738585072014e-308, -2.2250738585072014e-308, 2.225073858507201e-308, 1e-310, -1e-310,
		math.Pi, -math.Pi, math.Pi / 2, math.Pi / 4, 3 * math.Pi / 4, 2 * math.Pi, math.E, math.Sqrt2, math.Sqrt2 / 2,
		1 << 52, 1<<52 + 0.5, 1 << 53, 1<<53 + 2, -(1 << 53), 1 << 63, 1 << 64, 1e15, 1e16, 1e17, 1e22, 1e23, 1e300, 1e308,
		4503599627370495.5, -4503599627370495.5, 0.49999999999999994, -0.49999999999999994,
		709.782712893384, 709.78, 710, -745.1332191019412, -745.1332191019411, -708.3964185322641,
		-708.4, -709, -720, -740, -746, 88.72, -87.33, 1e-20, -1e-20, 1e-300, 1 << 29, 1 << 30, 1e9, 1e10,
		0.9999999999999999, 1.0000000000000002, 0.7071067811865476, 1.4142135623730951, 0.7071067811865475,
		1e-8, 2e-8, 0.25, 0.75, 1 << 28, -(1 << 28), 36, 37, 171, 171.62, 172, -171.5, -0.1, -1.5, 0.0001,
		3.4028234663852886e+38, 1.401298464324817e-45, 1.1754943508222875e-38,
	}
	// powers of two across the exponent range, and their neighbours
	for e := -1074; e <= 1023; e += 7 {
		x := math.Ldexp(1, e)
		s = append(s, x, nudge(x, 1), nudge(x, -1), -x)
	}
	// multiples of Pi/4 and Ln2/2, and half-integers, with neighbours
	for k := -40; k <= 40; k++ {
		for _, x := range []float64{float64(k) * math.Pi / 4, float64(k) * math.Ln2 / 2, float64(k) + 0.5} {
			s = append(s, x, nudge(x, 1), nudge(x, -1))
		}
	}
	return s
}()
END_MAIN_GO

cat >"$TMP/src/portcheck/math.go" <<'END_MATH_GO'
package main

import (
	"fmt"
	"math"

	wmath "weftstd/math"
)

func check1(name string, port, real func(float64) float64, extra []float64) {
	try := func(x float64) {
		g, w := port(x), real(x)
		report("math."+name, sameF(g, w), bitsStr(x), bitsStr(g), bitsStr(w))
	}
	for _, x := range specials {
		try(x)
	}
	for _, x := range extra {
		try(x)
	}
	for i := 0; i < n(20000); i++ {
		try(randFloat())
	}
}

// pairs returns argument pairs: specials x specials (a subset), random pairs,
// and pairs mixing specials with random values.
func pairs() [][2]float64 {
	var ps [][2]float64
	sp := specials[:120]
	for _, x := range sp {
		for _, y := range sp {
			ps = append(ps, [2]float64{x, y})
		}
	}
	for i := 0; i < n(20000); i++ {
		ps = append(ps, [2]float64{randFloat(), randFloat()})
	}
	for i := 0; i < n(5000); i++ {
		s := specials[rng.Intn(len(specials))]
		r := randFloat()
		ps = append(ps, [2]float64{s, r}, [2]float64{r, s})
	}
	return ps
}

func check2(name string, port, real func(float64, float64) float64, extra [][2]float64) {
	try := func(x, y float64) {
		g, w := port(x, y), real(x, y)
		report("math."+name, sameF(g, w), bitsStr(x)+", "+bitsStr(y), bitsStr(g), bitsStr(w))
	}
	for _, p := range pairs() {
		try(p[0], p[1])
	}
	for _, p := range extra {
		try(p[0], p[1])
	}
}

func checkMath() {
	// Exp: the rounding of x*Log2e to an integer (ties), the overflow and
	// underflow edges, the subnormal results.
	var expX []float64
	for k := -1080; k <= 1030; k++ {
		x := (float64(k) + 0.5) / math.Log2E
		for d := -3; d <= 3; d++ {
			expX = append(expX, nudge(x, d))
		}
	}
	for i := 0; i < n(20000); i++ {
		expX = append(expX, -745.2+rng.Float64()*(745.2-707), 709+rng.Float64(), (rng.Float64()*2-1)*0.01)
	}
	// Log: subnormals and mantissas next to Sqrt2/2.
	var logX []float64
	h := math.Float64frombits(0x3FE6A09E667F3BCD) // float64(Sqrt2/2)
	for e := -1074; e <= 1023; e++ {
		for d := -2; d <= 2; d++ {
			logX = append(logX, math.Ldexp(nudge(h, d), e))
		}
	}
	for i := 0; i < n(20000); i++ {
		logX = append(logX, math.Float64frombits(rng.Uint64()&(1<<52-1)), 1+(rng.Float64()-0.5)*1e-6)
	}
	// trig: near multiples of Pi/4, and huge arguments (Payne-Hanek reduction)
	var trigX []float64
	for i := 0; i < n(10000); i++ {
		k := float64(rng.Intn(1 << 20))
		trigX = append(trigX, nudge(k*math.Pi/4, rng.Intn(7)-3), math.Ldexp(rng.Float64(), 20+rng.Intn(1000)))
	}

	check1("Acos", wmath.Acos, math.Acos, nil)
	check1("Acosh", wmath.Acosh, math.Acosh, nil)
	check1("Asin", wmath.Asin, math.Asin, nil)
	check1("Asinh", wmath.Asinh, math.Asinh, nil)
	check1("Atan", wmath.Atan, math.Atan, nil)
	check1("Atanh", wmath.Atanh, math.Atanh, nil)
	check1("Cbrt", wmath.Cbrt, math.Cbrt, nil)
	check1("Cos", wmath.Cos, math.Cos, trigX)
	check1("Cosh", wmath.Cosh, math.Cosh, expX)
	check1("Erf", wmath.Erf, math.Erf, nil)
	check1("Erfc", wmath.Erfc, math.Erfc, nil)
	check1("Erfcinv", wmath.Erfcinv, math.Erfcinv, nil)
	check1("Erfinv", wmath.Erfinv, math.Erfinv, nil)
	check1("Exp", wmath.Exp, math.Exp, expX)
	check1("Exp2", wmath.Exp2, math.Exp2, expX)
	check1("Expm1", wmath.Expm1, math.Expm1, expX)
	check1("Gamma", wmath.Gamma, math.Gamma, nil)
	check1("J0", wmath.J0, math.J0, nil)
	check1("J1", wmath.J1, math.J1, nil)
	check1("Log", wmath.Log, math.Log, logX)
	check1("Log10", wmath.Log10, math.Log10, logX)
	check1("Log1p", wmath.Log1p, math.Log1p, logX)
	check1("Log2", wmath.Log2, math.Log2, logX)
	check1("Logb", wmath.Logb, math.Logb, nil)
	check1("Round", wmath.Round, math.Round, nil)
	check1("RoundToEven", wmath.RoundToEven, math.RoundToEven, nil)
	check1("Sin", wmath.Sin, math.Sin, trigX)
	check1("Sinh", wmath.Sinh, math.Sinh, expX)
	check1("Tan", wmath.Tan, math.Tan, trigX)
	check1("Tanh", wmath.Tanh, math.Tanh, expX)
	check1("Y0", wmath.Y0, math.Y0, nil)
	check1("Y1", wmath.Y1, math.Y1, nil)

	var powXY [][2]float64
	ys := []float64{0, 0.5, -0.5, 1, -1, 1.5, 2, -2, 3, -3, 1 << 52, 1<<53 - 1, 1 << 53, 1 << 60, 1<<53 + 2, -(1<<53 - 1), 1e300, -1e300}
	for i := -20; i <= 20; i++ {
		ys = append(ys, float64(i))
	}
	for i := 0; i < n(3000); i++ {
		x := randFloat()
		for _, y := range ys {
			powXY = append(powXY, [2]float64{x, y}, [2]float64{-x, y})
		}
		powXY = append(powXY, [2]float64{rng.Float64() * 4, (rng.Float64()*2 - 1) * 2000},
			[2]float64{1 + (rng.Float64()-0.5)*1e-10, math.Ldexp(rng.Float64(), 40+rng.Intn(30))})
	}
	check2("Atan2", wmath.Atan2, math.Atan2, nil)
	check2("Copysign", wmath.Copysign, math.Copysign, nil)
	check2("Dim", wmath.Dim, math.Dim, nil)
	check2("Hypot", wmath.Hypot, math.Hypot, nil)
	check2("Max", wmath.Max, math.Max, nil)
	check2("Min", wmath.Min, math.Min, nil)
	check2("Mod", wmath.Mod, math.Mod, nil)
	check2("Nextafter", wmath.Nextafter, math.Nextafter, nil)
	check2("Pow", wmath.Pow, math.Pow, powXY)
	check2("Remainder", wmath.Remainder, math.Remainder, nil)

	all := append([]float64{}, specials...)
	for i := 0; i < n(20000); i++ {
		all = append(all, randFloat())
	}
	for _, x := range all {
		in := bitsStr(x)
		gf, ge := wmath.Frexp(x)
		wf, we := math.Frexp(x)
		report("math.Frexp", sameF(gf, wf) && ge == we, in, fmt.Sprint(bitsStr(gf), ge), fmt.Sprint(bitsStr(wf), we))
		gi, gr := wmath.Modf(x)
		wi, wr := math.Modf(x)
		report("math.Modf", sameF(gi, wi) && sameF(gr, wr), in, bitsStr(gi)+" "+bitsStr(gr), bitsStr(wi)+" "+bitsStr(wr))
		gl, gs := wmath.Lgamma(x)
		wl, ws := math.Lgamma(x)
		report("math.Lgamma", sameF(gl, wl) && gs == ws, in, fmt.Sprint(bitsStr(gl), gs), fmt.Sprint(bitsStr(wl), ws))
		gsn, gcs := wmath.Sincos(x)
		wsn, wcs := math.Sincos(x)
		report("math.Sincos", sameF(gsn, wsn) && sameF(gcs, wcs), in, bitsStr(gsn)+" "+bitsStr(gcs), bitsStr(wsn)+" "+bitsStr(wcs))
		report("math.Ilogb", wmath.Ilogb(x) == math.Ilogb(x), in, fmt.Sprint(wmath.Ilogb(x)), fmt.Sprint(math.Ilogb(x)))
		report("math.IsNaN", wmath.IsNaN(x) == math.IsNaN(x), in, fmt.Sprint(wmath.IsNaN(x)), fmt.Sprint(math.IsNaN(x)))
		report("math.Signbit", wmath.Signbit(x) == math.Signbit(x), in, fmt.Sprint(wmath.Signbit(x)), fmt.Sprint(math.Signbit(x)))
		for s := -2; s <= 2; s++ {
			report("math.IsInf", wmath.IsInf(x, s) == math.IsInf(x, s), fmt.Sprint(in, ", ", s), fmt.Sprint(wmath.IsInf(x, s)), fmt.Sprint(math.IsInf(x, s)))
		}
		for i := 0; i < 3; i++ {
			e := rng.Intn(4400) - 2200
			switch rng.Intn(10) {
			case 0:
				e = []int{math.MinInt64, math.MaxInt64, math.MinInt32, math.MaxInt32, 1 << 40, -(1 << 40), 1024, -1075, -1074, 1023}[rng.Intn(10)]
			case 1:
				e = rng.Intn(60) - 30
			}
			g, w := wmath.Ldexp(x, e), math.Ldexp(x, e)
			report("math.Ldexp", sameF(g, w), fmt.Sprint(in, ", ", e), bitsStr(g), bitsStr(w))
		}
	}
	for i := -3; i <= 3; i++ {
		report("math.Inf", sameF(wmath.Inf(i), math.Inf(i)), fmt.Sprint(i), bitsStr(wmath.Inf(i)), bitsStr(math.Inf(i)))
	}
	report("math.NaN", sameF(wmath.NaN(), math.NaN()), "", bitsStr(wmath.NaN()), bitsStr(math.NaN()))
	for _, e := range append([]int{math.MinInt64, math.MaxInt64, math.MinInt32, math.MaxInt32}, seq(-400, 400)...) {
		report("math.Pow10", sameF(wmath.Pow10(e), math.Pow10(e)), fmt.Sprint(e), bitsStr(wmath.Pow10(e)), bitsStr(math.Pow10(e)))
	}
	nsJ := append(seq(-12, 12), 50, -50, 100, -100, 1000, -1000)
	for i := 0; i < n(2000); i++ {
		x := randFloat()
		if i < len(specials) {
			x = specials[i]
		}
		for _, k := range nsJ {
			gj, wj := wmath.Jn(k, x), math.Jn(k, x)
			report("math.Jn", sameF(gj, wj), fmt.Sprint(k, ", ", bitsStr(x)), bitsStr(gj), bitsStr(wj))
			gy, wy := wmath.Yn(k, x), math.Yn(k, x)
			report("math.Yn", sameF(gy, wy), fmt.Sprint(k, ", ", bitsStr(x)), bitsStr(gy), bitsStr(wy))
		}
	}
	var f32 []float32
	for _, x := range specials {
		f32 = append(f32, float32(x))
	}
	for i := 0; i < n(200); i++ {
		f32 = append(f32, math.Float32frombits(rng.Uint32()))
	}
	for _, x := range f32 {
		for _, y := range f32 {
			g, w := wmath.Nextafter32(x, y), math.Nextafter32(x, y)
			report("math.Nextafter32", sameF32(g, w), fmt.Sprintf("%#x, %#x", math.Float32bits(x), math.Float32bits(y)),
				fmt.Sprintf("%#x", math.Float32bits(g)), fmt.Sprintf("%#x", math.Float32bits(w)))
		}
	}
}

func seq(a, b int) []int {
	var s []int
	for i := a; i <= b; i++ {
		s = append(s, i)
	}
	return s
}
END_MATH_GO

cat >"$TMP/src/portcheck/utf8.go" <<'END_UTF8_GO'
package main

import (
	"fmt"
	"unicode/utf8"

	wutf8 "weftstd/unicode/utf8"
)

// runeSamples: every rune from -2 to MaxRune+2, and extremes.
func runeSamples() []rune {
	var rs []rune
	for r := rune(-2); r <= utf8.MaxRune+2; r++ {
		rs = append(rs, r)
	}
	return append(rs, -1<<31, 1<<31-1, 0x7FFFFFFF, -0x10FFFF, 0x110000, 0x1FFFFF)
}

// byteSamples: every 1- and 2-byte string, every 3-byte string starting
// with a lead byte >= 0xC0, 4-byte strings around the lead bytes F0-F4,
// random byte strings biased to UTF-8 lead/continuation bytes.
func byteSamples() [][]byte {
	var bs [][]byte
	bs = append(bs, nil, []byte{})
	for a := 0; a < 256; a++ {
		bs = append(bs, []byte{byte(a)})
		for b := 0; b < 256; b++ {
			bs = append(bs, []byte{byte(a), byte(b)})
		}
	}
	for a := 0xC0; a < 256; a++ {
		for b := 0x70; b < 0xD0; b++ {
			for c := 0x70; c < 0xD0; c += 3 {
				bs = append(bs, []byte{byte(a), byte(b), byte(c)})
			}
		}
	}
	for a := 0xEF; a <= 0xF5; a++ {
		for b := 0x7F; b <= 0xC0; b++ {
			for _, c := range []byte{0x7F, 0x80, 0x9F, 0xBF, 0xC0} {
				for _, d := range []byte{0x7F, 0x80, 0xBF, 0xC0, 'a'} {
					bs = append(bs, []byte{byte(a), byte(b), c, d})
				}
			}
		}
	}
	pick := []byte{0, 'a', 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEE, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF}
	for i := 0; i < n(100000); i++ {
		b := make([]byte, rng.Intn(12))
		for j := range b {
			if rng.Intn(3) == 0 {
				b[j] = byte(rng.Intn(256))
			} else {
				b[j] = pick[rng.Intn(len(pick))]
			}
		}
		bs = append(bs, b)
	}
	return bs
}

func checkUTF8() {
	for _, r := range runeSamples() {
		in := fmt.Sprintf("%#x", r)
		report("utf8.RuneLen", wutf8.RuneLen(r) == utf8.RuneLen(r), in, fmt.Sprint(wutf8.RuneLen(r)), fmt.Sprint(utf8.RuneLen(r)))
		report("utf8.ValidRune", wutf8.ValidRune(r) == utf8.ValidRune(r), in, fmt.Sprint(wutf8.ValidRune(r)), fmt.Sprint(utf8.ValidRune(r)))
		var p1, p2 [8]byte
		n1, n2 := wutf8.EncodeRune(p1[:], r), utf8.EncodeRune(p2[:], r)
		report("utf8.EncodeRune", n1 == n2 && p1 == p2, in, fmt.Sprint(n1, p1), fmt.Sprint(n2, p2))
		a1, a2 := wutf8.AppendRune([]byte("x"), r), utf8.AppendRune([]byte("x"), r)
		report("utf8.AppendRune", string(a1) == string(a2), in, fmt.Sprintf("%q", a1), fmt.Sprintf("%q", a2))
	}
	for b := 0; b < 256; b++ {
		report("utf8.RuneStart", wutf8.RuneStart(byte(b)) == utf8.RuneStart(byte(b)), fmt.Sprint(b), fmt.Sprint(wutf8.RuneStart(byte(b))), fmt.Sprint(utf8.RuneStart(byte(b))))
	}
	for _, p := range byteSamples() {
		s := string(p)
		in := fmt.Sprintf("%q", s)
		r1, s1 := wutf8.DecodeRune(p)
		r2, s2 := utf8.DecodeRune(p)
		report("utf8.DecodeRune", r1 == r2 && s1 == s2, in, fmt.Sprint(r1, s1), fmt.Sprint(r2, s2))
		r1, s1 = wutf8.DecodeRuneInString(s)
		r2, s2 = utf8.DecodeRuneInString(s)
		report("utf8.DecodeRuneInString", r1 == r2 && s1 == s2, in, fmt.Sprint(r1, s1), fmt.Sprint(r2, s2))
		r1, s1 = wutf8.DecodeLastRune(p)
		r2, s2 = utf8.DecodeLastRune(p)
		report("utf8.DecodeLastRune", r1 == r2 && s1 == s2, in, fmt.Sprint(r1, s1), fmt.Sprint(r2, s2))
		r1, s1 = wutf8.DecodeLastRuneInString(s)
		r2, s2 = utf8.DecodeLastRuneInString(s)
		report("utf8.DecodeLastRuneInString", r1 == r2 && s1 == s2, in, fmt.Sprint(r1, s1), fmt.Sprint(r2, s2))
		report("utf8.FullRune", wutf8.FullRune(p) == utf8.FullRune(p), in, fmt.Sprint(wutf8.FullRune(p)), fmt.Sprint(utf8.FullRune(p)))
		report("utf8.FullRuneInString", wutf8.FullRuneInString(s) == utf8.FullRuneInString(s), in, fmt.Sprint(wutf8.FullRuneInString(s)), fmt.Sprint(utf8.FullRuneInString(s)))
		report("utf8.RuneCount", wutf8.RuneCount(p) == utf8.RuneCount(p), in, fmt.Sprint(wutf8.RuneCount(p)), fmt.Sprint(utf8.RuneCount(p)))
		report("utf8.RuneCountInString", wutf8.RuneCountInString(s) == utf8.RuneCountInString(s), in, fmt.Sprint(wutf8.RuneCountInString(s)), fmt.Sprint(utf8.RuneCountInString(s)))
		report("utf8.Valid", wutf8.Valid(p) == utf8.Valid(p), in, fmt.Sprint(wutf8.Valid(p)), fmt.Sprint(utf8.Valid(p)))
		report("utf8.ValidString", wutf8.ValidString(s) == utf8.ValidString(s), in, fmt.Sprint(wutf8.ValidString(s)), fmt.Sprint(utf8.ValidString(s)))
	}
	// long valid strings (the 8-byte ASCII fast path of Valid)
	for i := 0; i < n(2000); i++ {
		var b []byte
		for j := rng.Intn(64); j > 0; j-- {
			if rng.Intn(4) == 0 {
				b = utf8.AppendRune(b, rune(rng.Intn(0x110000)))
			} else {
				b = append(b, byte(rng.Intn(0x80)))
			}
		}
		if rng.Intn(3) == 0 && len(b) > 0 {
			b[rng.Intn(len(b))] = byte(rng.Intn(256))
		}
		s := string(b)
		report("utf8.Valid", wutf8.Valid(b) == utf8.Valid(b), fmt.Sprintf("%q", s), fmt.Sprint(wutf8.Valid(b)), fmt.Sprint(utf8.Valid(b)))
		report("utf8.ValidString", wutf8.ValidString(s) == utf8.ValidString(s), fmt.Sprintf("%q", s), fmt.Sprint(wutf8.ValidString(s)), fmt.Sprint(utf8.ValidString(s)))
		report("utf8.RuneCount", wutf8.RuneCount(b) == utf8.RuneCount(b), fmt.Sprintf("%q", s), fmt.Sprint(wutf8.RuneCount(b)), fmt.Sprint(utf8.RuneCount(b)))
	}
}
END_UTF8_GO

cat >"$TMP/src/portcheck/strconv.go" <<'END_STRCONV_GO'
package main

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	wstrconv "weftstd/strconv"
)

// errKey describes an error so that the port's and Go's can be compared:
// its text, and whether it is or wraps the package's ErrRange/ErrSyntax.
func errKey(err, rangeErr, syntaxErr error) string {
	if err == nil {
		return "<nil>"
	}
	return fmt.Sprintf("%q is=%v,%v same=%v,%v", err.Error(), errors.Is(err, rangeErr), errors.Is(err, syntaxErr),
		err == rangeErr, err == syntaxErr)
}

func wErr(err error) string { return errKey(err, wstrconv.ErrRange, wstrconv.ErrSyntax) }
func gErr(err error) string { return errKey(err, strconv.ErrRange, strconv.ErrSyntax) }

// numErrKey also compares the NumError fields.
func wNumErr(err error) string {
	if e, ok := err.(*wstrconv.NumError); ok {
		return fmt.Sprintf("NumError{%q %q %s}", e.Func, e.Num, wErr(e.Err)) + " " + wErr(err)
	}
	return wErr(err)
}

func gNumErr(err error) string {
	if e, ok := err.(*strconv.NumError); ok {
		return fmt.Sprintf("NumError{%q %q %s}", e.Func, e.Num, gErr(e.Err)) + " " + gErr(err)
	}
	return gErr(err)
}

// panicText runs f and returns the text of its panic ("" if none).
func panicText(f func()) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("panic: ", r)
		}
	}()
	f()
	return ""
}

func checkStrconv() {
	checkFormatFloat()
	checkParseFloat()
	checkInts()
	checkBool()
	checkQuote()
	checkUnquote()
}

// ------------------------------------------------------------ FormatFloat

func checkFormatFloat() {
	var xs []float64
	xs = append(xs, specials...)
	for i := 0; i < n(20000); i++ {
		xs = append(xs, randFloat())
		xs = append(xs, float64(math.Float32frombits(rng.Uint32())))
	}
	// shortest-digit edge cases: powers of ten and their neighbours, and
	// values with few digits
	for e := -325; e <= 308; e++ {
		x, _ := strconv.ParseFloat(fmt.Sprintf("1e%d", e), 64)
		xs = append(xs, x, nudge(x, 1), nudge(x, -1))
		y, _ := strconv.ParseFloat(fmt.Sprintf("1e%d", e), 32)
		xs = append(xs, y, float64(math.Nextafter32(float32(y), 0)))
	}
	for i := 0; i < n(2000); i++ {
		x, _ := strconv.ParseFloat(fmt.Sprintf("%de%d", rng.Intn(100000), rng.Intn(640)-330), 64)
		xs = append(xs, x)
	}
	fmts := []byte{'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X', 'z'}
	precs := []int{-1, -1, -1, 0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 17, 18, 19, 20, 25, 30}
	for i, x := range xs {
		for _, f := range fmts {
			for _, bs := range []int{64, 32} {
				p := precs[rng.Intn(len(precs))]
				if i%97 == 0 {
					p = []int{50, 100, 330, 767, 800, 1100}[rng.Intn(6)]
				}
				if f == 'b' && p > 0 {
					p = -1
				}
				g, w := wstrconv.FormatFloat(x, f, p, bs), strconv.FormatFloat(x, f, p, bs)
				report("strconv.FormatFloat", g == w, fmt.Sprintf("%s, %q, %d, %d", bitsStr(x), f, p, bs), g, w)
				if i%5 == 0 {
					ga, wa := wstrconv.AppendFloat([]byte("a"), x, f, p, bs), strconv.AppendFloat([]byte("a"), x, f, p, bs)
					report("strconv.AppendFloat", string(ga) == string(wa), fmt.Sprintf("%s, %q, %d, %d", bitsStr(x), f, p, bs), string(ga), string(wa))
				}
			}
		}
		// every precision for a few values
		if i%500 == 0 {
			for _, f := range fmts {
				for p := -1; p <= 40; p++ {
					g, w := wstrconv.FormatFloat(x, f, p, 64), strconv.FormatFloat(x, f, p, 64)
					report("strconv.FormatFloat", g == w, fmt.Sprintf("%s, %q, %d, 64", bitsStr(x), f, p), g, w)
				}
			}
		}
	}
	for _, bs := range []int{0, 16, 33, 128} {
		g := panicText(func() { wstrconv.FormatFloat(1, 'g', -1, bs) })
		w := panicText(func() { strconv.FormatFloat(1, 'g', -1, bs) })
		report("strconv.FormatFloat", g == w, fmt.Sprintf("1, 'g', -1, %d", bs), g, w)
	}
}

// ------------------------------------------------------------- ParseFloat

// midpoint returns the exact decimal value halfway between x and the next
// float64 (or float32) up, in %e form with all its digits.
func midpoint(x float64, bits32 bool) string {
	var next float64
	if bits32 {
		next = float64(math.Nextafter32(float32(x), float32(math.Inf(1))))
	} else {
		next = math.Nextafter(x, math.Inf(1))
	}
	a := new(big.Float).SetPrec(2000).SetFloat64(x)
	b := new(big.Float).SetPrec(2000).SetFloat64(next)
	a.Add(a, b)
	a.Quo(a, big.NewFloat(2))
	s := a.Text('e', 1100)
	// trim trailing zeros of the mantissa
	i := strings.IndexByte(s, 'e')
	m, e := strings.TrimRight(s[:i], "0"), s[i:]
	m = strings.TrimSuffix(m, ".")
	return m + e
}

func parseFloatInputs() []string {
	ins := []string{
		"", "0", "-0", "+0", "1", "-1", "+1", ".5", "5.", ".", "-.", "+", "-", "e", "1e", "1e+", "1e-", "e1",
		"1e1", "1E1", "1e+1", "1e-1", "0.1", "0.2", "0.3", "1.7976931348623157e308", "1.7976931348623158e308",
		"1.7976931348623159e308", "1.797693134862315808e308", "1.7976931348623157e309", "-1e400", "1e400",
		"4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "2.4703282292062327e-324",
		"1e-324", "1e-325", "-1e-400", "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308",
		"inf", "Inf", "INF", "+inf", "-inf", "infinity", "Infinity", "-Infinity", "+INFINITY", "infinit", "infinityx",
		"nan", "NaN", "NAN", "-nan", "+nan", "nan1", "in", "na", "i", "n",
		"0x1p0", "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x1p1023", "0x1p1024", "0x1.fffffffffffffp1023",
		"0x1.fffffffffffff8p1023", "0x.8p1", "0x1.p1", "0X1P1", "0x1", "0x1p", "0xp1", "0x", "0x1e3", "0x1.0p+1",
		"0x1_0p0", "0x_1p0", "1_000", "1__000", "_1000", "1000_", "1_000.5", "0_1", "00", "007", "1e1_0", "0x1p1_0",
		"1.5e-45", "1.4e-45", "7e-46", "7.006492321624085e-46", "3.4028235e38", "3.4028236e38", "3.40282357e38",
		"1.17549435e-38", "123456789012345678901234567890", "0.000000000000000000000000000001",
		"100000000000000016777215", "100000000000000016777216", "9007199254740993", "9007199254740992.5",
		"1e23", "8.533e+68", "4.1006e-184", "9.998e+307", "9.9538452227e-280", "6.47660115e-260",
		"7.4e+47", "5.92e+48", "7.35e+66", "8.32116e+55", "1.00000005960464477550", "1.0000000596046448",
		"1x", "1.5x", "x1", " 1", "1 ", "1e1e1", "1.2.3", "--1", "+-1", "0e0", "0e-99999999999", "1e99999999999",
		"1e-99999999999", "0.0000000000000000000000000000000000000000000000000000000000000001e99999999",
		"1" + strings.Repeat("0", 800), "0." + strings.Repeat("0", 800) + "1", "1." + strings.Repeat("9", 900),
		strings.Repeat("1", 19), strings.Repeat("1", 20), strings.Repeat("9", 30) + "e-30",
	}
	for i := 0; i < n(3000); i++ {
		x := randFloat()
		if math.IsNaN(x) || math.IsInf(x, 0) {
			continue
		}
		ins = append(ins, strconv.FormatFloat(x, 'g', -1, 64), strconv.FormatFloat(x, 'e', rng.Intn(25), 64),
			strconv.FormatFloat(x, 'g', -1, 32), strconv.FormatFloat(x, 'x', rng.Intn(16)-1, 64))
		for _, b32 := range []bool{false, true} {
			y := x
			if b32 {
				y = float64(float32(x))
				if math.IsInf(y, 0) {
					continue
				}
			}
			m := midpoint(math.Abs(y), b32)
			ins = append(ins, m)
			// just below and above the midpoint
			i := strings.IndexByte(m, 'e')
			mant, exp := m[:i], m[i:]
			for _, k := range []int{17, 18, 19, 20, 25, 40} {
				if k+1 < len(mant) {
					ins = append(ins, mant[:k+1]+exp)
				}
			}
			ins = append(ins, mant+"0000001"+exp)
		}
	}
	// junk built from the characters the parser knows
	const alphabet = "0123456789012345678901234567890123456789..eE+-_xXpPinfaINFAtyb "
	for i := 0; i < n(20000); i++ {
		b := make([]byte, 1+rng.Intn(20))
		for j := range b {
			b[j] = alphabet[rng.Intn(len(alphabet))]
		}
		ins = append(ins, string(b))
	}
	// underscores inserted into valid numbers (allowed only with a base prefix)
	for i := 0; i < n(3000); i++ {
		s := ins[rng.Intn(200)]
		if len(s) > 0 {
			j := rng.Intn(len(s))
			ins = append(ins, s[:j]+"_"+s[j:], "0x"+s, "0x1.8"+s)
		}
	}
	return ins
}

func checkParseFloat() {
	for _, s := range parseFloatInputs() {
		for _, bs := range []int{64, 32} {
			g, ge := wstrconv.ParseFloat(s, bs)
			w, we := strconv.ParseFloat(s, bs)
			report("strconv.ParseFloat", sameF(g, w) && wNumErr(ge) == gNumErr(we), fmt.Sprintf("%q, %d", s, bs),
				bitsStr(g)+" "+wNumErr(ge), bitsStr(w)+" "+gNumErr(we))
		}
	}
}

// ------------------------------------------------------------------ ints

func intInputs() []string {
	ins := []string{
		"", "0", "-0", "+0", "1", "-1", "+1", "00", "0x", "0b", "0o", "0X1f", "0B101", "0O17", "017", "0x_1", "0x1_",
		"1_2", "1__2", "_12", "12_", "0_12", "-0x1f", "+0b1", "0x8000000000000000", "-0x8000000000000000",
		"9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
		"18446744073709551615", "18446744073709551616", "99999999999999999999999", "-99999999999999999999999",
		"127", "128", "-128", "-129", "255", "256", "32767", "32768", "-32768", "-32769", "65535", "65536",
		"2147483647", "2147483648", "-2147483648", "-2147483649", "4294967295", "4294967296",
		"zz", "ZZ", "Zz", "1a", "a", "A", "g", "-", "+", "--1", "+-1", " 1", "1 ", "1.0", "1e3", "0xg",
		"7fffffffffffffff", "8000000000000000", "ffffffffffffffff", "10000000000000000",
		"1y2p0fe410ea8", "3w5e11264sgsf", "3w5e11264sgsg", "1" + strings.Repeat("0", 64), strings.Repeat("1", 65),
	}
	const alphabet = "0123456789012345678901234567890123456789abcdefxobABCDEFXOBzZ_+-"
	for i := 0; i < n(30000); i++ {
		b := make([]byte, 1+rng.Intn(22))
		for j := range b {
			b[j] = alphabet[rng.Intn(len(alphabet))]
		}
		ins = append(ins, string(b))
	}
	for i := 0; i < n(5000); i++ {
		v := rng.Uint64() >> uint(rng.Intn(64))
		base := 2 + rng.Intn(35)
		s := strconv.FormatUint(v, base)
		if rng.Intn(2) == 0 {
			s = "-" + s
		}
		ins = append(ins, s)
	}
	return ins
}

func checkInts() {
	bases := []int{0, 10, 16, 2, 8, 36, 3, 1, 37, -1}
	bitSizes := []int{0, 64, 32, 16, 8, 1, 63, 65, -1}
	for i, s := range intInputs() {
		for j, base := range bases {
			if i > 200 && j > 5 && rng.Intn(4) != 0 {
				continue
			}
			for k, bs := range bitSizes {
				if i > 200 && k > 4 && rng.Intn(4) != 0 {
					continue
				}
				in := fmt.Sprintf("%q, %d, %d", s, base, bs)
				g, ge := wstrconv.ParseInt(s, base, bs)
				w, we := strconv.ParseInt(s, base, bs)
				report("strconv.ParseInt", g == w && wNumErr(ge) == gNumErr(we), in, fmt.Sprint(g, " ", wNumErr(ge)), fmt.Sprint(w, " ", gNumErr(we)))
				gu, gue := wstrconv.ParseUint(s, base, bs)
				wu, wue := strconv.ParseUint(s, base, bs)
				report("strconv.ParseUint", gu == wu && wNumErr(gue) == gNumErr(wue), in, fmt.Sprint(gu, " ", wNumErr(gue)), fmt.Sprint(wu, " ", gNumErr(wue)))
			}
		}
		g, ge := wstrconv.Atoi(s)
		w, we := strconv.Atoi(s)
		report("strconv.Atoi", g == w && wNumErr(ge) == gNumErr(we), fmt.Sprintf("%q", s), fmt.Sprint(g, " ", wNumErr(ge)), fmt.Sprint(w, " ", gNumErr(we)))
	}
	var vals []int64
	for i := -200; i <= 200; i++ {
		vals = append(vals, int64(i))
	}
	vals = append(vals, math.MinInt64, math.MaxInt64, math.MinInt32, math.MaxInt32, math.MaxUint32, -1<<62)
	for i := 0; i < n(20000); i++ {
		vals = append(vals, int64(rng.Uint64()>>uint(rng.Intn(64))), -int64(rng.Uint64()>>uint(rng.Intn(64))))
	}
	for _, v := range vals {
		for base := 2; base <= 36; base++ {
			in := fmt.Sprintf("%d, %d", v, base)
			report("strconv.FormatInt", wstrconv.FormatInt(v, base) == strconv.FormatInt(v, base), in, wstrconv.FormatInt(v, base), strconv.FormatInt(v, base))
			u := uint64(v)
			report("strconv.FormatUint", wstrconv.FormatUint(u, base) == strconv.FormatUint(u, base), in, wstrconv.FormatUint(u, base), strconv.FormatUint(u, base))
			ga, wa := string(wstrconv.AppendInt([]byte("x"), v, base)), string(strconv.AppendInt([]byte("x"), v, base))
			report("strconv.AppendInt", ga == wa, in, ga, wa)
			ga, wa = string(wstrconv.AppendUint([]byte("x"), u, base)), string(strconv.AppendUint([]byte("x"), u, base))
			report("strconv.AppendUint", ga == wa, in, ga, wa)
		}
		report("strconv.Itoa", wstrconv.Itoa(int(v)) == strconv.Itoa(int(v)), fmt.Sprint(v), wstrconv.Itoa(int(v)), strconv.Itoa(int(v)))
	}
	for _, base := range []int{-1, 0, 1, 37, 100} {
		for _, v := range []int64{0, 5, 200, -3} {
			in := fmt.Sprintf("%d, %d", v, base)
			g := panicText(func() { wstrconv.FormatInt(v, base) })
			w := panicText(func() { strconv.FormatInt(v, base) })
			report("strconv.FormatInt", g == w, in, g, w)
			g = panicText(func() { wstrconv.FormatUint(uint64(v), base) })
			w = panicText(func() { strconv.FormatUint(uint64(v), base) })
			report("strconv.FormatUint", g == w, in, g, w)
			g = panicText(func() { wstrconv.AppendInt(nil, v, base) })
			w = panicText(func() { strconv.AppendInt(nil, v, base) })
			report("strconv.AppendInt", g == w, in, g, w)
		}
	}
}

func checkBool() {
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False",
		"", "tRUE", "yes", "2", " true", "true ", "fa", "truee"} {
		g, ge := wstrconv.ParseBool(s)
		w, we := strconv.ParseBool(s)
		report("strconv.ParseBool", g == w && wNumErr(ge) == gNumErr(we), fmt.Sprintf("%q", s), fmt.Sprint(g, " ", wNumErr(ge)), fmt.Sprint(w, " ", gNumErr(we)))
	}
	for _, b := range []bool{true, false} {
		report("strconv.FormatBool", wstrconv.FormatBool(b) == strconv.FormatBool(b), fmt.Sprint(b), wstrconv.FormatBool(b), strconv.FormatBool(b))
		ga, wa := string(wstrconv.AppendBool([]byte("x"), b)), string(strconv.AppendBool([]byte("x"), b))
		report("strconv.AppendBool", ga == wa, fmt.Sprint(b), ga, wa)
	}
}

// ---------------------------------------------------------------- quoting

// randString returns a string mixing ASCII, control bytes, invalid UTF-8 and
// runes from all over Unicode (non-printable, non-graphic, surrogate range
// encodings, private use, unassigned).
func randString() string {
	var b []byte
	for i := rng.Intn(16); i > 0; i-- {
		switch rng.Intn(8) {
		case 0:
			b = append(b, byte(rng.Intn(0x20)))
		case 1:
			b = append(b, byte(0x20+rng.Intn(0x60)))
		case 2:
			b = append(b, byte(0x80+rng.Intn(0x80)))
		case 3:
			b = append(b, ("\\\"'`\x7f\n\t")[rng.Intn(7)])
		case 4:
			b = utf8.AppendRune(b, rune(rng.Intn(0x3000)))
		case 5:
			b = utf8.AppendRune(b, rune(rng.Intn(0x110000)))
		case 6:
			b = utf8.AppendRune(b, []rune{0xA0, 0x2028, 0x2029, 0xFEFF, 0xFFFD, 0x1680, 0x3000, 0x200B, 0xAD, 0xE000, 0x10FFFF, 0x1F600, 0x0378}[rng.Intn(13)])
		default:
			// encoded surrogate or overlong sequences
			b = append(b, []string{"\xed\xa0\x80", "\xc0\x80", "\xe0\x80\xaf", "\xf4\x90\x80\x80", "\xef\xbf\xbd"}[rng.Intn(5)]...)
		}
	}
	return string(b)
}

func checkQuote() {
	for _, r := range runeSamples() {
		in := fmt.Sprintf("%#x", r)
		report("strconv.IsPrint", wstrconv.IsPrint(r) == strconv.IsPrint(r), in, fmt.Sprint(wstrconv.IsPrint(r)), fmt.Sprint(strconv.IsPrint(r)))
		report("strconv.IsGraphic", wstrconv.IsGraphic(r) == strconv.IsGraphic(r), in, fmt.Sprint(wstrconv.IsGraphic(r)), fmt.Sprint(strconv.IsGraphic(r)))
		report("strconv.QuoteRune", wstrconv.QuoteRune(r) == strconv.QuoteRune(r), in, wstrconv.QuoteRune(r), strconv.QuoteRune(r))
		report("strconv.QuoteRuneToASCII", wstrconv.QuoteRuneToASCII(r) == strconv.QuoteRuneToASCII(r), in, wstrconv.QuoteRuneToASCII(r), strconv.QuoteRuneToASCII(r))
		report("strconv.QuoteRuneToGraphic", wstrconv.QuoteRuneToGraphic(r) == strconv.QuoteRuneToGraphic(r), in, wstrconv.QuoteRuneToGraphic(r), strconv.QuoteRuneToGraphic(r))
		if r&7 == 0 {
			ga, wa := string(wstrconv.AppendQuoteRune([]byte("x"), r)), string(strconv.AppendQuoteRune([]byte("x"), r))
			report("strconv.AppendQuoteRune", ga == wa, in, ga, wa)
			ga, wa = string(wstrconv.AppendQuoteRuneToASCII([]byte("x"), r)), string(strconv.AppendQuoteRuneToASCII([]byte("x"), r))
			report("strconv.AppendQuoteRuneToASCII", ga == wa, in, ga, wa)
			ga, wa = string(wstrconv.AppendQuoteRuneToGraphic([]byte("x"), r)), string(strconv.AppendQuoteRuneToGraphic([]byte("x"), r))
			report("strconv.AppendQuoteRuneToGraphic", ga == wa, in, ga, wa)
		}
		// the rune as a one-rune string
		s := string(r)
		report("strconv.Quote", wstrconv.Quote(s) == strconv.Quote(s), in, wstrconv.Quote(s), strconv.Quote(s))
		report("strconv.CanBackquote", wstrconv.CanBackquote(s) == strconv.CanBackquote(s), in, fmt.Sprint(wstrconv.CanBackquote(s)), fmt.Sprint(strconv.CanBackquote(s)))
	}
	for i := 0; i < n(100000); i++ {
		s := randString()
		in := fmt.Sprintf("%q", s)
		report("strconv.Quote", wstrconv.Quote(s) == strconv.Quote(s), in, wstrconv.Quote(s), strconv.Quote(s))
		report("strconv.QuoteToASCII", wstrconv.QuoteToASCII(s) == strconv.QuoteToASCII(s), in, wstrconv.QuoteToASCII(s), strconv.QuoteToASCII(s))
		report("strconv.QuoteToGraphic", wstrconv.QuoteToGraphic(s) == strconv.QuoteToGraphic(s), in, wstrconv.QuoteToGraphic(s), strconv.QuoteToGraphic(s))
		report("strconv.CanBackquote", wstrconv.CanBackquote(s) == strconv.CanBackquote(s), in, fmt.Sprint(wstrconv.CanBackquote(s)), fmt.Sprint(strconv.CanBackquote(s)))
		ga, wa := string(wstrconv.AppendQuote([]byte("x"), s)), string(strconv.AppendQuote([]byte("x"), s))
		report("strconv.AppendQuote", ga == wa, in, ga, wa)
		ga, wa = string(wstrconv.AppendQuoteToASCII([]byte("x"), s)), string(strconv.AppendQuoteToASCII([]byte("x"), s))
		report("strconv.AppendQuoteToASCII", ga == wa, in, ga, wa)
		ga, wa = string(wstrconv.AppendQuoteToGraphic([]byte("x"), s)), string(strconv.AppendQuoteToGraphic([]byte("x"), s))
		report("strconv.AppendQuoteToGraphic", ga == wa, in, ga, wa)
	}
}

// ------------------------------------------------------------- unquoting

func mutate(s string) string {
	const pieces = `\"'` + "`" + `abfnrtvx01234567uU89{}Nz` + "\n\r\x00\xff\u00e9"
	b := []byte(s)
	for k := rng.Intn(3); k >= 0; k-- {
		switch rng.Intn(4) {
		case 0: // insert
			j := rng.Intn(len(b) + 1)
			c := pieces[rng.Intn(len(pieces))]
			b = append(b[:j], append([]byte{c}, b[j:]...)...)
		case 1: // delete
			if len(b) > 0 {
				j := rng.Intn(len(b))
				b = append(b[:j], b[j+1:]...)
			}
		case 2: // truncate
			if len(b) > 0 {
				b = b[:rng.Intn(len(b))]
			}
		default: // replace
			if len(b) > 0 {
				b[rng.Intn(len(b))] = pieces[rng.Intn(len(pieces))]
			}
		}
	}
	return string(b)
}

func unquoteInputs() []string {
	ins := []string{
		``, `"`, `'`, "`", `""`, `''`, "``", `"a"`, `'a'`, "`a`", `"\"`, `"\\"`, `'\''`, `'\"'`, `"\'"`, `"\""`,
		`'ab'`, `'\x41'`, `'\u00e9'`, `'\U0001F600'`, `'\U00110000'`, `'\ud800'`, `"\ud800"`, `"\xff"`, `'\xff'`,
		`"\400"`, `"\377"`, `"\777"`, `'\400'`, `"\08"`, `"\x4"`, `"\x4g"`, `"\u12"`, `"\U0010FFFF"`, `"\U00110000"`,
		`"\a\b\f\n\r\t\v\\"`, `"\q"`, "\"a\nb\"", "`a\nb`", "`a\rb`", "`a`b`", `"a"b"`, `"a" `, ` "a"`, `"abc`,
		`'`, `'\'`, "'\xff'", "'\u00e9'", "'\xed\xa0\x80'", "\"\xed\xa0\x80\"", "'ab", `"\u00e9"x`, "\"\u2028\"",
		`"\x41\x42"`, `"\101\102"`, `"\0"`, `'\0'`, `'\000'`, `"` + strings.Repeat("x", 100) + `"`,
	}
	for i := 0; i < n(30000); i++ {
		s := randString()
		var q string
		switch rng.Intn(6) {
		case 0:
			q = strconv.Quote(s)
		case 1:
			q = strconv.QuoteToASCII(s)
		case 2:
			q = strconv.QuoteToGraphic(s)
		case 3:
			q = "`" + s + "`"
		case 4:
			r, _ := utf8.DecodeRuneInString(s)
			q = []func(rune) string{strconv.QuoteRune, strconv.QuoteRuneToASCII, strconv.QuoteRuneToGraphic}[rng.Intn(3)](r)
		default:
			q = `"` + s + `"`
		}
		ins = append(ins, q, mutate(q))
		if rng.Intn(4) == 0 {
			ins = append(ins, q+randString(), mutate(q)+`"`+s)
		}
	}
	return ins
}

func checkUnquote() {
	for _, s := range unquoteInputs() {
		in := fmt.Sprintf("%q", s)
		g, ge := wstrconv.Unquote(s)
		w, we := strconv.Unquote(s)
		report("strconv.Unquote", g == w && wErr(ge) == gErr(we), in, fmt.Sprintf("%q %s", g, wErr(ge)), fmt.Sprintf("%q %s", w, gErr(we)))
		g, ge = wstrconv.QuotedPrefix(s)
		w, we = strconv.QuotedPrefix(s)
		report("strconv.QuotedPrefix", g == w && wErr(ge) == gErr(we), in, fmt.Sprintf("%q %s", g, wErr(ge)), fmt.Sprintf("%q %s", w, gErr(we)))
		body := s
		if len(body) > 0 {
			body = body[1:]
		}
		for _, q := range []byte{0, '"', '\'', '`'} {
			gv, gm, gt, ge := wstrconv.UnquoteChar(body, q)
			wv, wm, wt, we := strconv.UnquoteChar(body, q)
			report("strconv.UnquoteChar", gv == wv && gm == wm && gt == wt && wErr(ge) == gErr(we), fmt.Sprintf("%q, %q", body, q),
				fmt.Sprintf("%q %v %q %s", gv, gm, gt, wErr(ge)), fmt.Sprintf("%q %v %q %s", wv, wm, wt, gErr(we)))
		}
	}
}
END_STRCONV_GO

cat >"$TMP/src/portcheck/errors.go" <<'END_ERRORS_GO'
package main

import (
	"errors"
	"fmt"
	"math"
	"reflect"

	werrors "weftstd/errors"
)

type valErr struct{ n int }

func (e valErr) Error() string { return fmt.Sprint("val", e.n) }

type ptrErr struct{ n int }

func (e *ptrErr) Error() string { return fmt.Sprint("ptr", e.n) }

type sliceErr []int // not comparable

func (e sliceErr) Error() string { return fmt.Sprint("slice", []int(e)) }

type mapErr struct{ m map[int]int } // not comparable

func (e mapErr) Error() string { return "map" }

type nanErr float64 // comparable, but NaN != NaN

func (e nanErr) Error() string { return fmt.Sprint("nan", float64(e)) }

type isErr struct{ id int } // matches valErr{id} through its Is method

func (e isErr) Error() string { return fmt.Sprint("is", e.id) }
func (e isErr) Is(target error) bool {
	t, ok := target.(valErr)
	return ok && t.n == e.id
}

type wrapErr struct{ err error }

func (e *wrapErr) Error() string { return "wrap(" + e.err.Error() + ")" }
func (e *wrapErr) Unwrap() error { return e.err }

type nilWrap struct{}

func (nilWrap) Error() string { return "nilwrap" }
func (nilWrap) Unwrap() error { return nil }

type multiErr struct{ errs []error }

func (e *multiErr) Error() string   { return "multi" }
func (e *multiErr) Unwrap() []error { return e.errs }

// refIs is Go 1.22's errors.Is, with reflect in place of internal/reflectlite.
func refIs(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return refis(err, target, reflect.TypeOf(target).Comparable())
}

func refis(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if refis(err, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

var (
	wNew1, wNew2 = werrors.New("a"), werrors.New("a")
	gNew1        = errors.New("a")
	ptr1, ptr2   = &ptrErr{1}, &ptrErr{2}
	leaves       = []error{nil, wNew1, wNew2, gNew1, valErr{0}, valErr{1}, valErr{2}, ptr1, ptr2, sliceErr{1},
		mapErr{map[int]int{}}, nanErr(math.NaN()), nanErr(1), isErr{0}, isErr{1}, nilWrap{}, werrors.ErrUnsupported}
)

func genErr(depth int, multi bool) error {
	if depth == 0 || rng.Intn(3) == 0 {
		return leaves[1+rng.Intn(len(leaves)-1)]
	}
	k := 2
	if multi {
		k = 4
	}
	switch rng.Intn(k) {
	case 0:
		return &wrapErr{genErr(depth-1, multi)}
	case 1:
		return fmt.Errorf("f: %w", genErr(depth-1, multi))
	case 2:
		var es []error
		for i := rng.Intn(4); i > 0; i-- {
			if rng.Intn(5) == 0 {
				es = append(es, nil)
			} else {
				es = append(es, genErr(depth-1, multi))
			}
		}
		return &multiErr{es}
	default:
		var es []error
		for i := 1 + rng.Intn(3); i > 0; i-- {
			es = append(es, genErr(depth-1, multi))
		}
		return werrors.Join(es...)
	}
}

// same compares two errors by identity without panicking on uncomparable
// ones (and treating a NaN-valued error as equal to itself).
func same(a, b error) (eq bool) {
	if reflect.TypeOf(a) != reflect.TypeOf(b) {
		return false
	}
	if a == nil || reflect.TypeOf(a).Kind() == reflect.Ptr {
		return a == b
	}
	return fmt.Sprintf("%#v", a) == fmt.Sprintf("%#v", b)
}

func checkErrors() {
	report("errors.New", wNew1.Error() == "a" && wNew1 != wNew2 && wNew1 == wNew1, `"a"`, wNew1.Error(), "a")
	report("errors.New", werrors.New("").Error() == "", `""`, werrors.New("").Error(), "")
	report("errors.ErrUnsupported", werrors.ErrUnsupported.Error() == "unsupported operation", "", werrors.ErrUnsupported.Error(), "unsupported operation")
	for i := 0; i < n(20000); i++ {
		multi := i%2 == 1
		err := genErr(4, multi)
		if rng.Intn(10) == 0 {
			err = nil
		}
		var targets []error
		targets = append(targets, leaves...)
		for t := err; t != nil; t = errors.Unwrap(t) {
			targets = append(targets, t)
		}
		targets = append(targets, genErr(2, multi))
		in := fmt.Sprintf("%v", err)
		for _, target := range targets {
			g := werrors.Is(err, target)
			r := refIs(err, target)
			report("errors.Is(ref 1.22)", g == r, fmt.Sprintf("%s, %v", in, target), fmt.Sprint(g), fmt.Sprint(r))
			if !multi {
				w := errors.Is(err, target)
				report("errors.Is", g == w, fmt.Sprintf("%s, %v", in, target), fmt.Sprint(g), fmt.Sprint(w))
			}
		}
		gu, wu := werrors.Unwrap(err), errors.Unwrap(err)
		report("errors.Unwrap", same(gu, wu), in, fmt.Sprintf("%T %v", gu, gu), fmt.Sprintf("%T %v", wu, wu))
	}
	// Join (Go 1.20): expectations written out
	a, b, c := werrors.New("a"), valErr{7}, &ptrErr{3}
	report("errors.Join", werrors.Join() == nil, "", fmt.Sprint(werrors.Join()), "<nil>")
	report("errors.Join", werrors.Join(nil, nil) == nil, "nil, nil", fmt.Sprint(werrors.Join(nil, nil)), "<nil>")
	j := werrors.Join(a, nil, b, c)
	report("errors.Join", j.Error() == "a\nval7\nptr3", "a, nil, b, c", fmt.Sprintf("%q", j.Error()), `"a\nval7\nptr3"`)
	u, ok := j.(interface{ Unwrap() []error })
	report("errors.Join", ok && len(u.Unwrap()) == 3 && u.Unwrap()[0] == a && u.Unwrap()[1] == b && u.Unwrap()[2] == c,
		"a, nil, b, c: Unwrap() []error", fmt.Sprint(ok), "[a val7 ptr3]")
	report("errors.Join", werrors.Unwrap(j) == nil, "Unwrap(Join(a, b))", fmt.Sprint(werrors.Unwrap(j)), "<nil>")
	report("errors.Join", werrors.Is(j, a) && werrors.Is(j, b) && werrors.Is(j, c) && !werrors.Is(j, werrors.New("a")),
		"Is(Join(a, b, c), a|b|c|New(a))", "", "true true true false")
	j1 := werrors.Join(a)
	report("errors.Join", j1 != a && j1.Error() == "a", "Join(a)", j1.Error(), "a")
	jj := werrors.Join(j, werrors.Join(nil, c))
	report("errors.Join", jj.Error() == "a\nval7\nptr3\nptr3", "Join(Join(a, nil, b, c), Join(nil, c))", fmt.Sprintf("%q", jj.Error()), `"a\nval7\nptr3\nptr3"`)
	report("errors.Join", werrors.Join(j) != werrors.Join(j), "Join(j) != Join(j)", "", "distinct")
	checkAs()
}

// refAs is Go 1.22's errors.As, with reflect in place of internal/reflectlite.
func refAs(err error, target any) bool {
	if err == nil {
		return false
	}
	val := reflect.ValueOf(target)
	targetType := val.Type().Elem()
	for {
		if reflect.TypeOf(err).AssignableTo(targetType) {
			val.Elem().Set(reflect.ValueOf(err))
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if err == nil {
					continue
				}
				if refAs(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// asErr matches a *valErr target through its As method.
type asErr struct{ n int }

func (e asErr) Error() string { return fmt.Sprint("as", e.n) }
func (e asErr) As(target any) bool {
	if p, ok := target.(*valErr); ok {
		*p = valErr{100 + e.n}
		return true
	}
	return false
}

// asPanic is the panic value of f, or nil.
func asPanic(f func()) (v any) {
	defer func() { v = recover() }()
	f()
	return nil
}

// checkAs compares errors.As with Go's (1.19: single chains; a reflect
// reference of 1.22's for trees) over the targets' kinds: pointer and value
// error types, an empty and a non-empty interface, and a type reached through
// an As method; then its panics for bad targets.
func checkAs() {
	type targets struct {
		p  *ptrErr
		v  valErr
		w  *wrapErr
		e  error
		is interface{ Is(error) bool }
		a  any
	}
	show := func(t *targets) string {
		return fmt.Sprintf("%v %v %v %v %v %v", t.p, t.v, t.w, t.e, t.is, t.a)
	}
	for i := 0; i < n(20000); i++ {
		multi := i%2 == 1
		err := genErr(4, multi)
		if rng.Intn(10) == 0 {
			err = nil
		}
		if rng.Intn(4) == 0 {
			err = &wrapErr{asErr{rng.Intn(3)}}
		}
		var g, r targets
		gs := []bool{werrors.As(err, &g.p), werrors.As(err, &g.v), werrors.As(err, &g.w), werrors.As(err, &g.e),
			werrors.As(err, &g.is), werrors.As(err, &g.a)}
		var rs []bool
		if multi {
			rs = []bool{refAs(err, &r.p), refAs(err, &r.v), refAs(err, &r.w), refAs(err, &r.e), refAs(err, &r.is), refAs(err, &r.a)}
		} else {
			rs = []bool{errors.As(err, &r.p), errors.As(err, &r.v), errors.As(err, &r.w), errors.As(err, &r.e),
				errors.As(err, &r.is), errors.As(err, &r.a)}
		}
		name := "errors.As"
		if multi {
			name = "errors.As(ref 1.22)"
		}
		gt, rt := fmt.Sprint(gs, show(&g)), fmt.Sprint(rs, show(&r))
		report(name, gt == rt, fmt.Sprintf("%v", err), gt, rt)
	}
	var pe *ptrErr
	var n int
	var pn *int
	var ve valErr
	for _, t := range []struct {
		name   string
		target any
	}{{"nil", nil}, {"non-pointer", pe}, {"nil pointer", (**ptrErr)(nil)}, {"*int", &n}, {"**int", &pn},
		{"*struct", &struct{}{}}, {"ok *valErr", &ve}} {
		g := fmt.Sprint(asPanic(func() { werrors.As(valErr{1}, t.target) }))
		r := fmt.Sprint(asPanic(func() { errors.As(valErr{1}, t.target) }))
		report("errors.As(panics)", g == r, t.name, g, r)
	}
	report("errors.As(nil err)", !werrors.As(nil, &pe), "nil, &pe", "", "false")
}
END_ERRORS_GO

cat >"$TMP/src/portcheck/time.go" <<'END_TIME_GO'
package main

import (
	"fmt"
	"math"
	"strings"
	"time"

	wtime "weftstd/time"
)

// ------------------------------------------------------------------ time

func randDuration() time.Duration {
	switch rng.Intn(6) {
	case 0:
		return time.Duration(rng.Uint64())
	case 1:
		return time.Duration(rng.Int63n(2000) - 1000)
	case 2:
		return time.Duration(rng.Int63n(1e12) - 5e11)
	case 3:
		units := []time.Duration{time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour}
		return time.Duration(rng.Int63n(10000)-5000) * units[rng.Intn(len(units))]
	case 4:
		return []time.Duration{0, 1, -1, math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1}[rng.Intn(7)]
	default:
		return time.Duration(rng.Int63n(1<<50) - 1<<49)
	}
}

func tErr(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

// zonePair is the same fixed zone in both packages.
type zonePair struct {
	w *wtime.Location
	g *time.Location
}

var zonePairs []zonePair

func initZones() {
	zonePairs = []zonePair{{wtime.UTC, time.UTC}}
	for _, z := range []struct {
		name string
		off  int
	}{{"EST", -5 * 3600}, {"IST", 5*3600 + 1800}, {"", -(3*3600 + 25*60 + 17)}, {"X", 14 * 3600}, {"", 0}, {"+0545", 5*3600 + 45*60}} {
		zonePairs = append(zonePairs, zonePair{wtime.FixedZone(z.name, z.off), time.FixedZone(z.name, z.off)})
	}
	for _, name := range []string{"America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Kolkata", "America/Sao_Paulo", "Pacific/Chatham"} {
		w, werr := wtime.LoadLocation(name)
		g, gerr := time.LoadLocation(name)
		report("time.LoadLocation", tErr(werr) == tErr(gerr), name, tErr(werr), tErr(gerr))
		if werr == nil && gerr == nil {
			zonePairs = append(zonePairs, zonePair{w, g})
		}
	}
	for _, name := range []string{"", "UTC", "Nowhere/Land", "America", "../x", "/etc/localtime", "Etc/GMT+5"} {
		w, werr := wtime.LoadLocation(name)
		g, gerr := time.LoadLocation(name)
		ws, gs := "", ""
		if werr == nil {
			ws = w.String()
		}
		if gerr == nil {
			gs = g.String()
		}
		report("time.LoadLocation", tErr(werr) == tErr(gerr) && ws == gs, name, ws+" "+tErr(werr), gs+" "+tErr(gerr))
	}
}

// describe prints everything a Time tells, in each package.
func describeW(t wtime.Time) string {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	iy, iw := t.ISOWeek()
	zn, zo := t.Zone()
	return fmt.Sprintf("%d %d %d %d:%d:%d.%d %d %d %d/%d %s %d %d %d %d %v %s", y, m, d, h, mi, s, t.Nanosecond(), t.Weekday(), t.YearDay(),
		iy, iw, zn, zo, t.Unix(), t.UnixMilli(), t.UnixNano(), t.IsZero(), t.String())
}

func describeG(t time.Time) string {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	iy, iw := t.ISOWeek()
	zn, zo := t.Zone()
	return fmt.Sprintf("%d %d %d %d:%d:%d.%d %d %d %d/%d %s %d %d %d %d %v %s", y, m, d, h, mi, s, t.Nanosecond(), t.Weekday(), t.YearDay(),
		iy, iw, zn, zo, t.Unix(), t.UnixMilli(), t.UnixNano(), t.IsZero(), t.String())
}

func randDate() (y, mo, d, h, mi, s, ns int) {
	switch rng.Intn(3) {
	case 0: // in range
		return 1900 + rng.Intn(250), 1 + rng.Intn(12), 1 + rng.Intn(31), rng.Intn(24), rng.Intn(60), rng.Intn(60), rng.Intn(1e9)
	case 1: // out of range, normalised
		return rng.Intn(4000) - 1000, rng.Intn(60) - 30, rng.Intn(800) - 400, rng.Intn(100) - 50, rng.Intn(400) - 200, rng.Intn(10000) - 5000, rng.Intn(4e9) - 2e9
	default: // far years
		return rng.Intn(600000) - 300000, 1 + rng.Intn(12), 1 + rng.Intn(28), rng.Intn(24), rng.Intn(60), rng.Intn(60), rng.Intn(1e9)
	}
}

var layouts = []string{
	time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
	time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp,
	time.StampMilli, time.StampMicro, time.StampNano, "2006-01-02 15:04:05", "2006-01-02", "15:04:05",
	"Monday January 2 2006 3:4:5 pm PM", "_2 __2 002 Jan January 1 01 Mon Monday", "06 2006 -07 -0700 -07:00 -070000 -07:00:00",
	"Z07 Z0700 Z07:00 Z070000 Z07:00:00 MST", ".0 .000 .000000000 .9 .999 .999999999 ,000 ,999", "15:04:05.00000",
	"2006-002 15", "Jan _2 2006 15:04:05.999 Z07:00", "2006-01-02T15:04:05,999999Z0700", "3:04:05.000 PM MST 2006/1/2",
}

var layoutPieces = []string{"2006", "06", "01", "1", "Jan", "January", "02", "2", "_2", "__2", "002", "15", "3", "03", "4", "04",
	"5", "05", "PM", "pm", "MST", "-0700", "-07", "-07:00", "-070000", "-07:00:00", "Z0700", "Z07:00", "Z07", "Z070000", "Z07:00:00",
	".000", ".999", ",000", ".9", ".0", "Mon", "Monday", " ", ":", "-", "/", "T", "x", "0", ".", ","}

func randLayout() string {
	if rng.Intn(2) == 0 {
		return layouts[rng.Intn(len(layouts))]
	}
	var b strings.Builder
	for i := rng.Intn(8); i >= 0; i-- {
		b.WriteString(layoutPieces[rng.Intn(len(layoutPieces))])
	}
	return b.String()
}

func mutateValue(s string) string {
	const pieces = "0123456789 :-+.,ZTAPMampmJanFebMonSunUTCGMT"
	b := []byte(s)
	for k := rng.Intn(3); k >= 0; k-- {
		switch rng.Intn(3) {
		case 0:
			j := rng.Intn(len(b) + 1)
			b = append(b[:j], append([]byte{pieces[rng.Intn(len(pieces))]}, b[j:]...)...)
		case 1:
			if len(b) > 0 {
				j := rng.Intn(len(b))
				b = append(b[:j], b[j+1:]...)
			}
		default:
			if len(b) > 0 {
				b[rng.Intn(len(b))] = pieces[rng.Intn(len(pieces))]
			}
		}
	}
	return string(b)
}

func checkTime() {
	initZones()
	// Duration
	for i := 0; i < n(100000); i++ {
		d := randDuration()
		wd := wtime.Duration(d)
		in := fmt.Sprint(int64(d))
		report("time.Duration.String", wd.String() == d.String(), in, wd.String(), d.String())
		report("time.Duration.Hours", sameF(wd.Hours(), d.Hours()), in, bitsStr(wd.Hours()), bitsStr(d.Hours()))
		report("time.Duration.Minutes", sameF(wd.Minutes(), d.Minutes()), in, bitsStr(wd.Minutes()), bitsStr(d.Minutes()))
		report("time.Duration.Seconds", sameF(wd.Seconds(), d.Seconds()), in, bitsStr(wd.Seconds()), bitsStr(d.Seconds()))
		report("time.Duration.Milliseconds", wd.Milliseconds() == d.Milliseconds(), in, fmt.Sprint(wd.Milliseconds()), fmt.Sprint(d.Milliseconds()))
		report("time.Duration.Microseconds", wd.Microseconds() == d.Microseconds(), in, fmt.Sprint(wd.Microseconds()), fmt.Sprint(d.Microseconds()))
		report("time.Duration.Abs", int64(wd.Abs()) == int64(d.Abs()), in, fmt.Sprint(int64(wd.Abs())), fmt.Sprint(int64(d.Abs())))
		m := randDuration()
		if rng.Intn(2) == 0 {
			m = time.Duration(rng.Int63n(1e10))
		}
		in2 := fmt.Sprint(int64(d), ", ", int64(m))
		report("time.Duration.Round", int64(wd.Round(wtime.Duration(m))) == int64(d.Round(m)), in2, fmt.Sprint(int64(wd.Round(wtime.Duration(m)))), fmt.Sprint(int64(d.Round(m))))
		report("time.Duration.Truncate", int64(wd.Truncate(wtime.Duration(m))) == int64(d.Truncate(m)), in2, fmt.Sprint(int64(wd.Truncate(wtime.Duration(m)))), fmt.Sprint(int64(d.Truncate(m))))
		// ParseDuration of the text and of mutations of it
		s := d.String()
		if rng.Intn(3) == 0 {
			s = mutateDur(s)
		}
		wp, we := wtime.ParseDuration(s)
		gp, ge := time.ParseDuration(s)
		report("time.ParseDuration", int64(wp) == int64(gp) && tErr(we) == tErr(ge), fmt.Sprintf("%q", s), fmt.Sprint(int64(wp), " ", tErr(we)), fmt.Sprint(int64(gp), " ", tErr(ge)))
	}
	for m := -2; m < 16; m++ {
		report("time.Month.String", wtime.Month(m).String() == time.Month(m).String(), fmt.Sprint(m), wtime.Month(m).String(), time.Month(m).String())
		report("time.Weekday.String", wtime.Weekday(m).String() == time.Weekday(m).String(), fmt.Sprint(m), wtime.Weekday(m).String(), time.Weekday(m).String())
	}
	// Date normalisation, accessors, AddDate, Add/Sub, Round/Truncate, Format, Parse
	for i := 0; i < n(40000); i++ {
		z := zonePairs[rng.Intn(len(zonePairs))]
		y, mo, d, h, mi, s, ns := randDate()
		wt := wtime.Date(y, wtime.Month(mo), d, h, mi, s, ns, z.w)
		gt := time.Date(y, time.Month(mo), d, h, mi, s, ns, z.g)
		in := fmt.Sprint(y, mo, d, h, mi, s, ns, z.g)
		report("time.Date", describeW(wt) == describeG(gt), in, describeW(wt), describeG(gt))
		report("time.Time.GoString", wt.GoString() == gt.GoString(), in, wt.GoString(), gt.GoString())
		ws, we := wt.ZoneBounds()
		gs, ge := gt.ZoneBounds()
		report("time.Time.ZoneBounds", ws.String()+we.String() == gs.String()+ge.String(), in, ws.String()+" "+we.String(), gs.String()+" "+ge.String())
		report("time.Time.IsDST", wt.IsDST() == gt.IsDST(), in, fmt.Sprint(wt.IsDST()), fmt.Sprint(gt.IsDST()))
		// In another zone
		z2 := zonePairs[rng.Intn(len(zonePairs))]
		report("time.Time.In", describeW(wt.In(z2.w)) == describeG(gt.In(z2.g)), in+" in "+z2.g.String(), describeW(wt.In(z2.w)), describeG(gt.In(z2.g)))
		// Unix
		sec, nsec := rng.Int63n(1<<40)-1<<39, rng.Int63n(4e9)-2e9
		report("time.Unix", describeW(wtime.Unix(sec, nsec).In(z.w)) == describeG(time.Unix(sec, nsec).In(z.g)), fmt.Sprint(sec, nsec), describeW(wtime.Unix(sec, nsec).In(z.w)), describeG(time.Unix(sec, nsec).In(z.g)))
		ms := rng.Int63()>>rng.Intn(30) - 1<<40
		report("time.UnixMilli", describeW(wtime.UnixMilli(ms).UTC()) == describeG(time.UnixMilli(ms).UTC()), fmt.Sprint(ms), describeW(wtime.UnixMilli(ms).UTC()), describeG(time.UnixMilli(ms).UTC()))
		report("time.UnixMicro", describeW(wtime.UnixMicro(ms).UTC()) == describeG(time.UnixMicro(ms).UTC()), fmt.Sprint(ms), describeW(wtime.UnixMicro(ms).UTC()), describeG(time.UnixMicro(ms).UTC()))
		// AddDate
		ay, am, ad := rng.Intn(200)-100, rng.Intn(400)-200, rng.Intn(4000)-2000
		report("time.Time.AddDate", describeW(wt.AddDate(ay, am, ad)) == describeG(gt.AddDate(ay, am, ad)), fmt.Sprint(in, " + ", ay, am, ad), describeW(wt.AddDate(ay, am, ad)), describeG(gt.AddDate(ay, am, ad)))
		// Add, Sub, comparisons
		dd := randDuration()
		wa, ga := wt.Add(wtime.Duration(dd)), gt.Add(dd)
		report("time.Time.Add", describeW(wa) == describeG(ga), fmt.Sprint(in, " + ", int64(dd)), describeW(wa), describeG(ga))
		report("time.Time.Sub", int64(wa.Sub(wt)) == int64(ga.Sub(gt)) && int64(wt.Sub(wa)) == int64(gt.Sub(ga)), fmt.Sprint(in, " + ", int64(dd)), fmt.Sprint(int64(wa.Sub(wt))), fmt.Sprint(int64(ga.Sub(gt))))
		gc := 0
		if gt.Before(ga) {
			gc = -1
		} else if gt.After(ga) {
			gc = 1
		}
		wc := fmt.Sprint(wt.Before(wa), wt.After(wa), wt.Equal(wa), wt.Compare(wa), wa.Compare(wt))
		gcs := fmt.Sprint(gt.Before(ga), gt.After(ga), gt.Equal(ga), gc, -gc)
		report("time.Time.Before/After/Equal/Compare", wc == gcs, fmt.Sprint(in, " + ", int64(dd)), wc, gcs)
		rd := randDuration()
		if rng.Intn(2) == 0 {
			rd = time.Duration(rng.Int63n(1e13))
		}
		report("time.Time.Round", describeW(wt.Round(wtime.Duration(rd))) == describeG(gt.Round(rd)), fmt.Sprint(in, " ", int64(rd)), describeW(wt.Round(wtime.Duration(rd))), describeG(gt.Round(rd)))
		report("time.Time.Truncate", describeW(wt.Truncate(wtime.Duration(rd))) == describeG(gt.Truncate(rd)), fmt.Sprint(in, " ", int64(rd)), describeW(wt.Truncate(wtime.Duration(rd))), describeG(gt.Truncate(rd)))
		// Format and Parse
		l := randLayout()
		wf, gf := wt.Format(l), gt.Format(l)
		report("time.Time.Format", wf == gf, fmt.Sprintf("%s %q", in, l), wf, gf)
		v := gf
		if rng.Intn(3) == 0 {
			v = mutateValue(v)
		}
		wpt, wpe := wtime.Parse(l, v)
		gpt, gpe := time.Parse(l, v)
		report("time.Parse", describeW(wpt) == describeG(gpt) && tErr(wpe) == tErr(gpe), fmt.Sprintf("%q %q", l, v), describeW(wpt)+" "+tErr(wpe), describeG(gpt)+" "+tErr(gpe))
		wpt, wpe = wtime.ParseInLocation(l, v, z.w)
		gpt, gpe = time.ParseInLocation(l, v, z.g)
		report("time.ParseInLocation", describeW(wpt) == describeG(gpt) && tErr(wpe) == tErr(gpe), fmt.Sprintf("%q %q %s", l, v, z.g), describeW(wpt)+" "+tErr(wpe), describeG(gpt)+" "+tErr(gpe))
		wb, gb := string(wt.AppendFormat([]byte("x"), l)), string(gt.AppendFormat([]byte("x"), l))
		report("time.Time.AppendFormat", wb == gb, fmt.Sprintf("%s %q", in, l), wb, gb)
	}
	var wz wtime.Time
	var gz time.Time
	report("time.Time(zero)", describeW(wz) == describeG(gz) && wz.GoString() == gz.GoString(), "", describeW(wz), describeG(gz))
	pe := &wtime.ParseError{Layout: "L", Value: "a\x00\"b", LayoutElem: "LE", ValueElem: "V\"E", Message: ""}
	ge := &time.ParseError{Layout: "L", Value: "a\x00\"b", LayoutElem: "LE", ValueElem: "V\"E", Message: ""}
	report("time.ParseError.Error", pe.Error() == ge.Error(), "", pe.Error(), ge.Error())
	pe.Message, ge.Message = ": m", ": m"
	report("time.ParseError.Error", pe.Error() == ge.Error(), "", pe.Error(), ge.Error())
}

func mutateDur(s string) string {
	const pieces = "0123456789.hmsunµμ-+ x"
	r := []rune(s)
	for k := rng.Intn(3); k >= 0; k-- {
		switch rng.Intn(3) {
		case 0:
			pr := []rune(pieces)
			j := rng.Intn(len(r) + 1)
			r = append(r[:j], append([]rune{pr[rng.Intn(len(pr))]}, r[j:]...)...)
		case 1:
			if len(r) > 0 {
				j := rng.Intn(len(r))
				r = append(r[:j], r[j+1:]...)
			}
		default:
			if len(r) > 0 {
				pr := []rune(pieces)
				r[rng.Intn(len(r))] = pr[rng.Intn(len(pr))]
			}
		}
	}
	return string(r)
}
END_TIME_GO

# vet's stdmethods check (Go 1.19) rejects the Unwrap() []error of the test's multiErr, and its
# errorsas check the *error targets that checkAs passes on purpose
(cd "$TMP/src/portcheck" && go vet -stdmethods=false -errorsas=false . && go build -o "$TMP/portcheck" .) || { echo "FAIL building the comparison program"; exit 1; }

# Go's Exp on amd64 takes its FMA path when the CPU has AVX and FMA.
fma=false
if grep -qw fma /proc/cpuinfo 2>/dev/null && grep -qw avx /proc/cpuinfo 2>/dev/null; then fma=true; fi

echo "== strconv, unicode/utf8, math, errors, time vs Go $(go env GOVERSION) (Exp with useFMA=$fma, as Go on this CPU)"
"$TMP/portcheck" -fma=$fma "$@" || fail=1
echo "== math again with GODEBUG=cpu.fma=off and useFMA=false (Exp's SSE2 path)"
GODEBUG=cpu.fma=off "$TMP/portcheck" -fma=false -mathonly "$@" || fail=1

if [[ $fail -ne 0 ]]; then
    echo "RESULT: FAIL"
    exit 1
fi
echo "RESULT: PASS"
