// select, sync.Cond and sync.Once inside callbacks, and fmt.Fprint to a Writer whose Write
// sends on a channel to a reader goroutine.
package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

type selector struct {
	a, b chan string
	d    time.Duration
}

func (s selector) String() string {
	select {
	case v := <-s.a:
		return "a:" + v
	case v := <-s.b:
		return "b:" + v
	case <-time.After(s.d):
		return "timeout"
	}
}

type condVal struct {
	mu    *sync.Mutex
	cond  *sync.Cond
	ready *bool
}

func (c condVal) String() string {
	c.mu.Lock()
	for !*c.ready {
		c.cond.Wait()
	}
	c.mu.Unlock()
	return "cond ready"
}

type pipeWriter struct{ lines chan string }

func (p pipeWriter) Write(b []byte) (int, error) {
	p.lines <- string(b)
	return len(b), nil
}

var once sync.Once

type onceVal struct{}

func (onceVal) String() string {
	once.Do(func() { time.Sleep(5 * time.Millisecond) })
	return "once"
}

func main() {
	a, b := make(chan string), make(chan string)
	go func() { b <- "hello" }()
	fmt.Println(selector{a, b, time.Minute})
	go func() { a <- "world" }()
	fmt.Println(selector{a, b, time.Minute})
	fmt.Println(selector{nil, nil, 10 * time.Millisecond})

	var mu sync.Mutex
	ready := false
	cond := sync.NewCond(&mu)
	go func() {
		time.Sleep(5 * time.Millisecond)
		mu.Lock()
		ready = true
		mu.Unlock()
		cond.Broadcast()
	}()
	fmt.Println(condVal{&mu, cond, &ready})

	lines := make(chan string)
	got := make(chan string)
	go func() {
		var sb strings.Builder
		for l := range lines {
			sb.WriteString(l)
		}
		got <- sb.String()
	}()
	w := pipeWriter{lines}
	for i := 0; i < 3; i++ {
		fmt.Fprintf(w, "line %d\n", i)
	}
	fmt.Fprintln(w, onceVal{}, onceVal{})
	close(lines)
	fmt.Print(<-got)
}
