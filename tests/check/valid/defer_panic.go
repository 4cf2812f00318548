// defer ordering, argument evaluation, panic and recover.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func deferOrder() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func deferArgs() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	defer func() { fmt.Println("closure x =", x) }()
	x = 3
}

func recoverValue(f func()) (msg string) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case runtime.Error:
			msg = "recovered runtime.Error: " + r.Error()
		case error:
			msg = "recovered error: " + r.Error()
		default:
			msg = fmt.Sprintf("recovered %T: %v", r, r)
		}
	}()
	f()
	return "no panic"
}

func nested() (s string) {
	defer func() {
		r := recover()
		s = fmt.Sprint("outer recovered: ", r)
	}()
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprint("re-panic(", r, ")"))
		}
	}()
	panic("first")
}

type cleanup struct{ log []string }

func (c *cleanup) step(name string) func() {
	c.log = append(c.log, "open "+name)
	return func() { c.log = append(c.log, "close "+name) }
}

func work(c *cleanup) {
	defer c.step("a")()
	defer c.step("b")()
	c.log = append(c.log, "working")
}

func main() {
	deferOrder()
	deferArgs()
	fmt.Println(recoverValue(func() { panic("boom") }))
	fmt.Println(recoverValue(func() { panic(errors.New("err value")) }))
	fmt.Println(recoverValue(func() { panic(42) }))
	fmt.Println(recoverValue(func() {}))
	fmt.Println(recoverValue(func() {
		var a []int
		_ = a[3]
	}))
	fmt.Println(recoverValue(func() {
		var m map[string]int
		m["x"] = 1
	}))
	fmt.Println(recoverValue(func() {
		var p *struct{ x int }
		p.x = 1
	}))
	fmt.Println(recoverValue(func() {
		a, b := 1, 0
		_ = a / b
	}))
	fmt.Println(recoverValue(func() {
		var i interface{} = "s"
		_ = i.(int)
	}))
	fmt.Println(recoverValue(func() {
		s := []int{1, 2, 3}
		lo, hi := 2, 1
		_ = s[lo:hi]
	}))
	fmt.Println(nested())
	c := &cleanup{}
	work(c)
	fmt.Println(c.log)
	fmt.Println(recover()) // not panicking: nil
}
