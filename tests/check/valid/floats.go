// Floating point arithmetic, special values, formatting and conversions.
package main

import (
	"fmt"
	"math"
)

func main() {
	var f32 float32 = 0.1
	var f64 float64 = 0.1
	fmt.Println(f32, f64, float64(f32), f32*3, f64*3)
	fmt.Println(1.0/3.0, float32(1.0)/3)

	zero := 0.0
	posInf := 1 / zero
	negInf := -1 / zero
	nan := zero / zero
	fmt.Println(posInf, negInf, nan, math.IsNaN(nan), math.IsInf(posInf, 1))
	fmt.Println(nan == nan, nan != nan, posInf > math.MaxFloat64, -zero)

	fmt.Printf("%f %.2f %8.3f %-8.1f| %e %E %g %G\n", math.Pi, math.Pi, math.Pi, math.Pi, 123456.789, 0.000123, 1e21, 1e-7)
	fmt.Printf("%v %v %v %v %v\n", 1e6, 1e20, 1e21, 123456789.0, 0.000001)
	fmt.Printf("%g %g %v %v\n", float32(1)/3, 2.0/3, float32(16777216.0)+1, 100.0)
	fmt.Println(3.0, 2.5e-3, -0.0, 1e100)

	// float to int conversion truncates toward zero
	a, b, c, d := 2.9, -2.9, 1e15+0.5, 200.7
	fmt.Println(int(a), int(b), int64(c), uint8(d))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Trunc(-2.5))
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3.2), math.Mod(7, 3))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Hypot(3, 4), math.Cbrt(27))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(0), math.Log(math.E))

	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1.0, math.Abs(sum-1) < 1e-9)
	var acc float32
	for i := 1; i <= 100; i++ {
		acc += 1 / float32(i)
	}
	fmt.Println(acc)
	fmt.Println(math.Float64bits(1.0), math.Float32bits(1.0))
}
