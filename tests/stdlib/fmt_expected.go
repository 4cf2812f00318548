//go:build ignore

// fmt_expected.go — the Go twin of tests/stdlib/Printer.test.cpp.
//
// Each case pairs a Go value with the C++ expression that builds the same value with the test's
// mock (Printer.test.cpp's helpers), formats the Go value with the real fmt package and prints a
// doctest CHECK comparing the C++ engine's output with Go's. The output is the generated part
// of Printer.test.cpp (between the BEGIN/END GENERATED markers):
//
//	go run tests/stdlib/fmt_expected.go > /tmp/generated.inc
//
// Pointers, channels and funcs get fixed fake addresses (never dereferenced), so that their
// printed form is deterministic. Verified with Go 1.19.
package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"unsafe"
)

// ---- the emitter ----

var out strings.Builder

func cppLit(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\t':
			b.WriteString(`\t`)
		case c >= 0x20 && c < 0x7f:
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "\\%03o", c) // octal: never swallows a following digit past 3
		}
	}
	b.WriteByte('"')
	return b.String()
}

func emit(cppExpr, got string) {
	fmt.Fprintf(&out, "    CHECK(%s == %s);\n", cppExpr, cppLit(got))
}

func begin(name string) { fmt.Fprintf(&out, "TEST_CASE(%s)\n{\n", cppLit("fmt: "+name)) }
func end()              { out.WriteString("}\n\n") }

// sf: Sprintf(format, args...) against SF(format, {cppArgs}).
func sf(cppArgs, format string, args ...any) {
	emit(fmt.Sprintf("SF(%s, {%s})", cppLit(format), cppArgs), fmt.Sprintf(format, args...))
}

// vs: one value under several formats.
func vs(cppArg string, arg any, formats ...string) {
	for _, f := range formats {
		sf(cppArg, f, arg)
	}
}

func sp(cppArgs string, args ...any) { emit(fmt.Sprintf("SP({%s})", cppArgs), fmt.Sprint(args...)) }
func sl(cppArgs string, args ...any) { emit(fmt.Sprintf("SL({%s})", cppArgs), fmt.Sprintln(args...)) }

// ef: Errorf; the expected text is the message, "|w=" and the index of the wrapped argument.
func ef(cppArgs, format string, args ...any) {
	err := fmt.Errorf(format, args...)
	got := err.Error() + "|w="
	if u := errors.Unwrap(err); u != nil {
		for i, a := range args {
			if e, ok := a.(error); ok && e == u {
				got += fmt.Sprint(i)
				break
			}
		}
	}
	emit(fmt.Sprintf("EF(%s, {%s})", cppLit(format), cppArgs), got)
}

// fake returns a *T holding addr, for printing only.
func fake[T any](addr uintptr) *T { return *(**T)(unsafe.Pointer(&addr)) }

func fakeChan(addr uintptr) chan int { return *(*chan int)(unsafe.Pointer(&addr)) }

func fakeMap(addr uintptr) map[string]int { return *(*map[string]int)(unsafe.Pointer(&addr)) }

// A func value points at a word holding its code address, which is what %p and %v print.
func fakeFunc(code uintptr) func() {
	cell := new(uintptr)
	*cell = code
	return *(*func())(unsafe.Pointer(&cell))
}

// ---- the types ----

type Point struct{ X, Y int }
type MyInt int
type MyString string
type B []byte

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type ErrT struct{ Code int }

func (e ErrT) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

type PS struct{ N int }

func (p *PS) String() string { return "PS" }

type GS struct{ N int }

func (GS) GoString() string { return "GS!" }

type Pan struct{}

func (Pan) String() string { panic("boom") }

type PanErr struct{}

func (PanErr) Error() string { panic(errors.New("bad")) }

type PanGo struct{}

func (PanGo) GoString() string { panic("gs boom") }

type VR struct{ N int }

func (VR) String() string { return "VR" }

type NilOK struct{}

func (n *NilOK) String() string {
	if n == nil {
		return "nil NilOK"
	}
	return "NilOK"
}

type PanPtr struct{ N int }

func (p *PanPtr) String() string { return fmt.Sprint(p.N) }

type Fm struct{}

func (Fm) Format(f fmt.State, c rune) {
	fmt.Fprintf(f, "Fm[%c", c)
	if w, ok := f.Width(); ok {
		fmt.Fprintf(f, " w%d", w)
	}
	if p, ok := f.Precision(); ok {
		fmt.Fprintf(f, " p%d", p)
	}
	for _, fl := range "+-# 0" {
		if f.Flag(int(fl)) {
			fmt.Fprintf(f, " %c", fl)
		}
	}
	fmt.Fprint(f, "]")
}

type FmErr struct{}

func (FmErr) Format(f fmt.State, c rune) { fmt.Fprintf(f, "FmErr[%c]", c) }
func (FmErr) Error() string              { return "fmerr" }

type inner struct{ S Color }
type Outer struct {
	inner
	B int
}
type Hid struct {
	c Color
	C Color
}
type Wrap struct {
	E error
	A any
}
type Node struct {
	Next *Node
	V    int
}
type Mixed struct {
	Name string
	Tags []string
	M    map[string]int
	P    *Point
	I    any
	b    []byte
}
type Emb struct {
	Point
	Z int
}
type EmbP struct {
	*Point
	Z int
}
type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

// ---- the cases ----

