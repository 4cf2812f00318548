// Maps: insertion, lookup, delete, comma-ok, nested maps, sorted iteration.
package main

import (
	"fmt"
	"sort"
)

type key struct {
	x, y int
}

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	v, ok := m["two"]
	fmt.Println(len(m), v, ok)
	v, ok = m["four"]
	fmt.Println(v, ok)
	delete(m, "one")
	delete(m, "missing")
	fmt.Println(len(m), m["one"])

	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	fmt.Println(m) // fmt prints maps with sorted keys

	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)

	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)

	pts := map[key]string{{1, 2}: "a"}
	pts[key{3, 4}] = "b"
	fmt.Println(pts[key{1, 2}], pts[key{3, 4}], len(pts))

	groups := map[string][]string{}
	for _, w := range []string{"apple", "avocado", "banana", "blueberry", "cherry"} {
		groups[w[:1]] = append(groups[w[:1]], w)
	}
	fmt.Println(groups)

	nested := map[string]map[string]int{}
	add := func(a, b string, n int) {
		inner, ok := nested[a]
		if !ok {
			inner = map[string]int{}
			nested[a] = inner
		}
		inner[b] += n
	}
	add("x", "y", 1)
	add("x", "y", 2)
	add("x", "z", 5)
	add("w", "y", 7)
	fmt.Println(nested, len(nested["x"]))

	// maps are references
	alias := m
	alias["new"] = 100
	fmt.Println(m["new"])

	structs := map[string]*key{"p": {1, 1}}
	structs["p"].x = 9
	fmt.Println(*structs["p"])

	iface := map[interface{}]int{1: 1, "1": 2, 1.5: 3, true: 4}
	fmt.Println(iface[1], iface["1"], iface[1.5], iface[true], iface[false])

	// delete during iteration is allowed
	for k := range counts {
		if counts[k] > 1 {
			delete(counts, k)
		}
	}
	fmt.Println(counts)
	sized := make(map[int]int, 100)
	for i := 0; i < 50; i++ {
		sized[i%10] += i
	}
	fmt.Println(len(sized), sized[3])
}
