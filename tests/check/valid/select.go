// select: default cases, nil channels, blocking until ready, timeouts.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
	ch <- 5
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
	select {
	case ch <- 6:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case ch <- 7:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	<-ch

	// merging two channels, disabling each with nil when closed
	a, b := make(chan int), make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i < 13; i++ {
			b <- i
		}
		close(b)
	}()
	sum, n := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
			n++
		}
	}
	fmt.Println(sum, n)

	// timeout
	slow := make(chan string)
	select {
	case s := <-slow:
		fmt.Println(s)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}

	// quit channel pattern
	quit := make(chan bool)
	values := make(chan int)
	go func() {
		for i := 1; ; i++ {
			select {
			case values <- i * i:
			case <-quit:
				close(values)
				return
			}
		}
	}()
	for i := 0; i < 5; i++ {
		fmt.Print(<-values, " ")
	}
	fmt.Println()
	quit <- true
	_, ok := <-values
	fmt.Println(ok)

	// empty select-with-default loop
	count := 0
	tick := make(chan bool, 3)
	tick <- true
	tick <- true
loop:
	for {
		select {
		case <-tick:
			count++
		default:
			break loop
		}
	}
	fmt.Println("ticks", count)
}
