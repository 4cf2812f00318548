// A pipeline: stages connected by channels, each stage a goroutine that receives from
// upstream, transforms, and sends downstream. Closing a channel tells the next stage
// that no more values are coming, and `range` over a channel stops at the close.
package main

import "fmt"

func numbers(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v
		}
	}()
	return out
}

func onlyOdd(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			if v%2 == 1 {
				out <- v
			}
		}
	}()
	return out
}

func main() {
	// numbers -> square -> onlyOdd -> main
	for v := range onlyOdd(square(numbers(10))) {
		fmt.Println(v)
	}
}
