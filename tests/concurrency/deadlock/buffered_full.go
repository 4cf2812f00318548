package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	for i := 0; i < 4; i++ {
		fmt.Println("sending", i)
		ch <- i
	}
}
