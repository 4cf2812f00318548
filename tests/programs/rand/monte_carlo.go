package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(2024))
	inside := 0
	const n = 20000
	for i := 0; i < n; i++ {
		x, y := r.Float64(), r.Float64()
		if x*x+y*y <= 1 {
			inside++
		}
	}
	fmt.Printf("pi ~ %.4f (%d/%d)\n", 4*float64(inside)/n, inside, n)
	// random walk
	pos, maxPos := 0, 0
	for i := 0; i < 1000; i++ {
		if r.Intn(2) == 0 {
			pos++
		} else {
			pos--
		}
		if pos > maxPos {
			maxPos = pos
		}
	}
	fmt.Println("walk end", pos, "max", maxPos)
	r.Seed(99)
	fmt.Println(r.Intn(1000), r.Intn(1000))
}
