package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Version int
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	var v atomic.Value
	fmt.Println("empty Load:", v.Load())
	v.Store(Config{"a", 1})
	c := v.Load().(Config)
	fmt.Printf("%+v\n", c)
	old := v.Swap(Config{"b", 2})
	fmt.Printf("swapped out %+v, now %+v\n", old, v.Load())
	fmt.Println(v.CompareAndSwap(Config{"a", 1}, Config{"c", 3}))
	fmt.Println(v.CompareAndSwap(Config{"b", 2}, Config{"c", 3}))
	fmt.Printf("%+v\n", v.Load())

	try("store nil", func() { v.Store(nil) })
	try("store other type", func() { v.Store("a string") })
	try("swap other type", func() { v.Swap(42) })
	var w atomic.Value
	try("swap nil", func() { w.Swap(nil) })
	fmt.Println("CAS on empty from nil:", w.CompareAndSwap(nil, 5), w.Load())

	// Copy-on-write configuration read by many goroutines.
	var cfg atomic.Value
	cfg.Store(map[string]int{"limit": 10})
	var wg sync.WaitGroup
	sum := int64(0)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m := cfg.Load().(map[string]int)
			atomic.AddInt64(&sum, int64(m["limit"]))
		}()
	}
	wg.Wait()
	fmt.Println("sum of limits:", sum)
	next := map[string]int{"limit": 20}
	cfg.Store(next)
	fmt.Println("new limit:", cfg.Load().(map[string]int)["limit"])

	// Storing pointers and interfaces with a consistent concrete type.
	var p atomic.Value
	p.Store(&Config{"ptr", 9})
	fmt.Println(p.Load().(*Config).Name)
	var e atomic.Value
	e.Store(fmt.Errorf("first"))
	e.Store(fmt.Errorf("second %d", 2))
	fmt.Println(e.Load())
}
