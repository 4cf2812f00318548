package main

import "fmt"

func shift(x int, n int) int {
	return x << n
}

func main() {
	fmt.Println(shift(1, 3))
	fmt.Println(shift(5, 0))
	n := -1
	fmt.Println("about to shift by", n)
	fmt.Println(shift(1, n))
}
