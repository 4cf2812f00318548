package main

// Panics in Format, GoString, String and Error methods are printed in place as Go's
// catchPanic does, after whatever Format wrote before panicking; a nil pointer receiver
// prints <nil>.

import (
	"errors"
	"fmt"
)

type Half struct{}

func (Half) Format(f fmt.State, verb rune) {
	f.Write([]byte("written-"))
	panic("half way")
}

type ErrPanic struct{}

func (ErrPanic) Format(f fmt.State, verb rune) { panic(errors.New("an error value")) }

type NilPtr struct{ name string }

func (n *NilPtr) Format(f fmt.State, verb rune) {
	f.Write([]byte("["))
	fmt.Fprint(f, n.name) // nil receiver: nil dereference
}

type ValRecv struct{ n int }

func (v ValRecv) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "VR%d", v.n) }

type GoPanic struct{}

func (GoPanic) GoString() string { panic(fmt.Sprintf("gostring %d", 42)) }

type StrPanic struct{}

func (StrPanic) String() string { panic("string") }

// The panic value is a Formatter itself.
type PanicWithFormatter struct{}

func (PanicWithFormatter) Format(f fmt.State, verb rune) { panic(ValRecv{9}) }

type Wrapper struct {
	A Half
	B *NilPtr
	C GoPanic
}

func main() {
	fmt.Println(Half{})
	fmt.Printf("%d|%5s|%#v|%+v\n", Half{}, Half{}, Half{}, Half{})
	fmt.Println(fmt.Sprint(ErrPanic{}), fmt.Sprintf("%x", ErrPanic{}))
	var np *NilPtr
	fmt.Println(np)
	fmt.Printf("%v %s %d\n", np, np, np)
	var vr *ValRecv
	fmt.Println(vr)
	fmt.Printf("%x|%v\n", vr, []*ValRecv{vr, {2}})
	fmt.Printf("%#v|%v\n", GoPanic{}, GoPanic{})
	fmt.Printf("%#v|%v|%s\n", StrPanic{}, StrPanic{}, StrPanic{})
	fmt.Println(PanicWithFormatter{})
	fmt.Println(Wrapper{B: np})
	fmt.Printf("%#v\n", Wrapper{B: &NilPtr{"n"}})
	fmt.Println([]interface{}{Half{}, np, ErrPanic{}})
	fmt.Println("done")
}
