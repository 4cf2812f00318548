package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	for i := 0; i < 5; i++ {
		fmt.Print(r.Intn(100), " ")
	}
	fmt.Println()
	fmt.Println(r.Int63(), r.Int31(), r.Uint32(), r.Int())
	fmt.Println(r.Int63n(1000000007), r.Int31n(10))
	counts := make([]int, 6)
	for i := 0; i < 600; i++ {
		counts[r.Intn(6)]++
	}
	fmt.Println(counts)
}
