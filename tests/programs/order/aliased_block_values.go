// Operands of struct and array type are values, read before anything is stored: append of
// several elements from the slice it appends into (difftest seed 43868), swaps through
// indexes, pointers, map entries and fields, and a value sent on a channel.
package main

import "fmt"

type P struct{ x, y int }

func main() {
	a := [][2]float64{{1, 2}, {3, 4}, {5, 6}, {7, 8}}
	b := append(a[:2], a[0], a[2])
	fmt.Println("append arrays", b, a)

	s := make([]P, 3, 8)
	s[0], s[1], s[2] = P{1, 1}, P{2, 2}, P{3, 3}
	t := append(s[:1], s[2], s[1], s[0])
	fmt.Println("append structs", t, s[:4])

	u := []P{{1, 1}, {2, 2}}
	u[0], u[1] = u[1], u[0]
	fmt.Println("swap", u)

	arr := [3][2]int{{1, 2}, {3, 4}, {5, 6}}
	arr[0], arr[2] = arr[2], arr[0]
	fmt.Println("swap arrays", arr)

	p, q := &P{1, 2}, &P{3, 4}
	*p, *q = *q, *p
	fmt.Println("swap ptrs", *p, *q)

	m := map[int]P{1: {1, 1}, 2: {2, 2}}
	m[1], m[2] = m[2], m[1]
	fmt.Println("swap map", m)

	type S struct{ a, b P }
	v := S{P{1, 1}, P{2, 2}}
	v.a, v.b = v.b, v.a
	fmt.Println("swap fields", v)

	w := []P{{1, 1}, {2, 2}, {3, 3}}
	w = append(w[:0], w[2], w[0])
	fmt.Println("append into itself", w)

	x := make([][2]int, 2, 4)
	x[0], x[1] = [2]int{1, 1}, [2]int{2, 2}
	y := append(x[:1], x[1], x[0], x[1])
	fmt.Println("append grow", y)

	z := make([]P, 2, 4)
	z[0], z[1] = P{1, 0}, P{2, 0}
	z = append(z[:1], z...)
	fmt.Println("append ellipsis overlap", z)

	ch := make(chan P, 2)
	ch <- s[0]
	s[0] = P{9, 9}
	fmt.Println("chan copy", <-ch)
}
