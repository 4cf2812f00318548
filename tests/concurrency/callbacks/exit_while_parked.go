// The program ends (main returns) while 50 goroutines are parked inside String methods and
// others inside Error methods wait on a Mutex: nothing more is printed, and the exit is clean.
package main

import (
	"fmt"
	"sync"
	"time"
)

type blocked struct{ ch chan int }

func (b blocked) String() string { return fmt.Sprint(<-b.ch) }

type locked struct{ mu *sync.Mutex }

func (l locked) Error() string {
	l.mu.Lock()
	return "unreachable"
}

func main() {
	var started sync.WaitGroup
	never := make(chan int)
	for i := 0; i < 50; i++ {
		started.Add(1)
		go func() {
			started.Done()
			fmt.Println("never printed", blocked{never})
		}()
	}
	var mu sync.Mutex
	mu.Lock()
	for i := 0; i < 10; i++ {
		started.Add(1)
		go func() {
			started.Done()
			var err error = locked{&mu}
			fmt.Println("never printed", err)
		}()
	}
	started.Wait()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main returns")
}
