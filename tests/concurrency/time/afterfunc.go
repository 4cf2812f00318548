package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	done := make(chan string)
	time.AfterFunc(10*time.Millisecond, func() { done <- "AfterFunc ran" })
	fmt.Println(<-done)

	// Stopped before firing: the function never runs.
	var mu sync.Mutex
	ran := false
	fired := make(chan bool, 1)
	t := time.AfterFunc(20*time.Millisecond, func() {
		mu.Lock()
		ran = true
		mu.Unlock()
		fired <- true
	})
	fmt.Println("Stop:", t.Stop())
	time.Sleep(40 * time.Millisecond)
	mu.Lock()
	fmt.Println("ran after Stop:", ran)
	mu.Unlock()

	// Reset makes it run later.
	t.Reset(5 * time.Millisecond)
	<-fired
	mu.Lock()
	fmt.Println("ran after Reset:", ran)
	mu.Unlock()
	fmt.Println("C is nil for AfterFunc:", t.C == nil)

	// Several AfterFuncs fire in order of their durations.
	order := make(chan int, 3)
	for _, ms := range []int{60, 20, 40} {
		ms := ms
		time.AfterFunc(time.Duration(ms)*time.Millisecond, func() { order <- ms })
	}
	fmt.Println(<-order, <-order, <-order)
}
