package main

import "fmt"

var sink int

func main() {
	fmt.Println("first")
	for i := 0; ; i++ {
		sink += i
	}
}
