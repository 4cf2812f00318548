package main

import "fmt"

func main() {
	var a [4]int
	p := &a
	lo := 5
	fmt.Println(p[1:2])
	fmt.Println(p[lo:])
}
