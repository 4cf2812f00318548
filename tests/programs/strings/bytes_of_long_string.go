package main

import "fmt"

// []byte of a string longer than the small-object limit (32 KiB) takes exactly its length, no
// size class (looking one up overran the table: found by Go's init1.go under UBSan).

func main() {
	for _, n := range []int{0, 1, 1000, 32768, 32769, 1 << 20} {
		s := make([]byte, n)
		for i := range s {
			s[i] = byte('a' + i%26)
		}
		str := string(s)
		b := []byte(str)
		last := byte(0)
		if n > 0 {
			last = b[n-1]
		}
		fmt.Println(n, len(b), cap(b) >= len(b), last, string(b) == str)
	}
}
