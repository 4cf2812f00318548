package main

import (
	"fmt"
	"sort"
	"sync"
)

// A worker pool: jobs on one channel, results on another, a fixed number of workers,
// errors collected per job, and a second pool with bounded concurrency measured by a
// shared counter.

type Job struct {
	ID int
	N  int
}

type Result struct {
	JobID int
	Value int
	Err   error
}

func collatz(n int) (int, error) {
	if n <= 0 {
		return 0, fmt.Errorf("job input %d is not positive", n)
	}
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps, nil
}

func worker(jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		v, err := collatz(j.N)
		results <- Result{j.ID, v, err}
	}
}

func main() {
	jobs := make(chan Job, 10)
	results := make(chan Result, 10)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	inputs := []int{27, 97, 871, 6171, 0, 1, 2, 3, -5, 77031, 837799, 9}
	go func() {
		for i, n := range inputs {
			jobs <- Job{i, n}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var rs []Result
	for r := range results {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].JobID < rs[j].JobID })
	for _, r := range rs {
		if r.Err != nil {
			fmt.Printf("job %2d: error: %v\n", r.JobID, r.Err)
		} else {
			fmt.Printf("job %2d: collatz(%d) = %d steps\n", r.JobID, inputs[r.JobID], r.Value)
		}
	}

	// Bounded concurrency: never more than 3 tasks at once.
	var mu sync.Mutex
	active, peak := 0, 0
	sem := make(chan struct{}, 3)
	var tasks sync.WaitGroup
	sums := make([]int, 20)
	for i := 0; i < 20; i++ {
		tasks.Add(1)
		go func(i int) {
			defer tasks.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			mu.Lock()
			active++
			if active > peak {
				peak = active
			}
			mu.Unlock()
			s := 0
			for k := 0; k < 10000*(i+1); k++ {
				s += k % 7
			}
			sums[i] = s
			mu.Lock()
			active--
			mu.Unlock()
		}(i)
	}
	tasks.Wait()
	fmt.Println("peak concurrency <= 3:", peak <= 3, "first sums:", sums[:4])
}
