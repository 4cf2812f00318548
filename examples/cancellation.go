// Cancellation by closing a channel. A receive from a closed channel never blocks, so
// closing `done` wakes every goroutine selecting on it: a broadcast.
package main

import (
	"fmt"
	"sync"
)

func worker(id int, done <-chan struct{}, work <-chan int, wg *sync.WaitGroup, counts []int) {
	defer wg.Done()
	for {
		select {
		case <-done:
			return // cancelled
		case _, ok := <-work:
			if !ok {
				return
			}
			counts[id]++
		}
	}
}

func main() {
	done := make(chan struct{})
	work := make(chan int)
	counts := make([]int, 3)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(i, done, work, &wg, counts)
	}
	for i := 0; i < 30; i++ {
		work <- i
	}
	close(done) // tell every worker to stop
	wg.Wait()   // and wait until they have
	total := 0
	for _, c := range counts {
		total += c
	}
	fmt.Println("items processed before cancel:", total)
	fmt.Println("all workers stopped")
}
