// Operators applied to operand types that do not support them.

package main

type Pt struct{ x, y int }
type WithSlice struct{ s []int }

func main() {
	i, f, s, b := 1, 2.5, "s", true
	_ = !i     // ERROR "invalid operation: operator ! not defined on i \(variable of type int\)"
	_ = -s     // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = ^f     // ERROR "invalid operation: operator \^ not defined on f \(variable of type float64\)"
	_ = b + b  // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)"
	_ = i && i // ERROR "invalid operation: operator && not defined on i \(variable of type int\)"
	_ = f % f  // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
	_ = s - s  // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = b < b  // ERROR "invalid operation: (cannot compare )?b < b \(operator < not defined on bool\)"
	p, q := Pt{}, Pt{}
	_ = p < q // ERROR "invalid operation: (cannot compare )?p < q \(operator < not defined on struct\)"
	_ = p == q
}
