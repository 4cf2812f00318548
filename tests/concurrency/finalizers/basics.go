// runtime.SetFinalizer: finalizers run after the object becomes unreachable and a collection
// finds it, one at a time, with the object as their argument (converted to the parameter's
// type); SetFinalizer(x, nil) removes one; an object a finalizer refers to is finalized in a
// later cycle, after the one referring to it.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"time"
)

type Node struct {
	name string
	next *Node
}

type Named interface{ Name() string }

func (n *Node) Name() string { return n.name }

var events = make(chan string, 100)

func waitFor(n int) []string {
	var got []string
	deadline := time.After(5 * time.Second)
	for len(got) < n {
		runtime.GC()
		select {
		case e := <-events:
			got = append(got, e)
		case <-time.After(time.Millisecond):
		case <-deadline:
			return append(got, "timeout")
		}
	}
	return got
}

//go:noinline
func makeGarbage() {
	for i := 0; i < 5; i++ {
		n := &Node{name: fmt.Sprint("n", i)}
		runtime.SetFinalizer(n, func(n *Node) { events <- "finalized " + n.name })
	}
	removed := &Node{name: "removed"}
	runtime.SetFinalizer(removed, func(n *Node) { events <- "must not run" })
	runtime.SetFinalizer(removed, nil)

	viaIface := &Node{name: "iface"}
	runtime.SetFinalizer(viaIface, func(x Named) { events <- "named " + x.Name() })
	viaAny := &Node{name: "any"}
	runtime.SetFinalizer(viaAny, func(x any) { events <- fmt.Sprintf("any %T", x) })
	withResults := &Node{name: "results"}
	runtime.SetFinalizer(withResults, func(n *Node) (int, error) { events <- "results " + n.name; return 1, nil })
}

//go:noinline
func makeChain() {
	b := &Node{name: "b"}
	a := &Node{name: "a", next: b}
	runtime.SetFinalizer(b, func(n *Node) { events <- "chain " + n.name })
	runtime.SetFinalizer(a, func(n *Node) { events <- "chain " + n.name + " -> " + n.next.name })
}

func main() {
	makeGarbage()
	got := waitFor(8)
	sort.Strings(got)
	for _, e := range got {
		fmt.Println(e)
	}

	makeChain()
	// a refers to b, so b stays reachable until a's finalizer has run: a first, then b.
	for _, e := range waitFor(2) {
		fmt.Println(e)
	}

	select {
	case e := <-events:
		fmt.Println("unexpected:", e)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("no more finalizers")
	}
}
