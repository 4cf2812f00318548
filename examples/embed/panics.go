package main

import "fmt"

func main() {
	fmt.Println("about to panic")
	var m map[string]int
	m["x"] = 1
}
