package main

import "fmt"

func main() {
	// closures that run within their iteration behave identically under 1.19 and 1.22
	for i := 0; i < 3; i++ {
		f := func() int { return i * i }
		fmt.Println(f())
	}
	// modifying the loop var inside the body affects the loop
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			i++
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	// copying values out, not addresses
	var vals []int
	for _, v := range []int{4, 5, 6} {
		vals = append(vals, v*2)
	}
	fmt.Println(vals)
	// value semantics of range over array of structs
	type item struct{ n int }
	items := []item{{1}, {2}, {3}}
	for _, it := range items {
		it.n *= 10
	}
	fmt.Println(items)
	for i := range items {
		items[i].n *= 10
	}
	fmt.Println(items)
	// range expression evaluated once
	calls := 0
	get := func() []int { calls++; return []int{1, 2, 3} }
	for range get() {
	}
	fmt.Println("calls:", calls)
}
