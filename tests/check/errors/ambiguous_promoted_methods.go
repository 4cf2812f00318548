// Promoted methods are resolved by depth first, whatever their receivers: two of one name at
// the shallowest depth are ambiguous (a field counts too), and a struct's own pointer method
// shadows a promoted value method.

package main

type I interface{ M() int }

type A struct{}
type B struct{}

func (A) M() int  { return 1 }
func (*B) M() int { return 2 }

type S struct {
	A
	B
}

type C struct{}

func (C) M() int { return 3 }

type T struct{ C }

func (*T) M() int { return 4 }

type Inner struct{}

func (Inner) M() int { return 9 }

type L struct{ Inner }
type R struct{ Inner }
type D struct {
	L
	R
}

type F struct{ M int }
type G struct {
	F
	A
}

type X struct{ Inner }
type Y struct{}

func (*Y) M() int { return 7 }

type Q struct {
	X
	Y
}

func main() {
	var s S
	var i I = s // ERROR "S does not implement I \((missing M method|missing method M)\)"
	i = &s      // ERROR "\*S does not implement I \((missing M method|missing method M)\)"
	s.M()       // ERROR "ambiguous selector s\.M"
	var t T
	i = t // ERROR "T does not implement I \((M method|method M) has pointer receiver\)"
	i = &t
	var d D
	i = d // ERROR "D does not implement I \((missing M method|missing method M)\)"
	d.M() // ERROR "ambiguous selector d\.M"
	var g G
	_ = g.M // ERROR "ambiguous selector g\.M"
	var q Q
	i = q // ERROR "Q does not implement I \((M method|method M) has pointer receiver\)"
	i = &q
	_ = i.(S) // ERROR "impossible type assertion: i\.\(S\)( |\n\t)S does not implement I \((missing M method|missing method M)\)"
	_ = i
}
