package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16)
	fmt.Println(math.MaxInt32, math.MinInt32, int64(math.MaxInt64), int64(math.MinInt64))
	fmt.Println(math.MaxUint8, math.MaxUint16, uint32(math.MaxUint32), uint64(math.MaxUint64))
	fmt.Println(math.MaxInt, math.MinInt, uint(math.MaxUint))
	var a int64 = math.MaxInt64
	var b int64 = math.MinInt64
	fmt.Println(a+1 == b, b-1 == a, a*2, b*2, a/b, b/a)
	var ua uint64 = math.MaxUint64
	fmt.Println(ua+1, ua*ua, ua/3, ua%10)
	fmt.Printf("%x %X %o %b\n", ua, uint32(ua), uint16(ua), uint8(ua))
	fmt.Printf("%d %x %b\n", b, b, int8(-128))
	// abs via bits
	for _, v := range []int32{5, -5, math.MinInt32, math.MaxInt32, 0} {
		m := v >> 31
		fmt.Println(v, (v^m)-m)
	}
}
