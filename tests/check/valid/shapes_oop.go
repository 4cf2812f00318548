// Object-oriented style with interfaces and embedding: a scene of shapes
// with a shared base, interface hierarchies, type switches, visitors,
// sorting by multiple keys, and an ASCII renderer.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Point struct{ X, Y float64 }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) String() string    { return fmt.Sprintf("(%g,%g)", p.X, p.Y) }

type Shape interface {
	Area() float64
	Perimeter() float64
	Contains(p Point) bool
	Name() string
}

type Movable interface {
	Move(d Point)
}

type MovableShape interface {
	Shape
	Movable
}

// base holds the common state; embedded by all concrete shapes.
type base struct {
	id     int
	origin Point
	label  string
}

func (b *base) Move(d Point) { b.origin = b.origin.Add(d) }
func (b *base) Name() string { return fmt.Sprintf("%s#%d", b.label, b.id) }

type Circle struct {
	base
	R float64
}

type Rect struct {
	base
	W, H float64
}

type Triangle struct {
	base
	B, C Point // vertices relative to origin
}

func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) Contains(p Point) bool {
	dx, dy := p.X-c.origin.X, p.Y-c.origin.Y
	return dx*dx+dy*dy <= c.R*c.R
}

func (r *Rect) Area() float64      { return r.W * r.H }
func (r *Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r *Rect) Contains(p Point) bool {
	return p.X >= r.origin.X && p.X <= r.origin.X+r.W && p.Y >= r.origin.Y && p.Y <= r.origin.Y+r.H
}

func (t *Triangle) vertices() (Point, Point, Point) {
	return t.origin, t.origin.Add(t.B), t.origin.Add(t.C)
}

func (t *Triangle) Area() float64 {
	a, b, c := t.vertices()
	return math.Abs((b.X-a.X)*(c.Y-a.Y)-(c.X-a.X)*(b.Y-a.Y)) / 2
}

func (t *Triangle) Perimeter() float64 {
	a, b, c := t.vertices()
	d := func(p, q Point) float64 { return math.Hypot(p.X-q.X, p.Y-q.Y) }
	return d(a, b) + d(b, c) + d(c, a)
}

func (t *Triangle) Contains(p Point) bool {
	a, b, c := t.vertices()
	sign := func(p1, p2, p3 Point) float64 {
		return (p1.X-p3.X)*(p2.Y-p3.Y) - (p2.X-p3.X)*(p1.Y-p3.Y)
	}
	d1, d2, d3 := sign(p, a, b), sign(p, b, c), sign(p, c, a)
	neg := d1 < 0 || d2 < 0 || d3 < 0
	pos := d1 > 0 || d2 > 0 || d3 > 0
	return !(neg && pos)
}

type Scene struct {
	shapes []MovableShape
	nextID int
}

func (s *Scene) Add(sh MovableShape) {
	s.nextID++
	switch v := sh.(type) {
	case *Circle:
		v.id, v.label = s.nextID, "circle"
	case *Rect:
		v.id, v.label = s.nextID, "rect"
	case *Triangle:
		v.id, v.label = s.nextID, "triangle"
	}
	s.shapes = append(s.shapes, sh)
}

func (s *Scene) Visit(f func(Shape)) {
	for _, sh := range s.shapes {
		f(sh)
	}
}

func (s *Scene) Render(w, h int) string {
	var sb strings.Builder
	for y := h - 1; y >= 0; y-- {
		for x := 0; x < w; x++ {
			p := Point{float64(x) + 0.5, float64(y) + 0.5}
			ch := byte('.')
			for i, sh := range s.shapes {
				if sh.Contains(p) {
					ch = byte('A' + i)
				}
			}
			sb.WriteByte(ch)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func describe(sh Shape) string {
	switch v := sh.(type) {
	case *Circle:
		return fmt.Sprintf("circle r=%g at %v", v.R, v.origin)
	case *Rect:
		if v.W == v.H {
			return fmt.Sprintf("square %gx%g at %v", v.W, v.H, v.origin)
		}
		return fmt.Sprintf("rect %gx%g at %v", v.W, v.H, v.origin)
	default:
		return fmt.Sprintf("%T", v)
	}
}

func main() {
	s := &Scene{}
	s.Add(&Rect{base: base{origin: Point{1, 1}}, W: 8, H: 4})
	s.Add(&Circle{base: base{origin: Point{14, 5}}, R: 3.5})
	s.Add(&Triangle{base: base{origin: Point{20, 0}}, B: Point{8, 0}, C: Point{4, 8}})
	s.Add(&Rect{base: base{origin: Point{5, 3}}, W: 3, H: 3})
	fmt.Print(s.Render(30, 10))

	s.Visit(func(sh Shape) {
		fmt.Printf("%-11s area=%7.3f perim=%7.3f  %s\n", sh.Name(), sh.Area(), sh.Perimeter(), describe(sh))
	})

	for _, sh := range s.shapes {
		if c, ok := sh.(*Circle); ok {
			c.Move(Point{-10, 0})
			c.R = 2
		}
	}
	s.shapes[0].Move(Point{0, 4})
	fmt.Print(s.Render(30, 10))

	sorted := make([]Shape, 0, len(s.shapes))
	for _, sh := range s.shapes {
		sorted = append(sorted, sh)
	}
	sort.Slice(sorted, func(i, j int) bool {
		ai, aj := sorted[i].Area(), sorted[j].Area()
		if ai != aj {
			return ai > aj
		}
		return sorted[i].Name() < sorted[j].Name()
	})
	var names []string
	total := 0.0
	for _, sh := range sorted {
		names = append(names, sh.Name())
		total += sh.Area()
	}
	fmt.Println("by area:", strings.Join(names, " > "))
	fmt.Printf("total area %.2f\n", total)
	probe := Point{6, 6}
	for _, sh := range s.shapes {
		fmt.Printf("%s contains %v: %v\n", sh.Name(), probe, sh.Contains(probe))
	}
	var m Movable = s.shapes[2]
	m.Move(Point{1, 1})
	fmt.Println(s.shapes[2].(*Triangle).origin)
}
