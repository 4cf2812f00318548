// select waits on several channel operations and runs the first that can proceed.
// Pairing an input with time.After gives a timeout.
package main

import (
	"fmt"
	"time"
)

// answer replies after the given delay.
func answer(delay time.Duration) <-chan int {
	c := make(chan int, 1) // buffered: the sender never blocks, even if nobody listens
	go func() {
		time.Sleep(delay)
		c <- 42
	}()
	return c
}

func ask(delay, patience time.Duration) {
	select {
	case v := <-answer(delay):
		fmt.Println("answer:", v)
	case <-time.After(patience):
		fmt.Println("gave up waiting")
	}
}

func main() {
	ask(5*time.Millisecond, 500*time.Millisecond) // answer comes first
	ask(500*time.Millisecond, 20*time.Millisecond) // timeout comes first
}
