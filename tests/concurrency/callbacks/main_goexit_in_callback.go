// runtime.Goexit in main, inside a String method that slept first: main's deferred calls run,
// the other goroutine finishes, and then Go's Goexit deadlock.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type q struct{}

func (q) String() string {
	defer fmt.Println("deferred in String")
	time.Sleep(time.Millisecond)
	runtime.Goexit()
	return ""
}

func main() {
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("other goroutine done")
	}()
	fmt.Println(q{})
}
