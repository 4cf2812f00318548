package main

import (
	"fmt"
	"strings"
)

type Visitor interface {
	Visit(n int) Visitor
}

type sumVisitor struct{ total *int }

func (s sumVisitor) Visit(n int) Visitor {
	*s.total += n
	if n > 5 {
		return nil
	}
	return s
}

type Walker func(int) bool

func walk(xs []int, v Visitor) {
	for _, x := range xs {
		if v = v.Visit(x); v == nil {
			return
		}
	}
}

type Op interface {
	Apply(float64) float64
	Name() string
}

type scale float64
type shift float64

func (s scale) Apply(x float64) float64 { return x * float64(s) }
func (s scale) Name() string             { return fmt.Sprintf("scale(%g)", float64(s)) }
func (s shift) Apply(x float64) float64 { return x + float64(s) }
func (s shift) Name() string             { return fmt.Sprintf("shift(%g)", float64(s)) }

type funcOp struct {
	name string
	f    func(float64) float64
}

func (f funcOp) Apply(x float64) float64 { return f.f(x) }
func (f funcOp) Name() string             { return f.name }

func main() {
	total := 0
	walk([]int{1, 2, 3, 10, 20}, sumVisitor{&total})
	fmt.Println("total", total)
	ops := []Op{scale(2), shift(-1), funcOp{"square", func(x float64) float64 { return x * x }}, scale(0.5)}
	x := 3.0
	var names []string
	for _, op := range ops {
		x = op.Apply(x)
		names = append(names, op.Name())
	}
	fmt.Println(strings.Join(names, " -> "), "=", x)
}
