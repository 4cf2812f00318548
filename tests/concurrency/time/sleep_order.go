package main

import (
	"fmt"
	"time"
)

// Sleep sort: goroutines that sleep longer finish later. The gaps (15 ms) are far larger
// than scheduling noise.

func main() {
	values := []int{5, 2, 8, 1, 4, 7, 3, 6}
	out := make(chan int)
	for _, v := range values {
		go func(v int) {
			time.Sleep(time.Duration(v) * 15 * time.Millisecond)
			out <- v
		}(v)
	}
	for range values {
		fmt.Print(<-out, " ")
	}
	fmt.Println()

	start := time.Now()
	time.Sleep(30 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("slept >= 30ms:", el >= 30*time.Millisecond)

	// Sleep with zero or negative duration returns at once.
	start = time.Now()
	time.Sleep(0)
	time.Sleep(-5 * time.Second)
	fmt.Println("zero sleep is quick:", time.Since(start) < time.Second)
}
