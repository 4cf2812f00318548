// A tree of cancelable contexts: canceling a node cancels its whole subtree (through the
// parent's children set) and nothing above or beside it; canceling twice, or canceling a
// child after its parent, changes nothing; Err is nil until Done is closed and then
// context.Canceled, whose text is "context canceled".
package main

import (
	"context"
	"errors"
	"fmt"
)

type node struct {
	name   string
	ctx    context.Context
	cancel context.CancelFunc
}

func state(n node) string {
	select {
	case <-n.ctx.Done():
		return n.name + ": done, err=" + n.ctx.Err().Error()
	default:
		if n.ctx.Err() != nil {
			return n.name + ": not done but err set (wrong)"
		}
		return n.name + ": live"
	}
}

func show(title string, nodes []node) {
	fmt.Println("--", title)
	for _, n := range nodes {
		fmt.Println(state(n))
	}
}

func main() {
	root, rootCancel := context.WithCancel(context.Background())
	a, aCancel := context.WithCancel(root)
	b, bCancel := context.WithCancel(root)
	a1, a1Cancel := context.WithCancel(a)
	a2, a2Cancel := context.WithCancel(a)
	a1x, a1xCancel := context.WithCancel(a1)
	b1, b1Cancel := context.WithCancel(b)
	nodes := []node{
		{"root", root, rootCancel},
		{"a", a, aCancel},
		{"b", b, bCancel},
		{"a1", a1, a1Cancel},
		{"a2", a2, a2Cancel},
		{"a1x", a1x, a1xCancel},
		{"b1", b1, b1Cancel},
	}
	show("initially", nodes)

	a1Cancel()
	show("after cancel(a1)", nodes)

	aCancel()
	aCancel() // a second call does nothing
	show("after cancel(a) twice", nodes)

	// A child made from an already canceled parent is canceled at once.
	late, lateCancel := context.WithCancel(a)
	defer lateCancel()
	fmt.Println("late child of a:", late.Err())

	rootCancel()
	show("after cancel(root)", nodes)

	for _, n := range nodes {
		n.cancel() // canceling again after the parent is harmless
	}
	fmt.Println("errors.Is(b1.Err(), Canceled):", errors.Is(b1.Err(), context.Canceled))
	fmt.Println("b1.Err() == Canceled:", b1.Err() == context.Canceled)
	fmt.Println("same Done channel each call:", b1.Done() == b1.Done())

	// Background and TODO are never canceled: their Done is nil, Err is nil.
	fmt.Println("Background Done nil:", context.Background().Done() == nil, "Err:", context.Background().Err())
	fmt.Println("TODO Done nil:", context.TODO().Done() == nil, "Err:", context.TODO().Err())
	_, ok := context.Background().Deadline()
	fmt.Println("Background has deadline:", ok)

	// A deep chain: canceling the top reaches the bottom.
	top, topCancel := context.WithCancel(context.Background())
	c := top
	var cancels []context.CancelFunc
	for i := 0; i < 100; i++ {
		var cf context.CancelFunc
		c, cf = context.WithCancel(c)
		cancels = append(cancels, cf)
	}
	topCancel()
	<-c.Done()
	fmt.Println("bottom of a 100-deep chain:", c.Err())
	for _, cf := range cancels {
		cf()
	}
}
