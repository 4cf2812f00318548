package main

import (
	"fmt"
	"sort"
	"strings"
)

type Namer interface{ Name() string }
type Ager interface{ Age() int }
type Person interface {
	Namer
	Ager
	fmt.Stringer
}

// overlapping embedded methods are allowed (Go 1.14)
type A interface {
	Name() string
	Foo()
}
type B interface {
	Name() string
	Bar()
}
type AB interface {
	A
	B
}

type emp struct {
	name string
	age  int
}

func (e emp) Name() string   { return e.name }
func (e emp) Age() int       { return e.age }
func (e emp) String() string { return fmt.Sprintf("%s(%d)", e.name, e.age) }
func (e emp) Foo()           {}
func (e emp) Bar()           {}

type byAge []Person

func (b byAge) Len() int           { return len(b) }
func (b byAge) Less(i, j int) bool { return b[i].Age() < b[j].Age() }
func (b byAge) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

// struct embedding an interface
type LoudNamer struct {
	Namer
}

func (l LoudNamer) Name() string { return strings.ToUpper(l.Namer.Name()) + "!" }

func main() {
	people := []Person{emp{"ann", 40}, emp{"bob", 25}, emp{"cid", 33}}
	sort.Sort(byAge(people))
	fmt.Println(people)
	var ab AB = emp{"x", 1}
	fmt.Println(ab.Name())
	var n Namer = ab
	fmt.Println(n.Name())
	ln := LoudNamer{emp{"dan", 50}}
	fmt.Println(ln.Name())
	var n2 Namer = ln
	fmt.Println(n2.Name())
	_, isAger := n2.(Ager)
	fmt.Println("LoudNamer is Ager:", isAger)
	var pp Person = emp{"eve", 22}
	var st fmt.Stringer = pp
	fmt.Println(st, pp.Age())
}
