package main

import "fmt"

func main() {
	ints := []int{0, 1, -1, 42, -42, 255, 65535, 123456789, -987654321}
	for _, n := range ints {
		fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%O|%b|%8.3d|%+05d|%-+6d|\n",
			n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n)
	}
	fmt.Printf("|%c|%c|%c|%q|%q|%U|%#U|\n", 65, 0x4E16, 0x1F600, 'x', 0x1F600, 0x1F600, 'A')
	fmt.Printf("|%x|%X|% x|%#X|\n", -255, -255, 255, 255)
	fmt.Printf("|%*d|%-*d|%.*d|\n", 6, 7, 6, 7, 3, 7)
	fmt.Printf("|%v|%v|%v|%v|\n", int8(-8), uint8(200), int64(-1<<63), uint64(1<<64-1))
	fmt.Printf("|%d|%x|\n", []int{1, 2, 3}, []int{10, 11, 255})
	fmt.Printf("|%08b|%016b|%#b|\n", 5, 1023, 5)
	fmt.Printf("|%3c|%-3c|%03d|\n", 'a', 'b', -5)
	fmt.Printf("|%.0d|%.0d|%5.0d|\n", 0, 1, 0)
	fmt.Printf("|%#o|%#O|%O|\n", 8, 8, -8)
	fmt.Printf("|%t|%5t|%-6t|%v|\n", true, false, true, false)
	fmt.Printf("|% x|% X|%#x|%# x|\n", 0x1234, 0xabcdef, uint8(7), 0x1234)
	fmt.Printf("|%+x|%+o|% o|\n", 255, 8, 8)
	fmt.Printf("|%d|\n", uintptr(12))
	var u8 byte = 'z'
	fmt.Printf("%v %d %c %q %x %U\n", u8, u8, u8, u8, u8, u8)
	var r rune = 'é'
	fmt.Printf("%v %d %c %q %x %U %+q\n", r, r, r, r, r, r, r)
}
