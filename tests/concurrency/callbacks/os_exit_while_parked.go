// os.Exit from one goroutine while main is parked inside a String method and another goroutine
// sleeps inside one: the exit code is the program's and nothing more is printed.
package main

import (
	"fmt"
	"os"
	"time"
)

type sleeper struct{}

func (sleeper) String() string {
	time.Sleep(time.Hour)
	return "unreachable"
}

type waiter struct{ ch chan bool }

func (w waiter) String() string {
	<-w.ch
	return "unreachable"
}

func main() {
	go fmt.Println(sleeper{})
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("exiting")
		os.Exit(3)
	}()
	fmt.Println(waiter{make(chan bool)})
}
