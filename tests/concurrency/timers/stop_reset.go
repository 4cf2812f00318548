package main

// What Stop and Reset of timers and tickers return (Go 1.19's semantics), the pattern of
// draining a timer that fired before Stop, Reset of a fired, stopped or pending timer, and the
// panics of uninitialized timers and non-positive tickers. The events are ordered by sleeps
// much longer than the timers (a timer due before a sleep fires before the sleeper wakes).

import (
	"fmt"
	"time"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: recovered %T %v\n", name, r, r)
	}()
	f()
}

func main() {
	// A pending timer: Stop stops it (true), then there is nothing left to stop (false).
	t := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	fmt.Println("len after stop:", len(t.C), "cap:", cap(t.C))

	// A fired timer: Stop is false and the time is waiting in C (drain it).
	t = time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("len after firing:", len(t.C))
	if !t.Stop() {
		<-t.C
		fmt.Println("stop after firing: false, drained")
	}
	fmt.Println("len after drain:", len(t.C))

	// Reset: true on a pending timer, false on a stopped or fired one; each arms it once.
	t = time.NewTimer(time.Hour)
	fmt.Println("reset pending:", t.Reset(time.Millisecond))
	<-t.C
	fmt.Println("reset fired:", t.Reset(time.Millisecond))
	<-t.C
	t.Stop()
	fmt.Println("reset stopped:", t.Reset(time.Millisecond))
	<-t.C
	time.Sleep(10 * time.Millisecond)
	fmt.Println("fired once per reset, len:", len(t.C))

	// AfterFunc: Stop before it fires keeps f from running; Reset after it fired runs f again.
	ran := make(chan string, 4)
	a := time.AfterFunc(time.Hour, func() { ran <- "never" })
	fmt.Println("afterfunc stop:", a.Stop())
	b := time.AfterFunc(time.Millisecond, func() { ran <- "b" })
	fmt.Println(<-ran)
	fmt.Println("afterfunc stop after it ran:", b.Stop())
	fmt.Println("afterfunc reset after it ran:", b.Reset(time.Millisecond))
	fmt.Println(<-ran)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("pending runs:", len(ran))

	// A ticker: Reset changes its period; after Stop nothing more comes.
	tk := time.NewTicker(time.Hour)
	tk.Reset(2 * time.Millisecond)
	<-tk.C
	<-tk.C
	tk.Stop()
	select {
	case <-tk.C:
	default:
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println("stopped ticker, len:", len(tk.C))
	tk.Reset(time.Millisecond) // a stopped ticker starts again
	<-tk.C
	tk.Stop()
	fmt.Println("restarted ticker ticked")

	// Timers made with a duration <= 0 fire at once; a huge one never.
	t = time.NewTimer(-time.Second)
	<-t.C
	fmt.Println("negative duration fired")
	t = time.NewTimer(1<<63 - 1)
	fmt.Println("huge duration pending:", t.Stop())
	tk = time.NewTicker(1<<63 - 1)
	tk.Stop()

	var zt time.Ticker
	zt.Stop()
	fmt.Println("zero Ticker Stop: no panic")
	try("zero Timer Stop", func() { var z time.Timer; z.Stop() })
	try("zero Timer Reset", func() { var z time.Timer; z.Reset(time.Second) })
	try("zero Ticker Reset", func() { var z time.Ticker; z.Reset(time.Second) })
	try("NewTicker(0)", func() { time.NewTicker(0) })
	try("Ticker.Reset(-1)", func() { time.NewTicker(time.Hour).Reset(-1) })
}
