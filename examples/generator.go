// Generators: a function returns a receive-only channel and a goroutine behind it
// produces values on demand. A quit channel lets the consumer stop the producer early,
// so the goroutine does not leak.
package main

import "fmt"

func fibonacci(quit <-chan struct{}) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		a, b := 0, 1
		for {
			select {
			case c <- a:
				a, b = b, a+b
			case <-quit:
				return
			}
		}
	}()
	return c
}

func main() {
	quit := make(chan struct{})
	fib := fibonacci(quit)
	for i := 0; i < 12; i++ {
		fmt.Print(<-fib, " ")
	}
	fmt.Println()
	close(quit)
	for range fib { // wait for the generator to notice and close its channel
	}
	fmt.Println("generator stopped")
}