func integers() {
	begin("integers")
	vs("I(42)", 42, "%d", "%v", "%+d", "% d", "%5d", "%-5d|", "%05d", "%.3d", "%8.3d", "%08.3d", "%+05d", "% 05d", "%-05d|",
		"%x", "%X", "%#x", "%#X", "%o", "%#o", "%O", "%#O", "%b", "%#b", "%c", "%q", "%U", "%#U", "%#v", "%T", "%6T|", "%-6T|")
	vs("I(-42)", -42, "%d", "%5d", "%05d", "%x", "%#x", "%o", "%b", "%+d", "% d", "%.4d", "%c", "%q", "%U")
	vs("I(0)", 0, "%d", "%.0d|", "%5.0d|", "%.d|", "%#x", "%#o", "%#b", "%x", "%O")
	vs("I8(-128)", int8(-128), "%d", "%x", "%#v", "%T", "%b")
	vs("I16(-300)", int16(-300), "%v", "%o", "%T")
	vs("I64(INT64_MIN)", int64(math.MinInt64), "%d", "%x", "%b")
	vs("U64(UINT64_MAX)", uint64(math.MaxUint64), "%d", "%x", "%X", "%#v", "%v", "%o", "%c", "%q", "%U")
	vs("U8(255)", uint8(255), "%v", "%#v", "%x", "%08b", "%T", "%c")
	vs("U16(65535)", uint16(65535), "%v", "%#v", "%T")
	vs("U32(7)", uint32(7), "%#v", "%d")
	vs("U(12)", uint(12), "%#v", "%v", "%T")
	vs("UP(0x1234)", uintptr(0x1234), "%v", "%#v", "%x", "%T", "%p")
	vs("R(0x1F600)", rune(0x1F600), "%c", "%q", "%+q", "%U", "%#U", "%d", "%T", "%x", "%#.8U", "%08c|", "%-4c|")
	vs("R('\\n')", '\n', "%q", "%+q", "%#U", "%c")
	vs("R(0x7)", rune(7), "%q", "%#U", "%.6U")
	vs("R(0xE9)", rune(0xE9), "%q", "%+q", "%#U", "%c", "%5q|")
	vs("R('\\'')", '\'', "%q", "%c")
	vs("R(0xD800)", rune(0xD800), "%c", "%q", "%U", "%#U")
	vs("R(0x110000)", rune(0x110000), "%c", "%q", "%#U")
	vs("I(-1)", -1, "%c", "%q", "%U")
	vs("Named(\"main.MyInt\", I(7))", MyInt(7), "%v", "%d", "%#v", "%T", "%s", "%x")
	vs("I(1234567)", 1234567, "%12d|", "%-12d|", "%012d", "%+.10d", "%x", "%#012x", "%# x")
	vs("I(100)", 100, "%e", "%f", "%s", "%t", "%p", "%z", "%!", "%☺")
	end()
}

func strs() {
	begin("strings")
	vs(`S("hello")`, "hello", "%s", "%v", "%q", "%#q", "%+q", "%x", "%X", "% x", "%#x", "%# x", "%# X", "%10s|", "%-10s|",
		"%.2s", "%.2q", "%5.1s|", "%#v", "%T", "%d", "%c", "%010s", "%.3x", "%10.2x|", "%-8q|", "%08q", "%.0s|", "%t")
	vs(`S("")`, "", "%s|", "%q", "%x|", "%5x|", "%#v", "%-3s|", "%05s")
	vs(`S("héllo, 世界")`, "héllo, 世界", "%s", "%q", "%+q", "%#q", "%x", "%12s|", "%-12s|", "%.4s", "%.8q", "% X")
	vs(`S("tab\there")`, "tab\there", "%q", "%#q", "%+q", "%#v")
	vs(`S("a\"b\\c\n")`, "a\"b\\c\n", "%q", "%#q", "%v", "%#v")
	vs(`S("ctl\x01\x7f")`, "ctl\x01\x7f", "%q", "%#q", "%+q")
	vs(`S("back`+"`"+`tick")`, "back`tick", "%#q", "%q")
	vs(`S("bad\xff\xfeutf8")`, "bad\xff\xfeutf8", "%s", "%q", "%+q", "%#q", "%x", "%10s|", "%.4s")
	vs(`S("\u00a0\u200b\U0001F600\ufeff")`, "\u00a0\u200b\U0001F600\ufeff", "%q", "%+q", "%#q", "%s")
	vs(`S("\u0301x")`, "\u0301x", "%q", "%3s|")
	vs(`Named("main.MyString", S("named"))`, MyString("named"), "%v", "%#v", "%T", "%q", "%x", "%d")
	end()
}

