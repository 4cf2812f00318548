// A String method sleeps: the goroutine sleeps inside fmt while the others run on.
package main

import (
	"fmt"
	"time"
)

type slow int

func (s slow) String() string {
	time.Sleep(time.Duration(s) * time.Millisecond)
	return fmt.Sprintf("slept %dms", int(s))
}

func main() {
	ticks := make(chan int, 100)
	stop := make(chan bool)
	go func() {
		n := 0
		for {
			select {
			case <-stop:
				ticks <- n
				return
			default:
				n++
				time.Sleep(time.Millisecond)
			}
		}
	}()
	start := time.Now()
	fmt.Println(slow(30))
	fmt.Println(slow(1), slow(2), slow(3))
	close(stop)
	n := <-ticks
	fmt.Println("elapsed >= 36ms:", time.Since(start) >= 36*time.Millisecond)
	fmt.Println("other goroutine ran while sleeping:", n > 0)
}
