// WithValue: lookups walk the chain from the innermost context outwards, the innermost
// binding of a key wins, keys of different types never collide even when their values are
// equal, and values are seen through cancelable and timer contexts in the chain. A nil key,
// an uncomparable key and a nil parent panic.
package main

import (
	"context"
	"fmt"
	"time"
)

type userKey struct{}
type reqKey string
type otherKey string
type idKey int

type point struct{ x, y int }

func get(ctx context.Context, k any) string {
	v := ctx.Value(k)
	if v == nil {
		return "<nil>"
	}
	return fmt.Sprint(v)
}

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%s: panic: %v\n", name, recover())
	}()
	f()
}

func main() {
	bg := context.Background()
	c1 := context.WithValue(bg, userKey{}, "gopher")
	c2 := context.WithValue(c1, reqKey("id"), 42)
	c3, cancel := context.WithCancel(c2)
	defer cancel()
	c4 := context.WithValue(c3, otherKey("id"), "other")
	c5, cancel5 := context.WithTimeout(c4, time.Hour)
	defer cancel5()
	c6 := context.WithValue(c5, reqKey("id"), 43) // shadows c2's binding
	c7 := context.WithValue(c6, point{1, 2}, "p12")
	c8 := context.WithValue(c7, idKey(7), nil) // a nil value is a value

	fmt.Println("user:", get(c8, userKey{}))
	fmt.Println("reqKey id (innermost):", get(c8, reqKey("id")))
	fmt.Println("reqKey id from c5:", get(c5, reqKey("id")))
	fmt.Println("otherKey id:", get(c8, otherKey("id")))
	fmt.Println("plain string id:", get(c8, "id"))
	fmt.Println("point{1,2}:", get(c8, point{1, 2}))
	fmt.Println("point{2,1}:", get(c8, point{2, 1}))
	fmt.Println("idKey(7):", get(c8, idKey(7)))
	fmt.Println("int 7:", get(c8, 7))
	fmt.Println("from background:", get(bg, userKey{}))
	fmt.Println("c1 does not see later bindings:", get(c1, reqKey("id")))

	// Typed accessors, as the package documentation recommends.
	if u, ok := c8.Value(userKey{}).(string); ok {
		fmt.Println("typed user:", u)
	}
	if n, ok := c8.Value(reqKey("id")).(int); ok {
		fmt.Println("typed id + 1:", n+1)
	}

	// Pointer keys compare by identity.
	k1, k2 := new(int), new(int)
	pc := context.WithValue(bg, k1, "first")
	fmt.Println("pointer key k1:", get(pc, k1), "k2:", get(pc, k2))

	// Values survive cancellation.
	cancel()
	fmt.Println("after cancel, err:", c8.Err(), "user:", get(c8, userKey{}))

	// A long chain.
	c := context.Context(bg)
	for i := 0; i < 1000; i++ {
		c = context.WithValue(c, idKey(i), i*i)
	}
	fmt.Println("chain of 1000:", get(c, idKey(0)), get(c, idKey(500)), get(c, idKey(999)), get(c, idKey(1000)))

	try("nil key", func() { _ = context.WithValue(bg, nil, 1) })
	try("slice key", func() { _ = context.WithValue(bg, []int{1}, 1) })
	try("map key", func() { _ = context.WithValue(bg, map[string]int{}, 1) })
	try("func key", func() { _ = context.WithValue(bg, func() {}, 1) })
	try("nil parent (WithValue)", func() { _ = context.WithValue(nil, userKey{}, 1) })
	try("nil parent (WithCancel)", func() {
		_, cancel := context.WithCancel(nil)
		cancel()
	})
	try("nil parent (WithDeadline)", func() {
		_, cancel := context.WithDeadline(nil, time.Now())
		cancel()
	})
	try("nil parent (WithTimeout)", func() {
		_, cancel := context.WithTimeout(nil, time.Second)
		cancel()
	})

	// A comparable struct type is a valid key even when it holds an interface.
	type holder struct{ v any }
	hc := context.WithValue(bg, holder{1}, "holder")
	fmt.Println("holder key:", get(hc, holder{1}))
}
