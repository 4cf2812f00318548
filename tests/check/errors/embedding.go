// Embedded fields: promotion, ambiguity, and depth.

package main

type A struct{ X, Y int }

func (A) Hello() {}

type B struct{ X, Z int }

func (B) Hello() {}

type C struct {
	A
	B
}

type D struct {
	C
	X int // shallower X wins: no ambiguity
}

type E struct {
	A
	A // ERROR "A redeclared"
}

type Iface interface{ Hello() }

func main() {
	var c C
	_ = c.X // ERROR "ambiguous selector c\.X"
	_ = c.Y
	_ = c.Z
	c.Hello() // ERROR "ambiguous selector c\.Hello"
	c.A.Hello()
	var d D
	_ = d.X
	_ = d.Y
	var i Iface = c // ERROR "cannot use c \(variable of type C\) as (type )?Iface( value)? in variable declaration: C does not implement Iface \((missing Hello method|missing method Hello)\)"
	_ = i
	_ = C{X: 1} // ERROR "unknown field .?X.? in struct literal"
	_ = C{A: A{X: 1}}
}
