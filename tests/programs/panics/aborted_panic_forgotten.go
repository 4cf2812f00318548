package main

// A panic recovered in a deferred call that then panics again, recovered in turn, is gone:
// a later unrelated fatal panic prints only itself (difftest finding 008).

import "fmt"

func main() {
	func() {
		defer func() { fmt.Println("outer:", recover()) }()
		defer func() {
			r := recover()
			panic(fmt.Sprint("again: ", r))
		}()
		panic("first")
	}()
	fmt.Println("still running")
	panic("final")
}
