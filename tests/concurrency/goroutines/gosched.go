package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

// runtime.Gosched yields the processor; a goroutine that spins on Gosched lets the
// others make progress, even with a single P.

func main() {
	runtime.GOMAXPROCS(1)
	var flag int32
	go func() {
		atomic.StoreInt32(&flag, 1)
	}()
	for atomic.LoadInt32(&flag) == 0 {
		runtime.Gosched()
	}
	fmt.Println("flag seen")

	// Several goroutines each counting with Gosched between steps.
	var total int64
	done := make(chan bool)
	for g := 0; g < 5; g++ {
		go func(g int) {
			for i := 0; i < 100; i++ {
				atomic.AddInt64(&total, int64(g))
				runtime.Gosched()
			}
			done <- true
		}(g)
	}
	for g := 0; g < 5; g++ {
		<-done
	}
	fmt.Println("total:", atomic.LoadInt64(&total))

	// Gosched with no other goroutine simply returns.
	runtime.Gosched()
	fmt.Println("done")
}
