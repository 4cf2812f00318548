// A deferred call that a panic runs sees, through runtime.Callers, the frames the panic went
// through (Go runs deferred calls on top of them), and the line of the operation that panicked,
// which for an index is its '['. Only main's frames are printed: between the deferred call and
// the panicking function Go shows runtime frames (gopanic, goPanicIndex, sigpanic) of its own.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func show() {
	var pcs [20]uintptr
	n := runtime.Callers(2, pcs[:])
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "main.") {
			fmt.Printf("  %s %s:%d\n", f.Function, f.File[strings.LastIndex(f.File, "/")+1:], f.Line)
		}
		if f.Function == "main.main" || !more {
			break
		}
	}
}

func inner(a []int, i int) int {
	return a[ // the index panics here, at its '['
	i]
}

func middle(a []int) int { return inner(a, 5) + 1 }

func nilDeref(p *struct{ x int }) int {
	return p.x
}

func outer() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		show()
	}()
	middle([]int{1})
}

func outer2() {
	defer func() {
		fmt.Println("recovered:", recover())
		show()
	}()
	nilDeref(nil)
}

func main() {
	outer()
	outer2()
	func() {
		defer func() {
			recover()
			var pcs [20]uintptr
			n := runtime.Callers(1, pcs[:])
			var names []string
			frames := runtime.CallersFrames(pcs[:n])
			for {
				f, more := frames.Next()
				if strings.HasPrefix(f.Function, "main.") {
					names = append(names, f.Function)
				}
				if !more {
					break
				}
			}
			fmt.Println(strings.Join(names, " <- "))
		}()
		panic("direct")
	}()
}
