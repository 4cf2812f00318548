package main

import (
	"fmt"
	"sort"
	"sync"
)

// Parallel merge sort: each half is sorted in its own goroutine above a cutoff;
// results are checked against sort.Ints. Also a channel-based merge of sorted streams.

const cutoff = 64

func merge(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

func sequential(s []int) []int {
	if len(s) <= 1 {
		return s
	}
	m := len(s) / 2
	return merge(sequential(s[:m]), sequential(s[m:]))
}

var spawned int64
var spawnMu sync.Mutex

func parallel(s []int) []int {
	if len(s) <= cutoff {
		return sequential(s)
	}
	m := len(s) / 2
	var left []int
	var wg sync.WaitGroup
	wg.Add(1)
	spawnMu.Lock()
	spawned++
	spawnMu.Unlock()
	go func() {
		defer wg.Done()
		left = parallel(s[:m])
	}()
	right := parallel(s[m:])
	wg.Wait()
	return merge(left, right)
}

// Channel version: each level merges two input streams into an output stream.
func streamSort(s []int) <-chan int {
	out := make(chan int, 8)
	if len(s) <= 1 {
		for _, v := range s {
			out <- v
		}
		close(out)
		return out
	}
	m := len(s) / 2
	a, b := streamSort(s[:m]), streamSort(s[m:])
	go func() {
		defer close(out)
		x, okx := <-a
		y, oky := <-b
		for okx || oky {
			if okx && (!oky || x <= y) {
				out <- x
				x, okx = <-a
			} else {
				out <- y
				y, oky = <-b
			}
		}
	}()
	return out
}

type rng uint64

func (r *rng) next() int {
	*r ^= *r << 13
	*r ^= *r >> 7
	*r ^= *r << 17
	return int(*r % 100000)
}

func main() {
	r := rng(88172645463325252)
	for _, n := range []int{0, 1, 2, 10, 100, 1000, 50000} {
		data := make([]int, n)
		for i := range data {
			data[i] = r.next()
		}
		want := append([]int(nil), data...)
		sort.Ints(want)
		got := parallel(append([]int(nil), data...))
		same := len(got) == len(want)
		for i := range got {
			if got[i] != want[i] {
				same = false
				break
			}
		}
		head := got
		if len(head) > 5 {
			head = head[:5]
		}
		fmt.Printf("n=%-6d sorted=%v head=%v\n", n, same, head)
	}
	fmt.Println("goroutines spawned:", spawned)

	data := []int{9, 3, 7, 1, 8, 2, 6, 4, 5, 0, 3, 3}
	var streamed []int
	for v := range streamSort(data) {
		streamed = append(streamed, v)
	}
	fmt.Println("stream sort:", streamed)

	big := make([]int, 2000)
	for i := range big {
		big[i] = r.next()
	}
	var prev, count int
	ordered := true
	for v := range streamSort(big) {
		if count > 0 && v < prev {
			ordered = false
		}
		prev = v
		count++
	}
	fmt.Println("stream sort of 2000:", count, ordered)
}
