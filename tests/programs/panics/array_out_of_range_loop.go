package main

import "fmt"

func main() {
	var grid [3][3]int
	for i := 0; i <= 3; i++ {
		for j := 0; j < 3; j++ {
			grid[i][j] = i * j
		}
		fmt.Println("row", i, "done")
	}
}
