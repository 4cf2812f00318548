package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("sending on an unbuffered channel nobody receives from")
	ch <- 1
}
