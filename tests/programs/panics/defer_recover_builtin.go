// `defer recover()` defers the builtin itself: it recovers as a recover called by the function
// that deferred it would, so it stops a panic only when that function is itself a deferred call
// run by the panic (Go's test/recover1.go, tests 5-7).
package main

import "fmt"

func direct() (r string) {
	defer func() {
		if v := recover(); v != nil {
			r = fmt.Sprint("outer recovered ", v)
		}
	}()
	defer recover() // run by the panic: a no-op
	panic("direct")
}

func inDeferred() (r string) {
	r = "not recovered"
	defer func() {
		if v := recover(); v != nil {
			r = fmt.Sprint("outer recovered ", v)
		}
	}()
	defer func() {
		defer recover() // like a recover in this deferred function: stops the panic
	}()
	panic("in deferred")
}

func nested() (r string) {
	defer func() {
		r = fmt.Sprint("outer sees ", recover())
	}()
	defer func() {
		defer func() { fmt.Println("inner recovered", recover()) }()
		defer recover() // run by the panic of 3: a no-op
		panic(3)
	}()
	panic(2)
}

func notPanicking() string {
	defer recover()
	return "no panic"
}

func main() {
	fmt.Println(direct())
	fmt.Println(inDeferred())
	fmt.Println(nested())
	fmt.Println(notPanicking())
	go func() { defer recover() }()
	func() {
		defer recover()
		panic("unrecovered")
	}()
}
