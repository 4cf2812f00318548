package main

// The newest panic value is made text first: its String method dereferences nil, so the
// fatal error names the run-time error type, though an older, recovered panic value would
// also panic when printed.

import "fmt"

type E struct{}

func (E) Error() string { panic("inner") }

type N struct{ p *int }

func (n *N) String() string { return fmt.Sprint(*n.p) }

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r != nil)
		var n *N
		panic(n)
	}()
	panic(E{})
}
