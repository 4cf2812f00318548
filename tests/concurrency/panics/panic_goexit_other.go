package main

import (
	"errors"
	"fmt"
	"runtime"
)

// Panic values of several kinds are printed on the panic line; here an error.
// Goexit in one goroutine does not stop the others.

func main() {
	done := make(chan int)
	go func() {
		defer func() { done <- 1 }()
		runtime.Goexit()
	}()
	fmt.Println("goexit goroutine finished:", <-done)
	go func() {
		panic(errors.New("custom failure"))
	}()
	<-done
}
