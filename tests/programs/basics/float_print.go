package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1, 0.5, 1.5, 100, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123.456,
		math.Pi, math.E, -math.Pi * 1e10, 5e-324, 1.7976931348623157e308,
		math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1), 2.0 / 3.0}
	for _, v := range vals {
		fmt.Println(v)
		fmt.Print(v, "\n")
		fmt.Printf("%v %g %e %f %.3f %.0f %G %E\n", v, v, v, v, v, v, v, v)
		s := fmt.Sprint(float32(v))
		fmt.Println("f32:", s)
	}
	fmt.Println(float32(1)/3, float32(2)/3, float32(16777217), float32(0.3))
	fmt.Println([]float64{1, 2.5, math.NaN()}, []float32{0.1, 0.25})
	var f32s = []float32{1e-7, 1e7, 1e20, 1e21, 3.4e38}
	for _, f := range f32s {
		fmt.Println(f, float64(f))
	}
}
