package main

import "runtime"

type T struct{ x int }

func main() {
	runtime.SetFinalizer(&T{1}, func(ts ...*T) {})
}
