package main

// unsafe.Sizeof, Alignof and Offsetof are constants with gc's amd64 sizes: basic types, strings,
// slices, interfaces, arrays, structs with padding (and a byte after a final zero-sized field),
// fields of embedded structs, through a pointer to the struct, and in constant expressions.

import (
	"fmt"
	"unsafe"
)

type inner struct {
	a byte
	b int64
}

type T struct {
	x  bool
	y  int32
	s  string
	sl []int
	i  interface{}
	inner
	arr [3]int16
	m  map[int]int
	f  func()
	z  struct{}
}

type E struct{}

type Z struct {
	a int32
	e E
}

func main() {
	var t T
	fmt.Println(unsafe.Sizeof(t), unsafe.Alignof(t), unsafe.Sizeof(int(0)), unsafe.Sizeof("x"), unsafe.Sizeof(1.5))
	fmt.Println(unsafe.Offsetof(t.y), unsafe.Offsetof(t.s), unsafe.Offsetof(t.sl), unsafe.Offsetof(t.i), unsafe.Offsetof(t.inner), unsafe.Offsetof(t.b), unsafe.Offsetof(t.arr), unsafe.Offsetof(t.z))
	fmt.Println(unsafe.Sizeof(Z{}), unsafe.Sizeof([0]int64{}), unsafe.Sizeof([3]Z{}), unsafe.Alignof(t.y), unsafe.Sizeof(E{}))
	const c = unsafe.Sizeof(int32(0)) * 2
	var arr [c]byte
	fmt.Println(len(arr), unsafe.Sizeof(arr))
	fmt.Printf("%T\n", unsafe.Sizeof(t))
	p := &t
	fmt.Println(unsafe.Offsetof(p.b), unsafe.Offsetof(p.inner.b), unsafe.Alignof(p.arr), unsafe.Sizeof(p))
	var blank [unsafe.Sizeof(struct {
		a byte
		b int16
		c byte
	}{})]int
	fmt.Println(len(blank))
}
