// Finding 003 (FIXED in the weft built at 05:23 UTC on 2026-12-07; kept as a regression test):
// indexing the zero value that a map lookup of a missing key gives, when the element type is
// an array (`m[k][0]`), dereferenced a nil pointer in weft.
// (difftest seeds 1, 2, 8, 10, 17, 19, 20 of the first run, and most of the first 1,000-seed run)
//
// go:   true
// go:   0
// weft: panic: runtime error: invalid memory address or nil pointer dereference   (exit 2, before the fix)
package main

import "fmt"

type I interface{ M() int }

func main() {
	m := map[uint][4]I{0: [4]I{}}
	x := m[5][0]
	fmt.Println(x == nil)
	m2 := map[int][2]int{}
	fmt.Println(m2[3][1])
}
