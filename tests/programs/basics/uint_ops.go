package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverse8(b uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | b&1
		b >>= 1
	}
	return r
}

func main() {
	for _, v := range []uint64{0, 1, 255, 0xFFFFFFFFFFFFFFFF, 0x8000000000000001, 12345678901234567890} {
		fmt.Println(v, popcount(v))
	}
	for _, b := range []uint8{0, 1, 0x0F, 0x80, 0xA5} {
		fmt.Printf("%08b -> %08b\n", b, reverse8(b))
	}
	// FNV-1a hash over uint32 with wrapping
	h := uint32(2166136261)
	for _, c := range []byte("hello world") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv1a:", h)
	// xorshift64
	var s uint64 = 88172645463325252
	for i := 0; i < 5; i++ {
		s ^= s << 13
		s ^= s >> 7
		s ^= s << 17
		fmt.Println(s)
	}
	var a, b uint = 3, 5
	fmt.Println(a-b, (a-b)/2, b-a)
	var u16 uint16 = 1
	for i := 0; i < 20; i++ {
		u16 *= 3
	}
	fmt.Println(u16)
}
