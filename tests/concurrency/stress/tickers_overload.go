package main

// 20,000 tickers of 1 ms: more than one round of firing serves in a millisecond, so rounds run
// back to back while the program starts, stops and resets tickers. None of that may wait for
// whole rounds (weft once took minutes here, holding the timers' lock through each round), and
// a Stop or Reset that returns still means no tick of the old period comes after it.

import (
	"fmt"
	"time"
)

const n = 20000

func main() {
	tickers := make([]*time.Ticker, n)
	for i := range tickers {
		tickers[i] = time.NewTicker(time.Millisecond)
	}
	time.Sleep(5 * time.Millisecond)
	for i, t := range tickers {
		if i%2 == 0 {
			t.Stop()
		} else {
			t.Reset(time.Hour)
		}
	}
	for _, t := range tickers {
		select {
		case <-t.C:
		default:
		}
	}
	time.Sleep(10 * time.Millisecond)
	late := 0
	for _, t := range tickers {
		late += len(t.C)
	}
	fmt.Println("ticks after Stop or Reset(time.Hour):", late)

	// Timers under the same load: Stop reports whether it stopped a pending timer, and an
	// AfterFunc that fires runs once.
	for i := range tickers {
		tickers[i] = time.NewTicker(time.Millisecond)
	}
	fired := make(chan int, n)
	stoppedPending, stoppedFired := 0, 0
	for i := 0; i < 200; i++ {
		i := i
		f := time.AfterFunc(time.Duration(i%2)*time.Hour, func() { fired <- i })
		time.Sleep(10 * time.Microsecond)
		if i%2 == 0 {
			for len(fired) == 0 {
				time.Sleep(100 * time.Microsecond)
			}
			if f.Stop() {
				stoppedPending++
			} else {
				stoppedFired++
			}
			if got := <-fired; got != i {
				fmt.Println("wrong AfterFunc ran:", got, "want", i)
			}
		} else if f.Stop() {
			stoppedPending++
		}
	}
	for _, t := range tickers {
		t.Stop()
	}
	fmt.Println("AfterFunc: stopped while pending", stoppedPending, "after firing", stoppedFired, "extra runs", len(fired))
}
