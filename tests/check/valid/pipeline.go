// Channel pipelines: generator, map, filter, fan-out/fan-in, cancellation.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func gen(done <-chan struct{}, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func mapStage(done <-chan struct{}, in <-chan int, f func(int) int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- f(n):
			case <-done:
				return
			}
		}
	}()
	return out
}

func filterStage(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if keep(n) {
				out <- n
			}
		}
	}()
	return out
}

func merge(done <-chan struct{}, cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan int) {
			defer wg.Done()
			for n := range c {
				select {
				case out <- n:
				case <-done:
					return
				}
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func counter(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	sq := func(n int) int { return n * n }
	var results []int
	for v := range filterStage(mapStage(done, gen(done, 1, 2, 3, 4, 5, 6, 7, 8), sq), func(n int) bool { return n%2 == 0 }) {
		results = append(results, v)
	}
	fmt.Println(results)

	src := gen(done, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
	w1 := mapStage(done, src, sq)
	w2 := mapStage(done, src, sq)
	w3 := mapStage(done, src, sq)
	var fanned []int
	for v := range merge(done, w1, w2, w3) {
		fanned = append(fanned, v)
	}
	sort.Ints(fanned)
	fmt.Println(fanned)

	// take the first 5 values from an infinite generator, then cancel
	stop := make(chan struct{})
	c := counter(stop)
	var first []int
	for v := range c {
		first = append(first, v)
		if len(first) == 5 {
			break
		}
	}
	close(stop)
	for range c { // drain until the goroutine observes cancellation
	}
	fmt.Println(first)
	close(done)
}
