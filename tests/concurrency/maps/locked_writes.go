package main

import (
	"fmt"
	"sort"
	"sync"
)

// The same writes made safe with a Mutex: every goroutine's entries are there at the end.

func main() {
	m := map[int]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 20000; i++ {
				mu.Lock()
				m[i%500+g*500] += i
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	keys := make([]int, 0, len(m))
	sum := 0
	for k, v := range m {
		keys = append(keys, k)
		sum += v
	}
	sort.Ints(keys)
	fmt.Println(len(m), keys[0], keys[len(keys)-1], sum)
}
