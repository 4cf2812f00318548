package main

// AfterFunc with a nil func: Go's runtime starts it with `go` when the timer fires, which is
// the fatal error "go of nil func value" (exit 2), not a panic the program could recover.

import (
	"fmt"
	"time"
)

func main() {
	defer func() { fmt.Println("never recovered:", recover()) }()
	time.AfterFunc(time.Millisecond, nil)
	fmt.Println("armed")
	time.Sleep(100 * time.Millisecond)
	fmt.Println("never")
}
