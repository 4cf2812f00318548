// A callback inside a callback: String calls fmt.Sprint of a value whose String blocks on a
// channel, three levels deep, while other goroutines print concurrently.
package main

import (
	"fmt"
	"sync"
)

type gate struct{ ch chan string }

func (g gate) String() string { return "gate(" + <-g.ch + ")" }

type outer struct {
	name  string
	inner fmt.Stringer
}

func (o outer) String() string { return o.name + "[" + fmt.Sprint(o.inner) + "]" }

func main() {
	ch := make(chan string)
	v := outer{"a", outer{"b", gate{ch}}}
	go func() { ch <- "open" }()
	fmt.Println(v)
	var wg sync.WaitGroup
	res := make([]string, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			res[i] = fmt.Sprintf("%d:%v", i, outer{"x", outer{"y", gate{ch}}})
		}(i)
	}
	for i := 0; i < 5; i++ {
		ch <- fmt.Sprint("v", i)
	}
	wg.Wait()
	seen := map[string]bool{}
	for i, r := range res {
		seen[r[len(r)-len("v0)]]"):]] = true
		fmt.Println(i, r[:2], len(r))
	}
	fmt.Println(len(seen), "distinct values")
}
