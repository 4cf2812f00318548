package main

import "fmt"

// A binary tree summed with one goroutine per subtree (parallel divide and conquer).

type Tree struct {
	Left, Right *Tree
	Value       int
}

func build(lo, hi int) *Tree {
	if lo > hi {
		return nil
	}
	mid := (lo + hi) / 2
	return &Tree{build(lo, mid-1), build(mid+1, hi), mid}
}

func sum(t *Tree, out chan<- int) {
	if t == nil {
		out <- 0
		return
	}
	ch := make(chan int, 2)
	go sum(t.Left, ch)
	go sum(t.Right, ch)
	out <- t.Value + <-ch + <-ch
}

func depth(t *Tree) int {
	if t == nil {
		return 0
	}
	l, r := depth(t.Left), depth(t.Right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func main() {
	for _, n := range []int{0, 1, 10, 1000, 5000} {
		t := build(1, n)
		out := make(chan int)
		go sum(t, out)
		fmt.Printf("n=%d depth=%d sum=%d want=%d\n", n, depth(t), <-out, n*(n+1)/2)
	}
}
