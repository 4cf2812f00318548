package main

import "fmt"

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func filterInPlace(s []int, keep func(int) bool) []int {
	out := s[:0]
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func dedup(s []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

func chunk(s []int, n int) [][]int {
	var out [][]int
	for n < len(s) {
		s, out = s[n:], append(out, s[:n:n])
	}
	return append(out, s)
}

func rotate(s []int, k int) []int {
	k %= len(s)
	return append(s[k:], s[:k]...)
}

func main() {
	s := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	reverse(s)
	fmt.Println(s)
	orig := s
	evens := filterInPlace(s, func(v int) bool { return v%2 == 0 })
	fmt.Println(evens, orig) // filter overwrites backing array
	fmt.Println(dedup([]string{"a", "b", "a", "c", "b", "d"}))
	fmt.Println(chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3))
	fmt.Println(rotate([]int{1, 2, 3, 4, 5}, 2))
	// stack via slice
	var st []int
	for i := 0; i < 5; i++ {
		st = append(st, i*i)
	}
	for len(st) > 0 {
		top := st[len(st)-1]
		st = st[:len(st)-1]
		fmt.Print(top, " ")
	}
	fmt.Println()
	// queue via slice
	q := []string{"a", "b"}
	q = append(q, "c")
	for len(q) > 0 {
		fmt.Print(q[0])
		q = q[1:]
	}
	fmt.Println()
	// 2D slice sharing one backing array
	rows, cols := 3, 4
	backing := make([]int, rows*cols)
	grid := make([][]int, rows)
	for i := range grid {
		grid[i] = backing[i*cols : (i+1)*cols]
	}
	grid[1][2] = 5
	grid[2][0] = 7
	fmt.Println(backing, grid)
	// slice of arrays
	pts := make([][2]int, 3)
	pts[1][0] = 4
	fmt.Println(pts)
	// equality helper
	eq := func(a, b []int) bool {
		if len(a) != len(b) {
			return false
		}
		for i := range a {
			if a[i] != b[i] {
				return false
			}
		}
		return true
	}
	fmt.Println(eq([]int{1, 2}, []int{1, 2}), eq(nil, []int{}), eq([]int{1}, []int{2}))
}
