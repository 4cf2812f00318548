package main

import (
	"fmt"
	"sort"
	"sync"
)

type Cache struct {
	mu   sync.RWMutex
	data map[string]string
}

func (c *Cache) Get(k string) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k, v string) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func main() {
	c := &Cache{data: map[string]string{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Set(fmt.Sprintf("k%d", i), fmt.Sprintf("v%d", i*i))
		}(i)
	}
	wg.Wait()
	hits := make([]string, 0)
	var hmu sync.Mutex
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if v, ok := c.Get(fmt.Sprintf("k%d", i)); ok {
				hmu.Lock()
				hits = append(hits, v)
				hmu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	sort.Strings(hits)
	fmt.Println(len(hits), hits)

	// Several readers hold the read lock at the same time.
	var rw sync.RWMutex
	const readers = 5
	holding := make(chan bool)
	release := make(chan bool)
	for i := 0; i < readers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			holding <- true
			<-release
			rw.RUnlock()
		}()
	}
	for i := 0; i < readers; i++ {
		<-holding
	}
	fmt.Println("readers holding the lock together:", readers)
	fmt.Println("writer can enter now:", rw.TryLock())
	close(release)
	wg.Wait()
	fmt.Println("writer can enter after readers left:", rw.TryLock())
	rw.Unlock()

	// A writer waits for the readers; the readers see the old value.
	value := 1
	rw.RLock()
	written := make(chan bool)
	go func() {
		rw.Lock()
		value = 2
		rw.Unlock()
		written <- true
	}()
	fmt.Println("reader sees", value)
	rw.RUnlock()
	<-written
	rw.RLock()
	fmt.Println("after writer", value)
	rw.RUnlock()

	// RLocker returns a Locker on the read side.
	l := rw.RLocker()
	l.Lock()
	l.Lock()
	l.Unlock()
	l.Unlock()
	fmt.Println("RLocker ok")
}
