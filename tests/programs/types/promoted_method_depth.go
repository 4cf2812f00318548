// Which promoted method a name denotes in a run-time method set: embedded pointers, deeper
// levels hidden by an ambiguous or pointer-receiver name, one type reached twice at a depth,
// a field and a method of one name, interfaces embedded in structs.
package main

import (
	"errors"
	"fmt"
)

type I interface{ M() int }

type A struct{}
type B struct{}

func (A) M() int  { return 1 }
func (*B) M() int { return 2 }

// (*B).M reached through an embedded pointer is in P's value method set.
type P struct{ *B }

type Inner struct{}

func (Inner) M() int { return 9 }

type X struct{ Inner }
type Y struct{}

func (*Y) M() int { return 7 }

// (*Y).M at depth 1 hides Inner.M at depth 2: Q has no M, *Q has Y's.
type Q struct {
	X
	Y
}

// Inner reached along two paths at depth 2: ambiguous, even through a pointer.
type L struct{ Inner }
type R struct{ Inner }
type D struct {
	L
	R
}

// A field M and A.M at depth 1: ambiguous.
type F struct{ M int }
type G struct {
	F
	A
}

// An interface's M and (*B).M at depth 1: ambiguous.
type H struct {
	I
	B
}

// Only the interface: its M is promoted to H2 and *H2.
type H2 struct{ I }

// The own pointer method shadows A.M.
type T struct{ A }

func (*T) M() int { return 4 }

// The shallower A.M wins over Inner.M below it.
type U struct {
	A
	X
}

type E1 struct{}

func (E1) Error() string { return "E1" }

type E2 struct{}

func (*E2) Error() string { return "E2" }

// Error is ambiguous: fmt prints the fields.
type Errs struct {
	E1
	E2
}

func check(name string, v interface{}) {
	i, ok := v.(I)
	r := -1
	if ok {
		r = i.M()
	}
	fmt.Println(name, ok, r)
}

func convert(name string, v interface{}) {
	defer func() { fmt.Println(name, recover()) }()
	_ = v.(I)
}

func main() {
	check("P", P{&B{}})
	check("*P", &P{&B{}})
	check("Q", Q{})
	check("*Q", &Q{})
	check("D", D{})
	check("*D", &D{})
	check("G", G{})
	check("*G", &G{})
	check("H", H{I: A{}})
	check("*H", &H{I: A{}})
	check("H2", H2{A{}})
	check("*H2", &H2{&B{}})
	check("T", T{})
	check("*T", &T{})
	check("U", U{})
	check("struct{A; B}", struct {
		A
		B
	}{})
	check("struct{A; *B}", struct {
		A
		*B
	}{})
	check("struct{X}", struct{ X }{})

	convert("Q", Q{})
	convert("D", D{})
	convert("T", T{})

	switch v := interface{}(Q{}).(type) {
	case I:
		fmt.Println("I", v.M())
	default:
		fmt.Printf("%T\n", v)
	}
	var e interface{} = Errs{}
	_, isErr := e.(error)
	fmt.Println(isErr, e)
	var perr error = &E2{}
	fmt.Println(errors.Is(perr, perr), &Errs{})
}
