package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()          { c.n++ }
func (c Counter) Get() int       { return c.n }
func (c Counter) Label(p string) string { return p + c.name }

type Num int

func (n Num) Add(m int) Num { return n + Num(m) }
func (n *Num) Scale(k int)  { *n *= Num(k) }

func main() {
	c := Counter{name: "c"}
	inc := c.Inc // method value binds &c
	inc()
	inc()
	fmt.Println(c.n)
	get := c.Get // binds a copy of c now
	c.Inc()
	fmt.Println(get(), c.Get())
	// method expressions
	f := (*Counter).Inc
	f(&c)
	g := Counter.Get
	fmt.Println(g(c))
	h := Counter.Label
	fmt.Println(h(c, "name:"))
	hp := (*Counter).Get
	fmt.Println(hp(&c))
	// method value on basic named type
	var n Num = 5
	add := n.Add
	n = 100
	fmt.Println(add(1), n.Add(1))
	sc := n.Scale
	sc(3)
	fmt.Println(n)
	// method values in a slice
	counters := []Counter{{name: "a"}, {name: "b"}}
	fns := []func(){counters[0].Inc, counters[1].Inc, counters[1].Inc}
	for _, fn := range fns {
		fn()
	}
	fmt.Println(counters)
	// method expression types
	fmt.Printf("%T\n", Counter.Label)
	fmt.Printf("%T\n", (*Counter).Inc)
	fmt.Printf("%T\n", c.Label)
	// pass method value as func param
	apply := func(fn func(int) Num, x int) Num { return fn(x) }
	fmt.Println(apply(Num(7).Add, 3))
}
