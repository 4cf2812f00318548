package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())

	block := make(chan struct{})
	var ready sync.WaitGroup
	for i := 0; i < 10; i++ {
		ready.Add(1)
		go func() {
			ready.Done()
			<-block
		}()
	}
	ready.Wait()
	fmt.Println("with 10 blocked:", runtime.NumGoroutine())

	var more sync.WaitGroup
	for i := 0; i < 5; i++ {
		more.Add(1)
		go func() {
			defer more.Done()
			<-block
		}()
	}
	fmt.Println("with 15 blocked:", runtime.NumGoroutine())

	close(block)
	more.Wait()
	// Goroutines may still be exiting after Done; wait until the count settles.
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("after all exit:", runtime.NumGoroutine())
}
