// Invalid range clauses.

package main

type T struct{}

func f() {}

func main() {
	// Ranging over an int is an error in Go 1.19 but valid since Go 1.22, weft's language
	// version: it is tested in tests/check/weft/gol22_semantics.go instead.
	for range f { // ERROR "cannot range over f \(value of type func\(\)\)"
	}
	var t T
	for range t { // ERROR "cannot range over t \(variable of type T\)"
	}
	ps := &[]int{1}
	for range ps { // ERROR "cannot range over ps \(variable of type \*\[\]int\)"
	}
	pa := &[3]int{}
	for i, v := range pa {
		_, _ = i, v
	}
	ch := make(chan int)
	for i, v := range ch { // ERROR "range over ch \(variable of type chan int\) permits only one iteration variable"
		_, _ = i, v
	}
	var s string
	for _, r := range "abc" {
		s = r // ERROR "cannot use r \(variable of type rune\) as (type )?string( value)? in assignment"
	}
	_ = s
}
