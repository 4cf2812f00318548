package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(25 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("Since >= 25ms:", el >= 25*time.Millisecond, "and < 5s:", el < 5*time.Second)
	fmt.Println("Sub agrees:", time.Now().Sub(start) >= el)

	deadline := time.Now().Add(50 * time.Millisecond)
	left := time.Until(deadline)
	fmt.Println("Until is positive:", left > 0, "and <= 50ms:", left <= 50*time.Millisecond)
	time.Sleep(time.Until(deadline))
	fmt.Println("past deadline:", time.Until(deadline) <= 0, time.Now().After(deadline) || time.Now().Equal(deadline))

	// Measuring a loop of work with a coarse assertion.
	t0 := time.Now()
	for i := 0; i < 3; i++ {
		time.Sleep(5 * time.Millisecond)
	}
	fmt.Println("three 5ms sleeps >= 15ms:", time.Since(t0) >= 15*time.Millisecond)

	// Monotonic comparisons.
	a := time.Now()
	b := a.Add(time.Second)
	fmt.Println(b.After(a), a.Before(b), b.Sub(a), a.Sub(b))
}
