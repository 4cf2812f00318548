package main

import "fmt"

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	m["a"] = 2
	m[[2]int{1, 2}] = 3
	fmt.Println(len(m))
	m[[]int{1, 2}] = 4
}
