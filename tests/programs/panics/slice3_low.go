package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	i, j := 2, 1
	fmt.Println(s[i:i:3])
	fmt.Println(s[i:j:3])
}
