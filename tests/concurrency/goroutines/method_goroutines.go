package main

import (
	"fmt"
	"strings"
	"sync"
)

// Goroutines started on methods, interface methods and function values.

type Shouter interface{ Shout(wg *sync.WaitGroup, out []string, i int) }

type Upper struct{ word string }

func (u Upper) Shout(wg *sync.WaitGroup, out []string, i int) {
	defer wg.Done()
	out[i] = strings.ToUpper(u.word)
}

type Repeat struct {
	word string
	n    int
}

func (r *Repeat) Shout(wg *sync.WaitGroup, out []string, i int) {
	defer wg.Done()
	out[i] = strings.Repeat(r.word, r.n)
}

func main() {
	items := []Shouter{Upper{"go"}, &Repeat{"ab", 3}, Upper{"weft"}, &Repeat{"-", 5}}
	out := make([]string, len(items))
	var wg sync.WaitGroup
	for i, s := range items {
		wg.Add(1)
		go s.Shout(&wg, out, i)
	}
	wg.Wait()
	fmt.Println(strings.Join(out, " "))

	fns := []func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * x },
		func(x int) int { return -x },
	}
	res := make([]int, len(fns))
	for i, f := range fns {
		wg.Add(1)
		go func(i int, f func(int) int) {
			defer wg.Done()
			res[i] = f(7)
		}(i, f)
	}
	wg.Wait()
	fmt.Println(res)

	// go with a method expression.
	ch := make(chan string, 1)
	up := Upper{"expr"}
	wg.Add(1)
	go Upper.Shout(up, &wg, out, 0)
	wg.Wait()
	ch <- out[0]
	fmt.Println(<-ch)
}
