// Named types, underlying types, conversions between them.
package main

import (
	"fmt"
	"strings"
)

type Meters float64
type Feet float64
type Name string
type IntList []int
type Set map[string]bool
type Handler func(int) int
type Point struct{ X, Y int }
type Vec Point

func (m Meters) ToFeet() Feet { return Feet(m * 3.28084) }
func (n Name) Upper() Name    { return Name(strings.ToUpper(string(n))) }
func (l IntList) Sum() int {
	t := 0
	for _, v := range l {
		t += v
	}
	return t
}
func (s Set) Add(k string) Set    { s[k] = true; return s }
func (h Handler) Twice(x int) int { return h(h(x)) }
func (v Vec) Len2() int           { return v.X*v.X + v.Y*v.Y }

func main() {
	m := Meters(100)
	fmt.Printf("%.2f %T\n", m.ToFeet(), m.ToFeet())
	var n Name = "gopher"
	fmt.Println(n.Upper(), len(n), n[0])
	l := IntList{1, 2, 3, 4}
	fmt.Println(l.Sum(), len(l), l[1:].Sum())
	l2 := append(l, 5)
	fmt.Printf("%T %v\n", l2, l2.Sum())
	var plain []int = l
	fmt.Println(IntList(plain[:2]).Sum())
	s := Set{}
	s.Add("a").Add("b")
	fmt.Println(len(s), s["a"], s["z"])
	h := Handler(func(x int) int { return x * 3 })
	fmt.Println(h.Twice(2))
	p := Point{3, 4}
	v := Vec(p)
	fmt.Println(v.Len2(), Point(v) == p)
	type Local int
	var loc Local = 5
	fmt.Printf("%T %v\n", loc, loc+1)
	fmt.Printf("%T %T %T\n", m, n, s)
}
