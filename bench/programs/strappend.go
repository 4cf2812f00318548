package main

import (
	"fmt"
	"os"
	"strconv"
)

func argN(i, def int) int {
	if len(os.Args) > i {
		if n, err := strconv.Atoi(os.Args[i]); err == nil {
			return n
		}
	}
	return def
}

// s += x in a loop: every append copies the string so far (quadratic, in Go as in weft).
func main() {
	n := argN(1, 40000)
	s := ""
	for i := 0; i < n; i++ {
		s += string(rune('a' + i%26))
	}
	h := 0
	for i := 0; i < len(s); i++ {
		h = (h*31 + int(s[i])) % 1000000007
	}
	fmt.Printf("strappend(%d)=%d %d\n", n, len(s), h)
}
