package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error: %v)\n", name, r, isRuntime)
	}()
	f()
}

func main() {
	try("send on closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("close of closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("close of nil", func() {
		var c chan int
		close(c)
	})
	try("send on closed in select", func() {
		c := make(chan int)
		close(c)
		select {
		case c <- 1:
		default:
		}
	})

	// A sender blocked on a channel panics when another goroutine closes it.
	c := make(chan int)
	result := make(chan string)
	go func() {
		defer func() { result <- fmt.Sprint("blocked sender: ", recover()) }()
		c <- 1
	}()
	// Wait until the sender is (very likely) blocked, then close.
	for i := 0; i < 100; i++ {
		runtime.Gosched()
	}
	close(c)
	fmt.Println(<-result)
}
