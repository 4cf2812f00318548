// Slices: make, append, copy, 3-index slices, aliasing, nil slices.
package main

import "fmt"

func main() {
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), cap(nilS), nilS, empty)
	nilS = append(nilS, 1, 2, 3)
	fmt.Println(nilS, len(nilS))

	s := make([]int, 3, 10)
	fmt.Println(s, len(s), cap(s))
	t := s[1:5]
	fmt.Println(t, len(t), cap(t))
	t[0] = 42
	fmt.Println(s)

	// 3-index slice limits capacity; append must then reallocate
	u := s[0:2:2]
	fmt.Println(len(u), cap(u))
	u = append(u, 7)
	u[0] = -1
	fmt.Println(s[:3], u)

	// append within capacity aliases the underlying array
	base := make([]int, 2, 4)
	x := append(base, 1)
	y := append(base, 2)
	fmt.Println(x, y, x[2] == y[2])

	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)

	// remove element, insert element
	a := []string{"a", "b", "c", "d", "e"}
	a = append(a[:1], a[2:]...)
	fmt.Println(a, len(a))
	a = append(a[:2], append([]string{"X"}, a[2:]...)...)
	fmt.Println(a)

	// slices of slices
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)

	// reverse in place
	r := []int{1, 2, 3, 4, 5, 6}
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	fmt.Println(r, r[len(r)-1], r[:0], r[6:])

	// filter in place
	evens := r[:0]
	for _, v := range r {
		if v%2 == 0 {
			evens = append(evens, v)
		}
	}
	fmt.Println(evens)
	str := "hello"
	bs := []byte(str[1:4])
	fmt.Println(bs, string(bs), str[:], str[5:])
	arr := [5]int{1, 2, 3, 4, 5}
	sa := arr[1:3:4]
	fmt.Println(sa, len(sa), cap(sa))
	sa = append(sa, 10)
	fmt.Println(arr)
	sa = append(sa, 11)
	sa[0] = 0
	fmt.Println(arr, sa)
}
