// Composite literals: keys, fields, counts.

package main

type P struct {
	X, Y int
	Name string
}

func main() {
	_ = map[string]int{"a": 1, "b": 2, "a": 3} // ERROR "duplicate key .a. in map literal"
	_ = P{X: 1, X: 2}                          // ERROR "duplicate field name X in struct literal"
	_ = P{X: 1, 2, "n"}                        // ERROR "mixture of field:value and value elements in struct literal"
	_ = P{1, 2}                                // ERROR "too few values in P\{…\}|too few values in struct literal"
	_ = P{Z: 1}                                // ERROR "unknown field .?Z.? in struct literal"
	_ = P{1, 2, "n", 4}                        // ERROR "too many values in P\{…\}|too many values in struct literal"
	_ = [3]int{0: 1, 0: 2}                     // ERROR "duplicate index 0 in array or slice literal"
	_ = [2]int{1, 2, 3}                        // ERROR "index 2 is out of bounds \(>= 2\)|array index 2 out of bounds \[0:2\]"
}
