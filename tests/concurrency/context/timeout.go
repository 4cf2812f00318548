// WithTimeout and WithDeadline: the context's Done closes when the time comes and Err is then
// context.DeadlineExceeded ("context deadline exceeded", a net.Error-like value with
// Timeout() true); canceling first gives context.Canceled and stops the timer; a child's
// deadline is never later than its parent's; a deadline in the past is exceeded at once.
// Only facts that do not depend on timing precision are printed.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	bg := context.Background()

	// A short timeout expires.
	start := time.Now() // taken before the timer starts, so the comparison below cannot fail
	ctx, cancel := context.WithTimeout(bg, 20*time.Millisecond)
	<-ctx.Done()
	elapsed := time.Since(start)
	fmt.Println("expired:", ctx.Err())
	fmt.Println("elapsed >= 20ms:", elapsed >= 20*time.Millisecond)
	fmt.Println("is DeadlineExceeded:", errors.Is(ctx.Err(), context.DeadlineExceeded))
	cancel() // after expiry: Err stays DeadlineExceeded
	fmt.Println("after cancel:", ctx.Err())

	var te interface{ Timeout() bool }
	fmt.Println("Timeout():", errors.As(ctx.Err(), &te) && te.Timeout())
	tmp, ok := ctx.Err().(interface{ Temporary() bool })
	fmt.Println("Temporary():", ok && tmp.Temporary())

	// Canceled before the deadline.
	ctx2, cancel2 := context.WithTimeout(bg, time.Hour)
	cancel2()
	fmt.Println("canceled before deadline:", ctx2.Err())

	// Deadline reports the time given.
	d := time.Now().Add(time.Hour)
	ctx3, cancel3 := context.WithDeadline(bg, d)
	got, ok := ctx3.Deadline()
	fmt.Println("Deadline:", got.Equal(d), ok)

	// A child cannot outlive its parent's deadline: asking for a later one keeps the parent's.
	child, cancelChild := context.WithDeadline(ctx3, d.Add(time.Hour))
	cd, ok := child.Deadline()
	fmt.Println("child keeps parent's deadline:", cd.Equal(d), ok)
	// An earlier one is its own.
	early := d.Add(-30 * time.Minute)
	child2, cancelChild2 := context.WithDeadline(ctx3, early)
	cd2, _ := child2.Deadline()
	fmt.Println("child with earlier deadline:", cd2.Equal(early))
	cancel3()
	fmt.Println("children canceled with parent:", child.Err(), "/", child2.Err())
	cancelChild()
	cancelChild2()

	// A deadline already in the past.
	past, cancelPast := context.WithDeadline(bg, time.Now().Add(-time.Second))
	select {
	case <-past.Done():
		fmt.Println("past deadline: done at once:", past.Err())
	default:
		fmt.Println("past deadline: not done (wrong)")
	}
	cancelPast()
	fmt.Println("past deadline after cancel:", past.Err())
	zero, cancelZero := context.WithTimeout(bg, 0)
	fmt.Println("zero timeout:", zero.Err())
	cancelZero()

	// The parent's timeout cancels a plain child with DeadlineExceeded too.
	p, pc := context.WithTimeout(bg, 15*time.Millisecond)
	defer pc()
	c, cc := context.WithCancel(p)
	defer cc()
	v := context.WithValue(c, "k", "v")
	<-v.Done()
	fmt.Println("grandchild of an expired parent:", v.Err())

	// Nested timeouts: the shorter one fires first, the outer is still live.
	outer, oc := context.WithTimeout(bg, time.Hour)
	inner, ic := context.WithTimeout(outer, 10*time.Millisecond)
	<-inner.Done()
	fmt.Println("inner:", inner.Err(), "outer:", outer.Err())
	ic()
	oc()
	fmt.Println("outer after cancel:", outer.Err())

	// Many timers at once, all expiring.
	const n = 50
	ctxs := make([]context.Context, n)
	cancels := make([]context.CancelFunc, n)
	for i := 0; i < n; i++ {
		ctxs[i], cancels[i] = context.WithTimeout(bg, time.Duration(i%5+1)*time.Millisecond)
	}
	expired := 0
	for i := 0; i < n; i++ {
		<-ctxs[i].Done()
		if ctxs[i].Err() == context.DeadlineExceeded {
			expired++
		}
		cancels[i]()
	}
	fmt.Println("expired timers:", expired, "of", n)
}
