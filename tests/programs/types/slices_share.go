package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:5]
	b := base[4:]
	a[2] = 44
	fmt.Println(base, a, b)
	fmt.Println(len(a), cap(a), len(b), cap(b))
	// append within capacity overwrites shared element
	a = append(a, 55)
	fmt.Println(base, a, b)
	// reslice beyond len up to cap
	c := a[:cap(a)]
	fmt.Println(c, len(c))
	// copy semantics
	dst := make([]int, 3)
	n := copy(dst, base)
	fmt.Println(n, dst)
	n = copy(base[1:], base) // overlapping copy
	fmt.Println(n, base)
	src := "hello"
	bs := make([]byte, 3)
	n = copy(bs, src)
	fmt.Println(n, string(bs))
	// nil vs empty
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), len(empty))
	fmt.Println(nilS, empty)
	nilS = append(nilS, 1)
	fmt.Println(nilS)
	// slices of slices
	matrix := make([][]int, 3)
	for i := range matrix {
		matrix[i] = make([]int, i+1)
		for j := range matrix[i] {
			matrix[i][j] = i + j
		}
	}
	fmt.Println(matrix)
	row := matrix[2]
	row[0] = 100
	fmt.Println(matrix)
	// full slice expression limits capacity
	s := []int{1, 2, 3, 4, 5}
	t := s[1:3:3]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 99) // must reallocate, s unchanged
	fmt.Println(s, t)
	u := s[1:3:4]
	u = append(u, 77) // fits within cap, overwrites s[3]
	fmt.Println(s, u)
	u = append(u, 88) // exceeds cap, new array
	u[0] = -1
	fmt.Println(s, u)
	fmt.Println(s[:0], s[5:], s[2:2], len(s[:0:0]), cap(s[:0:0]))
	// copy from nil and to nil
	fmt.Println(copy(nilS[:0], s), copy([]int{}, []int(nil)))
}
