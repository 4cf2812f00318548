// Composite literals: element types and literal types.

package main

type P struct{ X, Y int }

func main() {
	_ = []int{1, "two"}      // ERROR "cannot use .two. \(untyped string constant\) as int value in array or slice literal"
	_ = map[string]int{1: 1} // ERROR "cannot use 1 \(untyped int constant\) as string value in map literal"
	_ = map[string]int{"a"}  // ERROR "missing key in map literal"
	_ = int{1}               // ERROR "invalid composite literal type int"
	_ = []P{{1, 2}, {X: 1}}
	_ = &P{X: 1, Y: "y"} // ERROR "cannot use .y. \(untyped string constant\) as int value in struct literal"
	_ = [...]int{1, 2, 3}
	var a [2]int = [...]int{1, 2, 3} // ERROR "cannot use .* \(value of type \[3\]int\) as (type )?\[2\]int( value)? in variable declaration"
	_ = a
	_ = []int{-1: 5}            // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = map[int]bool{1.5: true} // ERROR "cannot use 1.5 \(untyped float constant\) as int value in map literal \(truncated\)"
}
