package main

import "fmt"

// A server goroutine receives requests that carry their own reply channel.

type request struct {
	a, b  int
	op    string
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		switch r.op {
		case "+":
			r.reply <- r.a + r.b
		case "*":
			r.reply <- r.a * r.b
		default:
			r.reply <- 0
		}
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	ops := []request{{3, 4, "+", nil}, {3, 4, "*", nil}, {10, 20, "?", nil}}
	for _, r := range ops {
		r.reply = make(chan int)
		reqs <- r
		fmt.Printf("%d %s %d = %d\n", r.a, r.op, r.b, <-r.reply)
	}
	close(reqs)

	// Channel of channels: each client gets a private channel.
	ids := make(chan chan int)
	go func() {
		next := 1
		for c := range ids {
			c <- next
			next++
		}
	}()
	for i := 0; i < 3; i++ {
		c := make(chan int)
		ids <- c
		fmt.Println("id", <-c)
	}

	// chan chan<- and <-chan chan types.
	var mk chan (<-chan string) = make(chan (<-chan string), 1)
	inner := make(chan string, 1)
	inner <- "inner value"
	mk <- inner
	fmt.Println(<-<-mk)
}
