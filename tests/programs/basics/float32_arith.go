package main

import (
	"fmt"
	"math"
)

func main() {
	var a float32 = 1.1
	var b float32 = 2.2
	fmt.Println(a+b, a*b, b/a, a-b)
	var acc float32
	for i := 0; i < 1000; i++ {
		acc += 0.001
	}
	fmt.Println(acc, float64(acc))
	var acc64 float64
	for i := 0; i < 1000; i++ {
		acc64 += 0.001
	}
	fmt.Println(acc64)
	var big float32 = 1e38
	fmt.Println(big*10, -big*10, big*10-big*10)
	var tiny float32 = 1e-45
	fmt.Println(tiny, tiny/2, tiny*0.6)
	x := float32(math.Pi)
	fmt.Println(x, x*x, float32(math.Sqrt(float64(x))))
	fmt.Printf("%v %.10f %g %e\n", x, x, x, x)
	fmt.Println(float32(1)/float32(7), float64(float32(1)/float32(7)))
	// float32 precision loss
	var n float32 = 16777216
	fmt.Println(n+1 == n, n+2)
	vals := []float32{0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 100.01, 1234567.8, 7e-10}
	for _, v := range vals {
		fmt.Println(v, v*3, float64(v))
	}
	c := float32(0.1)
	d := float64(0.1)
	fmt.Println(float64(c) == d, c == float32(d))
}
