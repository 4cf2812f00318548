package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// 1,000,000 goroutines created and joined: each adds its number to a shared atomic counter
// and is counted by a WaitGroup. The total is exact.

func main() {
	const n = 1000000
	var wg sync.WaitGroup
	var sum int64
	wg.Add(n)
	for i := 1; i <= n; i++ {
		go func(i int) {
			atomic.AddInt64(&sum, int64(i))
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println("goroutines:", n, "sum:", atomic.LoadInt64(&sum), "want:", int64(n)*(n+1)/2)
}
