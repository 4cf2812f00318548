// A goroutine that publishes a value after a delay.
//
// `go f()` starts f in a new goroutine and returns at once. The caller then blocks on
// the channel until the goroutine sends: the channel both carries the value and tells
// the caller that it is ready.
package main

import (
	"fmt"
	"time"
)

func publish(text string, delay time.Duration) <-chan string {
	ch := make(chan string)
	go func() {
		time.Sleep(delay)
		ch <- text // blocks until main receives
	}()
	return ch
}

func main() {
	news := publish("BREAKING: goroutines are cheap", 20*time.Millisecond)
	fmt.Println("waiting for the news...")
	fmt.Println(<-news)
}
