package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println("TryLock on unlocked:", mu.TryLock())
	fmt.Println("TryLock on locked:", mu.TryLock())
	mu.Unlock()
	fmt.Println("TryLock after Unlock:", mu.TryLock())

	// Another goroutine holds the lock.
	held := make(chan bool)
	release := make(chan bool)
	done := make(chan bool)
	mu.Unlock()
	go func() {
		mu.Lock()
		held <- true
		<-release
		mu.Unlock()
		done <- true
	}()
	<-held
	fmt.Println("TryLock while held elsewhere:", mu.TryLock())
	release <- true
	<-done
	fmt.Println("TryLock after release:", mu.TryLock())
	mu.Unlock()

	var rw sync.RWMutex
	fmt.Println("TryRLock:", rw.TryRLock())
	fmt.Println("second TryRLock:", rw.TryRLock())
	fmt.Println("TryLock with readers:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("TryLock without readers:", rw.TryLock())
	fmt.Println("TryRLock with writer:", rw.TryRLock())
	rw.Unlock()

	// Try-lock based skipping: only one of several goroutines gets to do the work.
	var once sync.Mutex
	var wg sync.WaitGroup
	winners := make(chan int, 10)
	gate := make(chan struct{})
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-gate
			if once.TryLock() {
				winners <- i
			}
		}(i)
	}
	close(gate)
	wg.Wait()
	fmt.Println("exactly one winner:", len(winners) == 1)
}
