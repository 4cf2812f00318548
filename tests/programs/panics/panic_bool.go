package main

import "fmt"

func main() {
	x := 3
	fmt.Println("x =", x)
	panic(x > 2)
}