func floats() {
	begin("floats")
	vs("F(1.0)", 1.0, "%v", "%f", "%e", "%E", "%g", "%G", "%#v", "%#g", "%.2f", "%5.1f|", "%-8.3f|", "%08.3f", "%+f", "% f",
		"%+.2e", "%#.3e", "%x", "%X", "%b", "%#x", "%.2x", "%T", "%F", "%d", "%s", "%#.0f", "%#.0e", "%8v|")
	vs("F(0.1)", 0.1, "%v", "%.30f", "%.20e", "%.17g", "%g", "%#g", "%x", "%b", "%.0f", "%.1f")
	vs("F(1000000.0)", 1000000.0, "%v", "%g", "%f", "%e", "%.3g", "%#v", "%G")
	vs("F(123456.0)", 123456.0, "%v", "%.3g", "%.6g", "%.7g", "%.2e")
	vs("F(1e20)", 1e20, "%v", "%f", "%g")
	vs("F(1e21)", 1e21, "%v", "%f", "%.0f")
	vs("F(1e-5)", 1e-5, "%v", "%f", "%g", "%.3g", "%e")
	vs("F(0.0001234)", 0.0001234, "%v", "%.3g", "%g", "%#g")
	vs("F(-0.0)", math.Copysign(0, -1), "%v", "%f", "%e", "%+v", "% v", "%.2g", "%x")
	vs("F(0.0)", 0.0, "%v", "%e", "%g", "%.3g", "%#g", "%x", "%b", "%+.1f", "% .1f", "%#.3x")
	vs("F(INF)", math.Inf(1), "%v", "%f", "%+v", "% v", "%8v|", "%-8v|", "%08v", "%e", "%x", "%#g", "%.2f")
	vs("F(-INF)", math.Inf(-1), "%v", "%08v", "%+v", "% v", "%g")
	vs("F(NAN)", math.NaN(), "%v", "%+v", "% v", "%06f", "%-6v|", "%e", "%#v", "%x")
	vs("F(0.5)", 0.5, "%.0f", "%.0e", "%.1g")
	vs("F(1.5)", 1.5, "%.0f", "%.5g", "%#.5g", "%.0e")
	vs("F(2.5)", 2.5, "%.0f", "%.0e")
	vs("F(0.125)", 0.125, "%.2f", "%.1e", "%.2g")
	vs("F(100.0)", 100.0, "%.3g", "%.2g", "%.1g", "%#.3g", "%#.2g", "%g")
	vs("F(123456789.0)", 123456789.0, "%v", "%g", "%.10g", "%e", "%f", "%.3e", "%G")
	vs("F(-3.14159)", -3.14159, "%v", "%.2f", "%8.3f|", "%-9.2f|", "%08.2f", "%+.3e", "%g", "%.3G", "%x", "%X", "%.3x")
	vs("F(1e300)", 1e300, "%v", "%f", "%e", "%.20g")
	vs("F(5e-324)", 5e-324, "%v", "%e", "%g", "%b", "%x", "%.3x", "%.1000f")
	vs("F(1.7976931348623157e308)", math.MaxFloat64, "%v", "%e", "%x", "%.0f")
	vs("F(2.0/3.0)", 2.0/3.0, "%v", "%.3f", "%.15f", "%.16g", "%.3e", "%10.4g|", "%-10.4G|", "%#.10g")
	vs("F(1e-7)", 1e-7, "%v", "%g", "%.2g", "%#v", "%f")
	vs("F(15.0)", 15.0, "%x", "%.0x", "%#.0x", "%.1x", "%X", "%#v", "%#g", "%#e", "%#f")
	vs("F(0.9999999)", 0.9999999, "%.3f", "%.3e", "%.3g", "%.0f", "%.6x")
	vs("F32(0.1f)", float32(0.1), "%v", "%g", "%e", "%f", "%.10f", "%.3e", "%x", "%b", "%T", "%#v", "%G", "%.20g")
	vs("F32(1.0f/3.0f)", float32(1.0)/float32(3.0), "%v", "%.5f", "%e")
	vs("F32(16777216.0f)", float32(16777216.0), "%v", "%f", "%e")
	vs("F32(3.4028235e38f)", float32(math.MaxFloat32), "%v", "%e", "%x")
	vs("F32(1e-45f)", float32(1e-45), "%v", "%b", "%x")
	vs("F32(-2.5f)", float32(-2.5), "%v", "%6.2f|", "%+g")
	vs(`Named("main.Temp", F(21.5))`, Temp(21.5), "%f", "%.0f", "%T")
	end()
}

func bools() {
	begin("bools")
	vs("Bo(true)", true, "%v", "%t", "%5t|", "%-6t|", "%d", "%#v", "%T", "%s", "%q")
	vs("Bo(false)", false, "%v", "%t", "%05t")
	end()
}

func pointers() {
	begin("pointers")
	ip := fake[int](0x1040)
	vs(`P("*int", I(0), 0x1040)`, ip, "%p", "%v", "%#v", "%#p", "%x", "%X", "%d", "%o", "%b", "%s", "%T", "%20p|", "%-20v|", "%q", "%t")
	var nilp *int
	vs(`NilP("*int")`, nilp, "%v", "%p", "%#v", "%s", "%d", "%x", "%10v|", "%-10v|", "%T", "%#p")
	vs(`P("*main.Point", St("main.Point", {{"X", I(1)}, {"Y", I(2)}}), 0x1080)`, &Point{1, 2}, "%v", "%+v", "%#v", "%d", "%s", "%x")
	vs(`P("*[]int", Sl("[]int", Kind::Int, {I(1), I(2)}), 0x10c0)`, &[]int{1, 2}, "%v", "%#v", "%x")
	vs(`P("*[2]int", Ar("[2]int", Kind::Int, {I(1), I(2)}), 0x10c0)`, &[2]int{1, 2}, "%v", "%#v")
	vs(`P("*map[string]int", Mp("map[string]int", {{S("a"), I(1)}}), 0x10c0)`, &map[string]int{"a": 1}, "%v", "%#v")
	ipp := fake[*int](0x2000)
	vs(`P("**int", P("*int", I(0), 0x1040), 0x2000)`, ipp, "%v", "%#v", "%p")
	pp := &ip
	_ = pp
	sp(`P("*main.Node", St("main.Node", {{"Next", P("*main.Node", St("main.Node", {{"Next", NilP("*main.Node")}, {"V", I(2)}}), 0x3000)}, {"V", I(1)}}), 0x2fc0)`,
		&Node{Next: fake[Node](0x3000), V: 1})
	nodeP := `P("*main.Node", St("main.Node", {{"Next", P("*main.Node", St("main.Node", {}), 0x3000)}, {"V", I(1)}}), 0x2fc0)`
	sf(nodeP+", "+nodeP, "%+v %#v", &Node{Next: fake[Node](0x3000), V: 1}, &Node{Next: fake[Node](0x3000), V: 1})
	vs(`St("main.Node", {{"Next", NilP("*main.Node")}, {"V", I(3)}})`, Node{V: 3}, "%v", "%+v", "%#v", "%p")
	vs(`Sl("[]*int", Kind::Pointer, {P("*int", I(0), 0x1040), NilP("*int")}, 0x5000)`, []*int{ip, nil}, "%v", "%#v", "%d", "%x")
	vs(`Sl("[]int", Kind::Int, {I(1), I(2), I(3)}, 0x4000)`, unsafe.Slice(fake[int](0x4000), 3), "%p", "%#p", "%10p|")
	vs(`NilSl("[]int", Kind::Int)`, []int(nil), "%p")
	vs(`Mp("map[string]int", {}, 0x6000)`, fakeMap(0x6000), "%p", "%T")
	vs(`Ch("chan int", 0x7000)`, fakeChan(0x7000), "%v", "%#v", "%p", "%T", "%d", "%s")
	var nilch chan int
	vs(`Ch("chan int", 0)`, nilch, "%v", "%#v", "%p")
	vs(`Fn("func()", 0x8000)`, fakeFunc(0x8000), "%v", "%#v", "%p", "%T", "%x")
	var nilfn func(int) string
	vs(`Fn("func(int) string", 0)`, nilfn, "%v", "%#v", "%p", "%T", "%s")
	end()
}

