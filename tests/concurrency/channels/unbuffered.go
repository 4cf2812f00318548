package main

import "fmt"

// An unbuffered channel synchronises sender and receiver: the send completes only when
// a receiver takes the value.

func main() {
	ch := make(chan int)
	fmt.Println("len", len(ch), "cap", cap(ch))

	go func() {
		for i := 1; i <= 3; i++ {
			ch <- i * 10
		}
	}()
	fmt.Println(<-ch, <-ch, <-ch)

	// Handshake: each step waits for the other side.
	ack := make(chan string)
	go func() {
		for i := 0; i < 3; i++ {
			v := <-ch
			ack <- fmt.Sprintf("got %d", v)
		}
	}()
	for i := 0; i < 3; i++ {
		ch <- i
		fmt.Println(<-ack)
	}

	// Receive as an expression, in arguments and in conditions.
	go func() {
		ch <- 5
		ch <- 6
		ch <- 7
	}()
	if v := <-ch; v == 5 {
		fmt.Println("first is 5, sum of the rest:", <-ch+<-ch)
	}

	// Discarding a received value.
	go func() { ch <- 99 }()
	<-ch
	fmt.Println("discarded one")
}
