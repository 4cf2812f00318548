package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"apple": 5, "banana": 3, "cherry": 7}
	m["date"] = 1
	m["apple"] += 10
	fmt.Println(m, len(m))
	delete(m, "banana")
	delete(m, "nonexistent")
	fmt.Println(m)
	v, ok := m["banana"]
	fmt.Println(v, ok)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	// maps are references
	m2 := m
	m2["elder"] = 9
	fmt.Println(len(m), m["elder"])
	// nil map reads
	var nm map[string]int
	fmt.Println(nm["x"], len(nm), nm == nil)
	delete(nm, "x")
	// map of slices
	groups := map[int][]string{}
	for _, w := range []string{"a", "bb", "cc", "ddd", "e", "fff"} {
		groups[len(w)] = append(groups[len(w)], w)
	}
	fmt.Println(groups)
	// map of maps
	nested := map[string]map[string]int{}
	add := func(a, b string) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	add("w", "y")
	fmt.Println(nested)
	// struct values in map require reassign
	type P struct{ N int }
	pm := map[string]P{"a": {1}}
	p := pm["a"]
	p.N = 50
	pm["a"] = p
	fmt.Println(pm)
	// map with bool/float/int keys
	fm := map[float64]string{1.5: "a", -2: "b", 0: "z"}
	fmt.Println(fm)
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)
	im := map[int8]string{-3: "neg", 5: "pos", 0: "zero"}
	fmt.Println(im)
	// delete all during range
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)
	// map literal with composite keys
	type key struct{ a, b int }
	km := map[key]string{{1, 2}: "x", {0, 5}: "y", {1, 0}: "z"}
	fmt.Println(km[key{1, 2}], len(km))
	fmt.Println(km)
	// interface keys
	ik := map[interface{}]int{1: 1, "a": 2, 2.5: 3, true: 4}
	fmt.Println(ik[1], ik["a"], ik[2.5], ik[true], ik[false], len(ik))
}
