package main

import "fmt"

// Go's two-phase assignment: index and indirection operands on the left and the right side
// are evaluated first, then the assignments happen left to right (the spec, "Assignment
// statements"), in tuple assignments, assignments from a multi-valued call, op-less range
// clauses with index targets, and with map, slice, array, field and pointer targets.

type node struct {
	v    int
	next *node
}

type pair struct{ a, b int }

func two() (*int, int) { x := new(int); return x, 5 }

var calls int

func arr() [4]int {
	calls++
	return [4]int{1, 2, 3, 4}
}

func ch() chan [2]int {
	c := make(chan [2]int, 1)
	c <- [2]int{1, 2}
	return c
}

func main() {
	p := &node{v: 1}
	q := &node{v: 2}
	r := &node{v: 3}
	p, p.next = q, r
	fmt.Println(p.v, p.next, q.next == nil)

	pi := new(int)
	old := pi
	pi, *pi = two()
	fmt.Println(*old, *pi)

	j := 0
	x := []int{0, 0, 0}
	j, x[j] = 1, 7
	fmt.Println(j, x)
	x[j], j = 8, 2
	fmt.Println(j, x)

	var a [3]int
	i := 0
	for i, a[i] = range []int{10, 20, 30} {
	}
	fmt.Println(i, a)

	m := map[string]int{}
	k := "a"
	k, m[k] = "b", 1
	fmt.Println(k, m)
	for k, m[k] = range map[string]int{"z": 26} {
	}
	fmt.Println(k, m)

	s := []int{1, 2, 3}
	s, s[0] = []int{9}, 100
	fmt.Println(s)

	pp := &pair{1, 2}
	pq := pp
	pp, pp.a, pp.b = &pair{7, 8}, pp.b, pp.a
	fmt.Println(*pp, *pq)

	ar := [3]int{1, 2, 3}
	idx := 0
	idx, ar[idx], ar[idx+1] = 2, ar[2], ar[idx]
	fmt.Println(idx, ar)

	bs := []byte("abc")
	n := 1
	bs[n], n = 'X', 0
	fmt.Println(string(bs), n)

	var sp *[]int
	t := []int{4, 5}
	sp = &t
	sp, (*sp)[0] = nil, 40
	fmt.Println(sp == nil, t)

	// range over an array-valued call or receive evaluates it, even with one variable or none.
	for i := range arr() {
		_ = i
	}
	for range arr() {
	}
	for i, v := range arr() {
		_, _ = i, v
	}
	fmt.Println("calls", calls)
	n = 0
	for i := range <-ch() {
		n += i
	}
	fmt.Println(n, len(arr()), cap(arr()), calls)
	var ap *[5]int
	cnt := 0
	for i := range ap {
		cnt += i
	}
	for i := range *ap {
		cnt += i
	}
	fmt.Println(cnt)
}
