// The math package.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(16), math.Sqrt(2), math.Sqrt(-1))
	fmt.Println(math.Pow(2, 0.5), math.Pow(10, -2), math.Pow(0, 0), math.Exp(1), math.Exp2(8))
	fmt.Println(math.Log(1), math.Log2(1024), math.Log10(0.001), math.Log1p(0))
	fmt.Println(math.Floor(1.7), math.Ceil(1.2), math.Round(2.5), math.RoundToEven(2.5), math.Trunc(-1.7))
	fmt.Println(math.Abs(-0.5), math.Copysign(3, -1), math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.Max(1, math.NaN()), math.Min(-0.0, 0), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Println(math.Mod(10, 3), math.Mod(-10, 3), math.Remainder(10, 3))
	fr, ex := math.Frexp(8)
	ip, fp := math.Modf(3.75)
	fmt.Println(fr, ex, ip, fp, math.Ldexp(0.5, 4))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(1), math.Cos(1), math.Tan(1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Asin(0.5), math.Acos(0.5), math.Atan(1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Atan2(1, -1), math.Sinh(1), math.Tanh(0.5))
	fmt.Println(math.Inf(1), math.Inf(-1), math.IsInf(math.Inf(-1), -1), math.IsNaN(math.NaN()))
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxUint16, uint32(math.MaxUint32))
	fmt.Println(math.Pi, math.Sqrt2, math.Ln2, math.Phi)
	fmt.Println(math.Hypot(5, 12), math.Cbrt(-8), math.Gamma(5))
	fmt.Println(math.Float64frombits(0x3ff0000000000000), math.Float32frombits(0x40490fdb))
	mf := math.MaxFloat64
	fmt.Println(math.Nextafter(1, 2)-1, math.IsInf(mf*2, 1))
	v := 0.0
	for i := 1; i <= 10; i++ {
		v += math.Sqrt(float64(i))
	}
	fmt.Printf("%.10f\n", v)
}
