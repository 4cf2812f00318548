package main

import "fmt"

func steps(n int) int {
	s := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		s++
	}
	return s
}

func main() {
	best, bestN := 0, 0
	for n := 1; n < 3000; n++ {
		if s := steps(n); s > best {
			best, bestN = s, n
		}
	}
	fmt.Println("longest under 3000:", bestN, best)
	for n := 1; n <= 10; n++ {
		fmt.Printf("%d:%d ", n, steps(n))
	}
	fmt.Println()
}
