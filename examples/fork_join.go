// Fork-join with a sync.WaitGroup: start one goroutine per piece of work, then wait for
// all of them. Each goroutine writes only its own slot of the result slice, so no lock
// is needed, and Wait makes the writes visible to main.
package main

import (
	"fmt"
	"sync"
)

func sumRange(lo, hi int) int {
	s := 0
	for i := lo; i < hi; i++ {
		s += i
	}
	return s
}

func main() {
	const parts = 4
	const n = 1000000
	partial := make([]int, parts)
	var wg sync.WaitGroup
	for p := 0; p < parts; p++ {
		wg.Add(1) // Add before starting the goroutine, never inside it
		go func(p int) { // p is passed as an argument: each goroutine gets its own copy
			defer wg.Done()
			partial[p] = sumRange(p*n/parts, (p+1)*n/parts)
		}(p)
	}
	wg.Wait() // join
	total := 0
	for _, s := range partial {
		total += s
	}
	fmt.Println("partial sums:", partial)
	fmt.Println("total:", total, "check:", n*(n-1)/2)
}
