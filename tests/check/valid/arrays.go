// Arrays: value semantics, comparison, multi-dimensional, keyed literals.
package main

import "fmt"

type Grid [3][3]int

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func fill(p *[4]int, v int) {
	for i := range p {
		p[i] = v
	}
}

func main() {
	var a [4]int
	b := [4]int{1, 2, 3, 4}
	c := [...]string{2: "two", 0: "zero", 5: "five"}
	fmt.Println(a, b, len(c), c, c[1] == "")
	d := double(b)
	fmt.Println(b, d, b == d, b != d, d == [4]int{2, 4, 6, 8})
	e := b
	e[0] = 100
	fmt.Println(b[0], e[0])
	fill(&a, 7)
	fmt.Println(a)

	var g Grid
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			g[i][j] = i*3 + j
		}
	}
	fmt.Println(g, len(g), len(g[0]))
	row := g[1]
	row[0] = -1
	fmt.Println(g[1], row)

	sum := 0
	for _, r := range g {
		for _, v := range r {
			sum += v
		}
	}
	fmt.Println(sum)

	type pair struct {
		k string
		v int
	}
	ps := [2]pair{{"a", 1}, {"b", 2}}
	ps2 := ps
	ps2[0].v = 10
	fmt.Println(ps, ps2, ps == ps2)

	sl := b[1:3]
	sl[0] = 99
	fmt.Println(b, sl, len(sl), cap(sl))
	pa := &b
	fmt.Println(pa[3], len(pa), pa[1:])
	var bytes [5]byte
	copy(bytes[:], "hello world")
	fmt.Println(string(bytes[:]), bytes)
	arrKey := map[[2]int]string{{1, 2}: "x", {3, 4}: "y"}
	fmt.Println(arrKey[[2]int{3, 4}], len(arrKey))
}
