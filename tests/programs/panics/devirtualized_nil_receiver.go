// gc devirtualizes a method call on a local interface variable that is initialized from a
// concrete value and never assigned again (cmd/compile/internal/devirtualize, at every
// optimization level): the call goes to the concrete method, so a value method on a nil pointer
// fails with a plain nil dereference, not with the wrapper's "value method main.S.M called using
// nil *S pointer". It qualifies: a variable defined with its value (var, :=, parallel forms, a
// conversion, a chain of such variables), never reassigned, not address-taken, not a parameter,
// called in the function that declares it. gc also devirtualizes what it inlines, which weft
// does not do: the //go:noinline functions keep such calls as written.
package main

import "fmt"

type S struct{ x int }

func (s S) M(a int) int { return s.x + a }

type I interface{ M(int) int }

type W struct{ *S }

type E struct{ I }

type V struct{ n int }

func (v V) M(a int) int { return v.n * a }

func try(name string, fn func()) {
	defer func() { fmt.Println(name, recover()) }()
	fn()
}

//go:noinline
func get() I { var p *S; return p }

//go:noinline
func call(f func() int) int { return f() }

func main() {
	var p *S
	try("var", func() { var i I = p; fmt.Println(i.M(1)) })
	try("define", func() { i := I(p); fmt.Println(i.M(1)) })
	try("chain", func() { var i I = p; j := i; fmt.Println(j.M(1)) })
	try("paren", func() { var i I = (p); fmt.Println((i).M(1)) })
	try("reassigned", func() { var i I = p; i = p; fmt.Println(i.M(1)) })
	try("address", func() { var i I = p; _ = &i; fmt.Println(i.M(1)) })
	try("captured-call-inside", func() {
		var i I = p
		f := func() int { return i.M(1) }
		fmt.Println(call(f))
	})
	try("captured-call-outside", func() {
		var i I = p
		f := func() I { return i }
		_ = f
		fmt.Println(i.M(1))
	})
	try("captured-reassigned", func() {
		var i I = p
		f := func() { i = V{2} }
		_ = f
		fmt.Println(i.M(1))
	})
	try("pair", func() { i, k := I(p), 1; fmt.Println(i.M(k)) })
	try("func result", func() { i := get(); fmt.Println(i.M(1)) })
	try("declared then assigned", func() { var i I; i = p; fmt.Println(i.M(1)) })
	try("value type", func() { var i I = V{3}; fmt.Println(i.M(2)) })
	try("promoted", func() { var i I = W{}; fmt.Println(i.M(1)) })
	try("promoted ptr", func() { var i I = &W{}; fmt.Println(i.M(1)) })
	try("embedded iface", func() { var i I = E{}; fmt.Println(i.M(1)) })
	try("method value", func() { var i I = p; f := i.M; fmt.Println(f(1)) })
	try("defer", func() { var i I = p; defer i.M(1); fmt.Println("deferred") })
	try("go", func() { var i I = p; go i.M(1); fmt.Println("started") })
	try("var group", func() {
		var (
			i I = p
			k   = 2
		)
		fmt.Println(i.M(k))
	})
	try("switch", func() {
		var i I = p
		switch i.M(1) {
		}
	})
	try("typeswitch", func() {
		var x interface{} = p
		switch i := x.(type) {
		case I:
			fmt.Println(i.M(1))
		}
	})
	try("incdec sibling", func() {
		var i I = V{4}
		n := 0
		n++
		fmt.Println(i.M(n))
	})
	try("param", func() { func(i I) { fmt.Println(i.M(1)) }(p) })
}