func slices() {
	begin("slices and arrays")
	vs(`Sl("[]int", Kind::Int, {I(1), I(-2), I(3)})`, []int{1, -2, 3}, "%v", "%d", "%x", "%#v", "%+v", "%5d", "%-3d|", "%s", "%q", "%T", "%03d", "%c", "%.2f")
	vs(`Sl("[]string", Kind::String, {S("a"), S("b c")})`, []string{"a", "b c"}, "%v", "%q", "%#v", "%x", "%X", "%5s", "%d", "% x")
	vs(`Sl("[]interface {}", Kind::Interface, {If("interface {}", I(1)), If("interface {}", S("a")), NilIf("interface {}"), If("interface {}", F(2.5))})`,
		[]any{1, "a", nil, 2.5}, "%v", "%#v", "%+v", "%d", "%s", "%x", "%T")
	vs(`NilSl("[]int", Kind::Int)`, []int(nil), "%v", "%#v", "%d", "%s", "%x")
	vs(`Sl("[]interface {}", Kind::Interface, {If("interface {}", Sl("[]interface {}", Kind::Interface, {If("interface {}", I(1)), If("interface {}", S("a"))})), If("interface {}", Mp("map[string]interface {}", {{S("k"), NilIf("interface {}")}})), If("interface {}", By("[]uint8", "hi"))})`,
		[]any{[]any{1, "a"}, map[string]any{"k": nil}, []byte("hi")}, "%v", "%#v", "%s", "%q", "%x")
	vs(`Sl("[][]int", Kind::Slice, {Sl("[]int", Kind::Int, {I(1)}), NilSl("[]int", Kind::Int)})`, [][]int{{1}, nil}, "%v", "%#v")
	vs(`Sl("[]int", Kind::Int, {})`, []int{}, "%v", "%#v", "%s")
	vs(`By("[]uint8", "hi\x01")`, []byte("hi\x01"), "%v", "%d", "%s", "%q", "%x", "%X", "% x", "%#x", "%# X", "%#v", "%T", "%5s|", "%.1s", "%c", "%o", "%+q", "%10x|", "%-8X|", "%.2x", "%+v", "%b")
	vs(`NilBy("[]uint8")`, []byte(nil), "%v", "%#v", "%s", "%x", "%q")
	vs(`By("[]uint8", "")`, []byte{}, "%v", "%#v", "%s|", "%x|", "%6x|", "%q")
	vs(`By("main.B", "AB")`, B("AB"), "%v", "%#v", "%s", "%x", "%T", "%d")
	vs(`NilBy("main.B")`, B(nil), "%#v")
	vs(`Ar("[3]uint8", Kind::Uint8, {U8('x'), U8('y'), U8('z')})`, [3]byte{'x', 'y', 'z'}, "%v", "%s", "%x", "%q", "%#v", "%T")
	vs(`Ar("[0]uint8", Kind::Uint8, {})`, [0]byte{}, "%v", "%s|", "%#v")
	vs(`Ar("[2][2]int", Kind::Array, {Ar("[2]int", Kind::Int, {I(1), I(2)}), Ar("[2]int", Kind::Int, {I(3), I(4)})})`, [2][2]int{{1, 2}, {3, 4}}, "%v", "%#v", "%x")
	vs(`Sl("[][]uint8", Kind::Slice, {By("[]uint8", "ab"), By("[]uint8", "c")})`, [][]byte{[]byte("ab"), []byte("c")}, "%s", "%v", "%x", "%q", "%#v")
	vs(`Sl("[]float64", Kind::Float64, {F(1.5), F(0.25), F(1e6)})`, []float64{1.5, 0.25, 1e6}, "%v", "%.1f", "%e", "%#v", "%6.2f|")
	vs(`Sl("[]float32", Kind::Float32, {F32(0.1f), F32(2.5f)})`, []float32{0.1, 2.5}, "%v", "%#v")
	vs(`Sl("[]bool", Kind::Bool, {Bo(true), Bo(false)})`, []bool{true, false}, "%v", "%#v", "%t", "%d")
	vs(`Ar("[2]main.Color", Kind::Int, {Str(Named("main.Color", I(0)), "red"), Str(Named("main.Color", I(2)), "blue")})`, [2]Color{0, 2}, "%v", "%d", "%#v", "%s", "%x")
	vs(`Sl("[]main.Point", Kind::Struct, {St("main.Point", {{"X", I(1)}, {"Y", I(2)}}), St("main.Point", {{"X", I(3)}, {"Y", I(4)}})})`, []Point{{1, 2}, {3, 4}}, "%v", "%+v", "%#v")
	vs(`Sl("[]error", Kind::Interface, {If("error", ErrNew("e1", 0x9000)), NilIf("error")})`, []error{errors.New("e1"), nil}, "%v", "%s")
	end()
}

