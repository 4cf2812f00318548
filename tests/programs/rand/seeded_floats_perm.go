package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	for i := 0; i < 3; i++ {
		fmt.Println(r.Float64())
	}
	fmt.Println(r.Float32())
	fmt.Println(r.Perm(10))
	words := []string{"a", "b", "c", "d", "e", "f", "g"}
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)
	r2 := rand.New(rand.NewSource(7))
	r3 := rand.New(rand.NewSource(7))
	same := true
	for i := 0; i < 100; i++ {
		if r2.Int63() != r3.Int63() {
			same = false
		}
	}
	fmt.Println("same sequence for same seed:", same)
}
