// sync.Mutex, RWMutex, Once and sync/atomic with many goroutines.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}

type Cache struct {
	mu   sync.RWMutex
	data map[int]int
}

func (c *Cache) Get(k int) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func main() {
	c := SafeCounter{m: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				if j%2 == 0 {
					c.Inc("even")
				} else {
					c.Inc("odd")
				}
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.Value("even"), c.Value("odd"))

	var ops int64
	var hits int32
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 500; j++ {
				atomic.AddInt64(&ops, 1)
			}
			atomic.AddInt32(&hits, 1)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&ops), atomic.LoadInt32(&hits))
	var flag int32
	fmt.Println(atomic.CompareAndSwapInt32(&flag, 0, 1), atomic.CompareAndSwapInt32(&flag, 0, 1), flag)
	var u atomic.Uint64
	u.Store(10)
	u.Add(5)
	fmt.Println(u.Load())

	var once sync.Once
	inits := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { inits++ })
		}()
	}
	wg.Wait()
	fmt.Println("inits:", inits)

	cache := &Cache{data: map[int]int{}}
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			cache.Set(i, i*i)
		}(i)
	}
	wg.Wait()
	var got []int
	for i := 0; i < 12; i++ {
		if v, ok := cache.Get(i); ok {
			got = append(got, v)
		}
	}
	sort.Ints(got)
	fmt.Println(got)

	var mu sync.Mutex
	var order []int
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	sort.Ints(order)
	fmt.Println(order)
}