func maps() {
	begin("maps")
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	cm := `Mp("map[string]int", {{S("b"), I(2)}, {S("a"), I(1)}, {S("c"), I(3)}})`
	vs(cm, m, "%v", "%#v", "%+v", "%d", "%x", "%s", "%q", "%T", "%3d")
	vs(`Mp("map[int]string", {{I(10), S("ten")}, {I(-1), S("neg")}, {I(2), S("two")}})`, map[int]string{10: "ten", -1: "neg", 2: "two"}, "%v", "%#v", "%q")
	vs(`Mp("map[float64]string", {{F(1), S("one")}, {F(NAN), S("nan")}, {F(-1), S("m1")}, {F(INF), S("inf")}, {F(-INF), S("-inf")}})`,
		map[float64]string{1: "one", math.NaN(): "nan", -1: "m1", math.Inf(1): "inf", math.Inf(-1): "-inf"}, "%v", "%#v")
	vs(`Mp("map[bool]int", {{Bo(true), I(1)}, {Bo(false), I(0)}})`, map[bool]int{true: 1, false: 0}, "%v", "%#v")
	vs(`Mp("map[main.Point]string", {{St("main.Point", {{"X", I(2)}, {"Y", I(1)}}), S("c")}, {St("main.Point", {{"X", I(1)}, {"Y", I(9)}}), S("b")}, {St("main.Point", {{"X", I(1)}, {"Y", I(2)}}), S("a")}})`,
		map[Point]string{{2, 1}: "c", {1, 9}: "b", {1, 2}: "a"}, "%v", "%+v", "%#v")
	vs(`Mp("map[[2]int]int", {{Ar("[2]int", Kind::Int, {I(1), I(2)}), I(1)}, {Ar("[2]int", Kind::Int, {I(0), I(5)}), I(2)}, {Ar("[2]int", Kind::Int, {I(1), I(1)}), I(3)}})`,
		map[[2]int]int{{1, 2}: 1, {0, 5}: 2, {1, 1}: 3}, "%v", "%#v")
	vs(`Mp("map[interface {}]int", {{If("interface {}", I(2)), I(1)}, {NilIf("interface {}"), I(0)}, {If("interface {}", I(-1)), I(3)}})`,
		map[any]int{2: 1, nil: 0, -1: 3}, "%v", "%#v")
	vs(`Mp("map[interface {}]int", {{If("interface {}", S("x")), I(1)}, {If("interface {}", I(5)), I(2)}, {If("interface {}", Bo(true)), I(3)}, {If("interface {}", F(1.5)), I(4)}, {If("interface {}", Named("main.MyInt", I(1))), I(5)}})`,
		map[any]int{"x": 1, 5: 2, true: 3, 1.5: 4, MyInt(1): 5}, "%v")
	vs(`Mp("map[*int]string", {{P("*int", I(0), 0x3000), S("c")}, {P("*int", I(0), 0x1000), S("a")}, {P("*int", I(0), 0x2000), S("b")}})`,
		map[*int]string{fake[int](0x3000): "c", fake[int](0x1000): "a", fake[int](0x2000): "b"}, "%v", "%#v")
	vs(`Mp("map[chan int]int", {{Ch("chan int", 0x3000), I(3)}, {Ch("chan int", 0), I(0)}, {Ch("chan int", 0x1000), I(1)}})`,
		map[chan int]int{fakeChan(0x3000): 3, nil: 0, fakeChan(0x1000): 1}, "%v")
	vs(`Mp("map[uint8]bool", {{U8(200), Bo(true)}, {U8(3), Bo(false)}})`, map[uint8]bool{200: true, 3: false}, "%v", "%#v", "%x")
	vs(`NilMp("map[string]int")`, map[string]int(nil), "%v", "%#v", "%d", "%T")
	vs(`Mp("map[string]int", {})`, map[string]int{}, "%v", "%#v")
	vs(`Mp("map[string][]int", {{S("x"), Sl("[]int", Kind::Int, {I(1), I(2)})}, {S("e"), NilSl("[]int", Kind::Int)}})`, map[string][]int{"x": {1, 2}, "e": nil}, "%v", "%#v")
	vs(`Mp("map[string]interface {}", {{S("n"), If("interface {}", I(1))}, {S("s"), If("interface {}", S("str"))}, {S("z"), NilIf("interface {}")}, {S("l"), If("interface {}", Sl("[]int", Kind::Int, {I(7)}))}})`,
		map[string]any{"n": 1, "s": "str", "z": nil, "l": []int{7}}, "%v", "%#v", "%+v")
	vs(`Mp("map[main.Color]main.Color", {{Str(Named("main.Color", I(2)), "blue"), Str(Named("main.Color", I(0)), "red")}, {Str(Named("main.Color", I(1)), "green"), Str(Named("main.Color", I(1)), "green")}})`,
		map[Color]Color{2: 0, 1: 1}, "%v", "%d", "%#v")
	vs(`Mp("map[string]*main.Point", {{S("p"), P("*main.Point", St("main.Point", {}), 0x1400)}, {S("n"), NilP("*main.Point")}})`,
		map[string]*Point{"p": fake[Point](0x1400), "n": nil}, "%v", "%#v")
	// More than 20 keys: sort.Stable's merge passes.
	big := map[int]int{}
	var parts []string
	for i := 0; i < 45; i++ {
		k := (i * 37) % 101
		big[k] = i
		parts = append(parts, fmt.Sprintf("{I(%d), I(%d)}", k, i))
	}
	vs(`Mp("map[int]int", {`+strings.Join(parts, ", ")+`})`, big, "%v")
	end()
}

