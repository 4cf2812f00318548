package main

import (
	"errors"
	"fmt"
	"runtime"
)

// The dynamic types of the run-time errors Go panics with, as %T shows them, and that each
// is a runtime.Error.

type T struct{ x int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRt := r.(runtime.Error)
		err, isErr := r.(error)
		fmt.Printf("%s: %T %v runtime.Error=%v error=%v\n", name, r, r, isRt, isErr && err != nil)
	}()
	f()
}

var zero = 0
var negative = -1

func main() {
	s := []int{1, 2, 3}
	i := 5
	try("index", func() { _ = s[i] })
	try("slice", func() { _ = s[1:i] })
	try("slice3", func() { _ = s[:2:i] })
	try("string index", func() { _ = "abc"[i] })
	try("nil pointer", func() {
		var p *T
		_ = p.x
	})
	try("divide", func() { _ = 1 / zero })
	try("shift", func() { _ = 1 << negative })
	try("nil map", func() {
		var m map[string]int
		m["a"] = 1
	})
	try("unhashable", func() {
		m := map[interface{}]int{}
		m[[]int{1}] = 1
	})
	try("custom", func() { panic(errors.New("mine")) })
	try("string", func() { panic("text") })
}
