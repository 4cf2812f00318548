package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var a uint32
	fmt.Println(atomic.AddUint32(&a, 10), atomic.LoadUint32(&a))
	// Subtract c by adding ^uint32(c-1).
	fmt.Println(atomic.AddUint32(&a, ^uint32(0)), atomic.AddUint32(&a, ^uint32(3-1)))
	fmt.Println(atomic.AddUint32(&a, ^uint32(10-1)))
	atomic.StoreUint32(&a, 7)
	fmt.Println(atomic.SwapUint32(&a, 8), atomic.CompareAndSwapUint32(&a, 8, 9), atomic.LoadUint32(&a))

	var b uint64
	fmt.Println(atomic.AddUint64(&b, 1<<63), atomic.AddUint64(&b, 1<<63), atomic.LoadUint64(&b))
	atomic.StoreUint64(&b, 18446744073709551615)
	fmt.Println(atomic.SwapUint64(&b, 1), atomic.CompareAndSwapUint64(&b, 2, 3), atomic.CompareAndSwapUint64(&b, 1, 3), b)
	fmt.Println(atomic.AddUint64(&b, ^uint64(0)))

	var ptr uintptr
	atomic.StoreUintptr(&ptr, 12)
	fmt.Println(atomic.AddUintptr(&ptr, 3), atomic.LoadUintptr(&ptr), atomic.SwapUintptr(&ptr, 1), atomic.CompareAndSwapUintptr(&ptr, 1, 2), ptr)

	// Concurrent counters.
	var c32 uint32
	var c64 uint64
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				atomic.AddUint32(&c32, 1)
				atomic.AddUint64(&c64, 2)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadUint32(&c32), atomic.LoadUint64(&c64))

	// A ticket dispenser: every goroutine gets a distinct number.
	var ticket uint32
	got := make([]bool, 50)
	var mu sync.Mutex
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			t := atomic.AddUint32(&ticket, 1) - 1
			mu.Lock()
			got[t] = true
			mu.Unlock()
		}()
	}
	wg.Wait()
	all := true
	for _, g := range got {
		all = all && g
	}
	fmt.Println("every ticket issued once:", all)
}
