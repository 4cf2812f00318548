// Behaviour of nil values of each kind.
package main

import (
	"errors"
	"fmt"
)

type T struct{ n int }

func (t *T) Safe() string {
	if t == nil {
		return "nil receiver handled"
	}
	return fmt.Sprint("n=", t.n)
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
	fmt.Printf("%s: ok\n", name)
}

func main() {
	var s []int
	var m map[string]int
	var p *T
	var f func()
	var i interface{}
	var e error
	var ch chan int
	fmt.Println(s == nil, m == nil, p == nil, f == nil, i == nil, e == nil, ch == nil)
	fmt.Println(len(s), cap(s), len(m), m["x"], s[:0] == nil, len(ch))
	for range s {
		fmt.Println("never")
	}
	for range m {
		fmt.Println("never")
	}
	s = append(s, 1)
	fmt.Println(s, p.Safe())
	delete(m, "x")
	v, ok := m["y"]
	fmt.Println(v, ok)

	try("write nil map", func() { m["a"] = 1 })
	try("deref nil pointer", func() { fmt.Println(p.n) })
	try("call nil func", func() { f() })
	try("close nil chan", func() { close(ch) })
	try("method on nil iface", func() { fmt.Println(e.Error()) })
	try("assert nil iface", func() { _ = i.(int) })
	try("index nil slice", func() { var z []int; _ = z[0] })
	try("copy to nil slice", func() { fmt.Println(copy([]int(nil), []int{1})) })
	try("send on closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("close twice", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("panic(nil error)", func() { panic(errors.New("custom")) })

	i = p
	fmt.Println(i == nil, i.(*T) == nil)
	select {
	case <-ch:
		fmt.Println("nil channel never ready")
	default:
		fmt.Println("default taken")
	}
}
