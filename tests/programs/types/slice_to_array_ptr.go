package main

import "fmt"

// Converting a slice to an array pointer: the pointer shares the slice's array; a slice
// shorter than the array panics (Go 1.19's message), a nil slice gives a nil pointer even
// for *[0]T, and a tagless switch compares an interface case with true.

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[3]int)(s)
	p[0] = 10
	fmt.Println(s, *p, len(p))
	q := (*[2]int)(s[2:])
	q[1] = 40
	fmt.Println(s, *q)
	var ns []int
	fmt.Println((*[0]int)(ns) == nil, (*[0]int)(s[:0]) == nil)
	try("short", func() {
		x := (*[5]int)(s)
		fmt.Println(x)
	})
	try("nil to non-empty", func() {
		x := (*[1]int)(ns)
		fmt.Println(x)
	})
	b := []byte("hello")
	h := (*[5]byte)(b)
	h[0] = 'j'
	fmt.Println(string(b))

	var i interface{} = false
	switch {
	case i:
		fmt.Println("wrong")
	default:
		fmt.Println("false is not true")
	}
	switch j := interface{}(true); {
	case j:
		fmt.Println("true is true")
	}
}
