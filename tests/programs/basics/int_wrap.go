package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println("int8 127+1 =", a)
	a = -128
	a--
	fmt.Println("int8 -128-1 =", a)
	var b int16 = 32767
	b += 10
	fmt.Println("int16 wrap:", b)
	var c int32 = 2147483647
	c++
	fmt.Println("int32 wrap:", c)
	var d int64 = 9223372036854775807
	d++
	fmt.Println("int64 wrap:", d)
	var e uint8 = 255
	e++
	fmt.Println("uint8 wrap:", e)
	e = 0
	e--
	fmt.Println("uint8 0-1:", e)
	var f uint16 = 65535
	f += 2
	fmt.Println("uint16 wrap:", f)
	var g uint32 = 0
	g--
	fmt.Println("uint32 0-1:", g)
	var h uint64 = 0
	h--
	fmt.Println("uint64 0-1:", h)
	var u uint = 0
	u--
	fmt.Println("uint 0-1:", u)
	var i int = 9223372036854775807
	i++
	fmt.Println("int wrap:", i)

	// multiplication overflow
	var m8 int8 = 100
	m8 *= 3
	fmt.Println("int8 100*3 =", m8)
	var m32 int32 = 1 << 20
	m32 *= m32
	fmt.Println("int32 (1<<20)^2 =", m32)
	var mu32 uint32 = 0xdeadbeef
	mu32 *= 0x1234567
	fmt.Println("uint32 mul:", mu32)
	var m64 uint64 = 0x9E3779B97F4A7C15
	m64 *= 0xBF58476D1CE4E5B9
	fmt.Println("uint64 mul:", m64)

	// negation of minimum
	var n8 int8 = -128
	n8 = -n8
	fmt.Println("-(-128) int8 =", n8)
	var n64 int64 = -9223372036854775808
	n64 = -n64
	fmt.Println("-(minInt64) =", n64)
	// division of min by -1 wraps
	var q int32 = -2147483648
	var mone int32 = -1
	fmt.Println("minInt32 / -1 =", q/mone, "rem", q%mone)
	var q8 int8 = -128
	var m1 int8 = -1
	fmt.Println("minInt8 / -1 =", q8/m1, "rem", q8%m1)

	// a wrapping counter
	var acc uint8
	for k := 0; k < 1000; k++ {
		acc += uint8(k)
	}
	fmt.Println("uint8 sum 0..999:", acc)
	var acc16 int16
	for k := 0; k < 1000; k++ {
		acc16 += int16(k * 37)
	}
	fmt.Println("int16 sum:", acc16)
}