func structs() {
	begin("structs")
	cp := `St("main.Point", {{"X", I(1)}, {"Y", I(2)}})`
	vs(cp, Point{1, 2}, "%v", "%+v", "%#v", "%d", "%x", "%5d", "%s", "%T", "%q", "%-4v|", "%p")
	vs(`St("struct { A int; B string }", {{"A", I(1)}, {"B", S("x")}})`, struct {
		A int
		B string
	}{1, "x"}, "%v", "%+v", "%#v", "%T", "%d", "%s")
	vs(`St("struct {}", {})`, struct{}{}, "%v", "%+v", "%#v", "%T")
	vs(`St("main.Wrap", {{"E", NilIf("error")}, {"A", NilIf("interface {}")}})`, Wrap{}, "%v", "%+v", "%#v", "%d")
	vs(`St("main.Wrap", {{"E", If("error", ErrNew("boom", 0x9000))}, {"A", If("interface {}", I(5))}})`, Wrap{errors.New("boom"), 5}, "%v", "%+v", "%s")
	vs(`St("main.Wrap", {{"E", If("error", ErrT_(7))}, {"A", If("interface {}", St("main.Point", {{"X", I(1)}, {"Y", I(2)}}))}})`, Wrap{ErrT{7}, Point{1, 2}}, "%v", "%+v", "%#v")
	vs(`St("main.Hid", {{"c", Str(Named("main.Color", I(1)), "green")}, {"C", Str(Named("main.Color", I(1)), "green")}})`, Hid{1, 1}, "%v", "%+v", "%#v", "%s", "%d")
	vs(`St("main.Outer", {{"inner", St("main.inner", {{"S", Str(Named("main.Color", I(2)), "blue")}}), true}, {"B", I(3)}})`, Outer{inner{2}, 3}, "%v", "%+v", "%#v")
	vs(`St("main.Mixed", {{"Name", S("n")}, {"Tags", Sl("[]string", Kind::String, {S("t1"), S("t2")})}, {"M", Mp("map[string]int", {{S("k"), I(1)}})}, {"P", NilP("*main.Point")}, {"I", If("interface {}", F(1.5))}, {"b", By("[]uint8", "hi")}})`,
		Mixed{"n", []string{"t1", "t2"}, map[string]int{"k": 1}, nil, 1.5, []byte("hi")}, "%v", "%+v", "%#v", "%s", "%x", "%q")
	vs(`St("struct { a []main.Color; m map[main.Color]int; p *main.Color }", {{"a", Sl("[]main.Color", Kind::Int, {Str(Named("main.Color", I(1)), "green")})}, {"m", Mp("map[main.Color]int", {{Str(Named("main.Color", I(2)), "blue"), I(1)}})}, {"p", P("*main.Color", Str(Named("main.Color", I(0)), "red"), 0x1100)}})`,
		struct {
			a []Color
			m map[Color]int
			p *Color
		}{[]Color{1}, map[Color]int{2: 1}, fake[Color](0x1100)}, "%v", "%+v")
	vs(`St("struct { A []main.Color; M map[main.Color]int }", {{"A", Sl("[]main.Color", Kind::Int, {Str(Named("main.Color", I(1)), "green")})}, {"M", Mp("map[main.Color]int", {{Str(Named("main.Color", I(2)), "blue"), I(1)}})}})`,
		struct {
			A []Color
			M map[Color]int
		}{[]Color{1}, map[Color]int{2: 1}}, "%v", "%+v", "%d")
	vs(`St("struct { X struct { Y struct { Z int } } }", {{"X", St("struct { Y struct { Z int } }", {{"Y", St("struct { Z int }", {{"Z", I(9)}})}})}})`,
		struct{ X struct{ Y struct{ Z int } } }{struct{ Y struct{ Z int } }{struct{ Z int }{9}}}, "%v", "%+v", "%#v")
	vs(`St("main.Emb", {{"Point", St("main.Point", {{"X", I(1)}, {"Y", I(2)}}), true}, {"Z", I(3)}})`, Emb{Point{1, 2}, 3}, "%v", "%+v", "%#v")
	vs(`St("main.EmbP", {{"Point", P("*main.Point", St("main.Point", {}), 0x1500), true}, {"Z", I(3)}})`, EmbP{fake[Point](0x1500), 3}, "%v", "%+v", "%#v")
	vs(`St("main.Wrap", {{"E", NilIf("error")}, {"A", If("interface {}", Str(Named("main.Color", I(2)), "blue"))}})`, Wrap{nil, Color(2)}, "%v", "%+v", "%d", "%#v")
	end()
}

