package main

import "fmt"

func main() {
	s := make([]int, 3)
	m := 10
	fmt.Println(s[0:2:3])
	fmt.Println(s[0:2:m])
}
