package main

import "fmt"

func main() {
	vals := []int{7, -7, 6, -6, 0, 1, -1, 13}
	divs := []int{2, -2, 3, -3, 5}
	for _, v := range vals {
		for _, d := range divs {
			fmt.Printf("%d/%d=%d %d%%%d=%d\n", v, d, v/d, v, d, v%d)
		}
	}
	var u uint = 17
	fmt.Println(u/5, u%5)
	var i8 int8 = -100
	fmt.Println(i8/7, i8%7, i8>>1, i8>>7)
	var u8 uint8 = 200
	fmt.Println(u8/7, u8%7, u8>>1, u8<<1)
	// bitwise ops
	x, y := 0b1100_1010, 0b1010_0110
	fmt.Println(x&y, x|y, x^y, x&^y, ^x)
	var ux uint16 = 0xF0F0
	fmt.Println(^ux, ux&^0xFF00, ux|0x000F)
	var ix int32 = -1
	fmt.Println(uint32(ix), uint16(ix), uint8(ix), ^ix)
	fmt.Println(1_000_000, 0x_FF, 0o17, 017, 0b101)
}
