// atomic.Value read while another goroutine stores into it, on parallel workers: a Load sees
// either nothing or the whole stored value, never the new type with the old (nil) data.
// weft once copied the two-word interface plainly and a reader could get a nil channel here
// (about 1 in 2,000 loads).
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	const n = 200000
	vals := make([]atomic.Value, n)
	go func() {
		for i := 0; i < n; i++ {
			vals[i].Store(make(chan struct{}))
		}
	}()
	torn := 0
	for i := 0; i < n; i++ {
		var x any
		for x = vals[i].Load(); x == nil; x = vals[i].Load() {
		}
		if x.(chan struct{}) == nil {
			torn++
		}
	}
	fmt.Println("torn reads:", torn)

	// Swap and CompareAndSwap against concurrent Stores: every value seen is one stored.
	var v atomic.Value
	v.Store(0)
	done := make(chan bool)
	go func() {
		for i := 1; i <= 100000; i++ {
			v.Store(i)
		}
		done <- true
	}()
	bad := 0
	for i := 0; i < 100000; i++ {
		if x := v.Swap(-1).(int); x < -1 || x > 100000 {
			bad++
		}
		v.CompareAndSwap(-1, 0)
	}
	<-done
	fmt.Println("bad values:", bad)
}
