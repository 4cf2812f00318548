// Assignments to non-addressable or constant operands.

package main

type P struct{ X int }

const C = 10

func val() int { return 1 }
func pt() P    { return P{} }

func main() {
	s := "hello"
	s[0] = 'H' // ERROR "cannot assign to s\[0\] \(value of type byte\)|cannot assign to s\[0\] \(neither addressable nor a map index expression\)"
	m := map[string]P{}
	m["a"].X = 1 // ERROR "cannot assign to struct field m\[.a.\]\.X in map"
	C = 11       // ERROR "cannot assign to C \(untyped int constant 10\)|cannot assign to C \(neither addressable nor a map index expression\)|cannot assign to C \(constant 10 of type untyped int\)"
	val() = 2    // ERROR "cannot assign to val\(\) \(value of type int\)|cannot assign to val\(\) \(neither addressable nor a map index expression\)"
	pt().X = 3   // ERROR "cannot assign to pt\(\)\.X \(value of type int\)|cannot assign to pt\(\)\.X \(neither addressable nor a map index expression\)"
	_ = &val()   // ERROR "invalid operation: cannot take address of val\(\) \(value of type int\)"
	len := 3
	_ = len
	"abc" = s // ERROR "cannot assign to .abc. \(untyped string constant\)|cannot assign to .abc. \(neither addressable nor a map index expression\)"
	P{}.X = 1 // ERROR "cannot assign to .*\.X \(value of type int\)|cannot assign to .*\.X \(neither addressable nor a map index expression\)"
	for i := range "xy" {
		i++
	}
	mp := map[string]*P{}
	mp["a"].X = 1
	s++ // ERROR "invalid operation: s\+\+ \(non-numeric type string\)"
}
