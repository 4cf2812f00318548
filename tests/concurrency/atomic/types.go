package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Server struct {
	requests atomic.Int64
	errors   atomic.Int32
	running  atomic.Bool
	bytes    atomic.Uint64
	conns    atomic.Uint32
}

func main() {
	var i32 atomic.Int32
	fmt.Println(i32.Load(), i32.Add(3), i32.Add(-5), i32.Swap(10), i32.Load())
	fmt.Println(i32.CompareAndSwap(10, 11), i32.CompareAndSwap(10, 12), i32.Load())
	i32.Store(-1)
	fmt.Println(i32.Load())

	var i64 atomic.Int64
	i64.Store(1 << 40)
	fmt.Println(i64.Add(1), i64.Swap(0), i64.CompareAndSwap(0, -1), i64.Load())

	var u32 atomic.Uint32
	fmt.Println(u32.Add(1), u32.Add(^uint32(0)), u32.Add(^uint32(0)), u32.Swap(5), u32.CompareAndSwap(5, 6), u32.Load())

	var u64 atomic.Uint64
	u64.Store(100)
	fmt.Println(u64.Add(50), u64.Swap(7), u64.CompareAndSwap(8, 9), u64.Load())

	var b atomic.Bool
	fmt.Println(b.Load(), b.Swap(true), b.Load(), b.CompareAndSwap(false, true), b.CompareAndSwap(true, false), b.Load())
	b.Store(true)
	fmt.Println(b.Load())

	// Atomic types as struct fields shared by many goroutines.
	var s Server
	s.running.Store(true)
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s.conns.Add(1)
			for j := 0; j < 100; j++ {
				s.requests.Add(1)
				s.bytes.Add(uint64(j))
				if j%25 == 0 {
					s.errors.Add(1)
				}
			}
		}(i)
	}
	wg.Wait()
	s.running.Store(false)
	fmt.Println("requests", s.requests.Load(), "errors", s.errors.Load(), "bytes", s.bytes.Load(),
		"conns", s.conns.Load(), "running", s.running.Load())

	// A flag that lets exactly one goroutine proceed.
	var claimed atomic.Bool
	var winners atomic.Int32
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if claimed.CompareAndSwap(false, true) {
				winners.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("winners:", winners.Load())
}
