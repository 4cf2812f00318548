package main

import (
	"errors"
	"fmt"
	"strings"
)

// Method expressions and method values through every kind of receiver: value and pointer
// methods, named non-struct types, methods promoted through embedded structs and embedded
// pointers, interfaces that embed interfaces, and nil receivers that must panic when the
// value is evaluated.

type N int

func (n N) Double() N   { return n * 2 }
func (n *N) Inc()       { *n++ }
func (n N) Add(m N) N   { return n + m }
func (n *N) Get() N     { return *n }

type Str string

func (s Str) Upper() string { return strings.ToUpper(string(s)) }

type B struct{ v int }

func (b B) Get() int     { return b.v }
func (b *B) Set(v int)   { b.v = v }
func (b *B) P() string   { return fmt.Sprint("P", b.v) }

type W struct {
	x int
	B
}

type WP struct {
	x int
	*B
}

type Deep struct {
	name string
	W
}

type Getter interface{ Get() int }
type Setter interface{ Set(int) }
type GetSetter interface {
	Setter
	Getter
}

type Named interface {
	Name() string
}
type Both interface {
	Named
	fmt.Stringer
}
type thing struct{ n string }

func (t thing) Name() string   { return "name:" + t.n }
func (t thing) String() string { return "str:" + t.n }

// Through a parameter, so that gc cannot devirtualize the call (it would report a plain nil
// dereference): the method table's (*B).Get wrapper panics as Go's panicwrap.
func callGet(g Getter) { fmt.Println(g.Get()) }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	n := N(5)
	fmt.Println(N.Double(n), (*N).Double(&n), N.Add(n, 3), (*N).Add(&n, 4))
	(*N).Inc(&n)
	fmt.Println(n, (*N).Get(&n))
	fmt.Println(Str.Upper("abc"), (*Str).Upper(new(Str)))

	w := W{x: 1, B: B{v: 7}}
	fmt.Println(W.Get(w), (*W).Get(&w))
	(*W).Set(&w, 9)
	fmt.Println(w.Get(), (*W).P(&w))
	wp := WP{x: 2, B: &B{v: 3}}
	fmt.Println(WP.Get(wp), WP.P(wp), (*WP).Get(&wp))
	WP.Set(wp, 4)
	fmt.Println(wp.B.v)
	d := Deep{name: "d", W: W{B: B{v: 11}}}
	fmt.Println(Deep.Get(d), (*Deep).P(&d))

	var gs GetSetter = &B{v: 1}
	GetSetter.Set(gs, 21)
	fmt.Println(GetSetter.Get(gs), Getter.Get(gs))
	get := gs.Get
	set := gs.Set
	set(22)
	fmt.Println(get())
	var bo Both = thing{"t"}
	fmt.Println(Both.Name(bo), Both.String(bo), bo.Name(), bo)
	nm := Named.Name
	fmt.Println(nm(bo))

	// Method values evaluate their receiver when they are made.
	b := B{v: 1}
	g := b.Get
	b.v = 2
	fmt.Println(g(), b.Get())
	pb := &b
	p := pb.P
	pb.v = 3
	fmt.Println(p())

	try("nil interface method value", func() {
		var i Getter
		f := i.Get
		fmt.Println("made", f != nil)
	})
	try("nil interface method expression", func() {
		var i Getter
		fmt.Println(Getter.Get(i))
	})
	try("nil pointer value-method value", func() {
		var bp *B
		f := bp.Get
		fmt.Println("made", f != nil)
	})
	try("nil pointer method expression", func() {
		var bp *N
		fmt.Println((*N).Double(bp))
	})
	try("nil embedded pointer", func() {
		var x WP
		fmt.Println(x.Get())
	})
	try("defer of nil interface method", func() {
		var i Getter
		defer i.Get()
		fmt.Println("not reached")
	})
	try("embedded interface field", func() {
		type S struct{ Getter }
		s := S{Getter: &B{v: 8}}
		f := s.Get
		fmt.Println(f(), s.Get())
		var e S
		h := e.Get
		fmt.Println(h != nil)
	})
	try("value method through an interface holding a nil pointer", func() {
		var bp *B
		callGet(bp)
	})
	try("pointer method through an interface holding a nil pointer", func() {
		var bp *B
		var g GetSetter = bp
		fmt.Println(g.(*B) == nil)
		g.Set(1)
	})
	err := errors.New("boom")
	es := err.Error
	fmt.Println(es(), error.Error(err))
}
