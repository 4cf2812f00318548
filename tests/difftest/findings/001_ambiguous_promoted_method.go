// Finding 001 (FIXED by commit 09805de, compiler/MethodSet.cpp; kept as a regression test, also
// as tests/programs/types/ambiguous_promoted_methods.go): the value method set of a struct S
// ignores pointer-receiver methods when it decides which method a name denotes. In Go a name is
// resolved first (shallowest depth; two at the same depth are ambiguous), whatever the receivers,
// and only then is a pointer-receiver result left out of S's value method set. weft instead
// promoted a value method of an embedded field
//   (1) when another embedded field at the same depth has a pointer-receiver method of that name
//       (ambiguous in Go: S has neither), and
//   (2) when S itself declares the name with a pointer receiver (S's own method shadows it).
// S then satisfies interfaces it does not in Go (type switches, assertions, "missing method"
// panics that do not happen) and fmt calls the embedded String method for S values.
// (difftest seeds 1004, 1051, 1329, 1350, 1418, 1610, 2368; by their symptoms also 2047, 2109,
// 2130, 2155, 2180, 2387, 2400)
//
// go:   false
// go:   default
// go:   {A! {2}}
// go:   false
// go:   {C! 2}
// go:   false
// weft: true
// weft: I
// weft: A!
// weft: true
// weft: C!
// weft: true
package main

import "fmt"

type A struct{ x int }
type B struct{ y int }

func (A) M() int         { return 1 }
func (*B) M() int        { return 2 }
func (A) String() string { return "A!" }
func (*B) String() string { return "B!" }

// (1) A.M and (*B).M at the same depth: ambiguous.
type S struct {
	A
	B
}

type I interface{ M() int }

// (2) (*T).String shadows the promoted C.String.
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
	_, isStringer := e.(fmt.Stringer)
	fmt.Println(isStringer)

	t := T{C{1}, 2}
	fmt.Println(t)
	var f interface{} = t
	_, ok = f.(I)
	fmt.Println(ok)
}
