package main

import (
	"fmt"
	"sort"
	"strings"
)

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

func (l IntList) Len() int           { return len(l) }
func (l IntList) Less(i, j int) bool { return l[i] > l[j] }
func (l IntList) Swap(i, j int)      { l[i], l[j] = l[j], l[i] }

type Set map[string]struct{}

func (s Set) Add(k string)      { s[k] = struct{}{} }
func (s Set) Has(k string) bool { _, ok := s[k]; return ok }
func (s Set) Keys() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

type Alias = IntList

type PointA struct{ X, Y int }
type PointB struct{ X, Y int }

type Op func(int) int

func (o Op) Then(p Op) Op { return func(x int) int { return p(o(x)) } }

type Str string

func (s Str) Upper() Str { return Str(strings.ToUpper(string(s))) }

func main() {
	var l IntList
	for _, v := range []int{5, 1, 4, 2, 3} {
		l.Push(v)
	}
	fmt.Println(l, l.Sum(), len(l))
	sort.Sort(l)
	fmt.Println(l)
	var a Alias = l
	fmt.Printf("%T %v\n", a, a.Sum())
	s := Set{}
	s.Add("b")
	s.Add("a")
	s.Add("b")
	fmt.Println(s.Keys(), s.Has("a"), s.Has("z"), len(s))
	fmt.Println(s)
	c := Celsius(100)
	fmt.Println(c.ToF(), c.ToF().ToC(), Fahrenheit(-40).ToC())
	fmt.Printf("%T %T\n", c, c.ToF())
	pa := PointA{1, 2}
	pb := PointB(pa)
	fmt.Printf("%v %T %v %T\n", pa, pa, pb, pb)
	double := Op(func(x int) int { return x * 2 })
	inc := Op(func(x int) int { return x + 1 })
	fmt.Println(double.Then(inc)(5), inc.Then(double)(5))
	fmt.Println(Str("hello").Upper())
	fmt.Printf("%T %q\n", Str("x"), Str("x"))
	var raw []int = l
	fmt.Printf("%T %T\n", raw, IntList(raw))
	type Matrix [][]float64
	m := Matrix{{1, 2}, {3, 4}}
	fmt.Printf("%v %T\n", m, m)
}
