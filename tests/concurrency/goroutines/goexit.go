package main

import (
	"fmt"
	"runtime"
)

// runtime.Goexit ends the calling goroutine after running its deferred calls;
// recover returns nil during a Goexit.

func worker(done chan<- string) {
	defer func() { done <- "worker deferred ran" }()
	defer func() {
		r := recover()
		fmt.Println("recover during Goexit:", r)
	}()
	func() {
		defer fmt.Println("inner deferred")
		runtime.Goexit()
	}()
	fmt.Println("never printed")
}

func main() {
	done := make(chan string)
	go worker(done)
	fmt.Println(<-done)

	results := make(chan int)
	for i := 0; i < 3; i++ {
		go func(i int) {
			defer func() { results <- i }()
			if i == 1 {
				runtime.Goexit()
			}
		}(i)
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-results
	}
	fmt.Println("sum of ids:", sum)
}
