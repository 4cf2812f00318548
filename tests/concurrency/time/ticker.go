package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tk := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 5 {
			break
		}
	}
	tk.Stop()
	el := time.Since(start)
	fmt.Println("5 ticks; elapsed >= 50ms:", el >= 50*time.Millisecond)

	// After Stop, no more ticks arrive (a tick may already be buffered: drain it).
	select {
	case <-tk.C:
	default:
	}
	select {
	case <-tk.C:
		fmt.Println("never")
	case <-time.After(40 * time.Millisecond):
		fmt.Println("stopped ticker is quiet")
	}

	// Reset changes the period.
	tk2 := time.NewTicker(time.Hour)
	tk2.Reset(5 * time.Millisecond)
	<-tk2.C
	<-tk2.C
	tk2.Stop()
	fmt.Println("reset ticker ticked twice")

	// time.Tick returns just the channel.
	c := time.Tick(5 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-c
	}
	fmt.Println("time.Tick ticked 3 times")
	fmt.Println("Tick of non-positive duration is nil:", time.Tick(0) == nil)

	// A worker with a ticker and a done channel.
	done := make(chan bool)
	count := make(chan int)
	go func() {
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		k := 0
		for {
			select {
			case <-done:
				count <- k
				return
			case <-t.C:
				k++
			}
		}
	}()
	time.Sleep(30 * time.Millisecond)
	done <- true
	k := <-count
	fmt.Println("worker ticked at least twice:", k >= 2)

	// NewTicker panics on non-positive durations.
	defer func() { fmt.Println("recovered:", recover()) }()
	time.NewTicker(0)
}
