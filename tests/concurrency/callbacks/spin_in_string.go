// With GOMAXPROCS(1), a String method spins until another goroutine sets a flag: the callback
// must be preempted (or yield) for the other goroutine to run.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

type spinner struct{ flag *int32 }

func (s spinner) String() string {
	n := 0
	for atomic.LoadInt32(s.flag) == 0 {
		n++
	}
	return "flag set"
}

type yielder struct{ flag *int32 }

func (y yielder) String() string {
	for atomic.LoadInt32(y.flag) == 0 {
		runtime.Gosched()
	}
	return "flag set after Gosched"
}

func main() {
	runtime.GOMAXPROCS(1)
	var f1, f2 int32
	go atomic.StoreInt32(&f1, 1)
	fmt.Println(spinner{&f1})
	go atomic.StoreInt32(&f2, 1)
	fmt.Println(yielder{&f2})
}
