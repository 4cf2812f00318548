package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Fan-out: several workers read from one channel. Fan-in: their outputs are merged into
// one channel. Results are sorted before printing.

type result struct {
	worker int
	input  string
	output string
}

func fanOut(in <-chan string, n int, f func(string) string) []<-chan result {
	outs := make([]<-chan result, n)
	for i := 0; i < n; i++ {
		out := make(chan result)
		outs[i] = out
		go func(id int) {
			for s := range in {
				out <- result{id, s, f(s)}
			}
			close(out)
		}(i)
	}
	return outs
}

func fanIn(chans ...<-chan result) <-chan result {
	out := make(chan result)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func(c <-chan result) {
			defer wg.Done()
			for r := range c {
				out <- r
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

// fanInSelect merges exactly two channels with a select loop.
func fanInSelect(a, b <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for a != nil || b != nil {
			select {
			case s, ok := <-a:
				if !ok {
					a = nil
					continue
				}
				out <- s
			case s, ok := <-b:
				if !ok {
					b = nil
					continue
				}
				out <- s
			}
		}
	}()
	return out
}

func talker(name string, n int) <-chan string {
	c := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			c <- fmt.Sprintf("%s %d", name, i)
		}
		close(c)
	}()
	return c
}

func main() {
	words := strings.Fields("concurrency is not parallelism but it enables parallelism in go programs")
	in := make(chan string)
	go func() {
		for _, w := range words {
			in <- w
		}
		close(in)
	}()
	outs := fanOut(in, 4, strings.ToUpper)
	var all []result
	perWorker := map[int]int{}
	for r := range fanIn(outs...) {
		all = append(all, r)
		perWorker[r.worker]++
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].input != all[j].input {
			return all[i].input < all[j].input
		}
		return all[i].output < all[j].output
	})
	for _, r := range all {
		fmt.Println(r.input, "->", r.output)
	}
	total := 0
	for _, n := range perWorker {
		total += n
	}
	fmt.Println("total results:", total, "workers used <= 4:", len(perWorker) <= 4)

	var msgs []string
	joe, ann := talker("joe", 3), talker("ann", 4)
	for s := range fanInSelect(joe, ann) {
		msgs = append(msgs, s)
	}
	sort.Strings(msgs)
	fmt.Println(msgs)
}
