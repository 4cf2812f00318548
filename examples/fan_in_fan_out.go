// Fan-out: several workers receive from the same channel, sharing the work.
// Fan-in: their results are merged into one channel, closed once every worker is done.
// Which worker handles which item depends on scheduling, so results are sorted.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func fanOut(jobs <-chan int, workers int) []<-chan string {
	var outs []<-chan string
	for w := 0; w < workers; w++ {
		out := make(chan string)
		outs = append(outs, out)
		go func() {
			defer close(out)
			for j := range jobs { // the workers compete for jobs
				out <- fmt.Sprintf("%d^3 = %d", j, j*j*j)
			}
		}()
	}
	return outs
}

func fanIn(ins ...<-chan string) <-chan string {
	merged := make(chan string)
	var wg sync.WaitGroup
	for _, in := range ins {
		wg.Add(1)
		go func(in <-chan string) {
			defer wg.Done()
			for s := range in {
				merged <- s
			}
		}(in)
	}
	go func() { wg.Wait(); close(merged) }() // close only after every input is drained
	return merged
}

func main() {
	jobs := make(chan int)
	go func() {
		for i := 1; i <= 8; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	var results []string
	for r := range fanIn(fanOut(jobs, 3)...) {
		results = append(results, r)
	}
	sort.Strings(results)
	for _, r := range results {
		fmt.Println(r)
	}
}
