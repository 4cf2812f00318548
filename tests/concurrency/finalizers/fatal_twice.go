package main

import "runtime"

type T struct{ x int }

func main() {
	t := &T{1}
	runtime.SetFinalizer(t, func(t *T) {})
	runtime.SetFinalizer(t, func(t *T) {})
}
