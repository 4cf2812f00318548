package main

import "fmt"

func worker(id int, out chan<- int) {
	out <- id * 2
}

func main() {
	const n = 10000
	out := make(chan int, 100)
	for i := 1; i <= n; i++ {
		go worker(i, out)
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-out
	}
	fmt.Println("sum:", sum, "expected:", n*(n+1))

	// Nested spawning: each goroutine starts the next.
	var spawn func(depth int, done chan<- int)
	spawn = func(depth int, done chan<- int) {
		if depth == 0 {
			done <- 0
			return
		}
		inner := make(chan int)
		go spawn(depth-1, inner)
		done <- 1 + <-inner
	}
	done := make(chan int)
	go spawn(1000, done)
	fmt.Println("depth:", <-done)
}
