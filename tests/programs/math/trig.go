package main

import (
	"fmt"
	"math"
)

func main() {
	for deg := 0; deg <= 360; deg += 45 {
		r := float64(deg) * math.Pi / 180
		fmt.Printf("%3d sin=%+.6f cos=%+.6f tan=%+.4e\n", deg, math.Sin(r), math.Cos(r), math.Tan(r))
	}
	for _, x := range []float64{-1, -0.5, 0, 0.5, 1} {
		fmt.Printf("asin=%.6f acos=%.6f atan=%.6f\n", math.Asin(x), math.Acos(x), math.Atan(x))
	}
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Atan2(1, 1), math.Atan2(-1, -1), math.Atan2(0, -1), math.Atan2(1, 0))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sinh(1), math.Cosh(1), math.Tanh(1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Asinh(1), math.Acosh(2), math.Atanh(0.5))
	s, c := math.Sincos(math.Pi / 6)
	fmt.Printf("%.6f %.6f\n", s, c)
	// approximate pi with Leibniz
	sum := 0.0
	for k := 0; k < 20000; k++ {
		sum += math.Pow(-1, float64(k)) / float64(2*k+1)
	}
	fmt.Printf("%.6f\n", 4*sum)
}
