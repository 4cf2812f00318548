// Addressability and method sets: which receivers are callable where.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int  { return c.n }
func (c Counter) Bump() int { c.n += 100; return c.n } // modifies a copy

type Incer interface{ Inc() }
type Getter interface{ Get() int }

func main() {
	var c Counter
	c.Inc() // (&c).Inc()
	c.Inc()
	fmt.Println(c.Get(), c.Bump(), c.n)

	cs := []Counter{{}, {}}
	cs[0].Inc() // slice elements are addressable
	for i := range cs {
		cs[i].Inc()
	}
	for _, x := range cs {
		x.Inc() // copy
	}
	fmt.Println(cs[0].n, cs[1].n)

	arr := [2]Counter{}
	arr[1].Inc()
	fmt.Println(arr[1].Get())

	m := map[string]*Counter{"a": {}}
	m["a"].Inc()
	fmt.Println(m["a"].n)
	mv := map[string]Counter{"b": {5}}
	fmt.Println(mv["b"].Get()) // value method on non-addressable value is fine

	var g Getter = c // value satisfies Getter
	var g2 Getter = &c
	c.Inc()
	fmt.Println(g.Get(), g2.Get())

	var inc Incer = &c
	inc.Inc()
	fmt.Println(c.n)

	type Wrapper struct{ *Counter }
	w := Wrapper{&Counter{}}
	var inc2 Incer = w // *Counter embedded: Inc is in Wrapper's method set
	inc2.Inc()
	fmt.Println(w.n, w.Get())

	type ValWrapper struct{ Counter }
	vw := ValWrapper{}
	var inc3 Incer = &vw // only *ValWrapper has Inc
	inc3.Inc()
	vw.Inc()
	fmt.Println(vw.n)

	f := c.Get // evaluates receiver copy now
	c.Inc()
	fmt.Println(f(), c.Get())
	h := c.Inc // binds &c
	h()
	fmt.Println(c.n)
	getExpr := Counter.Get
	incExpr := (*Counter).Inc
	incExpr(&c)
	fmt.Println(getExpr(c))
}
