// Invalid conversions.

package main

type A struct{ X int }
type B struct{ Y int }
type C struct{ X int }

func main() {
	s := "123"
	_ = int(s) // ERROR "cannot convert s \(variable of type string\) to (type )?int"
	n := 1
	_ = bool(n) // ERROR "cannot convert n \(variable of type int\) to (type )?bool"
	_ = B(A{})  // ERROR "cannot convert .* \(value of type A\) to (type )?B"
	_ = C(A{})
	f := 1.5
	_ = string(f) // ERROR "cannot convert f \(variable of type float64\) to (type )?string"
	var p *int
	_ = (*float64)(p) // ERROR "cannot convert p \(variable of type \*int\) to (type )?\*float64"
	bs := []byte("x")
	_ = []int(bs) // ERROR "cannot convert bs \(variable of type \[\]byte\) to (type )?\[\]int"
	_ = []rune(s)
	_ = int("7")       // ERROR "cannot convert .7. \(untyped string constant\) to (type )?int"
	_ = float64("1.0") // ERROR "cannot convert .1\.0. \(untyped string constant\) to (type )?float64"
	_ = string(n)
	_ = uint8(-1) // ERROR "cannot convert -1 \(untyped int constant\) to (type )?uint8|constant -1 overflows uint8"
}
