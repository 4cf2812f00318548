package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs before crash")
	fmt.Println("about to panic")
	panic("something went terribly wrong")
}
