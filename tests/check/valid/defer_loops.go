// More defer/recover semantics: defers in loops, recover only in directly
// deferred calls, deferred method values, panics across nested calls.
package main

import (
	"errors"
	"fmt"
)

type Resource struct{ name string }

func (r *Resource) Close() { fmt.Println("close", r.name) }

func openAll(names ...string) {
	for _, n := range names {
		r := &Resource{n}
		defer r.Close()
	}
	fmt.Println("opened", len(names))
}

func helperRecover() interface{} { return recover() }

func indirectRecover() (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("outer caught: ", r)
		}
	}()
	defer func() {
		// recover called from a nested function does not stop the panic
		r := helperRecover()
		fmt.Println("helper saw:", r)
	}()
	panic("deep")
}

func level3() { panic(errors.New("level3 failed")) }
func level2() { defer fmt.Println("unwinding level2"); level3() }
func level1() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("level1: %v", r)
		}
	}()
	level2()
	return nil
}

func counter() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n += 10 }()
	}
	return 1
}

func deferEval() {
	x := 1
	p := &x
	defer fmt.Println("value at defer:", x, "pointer later:", *p)
	defer func(v int) { fmt.Println("param:", v, "closure:", x) }(x)
	x = 2
}

func recoverRepanic() (msg string) {
	defer func() { msg = fmt.Sprint("final: ", recover()) }()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint(r, " -> wrapped"))
		}()
		panic("inner")
	}()
	return "unreachable"
}

func main() {
	openAll("a", "b", "c")
	fmt.Println(indirectRecover())
	fmt.Println(level1())
	fmt.Println(counter())
	deferEval()
	fmt.Println(recoverRepanic())
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		var m map[int]int
		m[1]++
	}()
	fmt.Println("end")
}
