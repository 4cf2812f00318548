// Rate limiting with a ticker: a request is served only when a tick arrives, so at
// most one request runs per interval. A buffered channel of tokens allows a burst.
package main

import (
	"fmt"
	"time"
)

func main() {
	requests := []string{"a", "b", "c", "d", "e"}

	start := time.Now()
	limiter := time.NewTicker(10 * time.Millisecond)
	defer limiter.Stop()
	for _, r := range requests {
		<-limiter.C // wait for our turn
		fmt.Println("served", r)
	}
	fmt.Println("five requests took at least 50ms:", time.Since(start) >= 50*time.Millisecond)

	// Bursty: three tokens are available at once, then one per tick of a new ticker.
	tokens := make(chan struct{}, 3)
	for i := 0; i < 3; i++ {
		tokens <- struct{}{}
	}
	start = time.Now()
	refill := time.NewTicker(10 * time.Millisecond)
	defer refill.Stop()
	go func() {
		for range refill.C {
			tokens <- struct{}{}
		}
	}()
	for _, r := range requests {
		<-tokens
		fmt.Println("burst-served", r)
	}
	fmt.Println("the two after the burst waited for two ticks:", time.Since(start) >= 20*time.Millisecond)
}
