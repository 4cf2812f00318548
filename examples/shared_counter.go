// Closures that share a variable. Every goroutine's closure refers to the same `hits`
// map and `total` variable, so each access must hold the mutex.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var (
		mu    sync.Mutex
		total int
		hits  = map[string]int{}
		wg    sync.WaitGroup
	)
	record := func(page string) { // a closure over mu, total and hits
		mu.Lock()
		defer mu.Unlock()
		total++
		hits[page]++
	}

	pages := []string{"/", "/about", "/", "/blog", "/", "/blog"}
	for visitor := 0; visitor < 100; visitor++ {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			record(pages[v%len(pages)])
		}(visitor)
	}
	wg.Wait()
	fmt.Println("total:", total)
	fmt.Println("hits:", hits) // fmt prints maps with sorted keys
}
