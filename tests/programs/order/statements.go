// Evaluation order in each kind of statement, as gc gives it: calls are evaluated before the
// variables, indexes and fields the statement reads.
package main

import "fmt"

type T struct{ x int }

type L struct {
	v    int
	next *L
}

func pair(a, b int) (int, int) { return a, b }

var gv = 1

func ret1() (int, int) {
	x := 1
	return x, func() int { x = 2; return 2 }()
}

func ret2() int {
	x := 1
	return x + func() int { x = 5; return 0 }()
}

func ret3() (r int) {
	r = 1
	return r * func() int { r = 7; return 1 }()
}

func main() {
	// s[i] = f() where f changes i stores to the new index.
	i := 0
	s := []int{0, 0}
	s[i] = func() int { i = 1; return 5 }()
	fmt.Println(s)

	// The map and key of m[k] = f() are read after f.
	m := map[int]int{}
	k := 0
	m[k] = func() int { k = 3; return 1 }()
	fmt.Println(m)

	// p.x = f() and *p = f() use p after f.
	p := &T{1}
	q := &T{2}
	p.x = func() int { p = q; return 9 }()
	fmt.Println(p.x, q.x)
	p = &T{1}
	*p = func() T { p = q; return T{8} }()
	fmt.Println(*p, *q)

	// Tuple assignment: a[0], a[1] = x, f() reads x after f.
	var arr [2]int
	x := 1
	arr[0], arr[1] = x, func() int { x = 7; return 7 }()
	fmt.Println(arr)
	// ... and the left operands are taken before any assignment (the spec's phase 1).
	j := 0
	sl := []int{0, 0, 0}
	j, sl[j] = func() int { return 2 }(), j+5
	fmt.Println(j, sl)
	a1 := &L{v: 1}
	b1 := &L{v: 2, next: a1}
	c1 := &L{v: 3}
	a1, a1.next = c1, b1
	fmt.Println(a1.v, b1.next.v, c1.next == nil)

	// a, b = f(): the left operands after the call.
	n := 0
	ss := []int{0, 0}
	ss[n], gv = func() (int, int) { n = 1; return 4, 5 }()
	fmt.Println(ss, gv)

	// x op= f(), x++ with calls in the operands.
	y := 2
	y *= func() int { y = 3; return 2 }()
	fmt.Println(y)
	cell := new(int)
	*cell = 1
	*cell += func() int { *cell = 10; return 1 }()
	fmt.Println(*cell)
	ix := 0
	arr2 := []int{1, 2}
	arr2[ix] += func() int { ix = 1; return 10 }()
	fmt.Println(arr2)
	arr2[func() int { ix = 0; return ix }()]++
	fmt.Println(arr2)
	captured := 1
	fn := func() int { captured = 50; return 1 }
	captured += fn()
	fmt.Println(captured)

	// Declarations with several values.
	v := 1
	var d1, d2 = v, func() int { v = 2; return 2 }()
	fmt.Println(d1, d2)
	w := 1
	e1, e2 := w, func() int { w = 3; return 3 }()
	fmt.Println(e1, e2)
	z := 1
	z2 := z + func() int { z = 4; return 0 }()
	fmt.Println(z2)

	// return
	fmt.Println(ret1())
	fmt.Println(ret2(), ret3())

	// if, for and switch conditions, after their init statements.
	c := 1
	if c == func() int { c = 2; return 2 }() {
		fmt.Println("if saw the new c")
	}
	if c := 5; c+func() int { c = 6; return 0 }() == 6 {
		fmt.Println("init then condition")
	}
	cnt := 0
	for lim := 3; cnt < lim+func() int { lim = 0; return 0 }(); cnt++ {
	}
	fmt.Println("for ran", cnt)
	sw := 1
	switch sw + func() int { sw = 10; return 0 }() {
	case 10:
		fmt.Println("switch tag saw 10")
	default:
		fmt.Println("switch tag saw 1")
	}
	cv := 1
	switch 2 {
	case cv + func() int { cv = 2; return 0 }():
		fmt.Println("case saw 2")
	default:
		fmt.Println("case saw 1")
	}

	// range evaluates its operand once, in the same order.
	rs := []int{1}
	for _, r := range append(rs, len(rs)+func() int { rs = []int{7, 7, 7}; return 0 }()) {
		fmt.Print(r, " ")
	}
	fmt.Println()

	// Call statements, and calls whose result is discarded.
	u := 1
	fmt.Println(u, func() int { u = 2; return 2 }())
	fmt.Println(pair(u, func() int { u = 3; return 3 }()))

	// defer: each argument is evaluated on its own, left to right; inside one, the calls first.
	func() {
		dx := 1
		defer fmt.Println("deferred", dx, func() int { dx = 2; return 2 }(), dx+func() int { dx = 3; return 0 }())
	}()

	// Closures called in place read captured variables when they run.
	h := 1
	fmt.Println(h+func() int { h = 2; return 0 }(), func() int { return h }())
}
