// Bit manipulation: popcount, bit tricks, masks, bitsets, Gray codes.
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

func reverseBits8(b uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | b&1
		b >>= 1
	}
	return r
}

type Bitset []uint64

func NewBitset(n int) Bitset    { return make(Bitset, (n+63)/64) }
func (b Bitset) Set(i int)      { b[i/64] |= 1 << (uint(i) % 64) }
func (b Bitset) Clear(i int)    { b[i/64] &^= 1 << (uint(i) % 64) }
func (b Bitset) Has(i int) bool { return b[i/64]&(1<<(uint(i)%64)) != 0 }
func (b Bitset) Count() (n int) {
	for _, w := range b {
		n += popcount(w)
	}
	return
}

func main() {
	fmt.Println(popcount(0), popcount(0xFF), popcount(1<<63|1), popcount(^uint64(0)))
	x := 0b1011_0100
	fmt.Printf("%b lowest=%b cleared=%b isPow2(64)=%v\n", x, x&-x, x&(x-1), 64&(64-1) == 0)
	fmt.Printf("%08b %08b\n", reverseBits8(0b00010110), reverseBits8(1))
	var flags uint8
	const (
		Read uint8 = 1 << iota
		Write
		Exec
	)
	flags |= Read | Exec
	fmt.Println(flags, flags&Write != 0, flags&Exec != 0)
	flags &^= Exec
	flags ^= Write
	fmt.Printf("%03b\n", flags)
	b := NewBitset(200)
	for i := 0; i < 200; i += 7 {
		b.Set(i)
	}
	b.Clear(14)
	fmt.Println(b.Count(), b.Has(21), b.Has(14), b.Has(199), len(b))
	for i := 0; i < 8; i++ {
		g := i ^ i>>1
		fmt.Printf("%03b ", g)
	}
	fmt.Println()
	var i32 int32 = -1
	fmt.Println(uint32(i32)>>28, i32>>28, int64(i32)<<40)
	a, c := 0xF0, 0x3C
	fmt.Printf("%#x %#x %#x %#x\n", a&c, a|c, a^c, a&^c)
	v := uint16(0xABCD)
	fmt.Printf("%#04x %#04x\n", v>>8|v<<8, (v&0x0F0F)<<4|(v&0xF0F0)>>4)
	swapA, swapB := 5, 9
	swapA ^= swapB
	swapB ^= swapA
	swapA ^= swapB
	fmt.Println(swapA, swapB)
}
