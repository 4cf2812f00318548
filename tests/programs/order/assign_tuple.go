// A tuple assignment checks in gc's order (walk/assign.go's ascompatee): the assignments one
// after the other, each value before its target's checks, with an operand copied ahead of all
// of them only when an earlier assignment of the statement may change it (it reads a variable
// assigned before it, or memory after a store to memory). So in `a[i], p.f = p.f, a[i]` the
// right-hand a[i] is read early and its index check fails first. The same holds for a call's
// or a comma-ok form's values, a range statement's two targets and a return into named
// results, and a map element of a tuple is entered before its value is evaluated.
package main

import "fmt"

type P struct {
	f   int
	s   []int
	arr [2]int
}

type E struct{ g int }

type S struct {
	*E
	h int
}

type A struct{ arr [2]P }

func try(name string, fn func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	fn()
}

func two() (int, int) { return 1, 2 }

func named(a []int, p *P, i int) (x, y int) {
	return a[i], p.f
}

// With a defer the later values are read before the first result is set.
func namedDefer(a []int, p *P, i int) (x, y int) {
	defer func() { fmt.Println("deferred sees", x, y) }()
	return a[i], p.f
}

func namedDeferStore(a []int, i int) (x, y int) {
	defer func() { fmt.Println("deferred sees", x, y) }()
	x, a[i] = 7, 8
	return
}

func swapResults() (x, y int) {
	x, y = 1, 2
	return y, x
}

func main() {
	var a []int
	var p *P
	var q *[3]int
	var pa *[3]P
	var pA *A
	var grid [2][2]int
	var nm map[int]int
	m := map[int]int{}
	mi := map[interface{}]int{}
	var e interface{} = 1
	i, j, k := 0, 5, 0
	c := make(chan int, 2)

	try("swap index, deref", func() { a[i], p.f = p.f, a[i] })
	try("swap deref, index", func() { p.f, a[i] = a[i], p.f })
	try("constants index, deref", func() { a[i], p.f = 1, 2 })
	try("constants deref, index", func() { p.f, a[i] = 1, 2 })
	try("values deref, index", func() { x, y := p.f, a[i]; fmt.Println(x, y) })
	try("values index, deref", func() { x, y := a[i], p.f; fmt.Println(x, y) })
	try("map key deref, index", func() { m[p.f], a[i] = 1, 2 })
	try("pointer to array", func() { q[i], a[i] = a[i], q[i] })
	try("pointer to array 2", func() { a[i], q[i] = q[i], a[i] })
	try("slice field", func() { a[i], p.s[i] = 1, 2 })
	try("slice field 2", func() { p.s[i], a[i] = 1, 2 })
	try("division in target", func() { p.f, a[j/k] = 1, 2 })
	try("element of pointer to array", func() { pa[i].f, a[i] = 1, 2 })
	try("element of pointer to array 2", func() { a[i], pa[i].f = 1, 2 })
	try("array field element", func() { a[i], pA.arr[j].f = pA.arr[j].f, a[i] })
	try("nested arrays", func() { grid[i][j], a[i] = 1, 2 })
	try("nested arrays 2", func() { a[i], grid[i][0] = grid[i][j], a[i] })

	try("nil map entered first", func() { nm[k], a[i] = a[i], 2 })
	try("map entry made", func() { m[5], a[i] = a[i], 2 })
	try("interface key entry made", func() { mi[e], a[i] = a[i], 2 })
	try("unhashable key", func() { mi[[]int{}], a[i] = 1, 2 })
	fmt.Println(len(m), m, len(mi))

	try("call values", func() { a[i], p.f = two() })
	try("call values 2", func() { p.f, a[i] = two() })
	try("call values, slice field", func() { a[i], p.s[i] = two() })
	try("map comma-ok", func() {
		var ok bool
		a[i], ok = m[1]
		_ = ok
	})
	try("assertion comma-ok", func() {
		var ok bool
		p.f, ok = e.(int)
		_ = ok
	})
	try("receive comma-ok", func() {
		c <- 1
		var ok bool
		a[i], ok = <-c
		_ = ok
	})

	try("range index, deref", func() {
		for a[i], p.f = range []int{1} {
		}
	})
	try("range deref, index", func() {
		for p.f, a[i] = range []int{1} {
		}
	})
	try("range slice field", func() {
		for a[i], p.s[i] = range []int{1} {
		}
	})
	try("range map", func() {
		for a[i], p.f = range map[int]int{1: 2} {
		}
	})

	try("named results", func() { fmt.Println(named(a, p, i)) })
	try("named results, defer", func() { fmt.Println(namedDefer(a, p, i)) })
	try("named result set before a store fails", func() { fmt.Println(namedDeferStore(a, i)) })
	fmt.Println(swapResults())

	var ns S
	try("nil embedded pointer", func() { ns.g, a[i] = 1, 2 })
	try("nil embedded pointer 2", func() { a[i], ns.g = ns.g, a[i] })

	// The values stay the spec's: operands are evaluated before anything is assigned.
	b := []int{10, 20, 30}
	x := 0
	x, b[x] = 2, 5
	fmt.Println(x, b)
	for x, b[x] = range []int{7, 8} {
	}
	fmt.Println(x, b)
	s := S{E: &E{1}}
	t := S{E: &E{2}}
	old := s.E
	s, s.g = t, 9
	fmt.Println(old.g, s.g, t.g)
	arr := [3]int{1, 2, 3}
	ii := 0
	arr[ii], ii = 5, 2
	ii, arr[ii] = 1, 6
	fmt.Println(arr, ii)
	arr, arr[0] = [3]int{7, 8, 9}, 0
	pp := &arr
	*pp, pp[1] = [3]int{4, 5, 6}, 0
	fmt.Println(arr)
	str := "abc"
	str, x = "zz", len(str)
	fmt.Println(str, x)
}
