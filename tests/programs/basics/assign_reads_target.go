package main

import "fmt"

// An assignment whose right side reads the variable it assigns, through a slice or map
// literal or a && / || (difftest findings 004 and 006): the right side sees the old value.

var zb bool

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
	ss := [][]int{{1}, {2}}
	ss = [][]int{ss[1], {len(ss)}}
	fmt.Println(ss)

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
	u := true
	u = !(u && zb) || (u && !u)
	fmt.Println(u)
	n := 3
	n = n*2 + n
	fmt.Println(n)
}
