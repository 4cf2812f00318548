// Finding 010 (fixed: compiler/CheckDevirt.cpp): gc devirtualizes `i.M3(1)` when the local
// interface variable i is initialized from a concrete value and never reassigned, so a value
// method on a nil *S0 fails as a plain nil dereference; weft called through the interface and
// reported the method wrapper's message. (difftest, session of 2026-12-07)
//
// go:   recovered: runtime error: invalid memory address or nil pointer dereference
// weft: recovered: value method main.S0.M3 called using nil *S0 pointer
package main

import "fmt"

type S0 struct{ x int }

func (r S0) M3(a int32) int { return int(a) + 1 }

type I0 interface{ M3(int32) int }

type S3 struct{ f *S0 }

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	v := S3{}
	var i I0 = v.f
	fmt.Println(i.M3(1))
}
