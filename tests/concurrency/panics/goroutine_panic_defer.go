package main

import (
	"fmt"
	"os"
)

// Deferred calls of the panicking goroutine run before the program dies; those of main
// do not.

func main() {
	defer fmt.Println("main's defer: never printed")
	block := make(chan bool)
	go func() {
		defer fmt.Println("goroutine defer 1")
		defer func() {
			fmt.Println("goroutine defer 2 sees the panic but re-panics")
			r := recover()
			fmt.Fprintln(os.Stdout, "recovered", r)
			panic(fmt.Sprint(r, " (again)"))
		}()
		var m map[string]int
		m["x"] = 1
	}()
	<-block
}
