// The collector scans only the registers a function may still read (Go's liveness maps): an
// object whose last use has passed is finalized while the function that held it still runs,
// and one used later, or kept with runtime.KeepAlive, is not.
package main

import (
	"fmt"
	"runtime"
)

type Obj struct {
	name string
	data [16]int
}

var finalized = map[string]bool{}
var done = make(chan string, 16)

func track(name string) *Obj {
	o := &Obj{name: name}
	runtime.SetFinalizer(o, func(o *Obj) { done <- o.name })
	return o
}

// collect runs collections until the finalizers they queue have run.
func collect() {
	for i := 0; i < 5; i++ {
		runtime.GC()
	}
	for {
		select {
		case n := <-done:
			finalized[n] = true
		default:
			return
		}
	}
}

func use(o *Obj) int { return len(o.name) }

func report(when string, names ...string) {
	fmt.Print(when, ":")
	for _, n := range names {
		fmt.Print(" ", n, "=", finalized[n])
	}
	fmt.Println()
}

func deadLocal() {
	o := track("local")
	use(o)
	collect()
	report("after last use", "local")
}

func passedAsArgument() {
	use(track("argument"))
	collect()
	report("argument after the call", "argument")
}

func keptAlive() {
	o := track("kept")
	collect()
	report("before KeepAlive", "kept")
	runtime.KeepAlive(o)
}

func usedLater() {
	o := track("later")
	collect()
	report("before its last use", "later")
	fmt.Println("uses", use(o))
}

func received() {
	c := make(chan *Obj, 1)
	c <- track("received")
	for o := range c {
		use(o)
		close(c)
	}
	collect()
	report("after the loop", "received")
}

func namedResult() (r *Obj) {
	r = track("result")
	defer func() {
		collect()
		report("in a deferred call", "result")
	}()
	return r
}

func main() {
	deadLocal()
	passedAsArgument()
	keptAlive()
	usedLater()
	received()
	r := namedResult()
	report("returned", "result")
	use(r)
	collect()
	report("at the end", "local", "argument", "kept", "later", "received", "result")
}
