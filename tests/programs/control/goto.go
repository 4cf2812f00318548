package main

import "fmt"

func find(grid [][]int, target int) (int, int) {
	i := 0
loop:
	if i >= len(grid) {
		goto notfound
	}
	for j, v := range grid[i] {
		if v == target {
			return i, j
		}
	}
	i++
	goto loop
notfound:
	return -1, -1
}

func main() {
	n := 0
start:
	n++
	if n < 5 {
		goto start
	}
	fmt.Println("n =", n)
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(find(grid, 6))
	fmt.Println(find(grid, 10))
	i := 0
retry:
	i++
	if i%2 == 1 {
		fmt.Println("odd attempt", i)
		goto retry
	}
	if i < 6 {
		fmt.Println("even attempt", i)
		goto retry
	}
	fmt.Println("done at", i)
}
