// A counting semaphore made from a buffered channel: sending acquires a slot (and blocks
// when all are taken), receiving releases it. At most `limit` goroutines are inside the
// guarded section at once.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)

	var mu sync.Mutex
	inside, most := 0, 0

	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}        // acquire
			defer func() { <-sem }() // release

			mu.Lock()
			inside++
			if inside > most {
				most = inside
			}
			mu.Unlock()

			x := 0
			for k := 0; k < 100000; k++ { // some work
				x += k
			}

			mu.Lock()
			inside--
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("never more than", limit, "at once:", most <= limit)
}
