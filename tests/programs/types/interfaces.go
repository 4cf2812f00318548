package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Circle struct{ R float64 }
type Square struct{ S float64 }
type Tri struct{ A, B, C float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (s *Square) Area() float64     { return s.S * s.S }
func (s *Square) Perimeter() float64 { return 4 * s.S }
func (t Tri) Perimeter() float64    { return t.A + t.B + t.C }
func (t Tri) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

type Named interface{ Name() string }

func (c Circle) Name() string { return "circle" }

func main() {
	shapes := []Shape{Circle{1}, &Square{2}, Tri{3, 4, 5}, Circle{0.5}}
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%T %.3f %.3f\n", s, s.Area(), s.Perimeter())
		total += s.Area()
		if n, ok := s.(Named); ok {
			fmt.Println("  named:", n.Name())
		}
	}
	fmt.Printf("total %.4f\n", total)
	var s Shape
	fmt.Println(s == nil)
	s = Circle{2}
	c, ok := s.(Circle)
	fmt.Println(c, ok)
	sq, ok := s.(*Square)
	fmt.Println(sq, ok, sq == nil)
	// interface equality
	var a, b interface{} = 1, 1
	fmt.Println(a == b, a != interface{}(2), interface{}("x") == "x")
	var s1, s2 Shape = Circle{1}, Circle{1}
	fmt.Println(s1 == s2)
	p := &Square{1}
	var s3, s4 Shape = p, p
	fmt.Println(s3 == s4, s3 == Shape(&Square{1}))
	// interface holding different dynamic types with same value
	var i1 interface{} = int32(5)
	var i2 interface{} = int64(5)
	fmt.Println(i1 == i2)
	// empty interface slice
	vals := []interface{}{1, "a", 2.5, nil, []int{1}, map[string]int{"k": 1}, Circle{3}, true}
	for _, v := range vals {
		fmt.Printf("%v(%T) ", v, v)
	}
	fmt.Println()
}
