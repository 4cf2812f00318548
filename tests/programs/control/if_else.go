package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		if n > 100 {
			return "big even"
		}
		return "even"
	} else {
		return "odd"
	}
}

func main() {
	for _, n := range []int{-5, 0, 4, 7, 200, 201} {
		fmt.Println(n, classify(n))
	}
	if v := classify(3); v == "odd" {
		fmt.Println("init stmt works:", v)
	}
	m := map[string]int{"a": 1}
	if v, ok := m["a"]; ok {
		fmt.Println("found", v)
	}
	if v, ok := m["b"]; !ok {
		fmt.Println("missing", v)
	} else {
		fmt.Println("unexpected", v)
	}
}
