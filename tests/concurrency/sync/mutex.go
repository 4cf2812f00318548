package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[key]++
}

func (c *Counter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n[key]
}

func main() {
	c := Counter{n: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Inc("all")
				if j%10 == i%10 {
					c.Inc("some")
				}
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("all:", c.Value("all"), "some:", c.Value("some"))

	// Closures sharing one variable under a mutex.
	var mu sync.Mutex
	shared := 0
	var log []int
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			mu.Lock()
			shared += v
			log = append(log, v)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("shared:", shared, "entries:", len(log))

	// A zero Mutex is unlocked; Lock/Unlock can be called by different goroutines.
	var m sync.Mutex
	m.Lock()
	unlocked := make(chan bool)
	go func() {
		m.Unlock()
		unlocked <- true
	}()
	<-unlocked
	m.Lock()
	fmt.Println("locked again after another goroutine unlocked")
	m.Unlock()

	// sync.Locker interface.
	var l sync.Locker = &m
	l.Lock()
	l.Unlock()
	fmt.Println("Locker ok")

	// Mutual exclusion: at most one goroutine inside the critical section.
	inside, maxInside := 0, 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				m.Lock()
				inside++
				if inside > maxInside {
					maxInside = inside
				}
				inside--
				m.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("max inside:", maxInside)
}
