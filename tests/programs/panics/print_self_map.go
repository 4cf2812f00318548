package main

import "fmt"

// Printing a map that contains itself recurses until the stack is exhausted: Go's fatal
// stack overflow, not a crash.
func main() {
	m := map[string]interface{}{"k": 1}
	m["self"] = m
	fmt.Println(len(m))
	fmt.Println(m)
}
