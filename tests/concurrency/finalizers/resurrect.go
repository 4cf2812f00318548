// A finalizer may store its object somewhere reachable: the object lives on, and its finalizer,
// cleared when it was queued, does not run again unless it is set again.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type T struct {
	id  int
	pad [4]*int // not a tiny allocation: Go may never finalize those
}

var saved *T
var runs = make(chan int, 10)

//go:noinline
func setup() {
	t := &T{id: 7}
	runtime.SetFinalizer(t, func(t *T) {
		saved = t
		runs <- t.id
	})
}

//go:noinline
func setAgain() {
	t := &T{id: 8}
	runtime.SetFinalizer(t, func(t *T) { runs <- t.id })
	runtime.SetFinalizer(t, nil)
	runtime.SetFinalizer(t, func(t *T) { runs <- t.id * 10 })
}

func collectFor(d time.Duration) int {
	n := 0
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		runtime.GC()
		select {
		case <-runs:
			n++
		case <-time.After(time.Millisecond):
		}
	}
	return n
}

func main() {
	setup()
	fmt.Println("first round runs:", collectFor(300*time.Millisecond))
	fmt.Println("resurrected:", saved.id)
	saved = nil
	fmt.Println("second round runs:", collectFor(100*time.Millisecond))

	setAgain()
	fmt.Println("set again, runs:", collectFor(300*time.Millisecond))
}
