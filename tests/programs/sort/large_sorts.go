package main

import (
	"fmt"
	"sort"
)

func main() {
	// deterministic pseudo-random data with an LCG
	seed := uint32(12345)
	next := func() int {
		seed = seed*1103515245 + 12345
		return int(seed>>16) % 10000
	}
	data := make([]int, 2000)
	for i := range data {
		data[i] = next()
	}
	a := append([]int(nil), data...)
	sort.Ints(a)
	fmt.Println(a[:10], a[len(a)-10:], sort.IntsAreSorted(a))
	// checksum of sorted order
	h := 0
	for i, v := range a {
		h = (h*31 + v*(i+1)) % 1000000007
	}
	fmt.Println("checksum", h)
	// sort by key with stable tiebreak on index
	type rec struct{ key, idx int }
	recs := make([]rec, len(data))
	for i, v := range data {
		recs[i] = rec{v % 50, i}
	}
	sort.SliceStable(recs, func(i, j int) bool { return recs[i].key < recs[j].key })
	fmt.Println(recs[:5], recs[len(recs)-3:])
	// sort strings
	strs := make([]string, 300)
	for i := range strs {
		n := next()
		strs[i] = fmt.Sprintf("s%x-%d", n, n%7)
	}
	sort.Strings(strs)
	fmt.Println(strs[:5], strs[len(strs)-2:])
	// sorted descending floats
	fs := make([]float64, 500)
	for i := range fs {
		fs[i] = float64(next()) / 7.0
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(fs)))
	fmt.Printf("%.4f %.4f %.4f\n", fs[0], fs[250], fs[499])
	// unique after sort
	u := a[:0:0]
	for i, v := range a {
		if i == 0 || v != a[i-1] {
			u = append(u, v)
		}
	}
	fmt.Println("unique", len(u))
}
