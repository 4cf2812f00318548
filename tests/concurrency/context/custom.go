// Contexts that are not the package's own: a custom Context with its own Done channel as a
// parent (the package watches it with a goroutine), a custom type that embeds a cancelable
// context (the package finds the cancelCtx inside through Value), and one that overrides
// Done (the package must not bypass it).
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// chanCtx is canceled by closing its channel.
type chanCtx struct {
	done chan struct{}
	mu   sync.Mutex
	err  error
}

func newChanCtx() *chanCtx { return &chanCtx{done: make(chan struct{})} }

func (c *chanCtx) Deadline() (time.Time, bool) { return time.Time{}, false }
func (c *chanCtx) Done() <-chan struct{}       { return c.done }
func (c *chanCtx) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}
func (c *chanCtx) Value(key any) any { return nil }
func (c *chanCtx) stop(err error) {
	c.mu.Lock()
	c.err = err
	c.mu.Unlock()
	close(c.done)
}

// wrapped embeds a context; its methods are the embedded ones.
type wrapped struct {
	context.Context
	tag string
}

// ownDone overrides Done with a channel of its own.
type ownDone struct {
	context.Context
	done chan struct{}
}

func (o ownDone) Done() <-chan struct{} { return o.done }

var errStopped = errors.New("stopped by its owner")

func main() {
	// 1. A custom parent.
	p := newChanCtx()
	child, cancel := context.WithCancel(p)
	defer cancel()
	grandchild := context.WithValue(child, "k", "v")
	fmt.Println(child)
	fmt.Println("before:", child.Err())
	p.stop(errStopped)
	<-grandchild.Done()
	fmt.Println("after the custom parent stops:", child.Err(), "/", grandchild.Err())

	// A child of a custom parent canceled by itself: the watcher goroutine ends too.
	p2 := newChanCtx()
	c2, cancel2 := context.WithCancel(p2)
	cancel2()
	fmt.Println("child canceled first:", c2.Err(), "parent:", p2.Err())
	p2.stop(errStopped)

	// A custom parent that is already done.
	p3 := newChanCtx()
	p3.stop(errStopped)
	c3, cancel3 := context.WithCancel(p3)
	defer cancel3()
	fmt.Println("child of a stopped custom parent:", c3.Err())

	// 2. Embedding a cancelable context.
	base, baseCancel := context.WithCancel(context.Background())
	w := wrapped{base, "w"}
	wc, wcCancel := context.WithCancel(w)
	defer wcCancel()
	fmt.Println(wc)
	baseCancel()
	<-wc.Done()
	fmt.Println("child of the wrapper:", wc.Err())

	// 3. A wrapper with its own Done: canceling what it embeds does not cancel the child,
	// closing its Done does.
	base2, base2Cancel := context.WithCancel(context.Background())
	od := ownDone{base2, make(chan struct{})}
	oc, ocCancel := context.WithCancel(od)
	defer ocCancel()
	base2Cancel()
	select {
	case <-oc.Done():
		fmt.Println("canceled through the embedded context (wrong)")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("embedded context canceled, child still live:", oc.Err())
	}
	close(od.done)
	<-oc.Done()
	fmt.Println("after its Done closes:", oc.Err())

	// 4. A timer context under a custom parent.
	p4 := newChanCtx()
	tc, tcancel := context.WithTimeout(p4, time.Hour)
	defer tcancel()
	p4.stop(context.DeadlineExceeded)
	<-tc.Done()
	fmt.Println("timer child of a custom parent:", tc.Err())
}
