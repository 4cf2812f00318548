// Every basic type: zero values, ranges, formatting with %v and %T.
package main

import (
	"fmt"
	"math"
)

func main() {
	var (
		b   bool
		s   string
		i   int
		i8  int8
		i16 int16
		i32 int32
		i64 int64
		u   uint
		u8  uint8
		u16 uint16
		u32 uint32
		u64 uint64
		up  uintptr
		f32 float32
		f64 float64
		by  byte
		r   rune
	)
	fmt.Printf("%v %q %v %v %v %v %v\n", b, s, i, i8, i16, i32, i64)
	fmt.Printf("%v %v %v %v %v %v\n", u, u8, u16, u32, u64, up)
	fmt.Printf("%v %v %v %v\n", f32, f64, by, r)
	fmt.Printf("%T %T %T %T %T %T %T\n", b, s, i, i8, i16, i32, i64)
	fmt.Printf("%T %T %T %T %T %T\n", u, u8, u16, u32, u64, up)
	fmt.Printf("%T %T %T %T\n", f32, f64, by, r)

	i8, i16, i32, i64 = math.MaxInt8, math.MaxInt16, math.MaxInt32, math.MaxInt64
	fmt.Println(i8, i16, i32, i64)
	i8, i16, i32, i64 = math.MinInt8, math.MinInt16, math.MinInt32, math.MinInt64
	fmt.Println(i8, i16, i32, i64)
	u8, u16, u32, u64 = math.MaxUint8, math.MaxUint16, math.MaxUint32, math.MaxUint64
	fmt.Println(u8, u16, u32, u64)
	f32, f64 = math.MaxFloat32, math.MaxFloat64
	fmt.Println(f32, f64)
	f32, f64 = math.SmallestNonzeroFloat32, math.SmallestNonzeroFloat64
	fmt.Println(f32, f64)

	b = !b
	s = "héllo"
	by = s[1]
	r = 'é'
	fmt.Println(b, s, len(s), by, r, string(r))
	up = 42
	fmt.Println(up+1, uintptr(7)*up)

	// untyped constants take their default types
	x, y, z, w := 1, 2.5, 'a', "str"
	fmt.Printf("%T %T %T %T\n", x, y, z, w)
	var c = 1 << 10
	fmt.Printf("%T %v\n", c, c)
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7.0/2)
	fmt.Println(u8+1, i8-1) // wrap around at run time
}
