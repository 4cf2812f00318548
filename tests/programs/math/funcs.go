package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0, 0.5, 1, 2, 10, -1.5, 100}
	for _, x := range xs {
		fmt.Printf("%v: sqrt=%.6f abs=%v floor=%v ceil=%v trunc=%v round=%v exp=%.6g\n",
			x, math.Sqrt(x), math.Abs(x), math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.Exp(x))
	}
	for _, x := range []float64{0.1, 1, math.E, 10, 1000, 0.5} {
		fmt.Printf("log=%.6f log2=%.6f log10=%.6f log1p=%.6f\n", math.Log(x), math.Log2(x), math.Log10(x), math.Log1p(x))
	}
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Pow(0, 0), math.Pow(2, -2), math.Pow(-2, 3))
	fmt.Println(math.Cbrt(27), math.Cbrt(-8), math.Hypot(3, 4), math.Max(3, 7), math.Min(3, 7))
	fmt.Println(math.Max(math.NaN(), 1), math.Min(-0.0, 0), math.Max(math.Inf(-1), 5))
	fmt.Println(math.Mod(10, 3), math.Mod(-10, 3), math.Mod(10, -3), math.Remainder(10, 3))
	fmt.Println(math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)), math.Copysign(3, -1))
	frac, exp := math.Frexp(12.5)
	fmt.Println(frac, exp, math.Ldexp(frac, exp))
	ip, fp := math.Modf(-3.75)
	fmt.Println(ip, fp)
	fmt.Println(math.IsNaN(math.NaN()), math.IsInf(math.Inf(1), 1), math.IsInf(math.Inf(-1), 1), math.IsInf(1, 0))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1.0), math.Float32frombits(0x40400000))
	fmt.Println(math.Nextafter(1, 2), math.Nextafter(1, 0))
	fmt.Println(math.Dim(5, 3), math.Dim(3, 5), math.FMA(2, 3, 4))
	fmt.Println(math.RoundToEven(0.5), math.RoundToEven(1.5), math.RoundToEven(2.5), math.Round(0.5), math.Round(-0.5))
	fmt.Println(math.Trunc(math.Inf(1)), math.Floor(math.NaN()), math.Sqrt(-1))
	fmt.Printf("%.4f %.4f %.4f\n", math.Gamma(5), math.Erf(0.5), math.Erfc(0.5))
	lg, sign := math.Lgamma(-0.5)
	fmt.Printf("%.6f %d\n", lg, sign)
}
