package main

import "runtime"

func main() {
	runtime.SetFinalizer(nil, func(x any) {})
}
