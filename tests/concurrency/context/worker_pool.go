// A worker pool stopped by cancel: workers take jobs until the context is canceled; the
// consumer cancels after 100 results, every worker then returns with context.Canceled, and
// the producer stops. A second pool runs under a timeout and stops with DeadlineExceeded.
package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"
)

type result struct {
	job, square, worker int
}

func worker(ctx context.Context, id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup, stopped chan<- string) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			stopped <- fmt.Sprintf("worker %d: %v", id, ctx.Err())
			return
		case j := <-jobs:
			select {
			case results <- result{j, j * j, id}:
			case <-ctx.Done():
				stopped <- fmt.Sprintf("worker %d: %v", id, ctx.Err())
				return
			}
		}
	}
}

func producer(ctx context.Context, jobs chan<- int, done chan<- int) {
	n := 0
	for {
		select {
		case jobs <- n:
			n++
		case <-ctx.Done():
			done <- n
			return
		}
	}
}

func runPool(ctx context.Context, workers int, stopAfter int, cancel context.CancelFunc) {
	jobs := make(chan int)
	results := make(chan result)
	stopped := make(chan string, workers)
	produced := make(chan int, 1)
	var wg sync.WaitGroup
	for i := 1; i <= workers; i++ {
		wg.Add(1)
		go worker(ctx, i, jobs, results, &wg, stopped)
	}
	go producer(ctx, jobs, produced)

	received, bad := 0, 0
	seen := map[int]bool{}
loop:
	for {
		select {
		case r := <-results:
			received++
			if r.square != r.job*r.job || seen[r.job] {
				bad++
			}
			seen[r.job] = true
			if stopAfter > 0 && received == stopAfter {
				cancel()
				break loop
			}
		case <-ctx.Done():
			break loop
		}
	}
	wg.Wait()
	close(stopped)
	var lines []string
	for s := range stopped {
		lines = append(lines, s)
	}
	sort.Strings(lines)
	for _, s := range lines {
		fmt.Println(s)
	}
	n := <-produced
	fmt.Println("producer stopped after at least the received jobs:", n >= received)
	if stopAfter > 0 {
		fmt.Println("results received:", received)
	}
	// (How many results a timed-out pool delivers depends on the machine's load: not printed.)
	fmt.Println("bad or duplicate results:", bad)
	fmt.Println("pool context:", ctx.Err())
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println("== stopped by cancel after 100 results")
	runPool(ctx, 4, 100, cancel)

	fmt.Println("== stopped by a 30ms timeout")
	tctx, tcancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer tcancel()
	runPool(tctx, 3, 0, tcancel)
}
