package main

import (
	"fmt"
	"sort"
	"sync"
)

// Closing a channel wakes every receiver at once: a broadcast.

func main() {
	start := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	var woke []int
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			<-start
			mu.Lock()
			woke = append(woke, id)
			mu.Unlock()
		}(i)
	}
	close(start)
	wg.Wait()
	sort.Ints(woke)
	fmt.Println("woke:", woke)

	// A closed channel is forever ready: receiving again is immediate.
	<-start
	<-start
	_, ok := <-start
	fmt.Println("still closed, ok =", ok)

	// done channels in a loop.
	done := make(chan struct{})
	results := make(chan int)
	for i := 0; i < 3; i++ {
		go func(id int) {
			n := 0
			for {
				select {
				case <-done:
					results <- id
					return
				default:
					n++
				}
			}
		}(i)
	}
	close(done)
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-results
	}
	fmt.Println("stopped workers, id sum:", sum)
}
