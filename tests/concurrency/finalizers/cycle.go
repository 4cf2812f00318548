// Objects in a cycle with a finalizer, or reachable from their own finalizer, are never
// finalized (the runtime cannot tell which to run first); plain garbage next to them is.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type T struct {
	name string
	peer *T
}

var ran = make(chan string, 10)

//go:noinline
func setup() {
	a := &T{name: "a"}
	b := &T{name: "b", peer: a}
	a.peer = b
	runtime.SetFinalizer(a, func(t *T) { ran <- t.name })

	self := &T{name: "self"}
	runtime.SetFinalizer(self, func(t *T) { ran <- t.name + " " + self.name })

	plain := &T{name: "plain"}
	runtime.SetFinalizer(plain, func(t *T) { ran <- t.name })
}

func main() {
	setup()
	deadline := time.Now().Add(300 * time.Millisecond)
	for time.Now().Before(deadline) {
		runtime.GC()
		select {
		case s := <-ran:
			fmt.Println("finalized:", s)
		case <-time.After(time.Millisecond):
		}
	}
}
