package main

import (
	"errors"
	"fmt"
)

func safe(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			_, isErr := r.(error)
			msg = fmt.Sprintf("recovered (error=%v): %v", isErr, r)
		}
	}()
	f()
	return "no panic"
}

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

func helper() interface{} { return recover() }

func main() {
	fmt.Println(safe(func() {}))
	fmt.Println(safe(func() { panic("boom") }))
	fmt.Println(safe(func() { panic(42) }))
	fmt.Println(safe(func() { panic(errors.New("an error")) }))
	fmt.Println(safe(func() { panic(&MyErr{7}) }))
	fmt.Println(safe(func() { var a []int; _ = a[1] }))
	fmt.Println(safe(func() { var m map[string]int; m["x"] = 1 }))
	fmt.Println(safe(func() { x := 0; fmt.Println(10 / x) }))
	fmt.Println(safe(func() { var i interface{} = "str"; _ = i.(int) }))
	fmt.Println(safe(func() { var p *MyErr; fmt.Println(p.Code) }))
	fmt.Println(safe(func() { panic(fmt.Sprintf("formatted %d", 5)) }))
	// recover returns nil when not panicking
	fmt.Println(recover())
	// recover not called directly by deferred function does not stop panic... but here
	// helper IS the deferred function's callee, so it returns nil and the outer recover catches.
	fmt.Println(safe(func() {
		defer func() {
			r := helper()
			fmt.Println("helper got:", r)
		}()
		panic("deep")
	}))
	// runtime.Error interface
	fmt.Println(safe(func() {
		defer func() {
			r := recover()
			if err, ok := r.(error); ok {
				fmt.Println("is error:", err.Error())
			}
			panic("re-panic")
		}()
		var s []int
		s[5] = 1
	}))
	// recovered error value retains type
	func() {
		defer func() {
			r := recover()
			var me *MyErr
			if e, ok := r.(error); ok && errors.As(e, &me) {
				fmt.Println("code", me.Code)
			}
		}()
		panic(fmt.Errorf("wrap: %w", &MyErr{99}))
	}()
	fmt.Println("end")
}
