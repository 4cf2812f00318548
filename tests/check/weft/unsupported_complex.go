package main

import "fmt"

func main() {
	a := 1 + 2i // ERROR "not supported in weft: complex numbers"
	var b complex128 // ERROR "not supported in weft: complex numbers"
	fmt.Println(a, b)
}
