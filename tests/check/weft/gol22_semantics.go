package main

import "fmt"

// Go 1.22: range over an int, min/max/clear builtins (Go 1.19 cannot check these, so they
// live here rather than in tests/check/valid).
func main() {
	m := map[string]int{"a": 1}
	clear(m)
	for i := range 3 {
		fmt.Println(i, min(i, 1), max(float64(i), 1.5))
		_ = max(i, 1.5) // ERROR "1.5 \(untyped float constant\) truncated to int"
	}
	var n int64 = 5
	for i := range n {
		var j int64 = i
		_ = j
	}
	for range 2 {
	}
	fmt.Println(min("b", "a"))
	_ = min(1, "a") // ERROR "mismatched types|cannot convert"
	for i := range 1.5 { // ERROR "cannot range over 1.5"
		_ = i
	}
}
