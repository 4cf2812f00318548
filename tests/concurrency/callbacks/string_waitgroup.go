// A String method waits on a sync.WaitGroup for workers to finish before reporting.
package main

import (
	"fmt"
	"sync"
)

type job struct {
	wg      sync.WaitGroup
	mu      sync.Mutex
	results []int
}

func (j *job) String() string {
	j.wg.Wait()
	j.mu.Lock()
	defer j.mu.Unlock()
	sum := 0
	for _, r := range j.results {
		sum += r
	}
	return fmt.Sprintf("%d results, sum %d", len(j.results), sum)
}

func main() {
	j := &job{}
	start := make(chan bool)
	for i := 1; i <= 10; i++ {
		j.wg.Add(1)
		go func(n int) {
			defer j.wg.Done()
			<-start
			j.mu.Lock()
			j.results = append(j.results, n*n)
			j.mu.Unlock()
		}(i)
	}
	go close(start)
	fmt.Println(j)
	fmt.Printf("again: %v\n", j)
}
