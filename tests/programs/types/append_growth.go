package main

import "fmt"

func main() {
	var s []int
	prevCap := -1
	for i := 0; i < 20; i++ {
		s = append(s, i)
		if cap(s) != prevCap {
			fmt.Println("len", len(s), "cap", cap(s))
			prevCap = cap(s)
		}
	}
	fmt.Println(s)
	// aliasing: two appends to the same slice with spare capacity
	base := make([]int, 3, 10)
	x := append(base, 1)
	y := append(base, 2)
	fmt.Println(x, y, x[3] == y[3])
	// appending to a full slice copies
	full := []int{1, 2, 3}
	f1 := append(full[:3:3], 4)
	f1[0] = 100
	fmt.Println(full, f1)
	// append slice to itself
	self := []int{1, 2, 3}
	self = append(self, self...)
	fmt.Println(self)
	// append strings to []byte
	var bs []byte
	bs = append(bs, "héllo"...)
	bs = append(bs, ' ')
	bs = append(bs, []byte("world")...)
	fmt.Println(string(bs), len(bs))
	// make with len and cap
	m := make([]string, 2, 5)
	fmt.Println(len(m), cap(m), m, fmt.Sprintf("%q", m))
	m = append(m, "x")
	fmt.Println(len(m), cap(m), m)
	// deleting from a slice by append
	d := []int{0, 1, 2, 3, 4, 5}
	d = append(d[:2], d[3:]...)
	fmt.Println(d, len(d))
	// insert
	ins := []int{1, 2, 4, 5}
	ins = append(ins[:2], append([]int{3}, ins[2:]...)...)
	fmt.Println(ins)
	// append nothing
	var none []int
	none = append(none)
	fmt.Println(none == nil, len(none))
	none = append(none, []int{}...)
	fmt.Println(none == nil)
}
