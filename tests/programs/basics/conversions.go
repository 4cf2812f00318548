package main

import "fmt"

func main() {
	var i64 int64 = 0x123456789ABCDEF0
	fmt.Println(int8(i64), int16(i64), int32(i64), uint8(i64), uint16(i64), uint32(i64), uint64(i64))
	var neg int64 = -1234567
	fmt.Println(int8(neg), int16(neg), int32(neg), uint8(neg), uint16(neg), uint32(neg), uint64(neg), uint(neg))
	var u64 uint64 = 18446744073709551615
	fmt.Println(int64(u64), int32(u64), int8(u64), int(u64))
	var i8 int8 = -1
	fmt.Println(uint8(i8), uint16(i8), uint32(i8), uint64(i8), int64(i8))
	var u8 uint8 = 200
	fmt.Println(int8(u8), int16(u8), int64(u8))
	// int -> float
	fmt.Println(float64(i64), float32(i64), float64(u64), float32(u64), float64(neg))
	big := int64(1<<53 + 1)
	fmt.Println(float64(big), int64(float64(big)))
	// float -> int truncation toward zero
	fs := []float64{0.9, -0.9, 1.5, -1.5, 2.999999, -2.999999, 1e9 + 0.5, -1e9 - 0.5, 255.9, 127.99}
	for _, f := range fs {
		fmt.Println(f, int(f), int64(f), int32(f), uint8(uint(int(f))&0xff))
	}
	var f32 float32 = 3.99
	fmt.Println(int(f32), int8(f32), uint16(f32))
	var f64 float64 = 65535.7
	fmt.Println(uint16(f64), int32(f64), uint32(f64))
	fmt.Println(float32(0.1), float64(float32(0.1)), float32(float64(1)/3))
	// float64 -> float32 rounding
	fmt.Println(float32(1.00000005), float32(1.0000001), float32(16777217.0))
	// numeric type chains
	var b byte = 'A'
	var r rune = 'é'
	fmt.Println(b, r, int(b)+int(r), rune(b), byte(r))
	type Celsius float64
	type Temp int
	c := Celsius(36.6)
	t := Temp(c)
	fmt.Println(c, t, float64(c)*2, Celsius(t)+0.5)
	var x uint = 3
	var y int = -4
	fmt.Println(int(x)+y, x+uint(y))
}
