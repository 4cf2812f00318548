package main

// tickers: n tickers of 1 ms run for ms milliseconds. Mode "each": every ticker is read by its
// own goroutine as fast as it ticks; mode "slow": one goroutine visits every ticker with a
// non-blocking receive and then waits 10 ms, so nearly every tick is missed (Go drops them: at
// most one waits in each ticker's channel). Firing a ticker must cost no goroutine and no
// memory that grows. bench/run measures CPU time; the first line is the checksum, and ticks
// delivered, goroutines and RSS (at half time, at the end, and the peak) go to stderr.

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

func arg(i int, def string) string {
	if len(os.Args) > i {
		return os.Args[i]
	}
	return def
}

// statusKB is a field of /proc/self/status in KiB: VmRSS (resident now) or VmHWM (the peak
// since exec, which getrusage's ru_maxrss is not: it counts the forking parent's too).
func statusKB(field string) int {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, field+":") {
			f := strings.Fields(line)
			n, _ := strconv.Atoi(f[1])
			return n
		}
	}
	return -1
}

func main() {
	n, _ := strconv.Atoi(arg(1, "2000"))
	ms, _ := strconv.Atoi(arg(2, "2000"))
	mode := arg(3, "each")
	tickers := make([]*time.Ticker, n)
	for i := range tickers {
		tickers[i] = time.NewTicker(time.Millisecond)
	}
	counts := make([]int64, n)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	if mode == "each" {
		for i := 0; i < n; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				for {
					select {
					case <-tickers[i].C:
						atomic.AddInt64(&counts[i], 1)
					case <-stop:
						return
					}
				}
			}(i)
		}
	} else {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				for i, t := range tickers {
					select {
					case <-t.C:
						counts[i]++
					default:
					}
				}
				select {
				case <-stop:
					return
				case <-time.After(10 * time.Millisecond):
				}
			}
		}()
	}
	time.Sleep(time.Duration(ms/2) * time.Millisecond)
	gMid := runtime.NumGoroutine()
	rssMid := statusKB("VmRSS")
	time.Sleep(time.Duration(ms-ms/2) * time.Millisecond)
	gEnd := runtime.NumGoroutine()
	rssEnd := statusKB("VmRSS")
	close(stop)
	wg.Wait()
	for _, t := range tickers {
		t.Stop()
	}
	var total, min int64 = 0, -1
	for _, c := range counts {
		total += atomic.LoadInt64(&c)
		if min < 0 || c < min {
			min = c
		}
	}
	fmt.Printf("tickers n=%d mode=%s every ticker ticked: %v\n", n, mode, min > 0)
	fmt.Fprintf(os.Stderr, "ticks=%d per_ticker_min=%d goroutines_mid=%d goroutines_end=%d rss_mid_kb=%d rss_end_kb=%d rss_peak_kb=%d\n",
		total, min, gMid, gEnd, rssMid, rssEnd, statusKB("VmHWM"))
}
