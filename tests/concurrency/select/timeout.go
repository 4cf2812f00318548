package main

import (
	"fmt"
	"time"
)

// Timeouts with select and time.After.

func slow(d time.Duration, v string) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(d)
		c <- v
	}()
	return c
}

func main() {
	select {
	case v := <-slow(200*time.Millisecond, "slow"):
		fmt.Println("got", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out waiting for slow")
	}

	select {
	case v := <-slow(1*time.Millisecond, "fast"):
		fmt.Println("got", v)
	case <-time.After(500 * time.Millisecond):
		fmt.Println("timed out waiting for fast")
	}

	// A timeout for a whole loop, set once.
	ticks := make(chan int)
	go func() {
		for i := 0; ; i++ {
			ticks <- i
			time.Sleep(2 * time.Millisecond)
		}
	}()
	deadline := time.After(60 * time.Millisecond)
	count := 0
loop:
	for {
		select {
		case <-ticks:
			count++
		case <-deadline:
			break loop
		}
	}
	fmt.Println("received some before deadline:", count > 0, "and not too many:", count < 100)

	// time.After with a zero or negative duration fires at once.
	start := time.Now()
	<-time.After(0)
	<-time.After(-time.Second)
	fmt.Println("zero timeouts fire quickly:", time.Since(start) < 500*time.Millisecond)
}
