// math/rand: only properties of random values are printed, never the values.
package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func main() {
	r := rand.New(rand.NewSource(12345))
	inRange := true
	for i := 0; i < 1000; i++ {
		n := r.Intn(10)
		if n < 0 || n >= 10 {
			inRange = false
		}
		f := r.Float64()
		if f < 0 || f >= 1 {
			inRange = false
		}
	}
	fmt.Println("all in range:", inRange)

	p := r.Perm(20)
	sorted := append([]int(nil), p...)
	sort.Ints(sorted)
	ok := true
	for i, v := range sorted {
		if v != i {
			ok = false
		}
	}
	fmt.Println("perm is a permutation:", ok, len(p))

	xs := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	sort.Strings(xs)
	fmt.Println("shuffle keeps elements:", xs)

	// same seed, same sequence
	a := rand.New(rand.NewSource(7))
	b := rand.New(rand.NewSource(7))
	same := true
	for i := 0; i < 100; i++ {
		if a.Int63() != b.Int63() {
			same = false
		}
	}
	fmt.Println("reproducible:", same)

	counts := make([]int, 6)
	for i := 0; i < 6000; i++ {
		counts[r.Intn(6)]++
	}
	balanced := true
	for _, c := range counts {
		if c < 800 || c > 1200 {
			balanced = false
		}
	}
	fmt.Println("roughly uniform:", balanced)
	v := rand.Intn(5)
	fmt.Println("global source ok:", v >= 0 && v < 5)
}