func methods() {
	begin("methods")
	vs(`Str(Named("main.Color", I(1)), "green")`, Color(1), "%v", "%s", "%q", "%x", "%X", "%d", "%#v", "%T", "%10v|", "%-10s|", "%.3s", "%z", "%c", "%+v", "%5.2q|")
	vs(`ErrT_(7)`, ErrT{7}, "%v", "%s", "%q", "%d", "%+v", "%#v", "%x", "%T")
	vs(`Str(Err(St("main.Both", {}), "as error"), "as string")`, Both{}, "%v", "%s", "%d", "%#v")
	vs(`St("main.PS", {{"N", I(1)}})`, PS{1}, "%v", "%+v", "%s")
	vs(`Str(P("*main.PS", St("main.PS", {{"N", I(1)}}), 0x1200), "PS")`, &PS{1}, "%v", "%+v", "%s", "%d", "%#v")
	vs(`GoStr(St("main.GS", {{"N", I(1)}}), "GS!")`, GS{1}, "%#v", "%v", "%+v", "%8v|", "%s")
	vs(`Sl("[]main.GS", Kind::Struct, {GoStr(St("main.GS", {{"N", I(1)}}), "GS!"), GoStr(St("main.GS", {{"N", I(2)}}), "GS!")})`, []GS{{1}, {2}}, "%#v", "%v")
	vs(`StrPanic(St("main.Pan", {}), "boom")`, Pan{}, "%v", "%s", "%10v|", "%q", "%d", "%#v", "%x")
	vs(`ErrPanic(St("main.PanErr", {}), "bad")`, PanErr{}, "%v", "%s", "%+v")
	vs(`GoStrPanic(St("main.PanGo", {}), "gs boom")`, PanGo{}, "%#v", "%v")
	vs(`StrNilPanic(NilP("*main.VR"), "value method main.VR.String called using nil *VR pointer")`, (*VR)(nil), "%v", "%s", "%d", "%#v", "%p")
	vs(`Str(NilP("*main.NilOK"), "nil NilOK")`, (*NilOK)(nil), "%v", "%s", "%d")
	vs(`StrPanic(NilP("*main.PanPtr"), "runtime error: invalid memory address or nil pointer dereference")`, (*PanPtr)(nil), "%v", "%s")
	vs(`Sl("[]*main.VR", Kind::Pointer, {StrNilPanic(NilP("*main.VR"), "value method"), Str(P("*main.VR", Str(St("main.VR", {{"N", I(1)}}), "VR"), 0x1300), "VR")})`, []*VR{nil, {1}}, "%v", "%s")
	vs(`Sl("[]main.Pan", Kind::Struct, {StrPanic(St("main.Pan", {}), "boom")})`, []Pan{{}}, "%v", "%s", "%d")
	vs(`Sl("[]main.Color", Kind::Int, {Str(Named("main.Color", I(0)), "red"), Str(Named("main.Color", I(2)), "blue")})`, []Color{0, 2}, "%v", "%s", "%q", "%x", "%d", "%#v", "%5v|")
	vs(`Named("main.Temp", Str(F(21.5), "21.5°C"))`, Temp(21.5), "%v", "%s", "%q", "%+q", "%x", "%g", "%.2f", "%#v")
	vs(`Fm_(St("main.Fm", {}))`, Fm{}, "%v", "%d", "%+v", "%#v", "%-8.3x", "%08s", "% +q", "%T", "%p")
	vs(`Sl("[]main.Fm", Kind::Struct, {Fm_(St("main.Fm", {}))})`, []Fm{{}}, "%v", "%5s")
	vs(`ErrNew("boom", 0x9000)`, errors.New("boom"), "%v", "%s", "%q", "%x", "%d", "%T", "%10v|")
	end()
}

func printfMachinery() {
	begin("printf machinery")
	sf(`I(1), I(2)`, "%[2]d %[1]d", 1, 2)
	sf(`I(1), I(2)`, "%[2]d %d", 1, 2)
	sf(`I(1), I(2)`, "%[1]d %[1]v", 1, 2)
	sf(`F(3.14159), I(2), I(8)`, "%[3]*.[2]*[1]f", 3.14159, 2, 8)
	sf(`I(8), I(2), F(3.14159)`, "%*.*f|%[1]d", 8, 2, 3.14159)
	sf(`I(1)`, "%[5]d", 1)
	sf(`I(1)`, "%[0]d", 1)
	sf(`I(1)`, "%[x]d", 1)
	sf(`I(1)`, "%[1]", 1)
	sf(`I(1)`, "%[1", 1)
	sf(`I(1), I(2)`, "%[2]2d", 1, 2)
	sf(`I(1), I(2)`, "%[2].2d", 1, 2)
	sf(`I(5), I(2)`, "%[1]*d", 5, 2)
	sf(`I(1), I(2), I(3)`, "%[3]d %d %d", 1, 2, 3)
	sf(`I(1), I(2), I(3)`, "%[2]d %[-1]d %d", 1, 2, 3)
	sf(``, "%d")
	sf(`I(1)`, "%d %d %s", 1)
	sf(`I(1), I(2), S("a")`, "%d", 1, 2, "a")
	sf(`I(1), nullptr, Nil()`, "%d", 1, nil, nil)
	sf(`S("x"), Str(Named("main.Color", I(1)), "green"), Sl("[]int", Kind::Int, {I(1)})`, "", "x", Color(1), []int{1})
	sf(`S("x"), ErrNew("e", 0x9000)`, "%s", "x", errors.New("e"))
	sf(`I(5), I(42)`, "%*d|", 5, 42)
	sf(`I(-5), I(42)`, "%*d|", -5, 42)
	sf(`I(5), I(42)`, "%-*d|", 5, 42)
	sf(`I(5), I(42)`, "%0*d|", 5, 42)
	sf(`I(-5), I(42)`, "%0*d|", -5, 42)
	sf(`I(2), F(3.14159)`, "%.*f", 2, 3.14159)
	sf(`I(-2), F(3.14159)`, "%.*f", -2, 3.14159)
	sf(`S("x"), I(42)`, "%*d", "x", 42)
	sf(`I(10000000), I(42)`, "%*d", 10000000, 42)
	sf(`S("x"), I(42)`, "%.*d", "x", 42)
	sf(`I(42)`, "%*d", 42)
	sf(`U8(4), I(42)`, "%*d|", uint8(4), 42)
	sf(`U64(UINT64_MAX), I(42)`, "%*d|", uint64(math.MaxUint64), 42)
	sf(`Named("main.MyInt", I(3)), I(42)`, "%*d|", MyInt(3), 42)
	sf(`I(1)`, "%%|%5%|%-5%|%d", 1)
	sf(`I(1)`, "%d%", 1)
	sf(`I(1)`, "%d%-", 1)
	sf(`I(1)`, "%d%5.", 1)
	sf(`I(0)`, "%5.d|", 0)
	sf(``, "no verbs")
	sf(``, "%!")
	sf(`I(1)`, "%é", 1)
	sf(`I(1)`, "%\xff", 1)
	sf(`I(1)`, "%d\xffz", 1)
	sf(`I(42)`, "%100000000d", 42) // too large: parsenum gives up
	sf(`I(42)`, "%.100000000d", 42)
	sf(`S("x")`, "%#-+ 08.3q|", "x")
	sf(`I(1), I(2)`, "%v%v", 1, 2)
	sf(`I(1), S("s"), Bo(true), F(1.5)`, "%v %v %v %v", 1, "s", true, 1.5)
	sf(`nullptr`, "%v", nil)
	sf(`nullptr`, "%d", nil)
	sf(`Nil()`, "%T", nil)
	sf(`Nil()`, "%5v|", nil)
	sf(`Nil()`, "%-5T|", nil)
	sf(`Nil(), Nil(), Nil(), Nil(), Nil()`, "%s %x %p %q %w", nil, nil, nil, nil, nil)
	sf(`I(7), F(7.5), S("7")`, "%T %T %T", 7, 7.5, "7")
	sf(`Sl("[]interface {}", Kind::Interface, {}), Sl("[]interface {}", Kind::Interface, {})`, "%T %v", []any{}, []any{})
	end()
}

