package main

import "fmt"

func main() {
	var a chan int
	var b chan string
	fmt.Println("select over nil channels only")
	select {
	case <-a:
	case b <- "x":
	}
}
