package main

import "fmt"

type Grid [3][3]int

func modify(a [4]int) [4]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[4]int) { a[0] = 100 }

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[1] = 20
	fmt.Println(a, b, a == b)
	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(&a)
	fmt.Println(a)
	d := [...]string{2: "two", 0: "zero"}
	fmt.Println(len(d), d, fmt.Sprintf("%q", d))
	var g Grid
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			g[i][j] = i*3 + j
		}
	}
	h := g
	h[1][1] = -1
	fmt.Println(g, h)
	fmt.Println(g == h, g[0] == h[0])
	// arrays of structs are copied deeply (value types)
	type P struct{ X int }
	ps := [2]P{{1}, {2}}
	qs := ps
	qs[0].X = 9
	fmt.Println(ps, qs)
	// array inside struct copied
	type S struct{ arr [2]int }
	s1 := S{[2]int{1, 2}}
	s2 := s1
	s2.arr[0] = 5
	fmt.Println(s1, s2, s1 == s2)
	// slicing an array shares memory
	sl := a[1:3]
	sl[0] = 555
	fmt.Println(a, sl, len(sl), cap(sl))
	// range over array value copy
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("v at 2:", v)
		}
	}
	// array of arrays as value in map
	m := map[string][2]int{"a": {1, 2}}
	v := m["a"]
	v[0] = 50
	fmt.Println(m, v)
	var zero [0]int
	fmt.Println(len(zero), zero)
	e := [5]int{1, 2}
	fmt.Println(e, len(e))
	// compare arrays of strings
	fmt.Println([2]string{"a", "b"} == [2]string{"a", "b"}, [2]string{"a", "b"} != [2]string{"a", "c"})
}
