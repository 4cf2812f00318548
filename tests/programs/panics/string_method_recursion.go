package main

// A String method that formats its own receiver with %v recurses forever: Go ends with
// "fatal error: stack overflow" (exit 2), weft too, instead of exhausting the C++ stack.

import "fmt"

type T struct{ n int }

func (t *T) String() string { return fmt.Sprintf("%v", t) }

func main() {
	m := map[string]interface{}{}
	m["self"] = m
	fmt.Println(len(m))
	fmt.Println(&T{1})
}
