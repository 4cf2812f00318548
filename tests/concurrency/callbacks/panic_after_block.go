// A panic inside a callback that blocked first: fmt recovers it as Go's does, and a panic
// that escapes the callback (through a value printed by the runtime) is reported.
package main

import (
	"fmt"
	"time"
)

type flaky struct{ ch chan int }

func (f flaky) String() string {
	n := <-f.ch
	if n%2 == 1 {
		panic(fmt.Sprintf("odd %d", n))
	}
	return fmt.Sprint("even ", n)
}

type slowErr struct{}

func (slowErr) Error() string {
	time.Sleep(5 * time.Millisecond)
	return "slow error"
}

func main() {
	ch := make(chan int)
	go func() {
		for i := 0; i < 4; i++ {
			ch <- i
		}
	}()
	for i := 0; i < 4; i++ {
		fmt.Println(flaky{ch})
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(fmt.Sprint(flakyPanics{}))
	}()
	panic(slowErr{})
}

type flakyPanics struct{}

func (flakyPanics) String() string {
	time.Sleep(time.Millisecond)
	var m map[string]int
	m["x"] = 1
	return "unreachable"
}
