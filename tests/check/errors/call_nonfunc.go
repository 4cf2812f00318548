// Calling things that are not functions.

package main

type S struct{ f int }

func main() {
	x := 1
	x() // ERROR "invalid operation: cannot call non-function x \(variable of type int\)"
	s := "str"
	_ = s(1) // ERROR "invalid operation: cannot call non-function s \(variable of type string\)"
	v := S{}
	v.f()   // ERROR "invalid operation: cannot call non-function v\.f \(variable of type int\)"
	v()     // ERROR "invalid operation: cannot call non-function v \(variable of type S\)"
	_ = 3() // ERROR "invalid operation: cannot call non-function 3 \(untyped int constant\)"
	var fp *func()
	fp() // ERROR "invalid operation: cannot call non-function fp \(variable of type \*func\(\)\)"
	(*fp)()
	m := map[string]int{}
	m["k"]() // ERROR "invalid operation: cannot call non-function m\[.k.\] \(map index expression of type int\)"
}
