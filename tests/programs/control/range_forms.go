package main

import (
	"fmt"
	"sort"
)

func main() {
	arr := [3]string{"a", "b", "c"}
	for i := range arr {
		fmt.Print(i)
	}
	fmt.Println()
	for _, v := range arr {
		fmt.Print(v)
	}
	fmt.Println()
	pa := &arr
	for i, v := range pa {
		pa[2] = "Z" // pointer to array: not copied
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	m := map[int]string{3: "c", 1: "a", 2: "b"}
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Print(k, "=", m[k], " ")
	}
	fmt.Println()
	// delete during range: deleted entries not yet reached are not produced
	m2 := map[int]bool{}
	for i := 0; i < 50; i++ {
		m2[i] = true
	}
	seen := 0
	for k := range m2 {
		seen++
		delete(m2, k)
		if k%2 == 0 {
			delete(m2, k+1)
		} else {
			delete(m2, k-1)
		}
	}
	fmt.Println("after deletes:", len(m2), seen <= 50, seen >= 25)
	var i, v int
	for i, v = range []int{7, 8, 9} {
	}
	fmt.Println("last:", i, v)
	s := "héllo"
	var r rune
	for i, r = range s {
	}
	fmt.Println(i, string(r))
	for i := range [][]int{nil, {1}, {2, 3}} {
		fmt.Print(i)
	}
	fmt.Println()
}
