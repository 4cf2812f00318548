// With GOMAXPROCS(1), an Error method spins until a time.AfterFunc callback sets a flag: the
// spinning callback is preempted, so the timer fires and its goroutine runs.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

type spinErr struct{ flag *int32 }

func (e spinErr) Error() string {
	for atomic.LoadInt32(e.flag) == 0 {
	}
	return "flag set by AfterFunc"
}

func main() {
	runtime.GOMAXPROCS(1)
	var flag int32
	time.AfterFunc(5*time.Millisecond, func() { atomic.StoreInt32(&flag, 1) })
	var err error = spinErr{&flag}
	fmt.Println(err)
}
