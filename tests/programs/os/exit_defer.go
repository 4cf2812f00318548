package main

import (
	"fmt"
	"os"
)

func cleanup() { fmt.Println("cleanup must not run") }

func main() {
	defer cleanup()
	defer fmt.Println("deferred print must not run")
	fmt.Println("before exit")
	func() {
		defer fmt.Println("inner defer runs (function returned normally)")
	}()
	os.Exit(3)
	fmt.Println("after exit")
}
