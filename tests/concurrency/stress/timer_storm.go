package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// Timer storms: many goroutines sleeping, timers started, stopped and reset, tickers and
// time.After in selects, all at once on every worker. Every count printed is exact.

func main() {
	var wg sync.WaitGroup

	// 2,000 sleepers with staggered durations.
	var slept int64
	for i := 0; i < 2000; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(time.Duration(i%20) * time.Millisecond)
			atomic.AddInt64(&slept, 1)
		}(i)
	}

	// 2,000 AfterFuncs, every other one stopped right after it is made. A Stop that comes late
	// (the goroutine stalled for the timer's 5 ms or more: it happens under ThreadSanitizer)
	// finds it fired and returns false: the counts always add up to 2,000.
	var fired, stopped int64
	for i := 0; i < 2000; i++ {
		t := time.AfterFunc(time.Duration(5+i%10)*time.Millisecond, func() {
			atomic.AddInt64(&fired, 1)
		})
		if i%2 == 0 && t.Stop() {
			stopped++
		}
	}

	// Timers reset many times over from many goroutines: each fires exactly once.
	var resetFired int64
	for g := 0; g < 100; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			t := time.NewTimer(time.Hour)
			for r := 0; r < 50; r++ {
				t.Reset(time.Duration(1+r%3) * time.Millisecond)
			}
			<-t.C
			atomic.AddInt64(&resetFired, 1)
		}()
	}

	// select with time.After against a channel that never delivers.
	var timeouts int64
	never := make(chan int)
	for g := 0; g < 500; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case <-never:
			case <-time.After(3 * time.Millisecond):
				atomic.AddInt64(&timeouts, 1)
			}
		}()
	}

	// Tickers: 50 goroutines each take 5 ticks.
	var ticks int64
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tk := time.NewTicker(time.Millisecond)
			for i := 0; i < 5; i++ {
				<-tk.C
				atomic.AddInt64(&ticks, 1)
			}
			tk.Stop()
		}()
	}

	wg.Wait()
	// Every AfterFunc that was not stopped runs (waits up to 10 s for the last), and no stopped
	// one runs later.
	for i := 0; i < 1000 && atomic.LoadInt64(&fired)+stopped < 2000; i++ {
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(20 * time.Millisecond)
	fmt.Println("slept:", atomic.LoadInt64(&slept))
	fmt.Println("afterfuncs fired or stopped:", atomic.LoadInt64(&fired)+stopped, "the unstopped half fired:", atomic.LoadInt64(&fired) >= 1000)
	fmt.Println("reset timers fired:", atomic.LoadInt64(&resetFired))
	fmt.Println("timeouts:", atomic.LoadInt64(&timeouts))
	fmt.Println("ticks:", atomic.LoadInt64(&ticks))
}
