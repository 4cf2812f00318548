package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	close(ch)
	fmt.Println("closed with a value buffered:", len(ch))
	ch <- 2
	fmt.Println("unreachable")
}
