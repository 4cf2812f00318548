package main

import (
	"fmt"
	"sync"
)

var (
	config     map[string]string
	configOnce sync.Once
	loads      int
)

func loadConfig() {
	loads++
	config = map[string]string{"mode": "fast", "level": "3"}
}

func get(k string) string {
	configOnce.Do(loadConfig)
	return config[k]
}

func main() {
	var wg sync.WaitGroup
	results := make([]string, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%2 == 0 {
				results[i] = get("mode")
			} else {
				results[i] = get("level")
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("loads:", loads)
	fmt.Println(results[0], results[1], results[18], results[19])

	// Do with a different function on the same Once does nothing.
	configOnce.Do(func() { fmt.Println("never") })

	// All callers block until the first call returns.
	var once sync.Once
	ready := false
	slowInit := func() {
		for i := 0; i < 1000; i++ {
			_ = i * i
		}
		ready = true
	}
	seen := make(chan bool, 5)
	for i := 0; i < 5; i++ {
		go func() {
			once.Do(slowInit)
			seen <- ready
		}()
	}
	allReady := true
	for i := 0; i < 5; i++ {
		allReady = allReady && <-seen
	}
	fmt.Println("every caller saw ready:", allReady)

	// A panicking function counts as done.
	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Do(func() { panic("init failed") })
	}()
	called := false
	p.Do(func() { called = true })
	fmt.Println("called again:", called)

	// Once inside a struct.
	type lazy struct {
		once sync.Once
		val  int
	}
	l := &lazy{}
	for i := 0; i < 3; i++ {
		l.once.Do(func() { l.val += 10 })
	}
	fmt.Println("lazy value:", l.val)
}
