// Finding 007 (FIXED by commit 416911b, weft built 06:45 UTC on 2026-12-07; kept as a regression test):
// comparing arrays or structs whose interface elements/fields hold values of an
// uncomparable type panics in Go with "comparing uncomparable type T" (T the dynamic type);
// weft's message leaves the type name out (comparing the interfaces directly is right).
// (difftest seed 3111: `[2]I4{v20, &S1{...}} == ...` with S1 holding a slice)
//
// go:   iface runtime error: comparing uncomparable type main.S1
// go:   array runtime error: comparing uncomparable type main.S1
// go:   struct runtime error: comparing uncomparable type main.S1
// go:   map key runtime error: hash of unhashable type main.S1
// go:   slice elem runtime error: comparing uncomparable type []int
// weft: iface runtime error: comparing uncomparable type main.S1
// weft: array runtime error: comparing uncomparable type
// weft: struct runtime error: comparing uncomparable type
// weft: map key runtime error: hash of unhashable type main.S1
// weft: slice elem runtime error: comparing uncomparable type
package main

import "fmt"

type S1 struct{ f []int }

type P struct{ i interface{} }

func try(name string, f func() bool) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	var a, b interface{} = S1{}, S1{}
	try("iface", func() bool { return a == b })
	try("array", func() bool { return [2]interface{}{1, a} == [2]interface{}{1, b} })
	try("struct", func() bool { return P{a} == P{b} })
	try("map key", func() bool { m := map[interface{}]int{}; m[a] = 1; return true })
	try("slice elem", func() bool { return [1]interface{}{[]int{}} == [1]interface{}{[]int{}} })
}
