package main

import "fmt"

func fact(n uint64) uint64 {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func ackermann(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func permutations(s []int) [][]int {
	if len(s) <= 1 {
		return [][]int{append([]int{}, s...)}
	}
	var out [][]int
	for i := range s {
		rest := make([]int, 0, len(s)-1)
		rest = append(rest, s[:i]...)
		rest = append(rest, s[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, append([]int{s[i]}, p...))
		}
	}
	return out
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func main() {
	for i := uint64(0); i <= 25; i += 5 {
		fmt.Println(i, fact(i))
	}
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	var moves []string
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println(len(moves), moves[:5])
	fmt.Println(isEven(100), isOdd(77), isEven(7))
	fmt.Println(permutations([]int{1, 2, 3}))
	fmt.Println(len(permutations([]int{1, 2, 3, 4, 5})))
	fmt.Println(depth(10000))
}
