// fmt.FormatString (Go 1.20) run by weft: a Formatter rebuilds the directive it was called
// with and formats its value with it. The installed Go (1.19) cannot build this program; its
// expected output, format_string_go120.out, is Go 1.19's output for the same program with
// fmt.FormatString replaced by a copy of Go 1.20's function (print.go), made by:
//
//	sed 's/fmt\.FormatString(/formatString(/g' format_string_go120.go > /tmp/fs/main.go
//	cat >> /tmp/fs/main.go <<'END'
//	func formatString(state fmt.State, verb rune) string { ...Go 1.20's body... }
//	END
//	(cd /tmp/fs && go run main.go) > format_string_go120.out
//
// (with "strconv" and "unicode/utf8" imported, which its body uses).
//
// Run it: tests/programs/run_golden.sh WEFT tests/check/weft tests/check/weft/format_string_go120.go
// (ctest: weftonly_run).
package main

import "fmt"

// Celsius prints its value with the directive it was given, then a unit.
type Celsius float64

func (c Celsius) Format(f fmt.State, verb rune) {
	directive := fmt.FormatString(f, verb)
	fmt.Fprintf(f, "%s=", directive)
	fmt.Fprintf(f, directive, float64(c))
	f.Write([]byte("°C"))
}

// Directive prints only the directive.
type Directive struct{}

func (Directive) Format(f fmt.State, verb rune) { f.Write([]byte(fmt.FormatString(f, verb))) }

// custom is a State of its own (a negative width, an unknown flag, a non-ASCII verb).
type custom struct{}

func (custom) Write(b []byte) (int, error) { return len(b), nil }
func (custom) Width() (int, bool)          { return -12, true }
func (custom) Precision() (int, bool)      { return 1234567, true }
func (custom) Flag(c int) bool             { return c == '#' || c == '0' || c == 'x' }

func main() {
	c := Celsius(21.456)
	fmt.Printf("%v|%.1f|%8.2f|%-8.1e|%+g|% 010.3f\n", c, c, c, c, c, c)
	fmt.Println(c)
	d := Directive{}
	fmt.Printf("%v %+v %#v %s %d %x %X %q %c %U %é %☺\n", d, d, d, d, d, d, d, d, d, d, d, d)
	fmt.Printf("%5d %-5d %05d %.3d %.d %5.2s %#-+ 012.4g\n", d, d, d, d, d, d, d)
	fmt.Printf("%*d %-*d %.*d %[1]*.[2]*[3]d\n", 3, d, 4, d, 5, d)
	fmt.Println(fmt.FormatString(custom{}, 'v'), fmt.FormatString(custom{}, 'ü'), fmt.FormatString(custom{}, -1))
}
