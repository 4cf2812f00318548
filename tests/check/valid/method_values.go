// Method values and method expressions.
package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Move(dx, dy int)  { p.X += dx; p.Y += dy }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Greeter interface{ Greet(string) string }

type English struct{}
type French struct{ polite bool }

func (English) Greet(n string) string { return "Hello, " + n }
func (f French) Greet(n string) string {
	if f.polite {
		return "Bonjour, " + n
	}
	return "Salut, " + n
}

func apply(f func(Point) Point, p Point) Point { return f(p) }

func main() {
	p := Point{1, 2}
	add := p.Add // bound to a copy of p
	p.X = 100
	fmt.Println(add(Point{10, 10}))

	move := p.Move // bound to &p
	move(1, 1)
	move(1, 1)
	fmt.Println(p)

	addExpr := Point.Add
	fmt.Println(addExpr(Point{1, 1}, Point{2, 2}))
	moveExpr := (*Point).Move
	moveExpr(&p, -102, -4)
	fmt.Println(p)
	strExpr := (*Point).String
	fmt.Println(strExpr(&p))

	fmt.Println(apply(Point{5, 5}.Add, Point{1, 2}))

	gs := []Greeter{English{}, French{true}, French{}}
	var fns []func(string) string
	for _, g := range gs {
		fns = append(fns, g.Greet)
	}
	for _, f := range fns {
		fmt.Println(f("Go"))
	}
	ifaceExpr := Greeter.Greet
	fmt.Println(ifaceExpr(French{true}, "Ada"))

	upper := strings.ToUpper
	repl := strings.NewReplacer("a", "4", "e", "3").Replace
	fmt.Println(upper(repl("release")))

	var sb strings.Builder
	write := sb.WriteString
	write("abc")
	write("def")
	fmt.Println(sb.String(), sb.Len())

	ptrs := []*Point{{1, 1}, {2, 2}}
	var moves []func(int, int)
	for _, pp := range ptrs {
		moves = append(moves, pp.Move)
	}
	for i, m := range moves {
		m(i*10, i*10)
	}
	fmt.Println(*ptrs[0], *ptrs[1], ptrs[1])
}
