package main

// 2,000 tickers of 1 ms, each read by its own goroutine: every one delivers, and firing them
// makes no goroutine (runtime.NumGoroutine stays the same while they tick unread). Then one
// slow goroutine visits them all: a ticker nobody reads holds at most one tick (its channel's
// capacity), the rest are dropped, as Go's do.

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

const n = 2000

func main() {
	base := runtime.NumGoroutine()
	tickers := make([]*time.Ticker, n)
	for i := range tickers {
		tickers[i] = time.NewTicker(time.Millisecond)
	}
	fmt.Println("goroutines after starting tickers:", runtime.NumGoroutine()-base)

	var wg, exited sync.WaitGroup
	done := make(chan struct{})
	for i := 0; i < n; i++ {
		wg.Add(1)
		exited.Add(1)
		go func(t *time.Ticker) {
			defer exited.Done()
			for k := 0; k < 3; k++ {
				<-t.C
			}
			wg.Done()
			<-done
		}(tickers[i])
	}
	wg.Wait()
	fmt.Println("every ticker delivered 3 ticks")
	g1 := runtime.NumGoroutine() - base
	time.Sleep(20 * time.Millisecond) // about 40,000 ticks, read by no one
	g2 := runtime.NumGoroutine() - base
	fmt.Println("goroutines while ticking:", g1, g2)
	close(done)
	exited.Wait()

	// The slow reader: 5 passes, 10 ms apart.
	pending := 0
	maxLen := 0
	time.Sleep(10 * time.Millisecond)
	for pass := 0; pass < 5; pass++ {
		for _, t := range tickers {
			if l := len(t.C); l > maxLen {
				maxLen = l
			}
			select {
			case <-t.C:
				pending++
			default:
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	fmt.Println("slow reader: at most one tick waiting per ticker:", maxLen <= 1)
	fmt.Println("slow reader: received at most one tick per ticker per pass:", pending <= 5*n)
	fmt.Println("slow reader: every ticker had ticks waiting:", pending >= n)
	for _, t := range tickers {
		t.Stop()
	}
	for _, t := range tickers {
		select {
		case <-t.C:
		default:
		}
	}
	time.Sleep(10 * time.Millisecond)
	quiet := 0
	for _, t := range tickers {
		quiet += len(t.C)
	}
	fmt.Println("ticks after Stop:", quiet)
	fmt.Println("goroutines at the end:", runtime.NumGoroutine()-base)
}
