// Difftest finding 001: a promoted method is resolved by depth first, whatever the receivers;
// only then is a pointer-receiver result left out of a value's method set. S's A.M and (*B).M
// are ambiguous (S has no M, *S neither), and (*T).String / (*T).M shadow the promoted C
// methods, so T's value method set has neither.
package main

import "fmt"

type A struct{ x int }
type B struct{ y int }

func (A) M() int         { return 1 }
func (*B) M() int        { return 2 }
func (A) String() string { return "A!" }
func (*B) String() string { return "B!" }

type S struct {
	A
	B
}

type I interface{ M() int }

type C struct{ x int }

func (C) String() string { return "C!" }
func (C) M() int         { return 3 }

type T struct {
	C
	y int
}

func (*T) String() string { return "T!" }
func (*T) M() int         { return 4 }

func main() {
	var e interface{} = S{}
	_, ok := e.(I)
	fmt.Println(ok)
	switch e.(type) {
	case I:
		fmt.Println("I")
	default:
		fmt.Println("default")
	}
	fmt.Println(S{A{1}, B{2}})
	fmt.Println(&S{A{1}, B{2}})
	_, isStringer := e.(fmt.Stringer)
	fmt.Println(isStringer)

	t := T{C{1}, 2}
	fmt.Println(t)
	fmt.Println(&t)
	var f interface{} = t
	_, ok = f.(I)
	fmt.Println(ok)
	f = &t
	if i, ok := f.(I); ok {
		fmt.Println(i.M())
	}
}
