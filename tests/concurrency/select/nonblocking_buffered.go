package main

// A select with one case and a default on a buffered channel: Go's selectnbsend and
// selectnbrecv, which look at a full or empty channel without taking its lock. A closed channel
// is still ready, a close that happened before is always seen, and values moved only by
// non-blocking operations arrive, in order.

import (
	"fmt"
	"runtime"
)

func main() {
	c := make(chan int, 1)
	close(c)
	select {
	case v, ok := <-c:
		fmt.Println("closed and empty:", v, ok)
	default:
		fmt.Println("wrong: default on a closed channel")
	}

	d := make(chan int, 2)
	d <- 1
	close(d)
	for i := 0; i < 2; i++ {
		select {
		case v, ok := <-d:
			fmt.Println("closed with values:", v, ok)
		default:
			fmt.Println("wrong: default")
		}
	}

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		e := make(chan int, 1)
		e <- 1
		close(e)
		select {
		case e <- 2:
			fmt.Println("wrong: sent")
		default:
			fmt.Println("wrong: default on a closed full channel")
		}
	}()

	// A close that happens before the select (through another channel) is seen by it.
	missed := 0
	for i := 0; i < 2000; i++ {
		c := make(chan int, 1)
		done := make(chan bool)
		go func() {
			close(c)
			done <- true
		}()
		<-done
		select {
		case _, ok := <-c:
			if ok {
				missed++
			}
		default:
			missed++
		}
	}
	fmt.Println("closes missed:", missed)

	// A producer and a consumer that only poll.
	const n = 20000
	q := make(chan int, 4)
	sum := make(chan int)
	go func() {
		next, total := 0, 0
		for next < n {
			select {
			case v := <-q:
				if v != next {
					fmt.Println("out of order:", v, "want", next)
				}
				total += v
				next++
			default:
				runtime.Gosched()
			}
		}
		sum <- total
	}()
	for i := 0; i < n; {
		select {
		case q <- i:
			i++
		default:
			runtime.Gosched()
		}
	}
	fmt.Println("sum:", <-sum)
}
