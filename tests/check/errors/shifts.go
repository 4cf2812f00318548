// Shift operations.

package main

func main() {
	x := 1
	_ = x << -1 // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)|invalid shift count -1"
	f := 2.0
	_ = f << 1   // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	_ = x << f   // ERROR "invalid operation: shift count f \(variable of type float64\) must be integer"
	_ = 1.5 << 2 // ERROR "invalid operation: shifted operand 1.5 \(untyped float constant\) must be integer"
	s := "s"
	_ = x >> s           // ERROR "invalid operation: shift count s \(variable of type string\) must be integer"
	var i8 int8 = 1 << 8 // ERROR "cannot use 1 << 8 \(untyped int constant 256\) as int8 value in variable declaration \(overflows\)"
	const big = 1 << 100
	_ = big // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in assignment to _ identifier \(overflows\)|cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in assignment \(overflows\)"
	var u uint = 3
	_ = 1 << u
	var fl float64 = 1 << u // ERROR "invalid operation: 1 << u \(shift of type float64\)|invalid operation: shifted operand 1 \(type float64\) must be integer"
	_, _ = i8, fl
}
