package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// A spin lock built from CompareAndSwap, yielding with Gosched while it waits.

type SpinLock struct{ state int32 }

func (l *SpinLock) Lock() {
	for !atomic.CompareAndSwapInt32(&l.state, 0, 1) {
		runtime.Gosched()
	}
}

func (l *SpinLock) Unlock() { atomic.StoreInt32(&l.state, 0) }

func main() {
	var l SpinLock
	var wg sync.WaitGroup
	counter := 0
	balance := map[string]int{"a": 1000, "b": 1000}
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				l.Lock()
				counter++
				if (i+j)%2 == 0 {
					balance["a"]--
					balance["b"]++
				} else {
					balance["a"]++
					balance["b"]--
				}
				l.Unlock()
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("counter:", counter, "total:", balance["a"]+balance["b"])

	// Lock-free stack push counts with CAS on an index.
	var top int32 = -1
	slots := make([]int32, 100)
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(v int32) {
			defer wg.Done()
			for {
				t := atomic.LoadInt32(&top)
				if atomic.CompareAndSwapInt32(&top, t, t+1) {
					atomic.StoreInt32(&slots[t+1], v)
					return
				}
			}
		}(int32(i))
	}
	wg.Wait()
	var s int32
	for _, v := range slots {
		s += v
	}
	fmt.Println("top:", top, "sum:", s)
}
