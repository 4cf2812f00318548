package main

import "fmt"

func main() {
	l, c := 5, 2
	s := make([]string, l, c)
	fmt.Println(s)
}
