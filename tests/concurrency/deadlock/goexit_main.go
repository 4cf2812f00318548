package main

import (
	"fmt"
	"runtime"
)

// When main calls Goexit the program keeps running its other goroutines; once they are
// all done, the runtime reports a deadlock of its own kind.

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("other goroutine runs to completion")
		close(done)
	}()
	<-done
	defer fmt.Println("main's defer runs on Goexit")
	runtime.Goexit()
}
