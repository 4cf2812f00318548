package main

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

// main calls runtime.Goexit; the goroutines started afterwards still run to their end, and the
// last one ends the program with os.Exit.
func main() {
	go func() {
		for i := 0; i < 3; i++ {
			done := make(chan bool)
			go func(i int) {
				fmt.Println("worker", i)
				done <- true
			}(i)
			<-done
			time.Sleep(time.Millisecond)
		}
		fmt.Println("all done")
		os.Exit(0)
	}()
	runtime.Goexit()
}
