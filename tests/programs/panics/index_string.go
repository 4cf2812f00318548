package main

import "fmt"

func main() {
	s := "héllo"
	n := len(s) + 4
	fmt.Println(len(s))
	fmt.Println(s[n])
}
