package main

import "fmt"

func main() {
	// digits of a number, most significant first
	n := 9075316
	var digits []int
	for n > 0 {
		digits = append([]int{n % 10}, digits...)
		n /= 10
	}
	fmt.Println(digits)
	// binary search for sqrt
	target := 1000000007
	lo, hi := 0, target
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if mid <= target/mid {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	fmt.Println("isqrt", lo)
	// do-while emulation
	x := 100
	iters := 0
	for {
		x = x/2 + 1
		iters++
		if x <= 3 {
			break
		}
	}
	fmt.Println(x, iters)
	// two pointers
	arr := []int{1, 2, 4, 7, 11, 15}
	i, j := 0, len(arr)-1
	for i < j {
		s := arr[i] + arr[j]
		if s == 15 {
			fmt.Println("pair", arr[i], arr[j])
			i++
			j--
		} else if s < 15 {
			i++
		} else {
			j--
		}
	}
	// continue in a for with post statement
	total := 0
	for k := 0; k < 20; k++ {
		if k%3 == 0 {
			continue
		}
		total += k
	}
	fmt.Println(total)
}
