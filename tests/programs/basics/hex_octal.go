package main

import "fmt"

func main() {
	nums := []int{0, 1, 7, 8, 15, 16, 255, 256, 4095, -1, -255, 1 << 40}
	for _, n := range nums {
		fmt.Printf("%d %x %X %o %O %b %#x %#o %#b\n", n, n, n, n, n, n, n, n, n)
	}
	fmt.Println(0x10, 0X1f, 0o777, 0O10, 0b1111, 0B1, 1e2, 0x1p4, 0x1.8p1)
	fmt.Println(1_000, 0x_dead_beef, 0b_1010)
}
