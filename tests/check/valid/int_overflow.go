// Run-time integer wrap-around, conversions and bit operations.
package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var i32 int32 = 1 << 30
	i32 *= 4
	fmt.Println(i32)
	var u16 uint16 = 65535
	u16 += 2
	fmt.Println(u16)
	var i64 int64 = -9223372036854775808
	fmt.Println(-i64, i64-1)

	// conversions truncate
	big := 0x12345678
	fmt.Println(int8(big), uint8(big), int16(big), uint16(big))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg))
	u4 := uint32(4000000000)
	fmt.Println(int8(200+neg*0), int32(u4))

	// shifts
	x := 1
	sh64, sh100 := 64, 100
	fmt.Println(x<<62, x<<63, x<<sh64, x<<sh100)
	var s uint = 70
	fmt.Println(int64(-8)>>1, int64(-8)>>s, uint64(1)<<s, int8(-128)>>7)
	var u uint32 = 0xF0F0F0F0
	fmt.Println(u>>4, u<<4, u&0xFF, u|0xF, u^0xFFFFFFFF, u&^0xF0)
	fmt.Printf("%08b %08b %08b\n", uint8(0b1010_1010)&^0b1111, ^uint8(0b1), uint8(5)<<5)
	fmt.Printf("%x %X %o %O\n", 255, 3054, 8, 64)

	// negative numbers, two's complement
	n := -5
	fmt.Println(n>>1, n/2, n%2, ^n, -n)
	fmt.Println(0x7fffffff+int64(1), 1_000_000*3)
}
