package main

import (
	"fmt"
	"sync"
)

// Goroutines write into distinct slots of a shared slice; the WaitGroup makes
// the writes visible to main after Wait.

func square(x int) int { return x * x }

func main() {
	const n = 20
	results := make([]int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = square(i)
		}(i)
	}
	wg.Wait()
	fmt.Println(results)

	// Closures over per-goroutine copies made inside the loop body.
	words := []string{"alpha", "beta", "gamma", "delta"}
	lengths := make(map[string]int)
	var mu sync.Mutex
	for _, w := range words {
		w := w
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			lengths[w] = len(w)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(lengths)

	// A goroutine returning several results through a struct channel.
	type divmod struct{ q, r int }
	ch := make(chan divmod)
	go func(a, b int) { ch <- divmod{a / b, a % b} }(47, 5)
	fmt.Printf("%+v\n", <-ch)
}
