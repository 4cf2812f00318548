package main

// Formatters of every kind of type, promoted Format methods, method sets (pointer and value
// receivers reached through values, pointers, interfaces, slices, maps and fields), Print's
// operand spacing around Formatters, and State values kept past their Format call.

import (
	"errors"
	"fmt"
	"strings"
)

type Name string

func (n Name) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "Name(%s)", strings.ToUpper(string(n))) }

type List []int

func (l List) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "List%d", len(l)) }

type Dict map[string]int

func (d Dict) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "Dict%d", len(d)) }

type Fn func() int

func (fn Fn) Format(f fmt.State, verb rune) {
	if fn == nil {
		f.Write([]byte("Fn(nil)"))
		return
	}
	fmt.Fprintf(f, "Fn()=%d", fn())
}

type Flag bool

func (b Flag) Format(f fmt.State, verb rune) {
	if b {
		f.Write([]byte("ON"))
	} else {
		f.Write([]byte("off"))
	}
}

type Temp float64

func (t Temp) Format(f fmt.State, verb rune) {
	prec, ok := f.Precision()
	if !ok {
		prec = 1
	}
	fmt.Fprintf(f, "%.*f°C", prec, float64(t))
}

type Arr [2]byte

func (a Arr) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "Arr<%x>", a[:]) }

// Promoted through embedding: the outer struct is a Formatter itself.
type Base struct{ id int }

func (b Base) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "Base#%d", b.id) }

type Derived struct {
	Base
	Extra string
}

type PtrBase struct{ id int }

func (b *PtrBase) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "PtrBase#%d", b.id) }

type ViaPtr struct{ *PtrBase }

type ViaVal struct{ PtrBase }

// Keeps its State and writes to it after the Format call is over.
type Keeper struct{}

var kept fmt.State

func (Keeper) Format(f fmt.State, verb rune) {
	kept = f
	f.Write([]byte("kept"))
}

// Writes nothing at all.
type Silent struct{}

func (Silent) Format(fmt.State, rune) {}

// Formats other Formatters inside its own output.
type Pair struct {
	A, B interface{}
}

func (p Pair) Format(f fmt.State, verb rune) {
	fmt.Fprintf(f, "(%v, ", p.A)
	fmt.Fprint(f, p.B)
	f.Write([]byte(")"))
}

// Methods promoted from embedded interfaces (nil ones panic when called).
type EmbedFormatter struct{ fmt.Formatter }

type EmbedError struct{ error }

type Label string

func (l Label) String() string { return "label:" + string(l) }

type EmbedStringer struct {
	fmt.Stringer
	N int
}

func main() {
	fmt.Println(Name("ann"), List{1, 2, 3}, Dict{"a": 1}, Fn(func() int { return 42 }), Fn(nil), Flag(true), Flag(false))
	fmt.Printf("%v %.3v %v %s\n", Temp(21.5), Temp(21.5), Arr{0xab, 0xcd}, List(nil))
	fmt.Print(Name("a"), Name("b"), 1, 2, Name("c"), "\n")
	fmt.Print(List{1}, List{2}, "\n")
	fmt.Println(Derived{Base{1}, "x"}, &Derived{Base{2}, "y"})
	fmt.Printf("%+v %#v\n", Derived{Base{3}, "z"}, Derived{Base{4}, "w"})
	fmt.Println(ViaPtr{&PtrBase{5}}, ViaVal{PtrBase{6}}, &ViaVal{PtrBase{7}})
	fmt.Println([]ViaVal{{PtrBase{8}}}, []*ViaVal{{PtrBase{9}}}, map[string]ViaPtr{"k": {&PtrBase{10}}})
	var iface interface{} = &PtrBase{11}
	fmt.Println(iface, []interface{}{PtrBase{12}, &PtrBase{13}})
	fmt.Println(Keeper{})
	// (Go's pp goes back to a pool: what is written now may show in a later print.)
	n, err := kept.Write(nil)
	fmt.Println(n, err)
	fmt.Fprintf(kept, "")
	fmt.Println(Keeper{}, "next")
	fmt.Printf("[%v][%5v][%s]\n", Silent{}, Silent{}, []Silent{{}, {}})
	fmt.Println(Pair{Name("x"), Pair{Temp(1), List{}}})
	fmt.Println(fmt.Sprint(Pair{1, "two"}), fmt.Sprintf("%d", Pair{nil, Silent{}}))
	fmt.Println(EmbedFormatter{Name("e")}, EmbedError{errors.New("boom")}, EmbedStringer{Label("l"), 1})
	fmt.Printf("%d %s %+v\n", EmbedFormatter{List{}}, EmbedError{errors.New("b2")}, []EmbedFormatter{{Flag(true)}})
	fmt.Println(EmbedFormatter{}, EmbedError{}, EmbedStringer{})
	s := fmt.Sprintf("%v|%v", Name("é"), []Name{"o", "p"})
	fmt.Println(s, len(s))
}
