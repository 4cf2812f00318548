package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }
func (c *Counter) Add(k int) { c.n += k }

type Valuer interface{ Value() int }
type Adder interface{ Add(int) }

type Wrapper struct{ Counter }
type PWrapper struct{ *Counter }

func main() {
	c := Counter{1}
	c.Add(2) // addressable: (&c).Add
	fmt.Println(c.Value())
	var v Valuer = c
	var v2 Valuer = &c
	c.Add(10)
	fmt.Println(v.Value(), v2.Value())
	var a Adder = &c
	a.Add(100)
	fmt.Println(c.n)
	w := Wrapper{Counter{5}}
	w.Add(1)
	var wv Valuer = w
	var wa Adder = &w
	wa.Add(1)
	fmt.Println(w.Value(), wv.Value())
	pw := PWrapper{&Counter{7}}
	var pa Adder = pw // *Counter embedded: Add promoted to value
	pa.Add(3)
	fmt.Println(pw.Value())
	counters := []Counter{{1}, {2}}
	counters[0].Add(10) // slice elements addressable
	fmt.Println(counters)
	m := map[string]*Counter{"a": {1}}
	m["a"].Add(4)
	fmt.Println(m["a"].Value())
}
