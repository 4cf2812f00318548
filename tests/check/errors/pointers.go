// Pointer operations.

package main

type T struct{ f int }

func get() T { return T{} }

func main() {
	x := 1
	_ = *x // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
	m := map[string]int{}
	_ = &m["a"]  // ERROR "invalid operation: cannot take address of m\[.a.\] \(map index expression of type int\)"
	_ = &get()   // ERROR "invalid operation: cannot take address of get\(\) \(value of type T\)"
	_ = &get().f // ERROR "invalid operation: cannot take address of get\(\)\.f \(value of type int\)"
	_ = &3       // ERROR "invalid operation: cannot take address of 3 \(untyped int constant\)"
	p := &x
	_ = p + 1          // ERROR "cannot convert 1 \(untyped int constant\) to (type )?\*int"
	var q *float64 = p // ERROR "cannot use p \(variable of type \*int\) as (type )?\*float64( value)? in variable declaration"
	_ = q
	var t *T
	_ = t.g  // ERROR "t\.g undefined \(type \*T has no field or method g\)"
	_ = *nil // ERROR "invalid operation: cannot indirect nil"
}
