package main

import (
	"fmt"
	"io"
	"strings"
)

type R interface{ Read() string }
type W interface{ Write(s string) }
type RW interface {
	W
	R
}
type A struct{ buf []string }

func (a *A) Read() string   { return strings.Join(a.buf, ",") }
func (a *A) Write(s string) { a.buf = append(a.buf, s) }

type I interface{ M() string }
type B struct{}

func (B) M() string { return "B.M" }

type S struct{ I }

type rc struct{ closed bool }

func (r *rc) Read(p []byte) (int, error) { return 0, io.EOF }
func (r *rc) Close() error               { r.closed = true; return nil }

func main() {
	var x RW = &A{}
	x.Write("a")
	x.Write("b")
	fmt.Println(x.Read())
	f := x.Read
	g := x.Write
	g("c")
	fmt.Println(f())
	s := S{I: B{}}
	h := s.M
	fmt.Println(h())
	var r io.ReadCloser = &rc{}
	n, err := r.Read(nil)
	fmt.Println(n, err, r.(*rc).closed)
	r.Close()
	fmt.Println(r.(*rc).closed)
	var rr R = x
	fmt.Println(rr.Read())
	m := RW.Read
	fmt.Println(m(x))
}
