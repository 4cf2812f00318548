// Finding 008: a panic recovered inside a deferred function that then panics again (recovered in
// turn by an outer deferred function) is not forgotten: when the program later dies of another,
// unrelated panic, weft prints the old one first, as Go prints a chain of panics that are still
// running ("panic: first [recovered]" then "\tpanic: final"). Go prints only "panic: final".
// (difftest seeds 32, 62, 65, 72, 100 of the final generator: blocks with a re-panicking defer,
// then main's final panic)
//
// go:   outer: again: first
// go:   still running
// go:   exit 2, stderr: panic: final
// weft: outer: again: first
// weft: still running
// weft: exit 2, stderr: panic: first [recovered]
// weft:                 	panic: final
package main

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
