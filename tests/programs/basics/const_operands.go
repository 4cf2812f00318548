package main

import "fmt"

func main() {
	vals := []int64{0, 1, -1, 7, -7, 100, -100, 1<<62 + 3, -1 << 63, 1<<63 - 1, 32767, -32768}
	for _, v := range vals {
		a, b8, b16, b32 := v, int8(v), int16(v), int32(v)
		u8, u32 := uint8(v), uint32(v)
		fmt.Println(a*7, a/7, a%7, a*-3, a/-3, a%-3, a/-1, a%-1, a*32767, a/-32768, a%-32768)
		fmt.Println(b8*5, b8/3, b8%3, b8/-1, b16*300, b16/-7, b16%9, b32*1000, b32/-1, b32%1000)
		fmt.Println(u8*7, u8/7, u8%7, u32*3, u32/5, u32%5)
	}
}
