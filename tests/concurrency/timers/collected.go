package main

// Timers the program no longer references are collected once the runtime is done with them:
// timers that fired, timers and tickers that were stopped, and timers dropped without Stop
// once they have fired. Finalizers count them. (Each batch is made in a function of its own:
// its variables are then surely dead when main collects.)

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

const n = 200

var finalized int64

func count(p interface{}) {
	runtime.SetFinalizer(p, func(interface{}) { atomic.AddInt64(&finalized, 1) })
}

// collected collects until n objects were finalized since the last call, or gives up after
// about 2 s.
func collected() bool {
	defer atomic.StoreInt64(&finalized, 0)
	for i := 0; i < 200; i++ {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
		if atomic.LoadInt64(&finalized) >= n {
			return true
		}
	}
	return false
}

func firedTimers() {
	for i := 0; i < n; i++ {
		t := time.NewTimer(time.Millisecond)
		count(t)
		<-t.C
	}
}

func stoppedTimers() {
	for i := 0; i < n; i++ {
		t := time.NewTimer(time.Hour)
		count(t)
		t.Stop()
	}
}

func stoppedTickers() {
	for i := 0; i < n; i++ {
		tk := time.NewTicker(time.Millisecond)
		count(tk)
		<-tk.C
		tk.Stop()
	}
}

// Fired later, with nobody reading their channels.
func droppedTimers() {
	for i := 0; i < n; i++ {
		count(time.NewTimer(5 * time.Millisecond))
	}
}

func afterFuncs() {
	ran := make(chan bool, n)
	for i := 0; i < n; i++ {
		count(time.AfterFunc(time.Millisecond, func() { ran <- true }))
	}
	for i := 0; i < n; i++ {
		<-ran
	}
}

func main() {
	firedTimers()
	fmt.Println("fired timers collected:", collected())
	stoppedTimers()
	fmt.Println("stopped timers collected:", collected())
	stoppedTickers()
	fmt.Println("stopped tickers collected:", collected())
	droppedTimers()
	fmt.Println("dropped timers collected after firing:", collected())
	afterFuncs()
	fmt.Println("afterfunc timers collected:", collected())
}
