package main

import (
	"fmt"
	"runtime"
	"time"
)

// A goroutine that only recurses (no loop, so no back-edge) is still preempted: on one worker,
// main's sleep ends and the program finishes long before burn(40)'s 2^40 calls would.

func burn(depth int) {
	if depth > 0 {
		burn(depth - 1)
		burn(depth - 1)
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	go burn(40)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main ran while burn recursed")
}