func printAndPrintln() {
	begin("Sprint and Sprintln")
	sp(`S("a"), I(1), I(2), S("b"), S("c"), F(3.5), Nil(), Bo(true)`, "a", 1, 2, "b", "c", 3.5, nil, true)
	sp(`I(1), I(2)`, 1, 2)
	sp(`S("a"), S("b")`, "a", "b")
	sp(`S("a"), I(1), S("b")`, "a", 1, "b")
	sp(`Nil(), nullptr`, nil, nil)
	sp(`Named("main.MyString", S("x")), I(1), Named("main.MyString", S("y"))`, MyString("x"), 1, MyString("y"))
	sp(`Str(Named("main.Color", I(1)), "green"), Str(Named("main.Color", I(2)), "blue")`, Color(1), Color(2))
	sp(`ErrNew("e1", 0x9000), S("!"), ErrT_(3)`, errors.New("e1"), "!", ErrT{3})
	sp(`By("[]uint8", "ab"), Sl("[]int", Kind::Int, {I(1)})`, []byte("ab"), []int{1})
	sp(`P("*main.Point", St("main.Point", {{"X", I(1)}, {"Y", I(2)}}), 0x1080), NilP("*int")`, &Point{1, 2}, (*int)(nil))
	sp(`F(1e6), F32(0.1f), F(-0.0)`, 1e6, float32(0.1), math.Copysign(0, -1))
	sp(``)
	sl(`S("a"), I(1), I(2), S("b"), Nil()`, "a", 1, 2, "b", nil)
	sl(`S("a"), S("b")`, "a", "b")
	sl(``)
	sl(`St("main.Point", {{"X", I(1)}, {"Y", I(2)}}), Mp("map[string]int", {{S("z"), I(26)}, {S("a"), I(1)}})`, Point{1, 2}, map[string]int{"z": 26, "a": 1})
	end()
}

func errorf() {
	begin("Errorf and %w")
	e := errors.New("boom")
	ce := `ErrNew("boom", 0x9000)`
	ef(ce, "wrap: %w", e)
	ef(`I(1), `+ce, "%d: %w", 1, e)
	ef(ce+`, `+ce, "%w %w", e, e)
	ef(`I(1)`, "%w", 1)
	ef(`I(1), `+ce, "%w %w", 1, e)
	ef(`St("main.Point", {{"X", I(1)}, {"Y", I(2)}}), `+ce, "%w %w", Point{1, 2}, e)
	ef(`Nil()`, "%w", nil)
	ef(ce, "%v", e)
	ef(`ErrNew("e0", 0x9000), ErrNew("e1", 0x9100), ErrNew("e2", 0x9200)`, "%s|%5w|%q", errors.New("e0"), errors.New("e1"), errors.New("e2"))
	ef(`ErrT_(4)`, "%+w", ErrT{4})
	ef(`ErrPanic(St("main.PanErr", {}), "bad")`, "%w", PanErr{})
	ef(`FmErr_(St("main.FmErr", {}))`, "%w", FmErr{})
	ef(`Fm_(St("main.Fm", {}))`, "%w", Fm{})
	ef(`Fm_(St("main.Fm", {})), FmErr_(St("main.FmErr", {}))`, "%v %+w", Fm{}, FmErr{})
	ef(`By("[]uint8", "ab")`, "%w", []byte("ab"))
	ef(ce+`, I(2)`, "%[2]d %[1]w", e, 2)
	sf(ce, "%w", e)
	sf(ce, "%#w", e)
	end()
}

func main() {
	integers()
	strs()
	floats()
	bools()
	pointers()
	slices()
	maps()
	structs()
	methods()
	printfMachinery()
	printAndPrintln()
	errorf()
	fmt.Print(out.String())
}
