package main

import (
	"fmt"
	"runtime"
	"sync"
)

// Collections while goroutines allocate on every worker: each builds and checks linked lists,
// trees and maps, keeps some of them across channel handoffs and the 240 runtime.GC calls they
// make between them (each stops the world while the others run), and verifies that nothing it
// can still reach was freed or overwritten.

type node struct {
	val  int
	next *node
}

type tree struct {
	left, right *tree
	val         int
}

func build(d, v int) *tree {
	if d == 0 {
		return &tree{val: v}
	}
	return &tree{build(d-1, 2*v), build(d-1, 2*v+1), v}
}

func (t *tree) sum() int {
	if t == nil {
		return 0
	}
	return t.val + t.left.sum() + t.right.sum()
}

func main() {
	const workers = 8
	var wg sync.WaitGroup
	handoff := make(chan *node, 4)
	results := make([]int, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			ok := 0
			var keep []*tree
			for round := 0; round < 30; round++ {
				var list *node
				for i := 0; i < 500; i++ {
					list = &node{i, list}
				}
				m := map[string][]int{}
				for i := 0; i < 200; i++ {
					m[fmt.Sprint("k", i)] = []int{i, i * i}
				}
				t := build(8, 1)
				keep = append(keep, t)
				runtime.GC() // a stop-the-world collection while the others run

				select {
				case handoff <- list:
				default:
				}
				n, s := 0, 0
				for p := list; p != nil; p = p.next {
					n++
					s += p.val
				}
				good := n == 500 && s == 499*500/2 && len(m) == 200 && m["k7"][1] == 49 && t.sum() == build(8, 1).sum()
				if good {
					ok++
				}
			}
			for _, t := range keep {
				if t.sum() != keep[0].sum() {
					ok = -1
				}
			}
			results[w] = ok
		}(w)
	}
	done := make(chan bool)
	handed := 0
	go func() {
		for l := range handoff {
			n := 0
			for p := l; p != nil; p = p.next {
				n++
			}
			if n == 500 {
				handed++
			}
		}
		done <- true
	}()
	wg.Wait()
	close(handoff)
	<-done
	fmt.Println("rounds ok per worker:", results)
	fmt.Println("handed-off lists intact:", handed > 0)
}
