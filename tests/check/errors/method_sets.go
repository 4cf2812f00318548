// Method sets: pointer vs value receivers, missing methods, wrong signatures.

package main

type Shape interface {
	Area() float64
	Name() string
}

type Square struct{ s float64 }

func (q *Square) Area() float64 { return q.s * q.s }
func (q Square) Name() string   { return "square" }

type Circle struct{ r float64 }

func (c Circle) Area() float64 { return 3 * c.r * c.r }

type Bad struct{}

func (Bad) Area() int    { return 0 }
func (Bad) Name() string { return "bad" }

func use(s Shape) {}

func get() Shape {
	return Square{} // ERROR "Square does not implement Shape \((Area method|method Area) has pointer receiver\)"
}

func main() {
	var s Shape = Square{1} // ERROR "Square does not implement Shape \((Area method|method Area) has pointer receiver\)"
	var s2 Shape = &Square{1}
	use(Circle{})          // ERROR "cannot use .* as (type )?Shape( value)? in argument to use: Circle does not implement Shape \((missing Name method|missing method Name)\)"
	s = Bad{}              // ERROR "cannot use .* as (type )?Shape( value)? in assignment: Bad does not implement Shape \((wrong type for Area method|wrong type for method Area)\)"
	var e error = Circle{} // ERROR "Circle does not implement error \((missing Error method|missing method Error)\)"
	var st fmtStringer = 3 // ERROR "cannot use 3 \(constant of type int\) as (type )?fmtStringer( value)? in variable declaration: int does not implement fmtStringer \((missing String method|missing method String)\)"
	_, _, _, _ = s, s2, e, st
}

type fmtStringer interface{ String() string }
