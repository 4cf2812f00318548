package main

import "fmt"

func name(d int) string {
	switch d {
	case 0:
		return "zero"
	case 1, 2:
		return "small"
	case 4:
		return "four"
	case 5:
		fallthrough
	case 6:
		return "five-six"
	default:
		return "other"
	}
}

func kind(c byte) int {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return 1
	case 'y':
		return 2
	}
	return 0
}

func main() {
	for i := -2; i < 9; i++ {
		fmt.Println(i, name(i))
	}
	n := 0
	for c := byte(0); c < 255; c++ {
		n += kind(c) * int(c)
	}
	fmt.Println(n)
	var u uint64 = 1<<64 - 1
	switch u {
	case 0, 1, 2, 3:
		fmt.Println("no")
	default:
		fmt.Println("max")
	}
}
