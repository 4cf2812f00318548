package main

import "fmt"

func main() {
	var b byte = 250
	b += 10
	s := make([]int, 3)
	fmt.Println("b wrapped to", b)
	fmt.Println(s[b])
}
