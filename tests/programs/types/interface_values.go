package main

import "fmt"

type Mover interface{ Move(int) }

type Car struct{ pos int }

func (c *Car) Move(d int) { c.pos += d }

type Ghost struct{ pos int }

func (g Ghost) Move(d int) { g.pos += d } // value receiver: modifies copy

type Box struct{ v interface{} }

func main() {
	c := &Car{}
	var m Mover = c
	m.Move(5)
	m.Move(3)
	fmt.Println(c.pos)
	g := Ghost{}
	var mg Mover = g
	mg.Move(5)
	fmt.Println(g.pos, mg.(Ghost).pos)
	// interface holds a copy of a value
	type P struct{ X int }
	p := P{1}
	var i interface{} = p
	p.X = 2
	fmt.Println(i, p)
	// copying an interface copies the reference for pointer dynamic type
	var j interface{} = &p
	k := j
	k.(*P).X = 99
	fmt.Println(p, *(j.(*P)))
	// interface slice holds copies
	arr := [2]int{1, 2}
	items := []interface{}{arr, &arr}
	arr[0] = 100
	fmt.Println(items[0], *(items[1].(*[2]int)))
	b := Box{v: []int{1}}
	s := b.v.([]int)
	s[0] = 42
	fmt.Println(b.v)
	// interface comparison with non-comparable panics is in panics/; here comparable ones
	fmt.Println(interface{}(P{1}) == interface{}(P{1}), interface{}([2]int{}) == interface{}([2]int{}))
	var x, y interface{}
	fmt.Println(x == y, x == nil)
	y = 0
	fmt.Println(x == y)
}
