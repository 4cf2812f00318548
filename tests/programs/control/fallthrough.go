package main

import "fmt"

func describe(n int) {
	fmt.Print(n, ": ")
	switch {
	case n > 100:
		fmt.Print("huge ")
		fallthrough
	case n > 10:
		fmt.Print("big ")
		fallthrough
	case n > 0:
		fmt.Print("positive ")
	case n == 0:
		fmt.Print("zero ")
		fallthrough
	default:
		fmt.Print("non-positive ")
	}
	fmt.Println()
}

func main() {
	for _, n := range []int{500, 50, 5, 0, -5} {
		describe(n)
	}
	switch 2 {
	case 1:
		fmt.Println(1)
	case 2:
		fmt.Println(2)
		fallthrough
	case 3:
		fmt.Println(3)
		fallthrough
	default:
		fmt.Println("default")
	case 4:
		fmt.Println(4)
	}
}
