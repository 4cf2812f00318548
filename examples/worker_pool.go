// A worker pool: a fixed number of goroutines take jobs from one channel and put
// results on another. The job channel is closed when all jobs are queued; the result
// channel is closed when every worker has returned.
package main

import (
	"fmt"
	"sync"
)

type job struct{ id, n int }
type result struct{ id, fib int }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	jobs := make(chan job, 10)
	results := make(chan result, 10)

	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- result{j.id, fib(j.n)}
			}
		}()
	}

	inputs := []int{10, 20, 5, 25, 15, 1, 30}
	for i, n := range inputs {
		jobs <- job{i, n}
	}
	close(jobs)

	go func() { wg.Wait(); close(results) }()

	// Results arrive in any order; store them by job id.
	byID := make([]int, len(inputs))
	for r := range results {
		byID[r.id] = r.fib
	}
	for i, n := range inputs {
		fmt.Printf("fib(%d) = %d\n", n, byID[i])
	}
}
