// 100 goroutines all blocked inside String methods at once with GOMAXPROCS(2): each waits on
// its own channel; main releases them in reverse order and collects what they printed.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
)

type waiter struct {
	id int
	ch chan int
}

func (w waiter) String() string {
	v := <-w.ch
	return fmt.Sprintf("w%d=%d", w.id, v)
}

func main() {
	runtime.GOMAXPROCS(2)
	const n = 100
	chans := make([]chan int, n)
	out := make([]string, n)
	var started, wg sync.WaitGroup
	for i := 0; i < n; i++ {
		chans[i] = make(chan int)
		started.Add(1)
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			started.Done()
			out[i] = fmt.Sprint(waiter{i, chans[i]})
		}(i)
	}
	started.Wait()
	for i := n - 1; i >= 0; i-- {
		chans[i] <- i * i
	}
	wg.Wait()
	sort.Strings(out)
	fmt.Println(len(out), out[0], out[1], out[n-1])
	sum := 0
	for i := 0; i < n; i++ {
		var id, v int
		fmt.Sscanf(out[i], "w%d=%d", &id, &v)
		sum += v
	}
	fmt.Println("sum", sum)
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}
