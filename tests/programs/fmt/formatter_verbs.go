package main

// fmt.Formatter: Format is called for every verb except %T and %p, by Print, Println, Sprint
// and the Printf family, with a fmt.State that reports the width, precision and flags and
// writes into the same output (also through Fprintf, Fprint and io.WriteString).

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// Shows what the State says.
type Probe struct{ n int }

func (p Probe) Format(f fmt.State, verb rune) {
	w, wok := f.Width()
	pr, pok := f.Precision()
	flags := ""
	for _, c := range "-+# 0" {
		if f.Flag(int(c)) {
			flags += string(c)
		}
	}
	// (Width and Precision say nothing defined when not ok: Go's pp keeps stale values.)
	ws, ps := "-", "-"
	if wok {
		ws = fmt.Sprint(w)
	}
	if pok {
		ps = fmt.Sprint(pr)
	}
	fmt.Fprintf(f, "<%c n=%d w=%s p=%s flags=%q>", verb, p.n, ws, ps, flags)
}

// Formats like a number honouring width and precision through Fprintf.
type Money int64

func (m Money) Format(f fmt.State, verb rune) {
	s := fmt.Sprintf("%d.%02d", int64(m)/100, int64(m)%100)
	if w, ok := f.Width(); ok {
		if f.Flag('-') {
			s = s + strings.Repeat("_", w-len(s))
		} else {
			s = strings.Repeat("_", w-len(s)) + s
		}
	}
	switch verb {
	case 'v', 's':
		io.WriteString(f, "$"+s)
	case 'd':
		fmt.Fprint(f, int64(m))
	default:
		f.Write([]byte("%!" + string(verb) + "(Money)"))
	}
}

// Format on the pointer receiver only: a Ptr value does not have it.
type Ptr struct{ s string }

func (p *Ptr) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "Ptr[%s %c]", p.s, verb) }

// Format wins over String, Error and GoString.
type All struct{}

func (All) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "All.Format(%c)", verb) }
func (All) String() string                 { return "All.String" }
func (All) Error() string                  { return "All.Error" }
func (All) GoString() string               { return "All.GoString" }

// A Format method with another signature is not a Formatter.
type NotFormatter struct{ x int }

func (NotFormatter) Format(verb rune) string { return "never" }

type Outer struct {
	P     Probe
	M     Money
	Ptrs  []*Ptr
	Any   interface{}
	inner Probe // unexported: printed without calling Format
}

// Counts calls, to show %T and %p never call Format.
type Counter struct{ calls *int }

func (c *Counter) Format(f fmt.State, verb rune) {
	*c.calls++
	f.Write([]byte("counted"))
}

// Writes what the State is and nothing else.
type StateType struct{}

func (StateType) Format(f fmt.State, verb rune) {
	_, isWriter := f.(io.Writer)
	_, isStringWriter := f.(io.StringWriter)
	fmt.Fprintf(f, "%T %v %v", f, isWriter, isStringWriter)
}

func main() {
	p := Probe{7}
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%d", "%x", "%X", "%q", "%c", "%e", "%g", "%t", "%U", "%b", "%o", "%z", "%é"} {
		fmt.Printf(verb+"\n", p)
	}
	fmt.Printf("%8.3v|%-5d|%+08x|% .2f|%#-+ 012.4g|%0-3s\n", p, p, p, p, p, p)
	fmt.Printf("%*.*v|%[1]v|%.0v|%.v\n", 4, 2, p, p)
	fmt.Print(p, p, "s", p, "\n")
	fmt.Println(p, &p)
	fmt.Println(fmt.Sprint(p), fmt.Sprintln(p), fmt.Sprintf("%v", p))
	fmt.Fprintln(os.Stdout, p)
	fmt.Fprintf(os.Stdout, "%5v\n", p)

	m := Money(12345)
	fmt.Printf("%v|%10v|%-10s|%d|%x|%5.1f\n", m, m, m, m, m, m)
	fmt.Println(m, []Money{1, 250, 99999}, map[string]Money{"a": 5, "b": 1000})
	fmt.Println([]interface{}{m, p, "plain", 3})

	ptr := &Ptr{"a"}
	fmt.Println(ptr, *ptr)
	fmt.Printf("%v %+v %s|%v\n", ptr, *ptr, []*Ptr{ptr, {"b"}}, []Ptr{{"c"}})

	a := All{}
	fmt.Println(a, &a)
	fmt.Printf("%v %s %q %#v %d\n", a, a, a, a, a)
	var err error = a
	fmt.Println(err)
	var st fmt.Stringer = a
	fmt.Println(st)

	fmt.Println(NotFormatter{3})
	fmt.Printf("%v %d\n", NotFormatter{4}, NotFormatter{5})

	o := Outer{Probe{1}, Money(250), []*Ptr{{"x"}, nil}, Probe{2}, Probe{3}}
	fmt.Println(o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o)
	fmt.Printf("%d\n", o)
	fmt.Println(&o)
	fmt.Println([]Outer{o}, map[Probe]Money{{9}: 1})

	calls := 0
	c := &Counter{&calls}
	fmt.Printf("%T %T\n", c, *c)
	s := fmt.Sprintf("%p", c)
	fmt.Println(strings.HasPrefix(s, "0x"), calls)
	fmt.Printf("%v %s %d\n", c, c, c)
	fmt.Println(calls, c)
	fmt.Println(calls)

	fmt.Println(StateType{})
	fmt.Printf("[%10v]\n", StateType{})
}
