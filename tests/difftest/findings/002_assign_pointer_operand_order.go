// Finding 002 (FIXED in the weft built at 05:23 UTC on 2026-12-07; kept as a regression test):
// in a tuple assignment, the operands of index expressions and pointer indirections on the left
// are evaluated before any assignment (Go spec, Assignment statements). weft assigned `a` first
// and then stored through the new `a` (`a, a.next = c, b` set c.next).
// (difftest seeds 4, 7, 9, 13, 15, 16 of the first run: linked-list walks)
//
// go:   3 1 2 true
// go:   1 [7 0 0]
// go:   5 3
// weft: (fixed before this minimal program was written; on the generated program, seed 15,
//       `p50, p50.next = p52, p51` then a list walk printed Go "-30 5 -7 5 -7 5 -7 -30",
//       weft "-30 5 -7 -30": the store went through the new p50)
package main

import "fmt"

type Node struct {
	val  int
	next *Node
}

func main() {
	a := &Node{val: 1}
	b := &Node{val: 2, next: a}
	c := &Node{val: 3}
	a, a.next = c, b
	fmt.Println(a.val, b.next.val, b.next.next.val, c.next == nil)
	x := []int{0, 0, 0}
	i := 0
	i, x[i] = 1, 7
	fmt.Println(i, x)
	p := &Node{val: 4}
	q := p
	*p, p = Node{val: 5}, c
	fmt.Println(q.val, p.val)
}
