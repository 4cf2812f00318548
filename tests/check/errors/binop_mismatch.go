// Binary operations on mismatched types.

package main

type Celsius float64
type Fahrenheit float64

func main() {
	var i int = 1
	var s string = "s"
	var f float64 = 2
	var i32 int32 = 3
	var i64 int64 = 4
	var c Celsius = 5
	var h Fahrenheit = 6
	var b bool = true
	_ = i + s     // ERROR "invalid operation: i \+ s \(mismatched types int and string\)"
	_ = i * f     // ERROR "invalid operation: i \* f \(mismatched types int and float64\)"
	_ = i32 + i64 // ERROR "invalid operation: i32 \+ i64 \(mismatched types int32 and int64\)"
	_ = c - h     // ERROR "invalid operation: c - h \(mismatched types Celsius and Fahrenheit\)"
	_ = c + f     // ERROR "invalid operation: c \+ f \(mismatched types Celsius and float64\)"
	_ = i == f    // ERROR "invalid operation: (cannot compare )?i == f \(mismatched types int and float64\)"
	_ = b && i    // ERROR "invalid operation: b && i \(mismatched types bool and int\)"
	_ = s < i     // ERROR "invalid operation: (cannot compare )?s < i \(mismatched types string and int\)"
	_ = i + 1.5   // ERROR "1.5 \(untyped float constant\) truncated to int"
}
