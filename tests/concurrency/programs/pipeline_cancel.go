package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// A pipeline of stages with cancellation by closing a done channel (the pattern from
// "Go Concurrency Patterns: Pipelines and cancellation"). Every stage selects on done
// so that an early exit by the consumer never leaves a goroutine blocked.

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

func sq(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func filter(done <-chan struct{}, in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if !keep(n) {
				continue
			}
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func merge(done <-chan struct{}, cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	output := func(c <-chan int) {
		defer wg.Done()
		for n := range c {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

type tracker struct {
	mu      sync.Mutex
	stopped map[string]int
	wg      sync.WaitGroup
}

func (t *tracker) stage(name string, done <-chan struct{}, in <-chan string, f func(string) string) <-chan string {
	out := make(chan string)
	t.wg.Add(1)
	go func() {
		defer t.wg.Done()
		defer close(out)
		defer func() {
			t.mu.Lock()
			t.stopped[name]++
			t.mu.Unlock()
		}()
		for s := range in {
			select {
			case out <- f(s):
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	// Complete run.
	done := make(chan struct{})
	in := gen(done, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
	c1 := sq(done, in)
	c2 := sq(done, gen(done, 11, 12, 13))
	var all []int
	for v := range merge(done, c1, c2) {
		all = append(all, v)
	}
	close(done)
	sort.Ints(all)
	fmt.Println("squares:", all)

	// Early exit: take only the first three even squares from an endless-ish source.
	done2 := make(chan struct{})
	nums := make([]int, 1000)
	for i := range nums {
		nums[i] = i + 1
	}
	evens := filter(done2, sq(done2, gen(done2, nums...)), func(n int) bool { return n%2 == 0 })
	fmt.Println("first even squares:", <-evens, <-evens, <-evens)
	close(done2)
	// Draining after cancellation terminates because every stage closes its output
	// (how many values still arrive depends on scheduling, so only the end is reported).
	for range evens {
	}
	fmt.Println("pipeline drained after cancel")

	// Named string stages; all of them stop when done closes.
	t := &tracker{stopped: map[string]int{}}
	done3 := make(chan struct{})
	src := make(chan string)
	t.wg.Add(1)
	go func() {
		defer t.wg.Done()
		defer close(src)
		words := strings.Fields("the quick brown fox jumps over the lazy dog again and again")
		for i := 0; ; i++ {
			select {
			case src <- words[i%len(words)]:
			case <-done3:
				return
			}
		}
	}()
	up := t.stage("upper", done3, src, strings.ToUpper)
	rev := t.stage("reverse", done3, up, func(s string) string {
		r := []rune(s)
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
		return string(r)
	})
	br := t.stage("brackets", done3, rev, func(s string) string { return "[" + s + "]" })
	var got []string
	for s := range br {
		got = append(got, s)
		if len(got) == 9 {
			break
		}
	}
	close(done3)
	for range br {
	}
	t.wg.Wait()
	fmt.Println(strings.Join(got, " "))
	fmt.Println("stages stopped:", t.stopped)
}
