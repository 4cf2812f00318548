package main

import "fmt"

func main() {
	// shifts with counts computed at run time
	for _, s := range []uint{0, 1, 7, 8, 15, 16, 31, 32, 63, 64, 65, 100, 1000} {
		var a int8 = 1
		var b uint8 = 0x81
		var c int32 = -5
		var d uint32 = 0xffffffff
		var e int64 = -1
		var f uint64 = 1
		var g int = 3
		fmt.Println(s, a<<s, b>>s, b<<s, c>>s, c<<s, d>>s, d<<s, e>>s, e<<s, f<<s, g<<s, g>>s)
	}
	// signed shift counts (allowed since Go 1.13) that are non-negative
	var n int = 3
	fmt.Println(1<<n, 256>>n)
	var n8 int8 = 2
	fmt.Println(100<<n8, -100>>n8)
	// arithmetic vs logical right shift
	var neg int16 = -32768
	var un uint16 = 0x8000
	for i := 0; i < 17; i += 4 {
		fmt.Println(i, neg>>i, un>>i)
	}
	// shift of typed constant by variable
	var k uint = 40
	var big uint64 = 1 << k
	fmt.Println(big, int64(1)<<k, int32(1)<<k)
	// rotate with shifts
	x := uint32(0x12345678)
	for r := uint(0); r < 32; r += 8 {
		fmt.Printf("%08x\n", x<<r|x>>(32-r))
	}
}
