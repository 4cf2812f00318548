package main

import (
	"fmt"
	"sort"
	"sync"
)

// A bounded queue with two condition variables, and a start barrier with Broadcast.

type Queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	cap      int
}

func NewQueue(n int) *Queue {
	q := &Queue{cap: n}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	for len(q.items) == q.cap {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *Queue) Get() int {
	q.mu.Lock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	q.mu.Unlock()
	return v
}

func main() {
	q := NewQueue(2)
	go func() {
		for i := 1; i <= 10; i++ {
			q.Put(i)
		}
	}()
	var got []int
	for i := 0; i < 10; i++ {
		got = append(got, q.Get())
	}
	fmt.Println("in order through a 2-slot queue:", got)

	// Broadcast releases every waiter.
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	started := false
	waiting := 0
	var wg sync.WaitGroup
	var order []int
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			waiting++
			cond.Broadcast() // wake main, which waits for everyone to be waiting
			for !started {
				cond.Wait()
			}
			order = append(order, id)
			mu.Unlock()
		}(i)
	}
	mu.Lock()
	for waiting < 6 {
		cond.Wait()
	}
	started = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	sort.Ints(order)
	fmt.Println("all released:", order)

	// Signal with no waiter is a no-op; L is the locker.
	cond.Signal()
	cond.L.Lock()
	cond.L.Unlock()
	fmt.Println("done")
}
