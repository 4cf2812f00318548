// Invalid recursive types and constant cycles.

package main

type S struct { // ERROR "invalid recursive type S|illegal cycle in declaration of S"
	s S
}

type A [2]A // ERROR "invalid recursive type A|illegal cycle in declaration of A"

type X struct { // ERROR "invalid recursive type X|illegal cycle in declaration of X"
	y Y
}
type Y struct {
	x X
}

// Recursion through pointers, slices, maps, channels, functions is fine.
type List struct {
	next *List
	kids []List
	m    map[string]List
	ch   chan List
	f    func(List) List
}

const k1 = k2 // ERROR "initialization (loop|cycle) for k1"
const k2 = k1

type I interface { // ERROR "invalid recursive type I|illegal cycle in declaration of I"
	I
}

func main() {
	var l List
	_ = l
}
