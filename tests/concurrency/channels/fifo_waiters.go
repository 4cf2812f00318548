package main

import (
	"fmt"
	"time"
)

// Goroutines blocked on a channel are served first-in first-out. Each waiter is started
// well after the previous one is blocked (the sleep is generous), so the queue order is
// known.

func main() {
	ch := make(chan int)
	for i := 0; i < 5; i++ {
		go func(i int) { ch <- i }(i)
		time.Sleep(10 * time.Millisecond)
	}
	for i := 0; i < 5; i++ {
		fmt.Print(<-ch, " ")
	}
	fmt.Println("<- senders in arrival order")

	out := make(chan string)
	for i := 0; i < 5; i++ {
		go func(i int) {
			v := <-ch
			out <- fmt.Sprintf("receiver %d got %d", i, v)
		}(i)
		time.Sleep(10 * time.Millisecond)
	}
	for i := 0; i < 5; i++ {
		ch <- 100 + i
		fmt.Println(<-out)
	}

	// Blocked senders on a full buffered channel also queue in order behind the buffer.
	b := make(chan int, 2)
	b <- -2
	b <- -1
	for i := 0; i < 4; i++ {
		go func(i int) { b <- i }(i)
		time.Sleep(10 * time.Millisecond)
	}
	for i := 0; i < 6; i++ {
		fmt.Print(<-b, " ")
	}
	fmt.Println("<- buffer then waiting senders")
}
