package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var a int32
	fmt.Println(atomic.AddInt32(&a, 5), atomic.AddInt32(&a, -7), atomic.LoadInt32(&a))
	atomic.StoreInt32(&a, 100)
	fmt.Println(atomic.SwapInt32(&a, 200), atomic.LoadInt32(&a))
	fmt.Println(atomic.CompareAndSwapInt32(&a, 100, 1), a)
	fmt.Println(atomic.CompareAndSwapInt32(&a, 200, 1), a)
	a = 2147483647
	fmt.Println(atomic.AddInt32(&a, 1))

	var b int64
	fmt.Println(atomic.AddInt64(&b, 1<<40), atomic.AddInt64(&b, -1), atomic.LoadInt64(&b))
	atomic.StoreInt64(&b, -9)
	fmt.Println(atomic.SwapInt64(&b, 9), atomic.LoadInt64(&b))
	fmt.Println(atomic.CompareAndSwapInt64(&b, 9, 10), atomic.CompareAndSwapInt64(&b, 9, 11), b)
	b = 9223372036854775807
	fmt.Println(atomic.AddInt64(&b, 1))

	// Atomic fields in a struct and array elements.
	type stats struct {
		hits, misses int64
	}
	var s stats
	var arr [4]int32
	var wg sync.WaitGroup
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 250; j++ {
				if (i+j)%4 == 0 {
					atomic.AddInt64(&s.misses, 1)
				} else {
					atomic.AddInt64(&s.hits, 1)
				}
				atomic.AddInt32(&arr[j%4], 1)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("hits", atomic.LoadInt64(&s.hits), "misses", atomic.LoadInt64(&s.misses), arr)

	// CAS loop implementing an atomic maximum.
	var max int64
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(v int64) {
			defer wg.Done()
			for {
				cur := atomic.LoadInt64(&max)
				if v <= cur || atomic.CompareAndSwapInt64(&max, cur, v) {
					return
				}
			}
		}(int64((i * 37) % 101))
	}
	wg.Wait()
	fmt.Println("max", max)
}
