package main

// A Format method that formats its own receiver with %v recurses forever: Go ends with
// "fatal error: stack overflow" (exit 2), weft too, instead of exhausting the C++ stack.

import "fmt"

type T struct{ n int }

func (t T) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "T(%v)", t) }

func main() {
	fmt.Println("start")
	fmt.Println(T{1})
}
