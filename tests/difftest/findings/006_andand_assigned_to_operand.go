// Finding 006 (FIXED by commit 416911b, weft built 06:45 UTC on 2026-12-07; kept as a regression test):
// `b = x && b` / `c = x || c`: weft stores the left operand into the assigned
// variable before it evaluates the right operand, which reads that variable, so the right
// operand sees x instead of the old value. (The same family as finding 004: the assignment's
// destination is used as scratch while the right-hand side still reads it.)
// (difftest seed 3176: `v28 = ((!(true) == z_bool) && v28)`)
//
// go:   false
// go:   true
// go:   false
// weft: true
// weft: false
// weft: false
package main

import "fmt"

var zb bool

func main() {
	b := false
	b = (!true == zb) && b
	fmt.Println(b)
	c := true
	c = (true == zb) || c
	fmt.Println(c)
	x := 1
	t := true
	t = (x == 1) && !t
	fmt.Println(t)
}
