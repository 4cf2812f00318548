package main

import "fmt"

func main() {
	var d int8 = 0
	var x int8 = 7
	f := 1.0
	z := 0.0
	fmt.Println(f/z, x)
	fmt.Println(x % d)
}
