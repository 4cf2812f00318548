// Assignment count mismatches.

package main

func one() int        { return 1 }
func two() (int, int) { return 1, 2 }
func none()           {}

func main() {
	a, b := one() // ERROR "assignment mismatch: 2 variables but one returns 1 value|cannot initialize 2 variables with 1 values"
	c := two()    // ERROR "assignment mismatch: 1 variable but two returns 2 values|cannot initialize 1 variables with 2 values"
	var x, y int
	x, y = 1, 2, 3 // ERROR "assignment mismatch: 2 variables but 3 values|cannot assign 3 values to 2 variables"
	var p, q = 1   // ERROR "assignment mismatch: 2 variables but 1 value|cannot initialize 2 variables with 1 values"
	x = two()      // ERROR "assignment mismatch: 1 variable but two returns 2 values|cannot assign 2 values to 1 variables"
	d := none()    // ERROR "none\(\) \(no value\) used as value"
	var m map[string]int
	v, ok, extra := m["k"] // ERROR "assignment mismatch: 3 variables but 1 value|cannot initialize 3 variables with 1 values"
	_, _, _, _, _, _, _, _, _, _ = a, b, c, x, y, p, q, d, v, ok
	_ = extra
}
