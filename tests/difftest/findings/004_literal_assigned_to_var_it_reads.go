// Finding 004 (FIXED by commit 416911b, weft built 06:45 UTC on 2026-12-07; kept as a regression test):
// `s = []T{..., s[i]}` and `m = map[K]V{k: m[j]}`: a slice or map composite literal
// assigned to a variable that its own elements read sees the new, empty value (weft builds the
// literal in the destination variable's register before evaluating the elements). Array and
// struct literals are right.
// (difftest seeds 2003, and likely 2067, 2220, 2249, 2297: `v = []int{0, v[idx(1, len(v))]}`)
//
// go:   [0 2]
// go:   [2 1]
// go:   {2 1}
// go:   map[y:1]
// weft: [0 0]
// weft: [2 1]
// weft: {2 1}
// weft: map[y:0]
package main

import "fmt"

type P struct{ a, b int }

func main() {
	s := []int{1, 2}
	s = []int{0, s[1]}
	fmt.Println(s)
	a := [2]int{1, 2}
	a = [2]int{a[1], a[0]}
	fmt.Println(a)
	p := P{1, 2}
	p = P{p.b, p.a}
	fmt.Println(p)
	m := map[string]int{"x": 1}
	m = map[string]int{"y": m["x"]}
	fmt.Println(m)
}
