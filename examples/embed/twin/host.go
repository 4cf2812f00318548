package main

import "fmt"

func Square(x int64) int64 { return x * x }

// The Go twin of examples/embed: what host.cpp prints, with Greet and Sum written in Go, and
// the worker lines in the order one goroutine gives them.
func main() {
	fmt.Println("hello, "+"weft", int64(1+2+3))
	fmt.Println(Square(12))
	for j := int64(1); j <= 100; j++ {
		fmt.Println(fmt.Sprintf("%d squared is %d", j, Square(j)))
	}
}
