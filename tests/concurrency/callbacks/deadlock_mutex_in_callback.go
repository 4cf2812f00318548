// A deadlock inside a callback with other goroutines also blocked: Error locks a Mutex that a
// goroutine holds while it waits for main, which is waiting inside Error.
package main

import (
	"fmt"
	"sync"
)

type guarded struct{ mu *sync.Mutex }

func (g guarded) Error() string {
	g.mu.Lock()
	defer g.mu.Unlock()
	return "guarded"
}

func main() {
	var mu sync.Mutex
	locked := make(chan bool)
	never := make(chan bool)
	go func() {
		mu.Lock()
		locked <- true
		<-never
		mu.Unlock()
	}()
	<-locked
	var err error = guarded{&mu}
	fmt.Println("error:", err)
}
