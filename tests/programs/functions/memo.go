package main

import "fmt"

func memoize(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		misses++
		v := f(n)
		cache[n] = v
		return v
	}, &misses
}

func main() {
	var fib func(int) int
	var misses *int
	fib, misses = memoize(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(90), *misses)
	fmt.Println(fib(50), *misses)
	// grid paths with memo closure
	memo := map[[2]int]int{}
	var paths func(r, c int) int
	paths = func(r, c int) int {
		if r == 0 || c == 0 {
			return 1
		}
		k := [2]int{r, c}
		if v, ok := memo[k]; ok {
			return v
		}
		v := paths(r-1, c) + paths(r, c-1)
		memo[k] = v
		return v
	}
	fmt.Println(paths(16, 16), len(memo))
}
