// Finding 001: a method name promoted from two embedded fields at the same depth is ambiguous,
// so it is in neither method set, even when one of the two methods has a pointer receiver (and
// so would not be in S's value method set anyway). weft promotes A's value method instead: S
// then satisfies I and fmt.Stringer, and fmt calls A.String for S.
// (difftest seeds 1004, 1051, 1329, 1350, 1418, 1610: type switch / assertion / printing)
//
// go:   false
// go:   default
// go:   {A! {2}}
// go:   false
// weft: true
// weft: I
// weft: A!
// weft: true
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
}
