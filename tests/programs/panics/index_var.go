package main

import "fmt"

func get(a [4]int, i int) int { return a[i] }

func main() {
	a := [4]int{10, 20, 30, 40}
	for i := 0; i < 10; i += 3 {
		fmt.Println(i, get(a, i))
	}
}
