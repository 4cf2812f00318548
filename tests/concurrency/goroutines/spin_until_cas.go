package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

// A loop that spins on a condition (its back-edge is a conditional jump) is preempted like
// any other, so with one processor the goroutine it waits for still runs.
func main() {
	runtime.GOMAXPROCS(1)
	var flag uint32
	go func() { atomic.StoreUint32(&flag, 1) }()
	for !atomic.CompareAndSwapUint32(&flag, 1, 2) {
	}
	fmt.Println("done", atomic.LoadUint32(&flag))
}
