// Finding 005 (FIXED by commit 416911b, weft built 06:45 UTC on 2026-12-07; kept as a regression test):
// calling a value-receiver method through an interface (or an interface method value
// or method expression) that holds a nil *T panics in Go with
//   value method main.T.M called using nil *T pointer
// (the message of the compiler-generated (*T).M wrapper); weft reports a plain nil dereference.
// (*T).M(nil) already gives Go's message in weft. Note: gc gives the plain nil dereference too
// when it can devirtualize the call (the interface's dynamic type known at the call site), so
// the calls here go through parameters.
// (difftest seed 2156: `mv := a22.M1; mv()` in a helper function)
//
// go:   direct value method main.T.M called using nil *T pointer
// go:   method value value method main.T.M called using nil *T pointer
// go:   method expr value method main.T.M called using nil *T pointer
// go:   ptr method expr value method main.T.M called using nil *T pointer
// weft: direct runtime error: invalid memory address or nil pointer dereference
// weft: method value runtime error: invalid memory address or nil pointer dereference
// weft: method expr runtime error: invalid memory address or nil pointer dereference
// weft: ptr method expr value method main.T.M called using nil *T pointer
package main

import "fmt"

type T struct{ x int }

func (t T) M() int { return t.x }

type I interface{ M() int }

func try(name string, f func(I), i I) {
	defer func() { fmt.Println(name, recover()) }()
	f(i)
}

func direct(i I)      { i.M() }
func methodValue(i I) { f := i.M; f() }
func methodExpr(i I)  { I.M(i) }
func ptrExpr(i I)     { (*T).M(i.(*T)) }

func main() {
	var p *T
	try("direct", direct, p)
	try("method value", methodValue, p)
	try("method expr", methodExpr, p)
	try("ptr method expr", ptrExpr, p)
}
