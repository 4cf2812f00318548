package main

import (
	"fmt"
	"math"
)

func main() {
	var a float64 = 0.1
	var b float64 = 0.2
	fmt.Println(a+b, a+b == 0.3, a*3)
	var f32 float32 = 0.1
	fmt.Println(f32, f32*3, float64(f32))
	var g32 float32 = 16777216
	g32++
	fmt.Println("float32 2^24+1 =", g32)
	fmt.Println(1.0/3.0, float32(1.0)/3)
	x := 1e300
	fmt.Println(x*1e10, -x*1e10, x*1e-10)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
	nz := math.Copysign(0, -1)
	fmt.Println(nz, -zero, 1/nz)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxFloat32, float32(math.MaxFloat32), math.SmallestNonzeroFloat32)
	fmt.Println(100000000.0, 1e20, 1e21, 123456789.0, 1e-4, 1e-5, 0.000012345)
	fmt.Println(float32(100000000.0), float32(1e20), float32(1e21), float32(1e-5))
	fmt.Println(3.0, 2.5, -0.5, 1e6, 1e-7)
	var s float64
	for i := 1; i <= 10; i++ {
		s += 1.0 / float64(i)
	}
	fmt.Println("harmonic 10:", s)
	var s32 float32
	for i := 1; i <= 10; i++ {
		s32 += 1.0 / float32(i)
	}
	fmt.Println("harmonic 10 f32:", s32)
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5), math.RoundToEven(2.5))
	fmt.Println(7.0/2, -7.0/2, math.Mod(7, -3), math.Mod(-7, 3))
	fmt.Println(float32(0.1)+float32(0.2), float32(1)/float32(3)*3)
	var h float64 = 2
	fmt.Println(math.Sqrt(h), float32(math.Sqrt(h)))
	fmt.Println(1e15+0.3, 1e16, 12345678912345678.0)
}
