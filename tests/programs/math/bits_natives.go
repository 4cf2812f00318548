package main

import (
	"fmt"
	"math"
)

func main() {
	negZero := math.Copysign(0, -1)
	specials := []float64{0, negZero, 1, -1, 0.5, -2.5, 1.5, 2.5, -0.49999999999999994, 4503599627370495.5,
		1e300, -1e300, 5e-324, -5e-324, math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(),
		math.Float64frombits(0xfff8000000000001), math.Float64frombits(0x7ff0000000000001)}
	for _, x := range specials {
		fmt.Printf("%016x abs=%016x floor=%016x ceil=%016x trunc=%016x sqrt=%016x\n", math.Float64bits(x),
			math.Float64bits(math.Abs(x)), math.Float64bits(math.Floor(x)), math.Float64bits(math.Ceil(x)),
			math.Float64bits(math.Trunc(x)), math.Float64bits(math.Sqrt(x)))
	}
	// FMA rounds once: these differ from x*y+z.
	fmt.Println(math.FMA(0.1, 10, -1), 0.1*10-1)
	x := 1 + 0x1p-30
	fmt.Println(math.FMA(x, x, -1-0x1p-29), x*x-1-0x1p-29)
	fmt.Println(math.FMA(math.Inf(1), 0, 1), math.FMA(2, 3, math.Inf(-1)), math.FMA(1e308, 10, -1e308))
	// float32 bits, payloads included.
	for _, b := range []uint32{0, 0x80000000, 0x3f800000, 0x7f800000, 0xff800000, 0x7fc00000, 0x7f800001, 0xffbfffff, 1, 0x7f7fffff} {
		f := math.Float32frombits(b)
		fmt.Printf("%08x %08x %v\n", b, math.Float32bits(f), f)
	}
	for _, f := range []float32{0.1, 1.0 / 3, 16777217, -0.0, 3.4e38} {
		fmt.Printf("%08x\n", math.Float32bits(f))
	}
	fmt.Println(math.Float64frombits(0x3ff8000000000000), math.Float64bits(-0.1))
}
