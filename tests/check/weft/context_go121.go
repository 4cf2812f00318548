// context's Go 1.20/1.21 API (WithCancelCause, Cause, AfterFunc, WithoutCancel,
// WithDeadlineCause, WithTimeoutCause) run by weft. The installed Go (1.19) cannot build this
// program, so its expected output, context_go121.out, is derived by hand from Go 1.21's
// documentation of these functions; each line's expectation is given beside the statement that
// prints it (the doc sentence it follows). Everything printed is a fact that does not depend on
// scheduling: goroutines started by AfterFunc report through channels.
//
// Run it: tests/programs/run_golden.sh WEFT tests/check/weft tests/check/weft/context_go121.go
// (ctest: weftonly_run). The weftonly test only type-checks it.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errA = errors.New("cause A")
var errB = errors.New("cause B")

func main() {
	bg := context.Background()

	fmt.Println("== WithCancelCause")
	// "Calling cancel with a non-nil error (the "cause") records that error in ctx; it can
	// then be retrieved using Cause(ctx)." ctx.Err() is still Canceled.
	ctx, cancel := context.WithCancelCause(bg)
	fmt.Println(context.Cause(ctx)) // <nil>: "Cause returns nil if c has not been canceled yet."
	fmt.Println(ctx)                // context.Background.WithCancel (a cancelCtx, as WithCancel's)
	cancel(errA)
	fmt.Println(ctx.Err(), "|", context.Cause(ctx)) // context canceled | cause A
	cancel(errB)                                    // "If the context has already been canceled, CancelCauseFunc does not set the cause."
	fmt.Println(context.Cause(ctx) == errA)         // true
	ctx2, cancel2 := context.WithCancelCause(bg)
	cancel2(nil)                                         // "Calling cancel with nil sets the cause to Canceled."
	fmt.Println(context.Cause(ctx2) == context.Canceled) // true

	fmt.Println("== causes in a tree")
	// "The first cancellation of c or one of its parents sets the cause."
	parent, pcancel := context.WithCancelCause(bg)
	child, ccancel := context.WithCancelCause(parent)
	value := context.WithValue(child, "k", "v")
	plain, plainCancel := context.WithCancel(value)
	defer plainCancel()
	pcancel(errA)
	fmt.Println(context.Cause(child), "|", context.Cause(value), "|", context.Cause(plain)) // cause A | cause A | cause A
	ccancel(errB)
	fmt.Println(context.Cause(child)) // cause A: already canceled by the parent
	// "if childContext is canceled with cause2 before parentContext is canceled with cause1,
	// then Cause(parentContext) == cause1 and Cause(childContext) == cause2"
	parent2, pcancel2 := context.WithCancelCause(bg)
	child2, ccancel2 := context.WithCancelCause(parent2)
	ccancel2(errB)
	pcancel2(errA)
	fmt.Println(context.Cause(parent2), "|", context.Cause(child2)) // cause A | cause B

	fmt.Println("== Cause without a cause")
	// "Otherwise Cause(c) returns the same value as c.Err()."
	c3, cancel3 := context.WithCancel(bg)
	cancel3()
	fmt.Println(context.Cause(c3) == context.Canceled) // true
	fmt.Println(context.Cause(bg))                     // <nil>
	t3, tcancel3 := context.WithTimeout(bg, time.Millisecond)
	<-t3.Done()
	fmt.Println(context.Cause(t3) == context.DeadlineExceeded) // true
	tcancel3()
	custom := &doneCtx{Context: bg, err: errB}
	fmt.Println(context.Cause(custom)) // cause B: not a package context, so its Err()

	fmt.Println("== WithTimeoutCause / WithDeadlineCause")
	// "WithTimeoutCause behaves like WithTimeout but also sets the cause of the returned
	// Context when the timeout expires. The returned CancelFunc does not set the cause."
	tc, tcancel := context.WithTimeoutCause(bg, 5*time.Millisecond, errA)
	<-tc.Done()
	fmt.Println(tc.Err(), "|", context.Cause(tc)) // context deadline exceeded | cause A
	tcancel()
	fmt.Println(tc.Err(), "|", context.Cause(tc)) // unchanged: context deadline exceeded | cause A
	tc2, tcancel2 := context.WithTimeoutCause(bg, time.Hour, errA)
	tcancel2()
	fmt.Println(tc2.Err(), "|", context.Cause(tc2)) // context canceled | context canceled
	dc, dcancel := context.WithDeadlineCause(bg, time.Now().Add(-time.Second), errB)
	fmt.Println(dc.Err(), "|", context.Cause(dc)) // context deadline exceeded | cause B: already past
	dcancel()
	// A child of a timer context that expires takes the parent's cause.
	tp, tpcancel := context.WithTimeoutCause(bg, 5*time.Millisecond, errB)
	tchild, tchildCancel := context.WithCancel(tp)
	<-tchild.Done()
	fmt.Println(tchild.Err(), "|", context.Cause(tchild)) // context deadline exceeded | cause B
	tchildCancel()
	tpcancel()

	fmt.Println("== AfterFunc")
	// "AfterFunc arranges to call f in its own goroutine after ctx is done."
	actx, acancel := context.WithCancel(bg)
	ran := make(chan string, 4)
	stop1 := context.AfterFunc(actx, func() { ran <- "f1" })
	stop2 := context.AfterFunc(actx, func() { ran <- "f2 (wrong: stopped)" })
	// "It returns true if the call stopped f from being run."
	fmt.Println("stop2 before cancel:", stop2()) // true
	fmt.Println("stop2 again:", stop2())         // false: "or f was already stopped"
	acancel()
	fmt.Println("ran:", <-ran) // f1
	// "If stop returns false, either the context is done and f has been started in its own
	// goroutine; or f was already stopped."
	fmt.Println("stop1 after it ran:", stop1()) // false
	// "If ctx is already done, AfterFunc calls f immediately in its own goroutine."
	stop3 := context.AfterFunc(actx, func() { ran <- "f3" })
	fmt.Println("ran:", <-ran)     // f3
	fmt.Println("stop3:", stop3()) // false
	// A context that is never done never runs f; stop stops it.
	stop4 := context.AfterFunc(bg, func() { ran <- "f4 (wrong)" })
	fmt.Println("stop4 on Background:", stop4()) // true
	// f runs after a timeout as well, and sees the context done.
	tctx, tctxCancel := context.WithTimeout(bg, 5*time.Millisecond)
	defer tctxCancel()
	context.AfterFunc(tctx, func() { ran <- "after timeout: " + tctx.Err().Error() })
	fmt.Println(<-ran) // after timeout: context deadline exceeded
	// "Multiple calls to AfterFunc on a context operate independently": 10 run, 10 stopped.
	mctx, mcancel := context.WithCancel(bg)
	counts := make(chan int, 20)
	var stops []func() bool
	for i := 0; i < 20; i++ {
		i := i
		stops = append(stops, context.AfterFunc(mctx, func() { counts <- i }))
	}
	stopped := 0
	for i := 0; i < 20; i += 2 {
		if stops[i]() {
			stopped++
		}
	}
	mcancel()
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-counts
	}
	fmt.Println("stopped:", stopped, "sum of the odd ones that ran:", sum) // stopped: 10 sum of the odd ones that ran: 100
	select {
	case v := <-counts:
		fmt.Println("an eleventh ran (wrong):", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("no stopped func ran") // no stopped func ran
	}

	fmt.Println("== AfterFunc method on a parent")
	// "If ctx has a "AfterFunc(func()) func() bool" method, AfterFunc will use it to schedule
	// the call." WithCancel uses it too, to learn when such a parent is done.
	ap := &afterFuncParent{doneCtx: doneCtx{Context: bg, err: errA}, fire: make(chan struct{})}
	ac, accancel := context.WithCancel(ap)
	fmt.Println("registered:", ap.registered) // registered: 1
	close(ap.fire)                            // the parent runs what was registered
	<-ac.Done()
	fmt.Println(ac.Err(), "|", context.Cause(ac)) // cause A | cause A: the parent's Err, and Cause(parent) is its Err
	accancel()
	ap2 := &afterFuncParent{doneCtx: doneCtx{Context: bg}, fire: make(chan struct{})}
	_, ac2cancel := context.WithCancel(ap2)
	ac2cancel()                                             // removing the child calls the stop function
	fmt.Println("stopped through the parent:", ap2.stopped) // stopped through the parent: 1

	fmt.Println("== WithoutCancel")
	// "WithoutCancel returns a copy of parent that is not canceled when parent is canceled.
	// The returned context returns no Deadline or Err, and its Done channel is nil. Calling
	// Cause on the returned context returns nil."
	wp, wpcancel := context.WithCancelCause(context.WithValue(bg, "user", "gopher"))
	wp2, wp2cancel := context.WithTimeout(wp, time.Hour)
	defer wp2cancel()
	w := context.WithoutCancel(wp2)
	wchild, wchildCancel := context.WithCancel(w)
	defer wchildCancel()
	fmt.Println(context.WithoutCancel(wp)) // context.Background.WithValue(type string, val gopher).WithCancel.WithoutCancel
	wpcancel(errA)
	_, hasDeadline := w.Deadline()
	fmt.Println(w.Done() == nil, w.Err(), hasDeadline) // true <nil> false
	fmt.Println(context.Cause(w))                      // <nil>
	fmt.Println(w.Value("user"))                       // gopher
	fmt.Println(wchild.Err(), context.Cause(wchild))   // <nil> <nil>: not canceled through w
	wchildCancel()
	fmt.Println(wchild.Err(), "|", context.Cause(wchild)) // context canceled | context canceled
	fmt.Println(context.WithoutCancel(bg))                // context.Background.WithoutCancel
	func() {
		defer func() { fmt.Println("panic:", recover()) }() // panic: cannot create context from nil parent
		_ = context.WithoutCancel(nil)
	}()
}

// doneCtx is a custom context that is already done with err (if err is set).
type doneCtx struct {
	context.Context
	err error
}

func (d *doneCtx) Err() error { return d.err }

// afterFuncParent is never done through a channel; it runs registered funcs when fire closes.
type afterFuncParent struct {
	doneCtx
	fire       chan struct{}
	registered int
	stopped    int
}

func (p *afterFuncParent) Done() <-chan struct{} { return p.fire }

func (p *afterFuncParent) AfterFunc(f func()) func() bool {
	p.registered++
	stopc := make(chan struct{})
	go func() {
		select {
		case <-p.fire:
			f()
		case <-stopc:
		}
	}()
	return func() bool {
		p.stopped++
		close(stopc)
		return true
	}
}
