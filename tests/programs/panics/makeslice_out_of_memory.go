package main

// make with a length below Go's maxAlloc (2^48 bytes) but beyond what the heap can give ends
// the program with "fatal error: runtime: out of memory"; beyond maxAlloc it is a panic.

import "fmt"

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	s := make([]int, 1<<40)
	fmt.Println(len(s))
}

func init() {
	defer func() { fmt.Println("init recovered:", recover()) }()
	n := 1 << 62
	s := make([]int, n)
	fmt.Println(len(s))
}
