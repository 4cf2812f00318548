package main

import (
	"fmt"
	"sync"
	"time"
)

// Rate limiting with a ticker, a bursty limiter built from a buffered channel refilled by
// a ticker, and a token bucket guarded by a mutex. Only coarse timing facts are printed.

type TokenBucket struct {
	mu       sync.Mutex
	tokens   int
	capacity int
}

func (b *TokenBucket) Take() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.tokens == 0 {
		return false
	}
	b.tokens--
	return true
}

func (b *TokenBucket) Refill(n int) {
	b.mu.Lock()
	b.tokens += n
	if b.tokens > b.capacity {
		b.tokens = b.capacity
	}
	b.mu.Unlock()
}

func main() {
	// 1. One request per tick.
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	start := time.Now()
	limiter := time.NewTicker(10 * time.Millisecond)
	for req := range requests {
		<-limiter.C
		fmt.Println("request", req)
	}
	limiter.Stop()
	el := time.Since(start)
	fmt.Println("5 requests took >= 50ms:", el >= 50*time.Millisecond)

	// 2. Bursts of up to 3, then one per tick.
	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	stop := make(chan struct{})
	refilled := make(chan struct{})
	start = time.Now() // before the refilling ticker is created
	go func() {
		defer close(refilled)
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case tm := <-t.C:
				select {
				case bursty <- tm:
				case <-stop:
					return
				}
			case <-stop:
				return
			}
		}
	}()
	var burstDone time.Duration
	for i := 1; i <= 6; i++ {
		<-bursty
		if i == 3 {
			burstDone = time.Since(start)
		}
	}
	total := time.Since(start)
	close(stop)
	<-refilled
	fmt.Println("burst of 3 was immediate (< 9ms):", burstDone < 9*time.Millisecond)
	fmt.Println("3 more needed >= 30ms:", total >= 30*time.Millisecond)

	// 3. Token bucket shared by workers; a refiller adds tokens until all jobs ran.
	bucket := &TokenBucket{tokens: 2, capacity: 4}
	jobs := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	processed := 0
	rejected := 0
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				for !bucket.Take() {
					mu.Lock()
					rejected++
					mu.Unlock()
					time.Sleep(time.Millisecond)
				}
				mu.Lock()
				processed += j
				mu.Unlock()
			}
		}()
	}
	start = time.Now()
	refill := time.NewTicker(5 * time.Millisecond)
	quit := make(chan struct{})
	refillDone := make(chan struct{})
	go func() {
		defer close(refillDone)
		for {
			select {
			case <-refill.C:
				bucket.Refill(2)
			case <-quit:
				refill.Stop()
				return
			}
		}
	}()
	for j := 1; j <= 12; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(quit)
	<-refillDone
	fmt.Println("processed sum:", processed)
	fmt.Println("had to wait for tokens:", rejected > 0)
	fmt.Println("12 jobs with 2 initial tokens and 2 per 5ms took >= 25ms:", time.Since(start) >= 25*time.Millisecond)
}
