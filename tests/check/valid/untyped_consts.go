// Untyped constants in different contexts: default types, implicit
// conversions, precision, and typed constant expressions.
package main

import (
	"fmt"
	"math"
)

type Duration int64
type Ratio float32

const (
	second  Duration = 1000
	huge             = 1 << 100
	tiny             = 1.0 / huge
	ratio            = 2.0 / 3
	letter           = 'A'
	answer           = 42
	message          = "const"
)

func takesFloat32(f float32) float32 { return f * 2 }
func takesRune(r rune) string        { return string(r) }
func takesByte(b byte) byte          { return b + 1 }

func main() {
	fmt.Printf("%T %T %T %T %T\n", answer, ratio, letter, message, 1 == 1)
	var f32 float32 = ratio
	var f64 float64 = ratio
	fmt.Println(f32, f64, float64(f32) == f64)
	fmt.Println(takesFloat32(answer), takesRune(letter+2), takesByte(letter))
	fmt.Println(huge>>98, tiny*huge, huge/3%1000)
	d := 3 * second
	fmt.Printf("%T %v\n", d, d)
	var r Ratio = ratio * 3
	fmt.Println(r, Ratio(0.1)+0.2)
	fmt.Println(answer/5, answer/5.0, answer%5, float64(answer)/5)
	const big = math.MaxUint64
	fmt.Println(uint64(big), big/(1<<32))
	var u8 uint8 = 255
	fmt.Println(u8+1 == 0, u8*2)
	const c1 = 10
	var i8 int8 = c1 * 12
	fmt.Println(i8, c1<<3, -c1>>1)
	x := 1 << 3.0 // constant shift of untyped float with integral value
	var shift uint = 3
	var y int64 = 1 << shift
	fmt.Println(x, y)
	var fl float64 = 1 << 10
	fmt.Println(fl)
	const s = len(message) * 2
	var arr [s]int
	fmt.Println(len(arr), s)
	fmt.Println(1e3 == 1000, 'a' == 97, "a"+"b" == "ab", 5/2 == 2, 5.0/2 == 2.5)
	const eps = 1e-300 * 1e-300
	fmt.Println(eps == 0, eps*1e600)
	fmt.Println(math.MaxInt8+1, math.MinInt64/2)
}
