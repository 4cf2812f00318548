package main

import (
	"fmt"
	"sync"
)

// Every goroutine waits for its neighbour: nobody can proceed.

func main() {
	const n = 4
	chans := make([]chan int, n)
	for i := range chans {
		chans[i] = make(chan int)
	}
	var started sync.WaitGroup
	for i := 0; i < n; i++ {
		started.Add(1)
		go func(i int) {
			started.Done()
			v := <-chans[i]
			chans[(i+1)%n] <- v + 1
		}(i)
	}
	started.Wait()
	fmt.Println("all goroutines started, each waiting for the previous")
	<-make(chan int)
}
