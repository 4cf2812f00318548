package main

import (
	"fmt"
	"math"
)

func main() {
	nums := []float64{1e-320, 1e-300, 1e-20, 1e-10, 123e-9, 1e9, 1e15, 1e20, 9.999999e20, 1e21, 1e100, 1e308, math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64}
	for _, n := range nums {
		fmt.Printf("%v|%g|%e|%.3g|%G|%.0e\n", n, n, n, n, n, n)
	}
	fmt.Printf("%f\n", 1e20)
	fmt.Printf("%f\n", 1e-20)
	fmt.Printf("%.30f\n", 0.1)
	fmt.Printf("%.20e\n", 1.0/3)
	fmt.Printf("%.17g %.16g %.15g\n", 0.1, 0.1, 0.1)
	fmt.Printf("%f\n", math.MaxFloat64)
	ints := []int64{math.MaxInt64, math.MinInt64, 0, -1}
	for _, n := range ints {
		fmt.Printf("%d|%x|%X|%o|%b|%20d|%-20d|\n", n, n, n, n, n, n, n)
	}
	fmt.Printf("%d %x\n", uint64(math.MaxUint64), uint64(math.MaxUint64))
	var f32 float32 = math.MaxFloat32
	fmt.Printf("%v %g %e %f\n", f32, f32, f32, float32(math.SmallestNonzeroFloat32))
}
