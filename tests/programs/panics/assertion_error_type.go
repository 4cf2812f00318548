// A failed type assertion panics with a *runtime.TypeAssertionError, a runtime.Error; two types
// of the same name declared in different functions are told apart in its message.
package main

import (
	"fmt"
	"runtime"
)

type I interface{ M() }

var X interface{}

func local1() {
	type T struct{}
	X = T{}
}

func check(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: %T %v (runtime.Error: %v)\n", name, r, r, isRuntime)
	}()
	f()
}

func main() {
	check("concrete", func() { var x interface{} = "s"; _ = x.(int) })
	check("interface", func() { var x interface{} = 1; _ = x.(I) })
	check("nil", func() { var x interface{}; _ = x.(int) })
	check("nil to interface", func() { var x interface{}; _ = x.(I) })
	local1()
	check("scopes", func() {
		type T struct{}
		_ = X.(T)
	})
	check("error method", func() {
		defer func() {
			err := recover().(error)
			fmt.Println("as error:", err.Error())
		}()
		var x interface{} = 1.5
		_ = x.(string)
	})
}
