// Collections while goroutines are parked inside callbacks: each String method builds data
// reachable only from its own frame (and from the fmt call below it), parks, and checks the data
// after the others have allocated enough to collect many times over.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
)

type node struct {
	val  int
	next *node
}

type holder struct {
	id   int
	gate chan bool
}

func (h holder) String() string {
	var list *node
	m := map[string][]int{}
	for i := 0; i < 1000; i++ {
		list = &node{i, list}
		m[fmt.Sprint("k", i%50)] = append(m[fmt.Sprint("k", i%50)], i)
	}
	<-h.gate
	sum := 0
	for n := list; n != nil; n = n.next {
		sum += n.val
	}
	total := 0
	for _, v := range m {
		total += len(v)
	}
	return fmt.Sprintf("h%d sum=%d entries=%d", h.id, sum, total)
}

func main() {
	const n = 20
	gate := make(chan bool)
	out := make([]string, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			out[i] = fmt.Sprint(holder{i, gate}, "|", strings.Repeat("x", i))
		}(i)
	}
	var garbage [][]byte
	for i := 0; i < 2000; i++ {
		garbage = append(garbage, make([]byte, 10000))
		if len(garbage) > 100 {
			garbage = garbage[1:]
		}
		if i%500 == 0 {
			runtime.GC()
		}
	}
	for i := 0; i < n; i++ {
		gate <- true
	}
	wg.Wait()
	sort.Strings(out)
	for _, s := range out[:3] {
		fmt.Println(s)
	}
	fmt.Println(len(out), len(garbage))
}
