// Struct and interface type declarations.

package main

type S struct {
	X int
	X string // ERROR "X redeclared"
}

type E struct {
	*int
	int // ERROR "int redeclared"
}

type PI *interface{}

type Bad struct {
	PI // ERROR "embedded field type cannot be a pointer"
}

type I interface {
	M()
	M() // ERROR "duplicate method M"
}

func main() {
	var s S
	var e E
	var b Bad
	var i I
	_, _, _, _ = s, e, b, i
}
