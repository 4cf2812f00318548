package main

import "fmt"

// Rob Pike's daisy chain: 100,000 goroutines, each passing a value plus one to its left
// neighbour.

func f(left, right chan int) {
	left <- 1 + <-right
}

func main() {
	const n = 100000
	leftmost := make(chan int)
	right := leftmost
	left := leftmost
	for i := 0; i < n; i++ {
		right = make(chan int)
		go f(left, right)
		left = right
	}
	go func(c chan int) { c <- 1 }(right)
	fmt.Println(<-leftmost)

	// Run a second, shorter chain twice through the same goroutines using a loop.
	const m = 1000
	first := make(chan int)
	l := first
	for i := 0; i < m; i++ {
		r := make(chan int)
		go func(l, r chan int) {
			for v := range r {
				l <- v * 1
			}
			close(l)
		}(l, r)
		l = r
	}
	last := l
	go func() {
		for i := 1; i <= 3; i++ {
			last <- i
		}
		close(last)
	}()
	for v := range first {
		fmt.Print(v, " ")
	}
	fmt.Println("through", m, "goroutines")
}
