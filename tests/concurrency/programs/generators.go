package main

import (
	"fmt"
	"strings"
)

// Generators: functions that return a receive-only channel fed by their own goroutine.

func fib(quit <-chan struct{}) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		a, b := 0, 1
		for {
			select {
			case c <- a:
				a, b = b, a+b
			case <-quit:
				return
			}
		}
	}()
	return c
}

func take(n int, in <-chan int) []int {
	var out []int
	for i := 0; i < n; i++ {
		v, ok := <-in
		if !ok {
			break
		}
		out = append(out, v)
	}
	return out
}

func mapper(in <-chan int, f func(int) int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func rangeGen(lo, hi int) <-chan int {
	out := make(chan int)
	go func() {
		for i := lo; i < hi; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func zip(a, b <-chan int) <-chan [2]int {
	out := make(chan [2]int)
	go func() {
		defer close(out)
		for {
			x, ok1 := <-a
			y, ok2 := <-b
			if !ok1 || !ok2 {
				return
			}
			out <- [2]int{x, y}
		}
	}()
	return out
}

// Permutations produced recursively by a goroutine.
func perms(s []string) <-chan []string {
	out := make(chan []string)
	go func() {
		defer close(out)
		var rec func(prefix, rest []string)
		rec = func(prefix, rest []string) {
			if len(rest) == 0 {
				out <- append([]string(nil), prefix...)
				return
			}
			for i := range rest {
				next := append(append([]string(nil), rest[:i]...), rest[i+1:]...)
				rec(append(prefix, rest[i]), next)
			}
		}
		rec(nil, s)
	}()
	return out
}

func main() {
	quit := make(chan struct{})
	f := fib(quit)
	fmt.Println("fib:", take(15, f))
	close(quit)
	for range f {
	}

	sq := mapper(rangeGen(1, 8), func(x int) int { return x * x })
	fmt.Println("squares:", take(100, sq))

	for p := range zip(rangeGen(0, 4), mapper(rangeGen(10, 20), func(x int) int { return -x })) {
		fmt.Print(p, " ")
	}
	fmt.Println()

	n := 0
	for p := range perms([]string{"a", "b", "c"}) {
		fmt.Print(strings.Join(p, ""), " ")
		n++
	}
	fmt.Println("=", n)
}
