package main

import "fmt"

func main() {
	// multiplication table
	for i := 1; i <= 9; i++ {
		for j := 1; j <= i; j++ {
			fmt.Printf("%dx%d=%-3d", j, i, i*j)
		}
		fmt.Println()
	}
	// pyramid
	n := 5
	for i := 0; i < n; i++ {
		for s := 0; s < n-i-1; s++ {
			fmt.Print(" ")
		}
		for k := 0; k < 2*i+1; k++ {
			fmt.Print("*")
		}
		fmt.Println()
	}
	// primes with labeled continue
	var primes []int
outer:
	for c := 2; len(primes) < 20; c++ {
		for _, p := range primes {
			if p*p > c {
				break
			}
			if c%p == 0 {
				continue outer
			}
		}
		primes = append(primes, c)
	}
	fmt.Println(primes)
	// pascal's triangle using slices
	row := []int{1}
	for i := 0; i < 10; i++ {
		fmt.Println(row)
		next := make([]int, len(row)+1)
		next[0], next[len(row)] = 1, 1
		for j := 1; j < len(row); j++ {
			next[j] = row[j-1] + row[j]
		}
		row = next
	}
}
