// Untyped float constants far beyond float64's range: go/constant keeps them as 512-bit
// floats with int32 binary exponents, and only their final values must fit a float64.
package main

import (
	"fmt"
	"math"
)

const (
	big1  = 1e646456992 // near the largest exponent big.Float holds (2^2147483647)
	big2  = 1e646456991
	tiny1 = 1e-646456992
	tiny2 = 1e-646456991
	third = 1.0 / 3
	e5000 = 1e5000
)

func main() {
	// division and multiplication bring them back into range
	fmt.Println(big1/big2, big2/big1, tiny1/tiny2, big1*tiny1, big2*tiny1)
	fmt.Println(big1/1e646456690, 3*big1/(7*big2))
	fmt.Println(e5000/1e4999, e5000*1e-5000, (e5000+1)/e5000, (e5000-e5000)*1e300)
	fmt.Println(1e64645699/1e64645698, 1.5e6464569/3e6464569, 0x1p2000000000/0x1p1999999999)

	// comparisons
	fmt.Println(big1 > big2, big1 < big2, big1 == big1*1, -big1 < tiny1, tiny1 > 0, -tiny1 < 0)
	fmt.Println(big1+1 == big1, e5000+1 == e5000, 1e1000+1 == 1e1000, tiny1+1 == 1)
	fmt.Println(big1/big2 == 10, third*3 == 1, 1e-5000*1e5000 == 1)

	// conversions at float64's and float32's limits
	fmt.Println(1.7976931348623157e308*1e-646456992/1e-646456992 == math.MaxFloat64)
	var f64 float64 = 1.7976931348623158e308 * (big2 / big1) * 10
	var f32 float32 = 3.4028235e38 * (e5000 / 1e5000)
	fmt.Println(f64, f32, f64 == math.MaxFloat64, f32 == math.MaxFloat32)
	fmt.Println(float64(4.9406564584124654e-324*big1/big1), float32(1.401298464324817e-45*tiny1/tiny1))
	fmt.Println(float64(2.4703282292062328e-324*e5000/e5000), float32(7.006492321624087e-46*e5000/e5000))
	fmt.Println(float32(16777217*tiny1/tiny1), float32(16777219*e5000/e5000), float64(9007199254740993*tiny1/tiny1))
	fmt.Println(math.Float64bits(1.7976931348623157e308*tiny1/tiny1), math.Float32bits(3.4028234663852886e38*e5000/e5000))

	// integers through huge intermediates, as go/constant's ToInt rounds the last 4 bits
	const n = big1 / big2 * 7
	var i int = n
	var u uint8 = e5000 / 1e4998
	var j int64 = 1e4999 / 1e4990
	fmt.Println(i, u, j, int64(1e1300/1e1282))
	var arr [e5000 / 1e4999]int
	fmt.Println(len(arr))

	// underflow to zero is no error
	const z = 1e-1000000000
	fmt.Println(z == 0, z*big1, 0x1p-2147483600 == 0)
	fmt.Printf("%.6g %.6g %v\n", 1e646456992/1e646456700, 1e-300*(tiny1/tiny2), 12345678901234567890e-646456992/1e-646456992)

	// the 512-bit mantissas round as math/big's: what is left of a sum 150 digits down
	fmt.Println(math.Float64bits((1.234e646456000 + 5.678e646455850 - 1.234e646456000) / 1e646455850))
	fmt.Println(math.Float64bits((7e-5000 + 3e-5140 - 7e-5000) / 1e-5140))
	fmt.Println((1e6464569+1e6464430)-1e6464569 == 1e6464430, (1e6464569+1e6464430)-1e6464569 > 0)
	// literals exact within 2^+-4096 (go/constant's fractions), floats beyond
	fmt.Println(((747e-1228)-(747e-1228)/7)*7/6 == 747e-1228, 1e-1233*10 == 1e-1232, 1e1232*10 == 1e1233)
}
