package main

import "fmt"

type Mat [][]int

func newMat(r, c int) Mat {
	m := make(Mat, r)
	for i := range m {
		m[i] = make([]int, c)
	}
	return m
}

func (m Mat) Mul(o Mat) Mat {
	res := newMat(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			for k := range o {
				res[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return res
}

func (m Mat) Transpose() Mat {
	t := newMat(len(m[0]), len(m))
	for i := range m {
		for j := range m[i] {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func spiral(n int) [][]int {
	g := make([][]int, n)
	for i := range g {
		g[i] = make([]int, n)
	}
	top, bot, left, right := 0, n-1, 0, n-1
	v := 1
	for top <= bot && left <= right {
		for j := left; j <= right; j++ {
			g[top][j] = v
			v++
		}
		top++
		for i := top; i <= bot; i++ {
			g[i][right] = v
			v++
		}
		right--
		for j := right; j >= left && top <= bot; j-- {
			g[bot][j] = v
			v++
		}
		bot--
		for i := bot; i >= top && left <= right; i-- {
			g[i][left] = v
			v++
		}
		left++
	}
	return g
}

func main() {
	a := Mat{{1, 2, 3}, {4, 5, 6}}
	b := Mat{{7, 8}, {9, 10}, {11, 12}}
	fmt.Println(a.Mul(b))
	fmt.Println(a.Transpose())
	for _, row := range spiral(5) {
		for _, v := range row {
			fmt.Printf("%3d", v)
		}
		fmt.Println()
	}
	var grid [4][5]byte
	for i := range grid {
		for j := range grid[i] {
			if (i+j)%2 == 0 {
				grid[i][j] = '#'
			} else {
				grid[i][j] = '.'
			}
		}
	}
	for _, row := range grid {
		fmt.Println(string(row[:]))
	}
}
