// Which operands of a tuple assignment are read ahead depends on what gc keeps in memory
// (walk/assign.go's readsMemory): after `x = ...` with x in memory, anything reading memory is
// copied before the assignments; with x a plain local, only what reads x. gc keeps in memory
// package variables, variables whose address is taken (&x, a pointer method called on x, x[:]
// of an array), variables captured by reference (reassigned after being captured, or in a loop
// that captures them) and, inside a closure, every captured variable.
package main

import "fmt"

type P struct{ f int }

type T struct{ v int }

func (t *T) M() {}

var G int

func report(name string) { fmt.Println(name, "->", recover()) }

func local(a []int, p *P, i int) {
	defer report("local")
	var x, y int
	x, y = p.f, a[i]
	fmt.Println(x, y)
}

func addressTaken(a []int, p *P, i int) {
	defer report("address taken")
	var x, y int
	_ = &x
	x, y = p.f, a[i]
	fmt.Println(x, y)
}

func pointerMethod(a []int, p *P, i int) {
	defer report("pointer method")
	var t T
	var y int
	t.M()
	t.v, y = p.f, a[i]
	fmt.Println(t, y)
}

func slicedArray(a []int, p *P, i int) {
	defer report("sliced array")
	var arr [2]int
	var y int
	_ = arr[:]
	arr[0], y = p.f, a[i]
	fmt.Println(arr, y)
}

func unslicedArray(a []int, p *P, i int) {
	defer report("array")
	var arr [2]int
	var y int
	arr[0], y = p.f, a[i]
	fmt.Println(arr, y)
}

func global(a []int, p *P, i int) {
	defer report("global")
	var y int
	G, y = p.f, a[i]
	fmt.Println(y)
}

func capturedByReference(a []int, p *P, i int) {
	defer report("captured by reference")
	x, y := 0, 0
	inc := func() { x++ }
	inc()
	x, y = p.f, a[i]
	fmt.Println(x, y)
}

func capturedByValue(p *P, k int) {
	defer report("captured by value")
	x, y := 0, 0
	x = k // before the capture: still captured by value
	show := func() { fmt.Sprint(x) }
	show()
	p.f, y = 1, 10/x
	fmt.Println(y)
}

// Reassigned before the capture, in a loop: still captured by value (escape analysis forgets
// the assignments before the first capture at the variable's own loop depth).
func reassignedInLoop(p *P, k int) {
	defer report("reassigned in a loop before the capture")
	x, y := 0, 0
	for n := 0; n < 1; n++ {
		x = k
	}
	show := func() { fmt.Sprint(x) }
	show()
	p.f, y = 1, 10/x
	fmt.Println(y)
}

// Captured in a loop and reassigned there: captured by reference.
func capturedInLoop(p *P, k int) {
	defer report("captured in a loop")
	x, y := 0, 0
	for n := 0; n < 1; n++ {
		show := func() { fmt.Sprint(x) }
		show()
		x = k
	}
	p.f, y = 1, 10/x
	fmt.Println(y)
}

func reassignedAfterCapture(p *P, k int) {
	defer report("reassigned after capture")
	x, y := 0, 0
	show := func() { fmt.Sprint(x) }
	show()
	x = k
	p.f, y = 1, 10/x
	fmt.Println(y)
}

// A closure called where it stands gets the variables it captures by value as parameters
// (walk's directClosureCall); any other closure reads them from memory.
func insideClosure(p *P, k int) {
	x := k
	func() {
		defer report("inside a closure called in place")
		y := 0
		p.f, y = 1, 10/x
		fmt.Println(y)
	}()
	f := func() {
		defer report("inside a closure")
		y := 0
		p.f, y = 1, 10/x
		fmt.Println(y)
	}
	f()
	defer func() {
		defer report("inside a deferred closure")
		y := 0
		p.f, y = 1, 10/x
		fmt.Println(y)
	}()
}

func defineAddressTaken(a []int, p *P, i int) {
	defer report("define, address taken")
	x, y := p.f, a[i]
	fmt.Println(&x != nil, y)
}

func defineLocal(a []int, p *P, i int) {
	defer report("define")
	x, y := p.f, a[i]
	fmt.Println(x, y)
}

func main() {
	var a []int
	var p *P
	local(a, p, 0)
	addressTaken(a, p, 0)
	pointerMethod(a, p, 0)
	slicedArray(a, p, 0)
	unslicedArray(a, p, 0)
	global(a, p, 0)
	capturedByReference(a, p, 0)
	capturedByValue(p, 0)
	reassignedInLoop(p, 0)
	capturedInLoop(p, 0)
	reassignedAfterCapture(p, 0)
	insideClosure(p, 0)
	defineAddressTaken(a, p, 0)
	defineLocal(a, p, 0)
}
