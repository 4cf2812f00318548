package main

// `go f()` with a nil f is a fatal error at the go statement (Go's newproc), not a panic:
// the deferred recover does not run.

import "fmt"

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var f func()
	go f()
	fmt.Println("after")
}
