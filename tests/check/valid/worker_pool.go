// A worker pool: jobs channel, results channel, WaitGroup, ordered output.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Job struct {
	ID   int
	Text string
}

type Result struct {
	JobID  int
	Worker int
	Words  int
	Upper  string
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{j.ID, id, len(strings.Fields(j.Text)), strings.ToUpper(j.Text)}
	}
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	texts := []string{"the quick brown fox", "jumps over", "the lazy dog", "hello", "go is fun to write", "a b c d e f"}
	jobs := make(chan Job, len(texts))
	results := make(chan Result, len(texts))
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i, t := range texts {
		jobs <- Job{i, t}
	}
	close(jobs)
	wg.Wait()
	close(results)
	var all []Result
	workersUsed := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workersUsed[r.Worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	for _, r := range all {
		fmt.Printf("job %d: %d words, %q\n", r.JobID, r.Words, r.Upper)
	}
	fmt.Println("workers used >= 1:", len(workersUsed) >= 1)

	// bounded parallelism with a semaphore channel
	sem := make(chan struct{}, 4)
	steps := make([]int, 30)
	var wg2 sync.WaitGroup
	for n := 1; n <= 30; n++ {
		wg2.Add(1)
		sem <- struct{}{}
		go func(n int) {
			defer wg2.Done()
			defer func() { <-sem }()
			steps[n-1] = collatz(n)
		}(n)
	}
	wg2.Wait()
	fmt.Println(steps)
	best := 0
	for i, s := range steps {
		if s > steps[best] {
			best = i
		}
	}
	fmt.Println("longest chain under 31 starts at", best+1, "with", steps[best], "steps")
}
