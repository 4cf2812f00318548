package main

import "fmt"

type Vec struct{ X, Y float64 }

func (v Vec) Add(o Vec) Vec      { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(k float64) Vec { return Vec{v.X * k, v.Y * k} }
func (v *Vec) Normalize() {
	l := v.X*v.X + v.Y*v.Y
	if l == 0 {
		return
	}
	v.X /= l
	v.Y /= l
}

type Body struct {
	Pos, Vel Vec
	Mass     float64
}

func step(bodies []Body, dt float64) {
	for i := range bodies {
		b := &bodies[i]
		b.Pos = b.Pos.Add(b.Vel.Scale(dt))
		b.Vel = b.Vel.Add(Vec{0, -9.8}.Scale(dt))
	}
}

func main() {
	bodies := []Body{
		{Pos: Vec{0, 10}, Vel: Vec{1, 0}, Mass: 1},
		{Pos: Vec{5, 5}, Vel: Vec{0, 5}, Mass: 2},
	}
	for i := 0; i < 4; i++ {
		step(bodies, 0.25)
	}
	for _, b := range bodies {
		fmt.Printf("%+v\n", b)
		fmt.Printf("pos=(%.3f, %.3f) vel=(%.3f, %.3f)\n", b.Pos.X, b.Pos.Y, b.Vel.X, b.Vel.Y)
	}
	v := Vec{3, 4}
	v.Normalize()
	fmt.Println(v)
	vs := map[string]Vec{"a": {1, 2}}
	fmt.Println(vs["a"].Add(Vec{1, 1}))
	type pair struct {
		k string
		v int
	}
	ps := []pair{{"a", 1}, {"b", 2}}
	cp := make([]pair, len(ps))
	copy(cp, ps)
	cp[0].v = 100
	fmt.Println(ps, cp)
}
