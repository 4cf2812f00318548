// Interfaces: satisfaction, dynamic dispatch, embedding, nil interfaces.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface{ Name() string }

type NamedShape interface {
	Shape
	Named
}

type Circle struct{ R float64 }
type Square struct{ S float64 }

func (c Circle) Area() float64       { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64  { return 2 * math.Pi * c.R }
func (c Circle) Name() string        { return "circle" }
func (s *Square) Area() float64      { return s.S * s.S }
func (s *Square) Perimeter() float64 { return 4 * s.S }
func (s *Square) Name() string       { return "square" }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func mayFail(fail bool) error {
	var e *MyErr
	if fail {
		e = &MyErr{42}
	}
	return e // non-nil interface holding a nil pointer when !fail
}

func properNil(fail bool) error {
	if fail {
		return &MyErr{7}
	}
	return nil
}

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	shapes := []NamedShape{Circle{1}, &Square{2}, Circle{0.5}, &Square{1}}
	for _, s := range shapes {
		fmt.Printf("%s %.3f %.3f\n", s.Name(), s.Area(), s.Perimeter())
	}
	var plain []Shape
	for _, s := range shapes {
		plain = append(plain, s)
	}
	sort.Sort(byArea(plain))
	for _, s := range plain {
		fmt.Printf("%T %.2f\n", s, s.Area())
	}

	var sh Shape
	fmt.Println(sh == nil)
	sh = Circle{2}
	var n Named = sh.(Named)
	fmt.Println(n.Name(), sh != nil)

	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	fmt.Println(mayFail(true), properNil(false) == nil, properNil(true))

	var any1 interface{} = 42
	var any2 any = 42
	fmt.Println(any1 == any2, any1 == 42, any1 != "42")
	var e1, e2 interface{}
	fmt.Println(e1 == e2, e1 == nil)
	e1, e2 = Circle{1}, Circle{1}
	fmt.Println(e1 == e2)
	e2 = Circle{2}
	fmt.Println(e1 == e2)
	sq := &Square{1}
	e1, e2 = sq, sq
	fmt.Println(e1 == e2, e1 == interface{}(&Square{1}))

	var st fmt.Stringer
	fmt.Println(st == nil)
	values := []interface{}{1, "a", 2.5, nil, Circle{1}, []int{1}}
	for _, v := range values {
		fmt.Printf("%v|", v)
	}
	fmt.Println()
}
