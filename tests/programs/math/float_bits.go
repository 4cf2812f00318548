package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, -0.0, 1, -1, 0.1, 2, 0.5, math.Inf(1), math.Inf(-1), math.MaxFloat64, math.SmallestNonzeroFloat64}
	for _, v := range vals {
		b := math.Float64bits(v)
		sign := b >> 63
		exp := (b >> 52) & 0x7FF
		mant := b & (1<<52 - 1)
		fmt.Printf("%-24v %016x sign=%d exp=%4d mant=%013x\n", v, b, sign, exp, mant)
	}
	nz := math.Copysign(0, -1)
	fmt.Printf("%016x %v %v\n", math.Float64bits(nz), nz == 0, math.Signbit(nz))
	nan := math.NaN()
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, math.IsNaN(nan))
	for _, v := range []float32{1, 0.1, -2.5, float32(math.Inf(1))} {
		fmt.Printf("%v %08x\n", v, math.Float32bits(v))
	}
	// ulp stepping
	x := 1.0
	for i := 0; i < 3; i++ {
		x = math.Nextafter(x, 2)
		fmt.Printf("%.20f %x\n", x, math.Float64bits(x))
	}
	fmt.Println(math.Float64frombits(0x7FF0000000000000), math.Float64frombits(0x0000000000000001))
	// integer-valued float range
	big := float64(1 << 53)
	fmt.Println(big, big+1, big+2, big+1 == big)
	fmt.Println(math.Trunc(1e300), math.Floor(-0.5), math.Ceil(-0.5), math.Round(-0.4))
	fmt.Println(math.Inf(1)-math.Inf(1), math.Inf(1)*0, 0*math.Inf(-1))
	fmt.Println(math.Abs(math.Copysign(0, -1)), math.Sqrt(math.Copysign(0, -1)))
}
