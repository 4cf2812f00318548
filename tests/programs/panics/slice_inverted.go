package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4}
	lo, hi := 3, 1
	fmt.Println(s[hi:lo])
	fmt.Println(s[lo:hi])
}
