package main

import (
	"fmt"
	"runtime"
)

func main() {
	n := runtime.GOMAXPROCS(0)
	fmt.Println("GOMAXPROCS(0) >= 1:", n >= 1)
	fmt.Println("NumCPU >= 1:", runtime.NumCPU() >= 1)

	prev := runtime.GOMAXPROCS(1)
	fmt.Println("previous equals queried:", prev == n)
	fmt.Println("now:", runtime.GOMAXPROCS(0))
	fmt.Println("set 3, previous:", runtime.GOMAXPROCS(3))
	fmt.Println("now:", runtime.GOMAXPROCS(0))
	fmt.Println("negative leaves it, previous:", runtime.GOMAXPROCS(-1))
	fmt.Println("now:", runtime.GOMAXPROCS(0))

	// Work still completes with a single P.
	runtime.GOMAXPROCS(1)
	done := make(chan int)
	for i := 0; i < 4; i++ {
		go func(i int) {
			sum := 0
			for j := 0; j <= i*1000; j++ {
				sum += j
			}
			done <- sum
		}(i)
	}
	total := 0
	for i := 0; i < 4; i++ {
		total += <-done
	}
	fmt.Println("total:", total)
}
