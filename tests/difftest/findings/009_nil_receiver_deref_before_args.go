// Finding 009 (FIXED: weft follows gc's evaluation order within a statement, compiler/GenOrder.cpp;
// and the order of the checks in assignments, compiler/GenAssign.cpp, for the swap of seed 68
// below): p.M(f()) with p a nil *S and M a value method: gc evaluates the arguments (calls
// f, with its side effects) and dereferences p for the receiver copy only at the call; weft
// dereferences p first, so f never runs and its output is missing. The spec leaves the order of
// the implicit dereference relative to the calls unspecified, but the difference is observable
// and gc's order is the one Go programs see.
// (difftest seed 153 of the final generator: `v131.M1(f0(...))` where f0 panics with an index
// error in Go and weft reported the nil dereference instead; seed 68, a swap
// `a[i], p.f = p.f, a[i]` with both an empty slice and a nil p, where gc reports the index error:
// walk/assign.go's ascompatee reads the right-hand a[i] before the first assignment, because it
// reads memory after that assignment wrote some; tests/programs/order/assign_tuple.go)
//
// go:   f called
// go:   recovered: runtime error: invalid memory address or nil pointer dereference
// weft: recovered: runtime error: invalid memory address or nil pointer dereference
package main

import "fmt"

type S struct{ x int }

func (s S) M(a int) int { return s.x + a }

func f() int {
	fmt.Println("f called")
	return 1
}

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var p *S
	fmt.Println(p.M(f()))
}
