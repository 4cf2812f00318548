package main

// idle: everything sleeps. n goroutines sleep ms milliseconds each (time.Sleep), one more
// waits on a time.After in a select with a channel nobody sends on, and main waits on a
// WaitGroup. Measured by CPU time, not wall time: a runtime whose idle workers poll, or that
// holds a thread per sleeper, burns CPU here. bench/run subtracts the CPU of the same program
// with ms=0 (start-up, creating the goroutines) to get the CPU spent while all sleep.

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"time"
)

func argN(i, def int) int {
	if len(os.Args) > i {
		if n, err := strconv.Atoi(os.Args[i]); err == nil {
			return n
		}
	}
	return def
}

func main() {
	n, ms := argN(1, 1000), argN(2, 1000)
	d := time.Duration(ms) * time.Millisecond
	var wg sync.WaitGroup
	wg.Add(n + 1)
	for i := 0; i < n; i++ {
		go func() {
			time.Sleep(d)
			wg.Done()
		}()
	}
	never := make(chan int)
	go func() {
		select {
		case <-never:
		case <-time.After(d):
		}
		wg.Done()
	}()
	wg.Wait()
	fmt.Printf("idle n=%d ms=%d\n", n, ms)
}
