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

// Recursion in which every call defers a closure that changes its named result.
func depth(d int) (r int) {
	defer func() { r += d & 7 }()
	if d == 0 {
		return 0
	}
	return depth(d-1) + 1
}

func main() {
	n := argN(1, 2000)
	sum := 0
	for i := 0; i < n; i++ {
		sum += depth(1000)
	}
	fmt.Printf("deferrec(%d)=%d\n", n, sum)
}
