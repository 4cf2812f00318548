// sort.Slice's less function sends on an unbuffered channel to another goroutine, which
// records the comparisons and answers.
package main

import (
	"fmt"
	"sort"
)

type query struct {
	a, b  int
	reply chan bool
}

func main() {
	queries := make(chan query)
	count := make(chan int)
	go func() {
		n := 0
		for q := range queries {
			n++
			q.reply <- q.a < q.b
		}
		count <- n
	}()
	xs := []int{9, 3, 7, 1, 8, 2, 6, 4, 5, 0, 15, 11, 13, 12, 14, 10}
	reply := make(chan bool)
	sort.Slice(xs, func(i, j int) bool {
		queries <- query{xs[i], xs[j], reply}
		return <-reply
	})
	fmt.Println(xs)
	ys := []string{"pear", "fig", "apple", "kiwi"}
	sort.SliceStable(ys, func(i, j int) bool {
		queries <- query{len(ys[i]), len(ys[j]), reply}
		return <-reply
	})
	fmt.Println(ys)
	close(queries)
	fmt.Println("comparisons made:", <-count > 0)
}
