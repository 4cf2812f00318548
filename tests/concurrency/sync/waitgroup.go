package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg *sync.WaitGroup, results []string) {
	defer wg.Done()
	results[id] = fmt.Sprintf("worker %d done", id)
}

func main() {
	var wg sync.WaitGroup
	results := make([]string, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go worker(i, &wg, results)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}

	// Add with a count, Wait with nothing outstanding returns at once.
	var wg2 sync.WaitGroup
	wg2.Wait()
	wg2.Add(3)
	sums := make([]int, 3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			defer wg2.Done()
			for j := 0; j <= (i+1)*100; j++ {
				sums[i] += j
			}
		}(i)
	}
	wg2.Wait()
	fmt.Println(sums)

	// Reuse the same WaitGroup for several rounds.
	total := 0
	var mu sync.Mutex
	for round := 1; round <= 3; round++ {
		for i := 0; i < round*2; i++ {
			wg.Add(1)
			go func(v int) {
				defer wg.Done()
				mu.Lock()
				total += v
				mu.Unlock()
			}(round)
		}
		wg.Wait()
		fmt.Println("after round", round, "total", total)
	}

	// Several goroutines waiting on the same WaitGroup.
	var gate sync.WaitGroup
	gate.Add(1)
	var waiters sync.WaitGroup
	released := make([]bool, 4)
	for i := 0; i < 4; i++ {
		waiters.Add(1)
		go func(i int) {
			defer waiters.Done()
			gate.Wait()
			released[i] = true
		}(i)
	}
	gate.Done()
	waiters.Wait()
	fmt.Println("released:", released)

	// A WaitGroup embedded in a struct.
	type group struct {
		sync.WaitGroup
		names []string
	}
	g := &group{names: make([]string, 2)}
	g.Add(2)
	go func() { defer g.Done(); g.names[0] = "left" }()
	go func() { defer g.Done(); g.names[1] = "right" }()
	g.Wait()
	fmt.Println(g.names)
}
