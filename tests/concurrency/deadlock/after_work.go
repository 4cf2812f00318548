package main

import (
	"fmt"
	"sync"
)

// Output produced before the deadlock is kept; the workers finish, then main waits on a
// channel that no one will ever send to.

func main() {
	results := make(chan int, 10)
	var wg sync.WaitGroup
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results <- i * i
		}(i)
	}
	wg.Wait()
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-results
	}
	fmt.Println("sum of squares:", sum)
	for v := range results {
		fmt.Println("never", v)
	}
}
