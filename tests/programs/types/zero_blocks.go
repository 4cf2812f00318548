package main

// Zero values of struct and array types where Go produces them without an assignment: a
// missing map entry (plain and comma-ok), a failed comma-ok assertion (also of a nil
// interface), a receive from a closed channel (plain, comma-ok, select), and len of
// array-valued calls, map entries and receives; then conversions to float32 rounded once.

import "fmt"

type P struct {
	X, Y int
	S    string
}
type A [3]int
type I interface{ M() }

func (P) M() {}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	m := map[string]P{"a": {1, 2, "x"}}
	v, ok := m["missing"]
	fmt.Println(v, ok)
	v2 := m["missing"]
	fmt.Println(v2, m["a"])
	ma := map[int]A{1: {1, 2, 3}}
	fmt.Println(ma[2], len(ma[2]), ma[1])
	a, ok2 := ma[3]
	fmt.Println(a, ok2)
	var i interface{} = 5
	p, ok3 := i.(P)
	fmt.Println(p, ok3)
	ar, ok4 := i.(A)
	fmt.Println(ar, ok4)
	var ni interface{}
	p2, ok5 := ni.(P)
	fmt.Println(p2, ok5)
	var ii I
	p3, ok6 := ii.(P)
	fmt.Println(p3, ok6)
	switch x := ni.(type) {
	case P:
		fmt.Println("P", x)
	case A:
		fmt.Println("A", x)
	default:
		fmt.Println("default", x)
	}
	var j interface{} = A{4, 5, 6}
	switch x := j.(type) {
	case P:
		fmt.Println("P", x)
	case A:
		fmt.Println("A", x, len(x))
	}
	cp := make(chan P)
	close(cp)
	zp, okp := <-cp
	fmt.Println(zp, okp, <-cp)
	select {
	case zz, ok := <-cp:
		fmt.Println("select", zz, ok, zz.X+1)
	}
	var mm map[P]A
	fmt.Println(mm[P{}], len(mm[P{1, 2, "y"}]))
	zz := m["nope"]
	zz.X = 9
	fmt.Println(zz, m["nope"], len(m))
	c := make(chan A, 1)
	c <- A{1, 1, 1}
	fmt.Println(len(<-c))
	var big *[3000000000]byte
	fmt.Println(len(big))
	fmt.Println(float32(int64(1<<60 + 1<<36 + 1)))
	var u uint64 = 1<<63 + 1<<39 + 1
	fmt.Println(float32(u))
	var i64 int64 = -(1<<62 + 1<<38 + 1)
	fmt.Println(float32(i64), float32(uint32(1<<31+1<<7+1)), float32(int32(-(1<<30 + 1<<6 + 1))))
}
