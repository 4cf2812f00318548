package main

import (
	"fmt"
	"os"
)

func fail(msg string, code int) {
	fmt.Fprintln(os.Stderr, "error:", msg)
	os.Exit(code)
}

func main() {
	fmt.Println("processing")
	total := 0
	for i := 1; i <= 10; i++ {
		total += i
		if total > 20 {
			fmt.Println("total so far", total)
			fail(fmt.Sprintf("limit exceeded at i=%d", i), 42)
		}
	}
	fmt.Println("not reached")
}
