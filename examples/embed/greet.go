package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println("hello from Go, args:", strings.Join(os.Args[1:], " "))
	done := make(chan int)
	go func() { done <- 6 * 7 }()
	fmt.Println("a goroutine says", <-done)
}
