package main

import "fmt"

// Taking the address of a field through a nil pointer panics even when the field is at offset
// 0 (and so is the embedded zero-size struct a method is called on); so does the method
// receiver &p.M of a nil *M1.

type S struct {
	first  int
	second int
}

type M struct{}

func (m *M) F() int { return 1 }

type M1 struct{ M }

type Outer struct {
	in *S
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	var p *S
	var m1 *M1
	var o Outer
	try("&p.first", func() { fmt.Println(&p.first == nil) })
	try("&p.second", func() { fmt.Println(&p.second == nil) })
	try("&(*p).first", func() { fmt.Println(&(*p).first == nil) })
	try("m1.M.F()", func() { fmt.Println(m1.M.F()) })
	try("m1.F()", func() { fmt.Println(m1.F()) })
	try("&o.in.first", func() { fmt.Println(&o.in.first == nil) })
	q := &S{1, 2}
	fmt.Println(*(&q.first), *(&q.second))
}
