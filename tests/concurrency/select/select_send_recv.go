package main

import "fmt"

// A select loop that both produces into a channel and consumes from another, so that
// two goroutines exchange values without deadlock.

func main() {
	toPeer := make(chan int)
	fromPeer := make(chan int)
	done := make(chan int)

	go func() {
		got, n := 0, 0
		next := 100
		sent := 0
		for n < 5 || sent < 5 {
			var out chan int
			if sent < 5 {
				out = fromPeer
			}
			var in chan int
			if n < 5 {
				in = toPeer
			}
			select {
			case v := <-in:
				got += v
				n++
			case out <- next:
				next++
				sent++
			}
		}
		done <- got
	}()

	received := []int{}
	next := 1
	sent := 0
	for len(received) < 5 || sent < 5 {
		var out chan int
		if sent < 5 {
			out = toPeer
		}
		var in chan int
		if len(received) < 5 {
			in = fromPeer
		}
		select {
		case out <- next:
			next++
			sent++
		case v := <-in:
			received = append(received, v)
		}
	}
	fmt.Println("main received:", received)
	fmt.Println("peer's sum:", <-done)
}
