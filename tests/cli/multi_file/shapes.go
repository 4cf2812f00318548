package main

import (
	"fmt"
	"math"
)

type shape interface{ Area() float64 }

type square struct{ side float64 }
type circle struct{ r float64 }

func (s square) Area() float64 { return s.side * s.side }
func (c circle) Area() float64 { return math.Pi * c.r * c.r }

var unit = square{1}

func area(s shape) float64 { return s.Area() }

func init() { fmt.Println("init shapes.go, unit:", unit) }

func describe(s shape) string { return fmt.Sprintf("%T with area %v", s, s.Area()) }
